/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds the catalog entries from their JSON trees by hand, field by field, instead of through
 * Jackson's data binding, whose start-up (building bean deserializers by reflection) took half
 * of the time of loading the bundled hardware catalogs.
 *
 * <p>An entry reaches this class only when it conforms to its schema, so every field is known
 * and has the type and the form the schema gives it; a field the schema allows and this class
 * does not read is a bug ({@link IllegalStateException}). What the schema cannot express fails
 * here as it failed in Jackson's binding: a value that parses but breaks a unit's rule (such as
 * {@code "0.5 B"}), an unknown currency, a count out of range, or a value type's check. The
 * failure names the field as Jackson's path did: the field of a scalar ({@code memory},
 * {@code densePeak.BF16}), the position of a nested value whose check failed
 * ({@code sources[1]}, {@code scaleUp}), or nothing for the entry's own check.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
final class EntryReader {

  private EntryReader() {}

  /**
   * A value that could not be built, with the JSON path of where it was built, relative to the
   * entry.
   */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    final String path;

    Failure(String path, RuntimeException cause) {
      super(cause.getMessage(), cause);
      this.path = path;
    }

    Failure(String path, String message) {
      super(message);
      this.path = path;
    }

    /** Returns the failure with its path below a field or an array index of the parent. */
    Failure under(String segment) {
      String full = path.isEmpty() ? segment
          : path.startsWith("[") ? segment + path : segment + "." + path;
      return getCause() instanceof RuntimeException
          ? new Failure(full, (RuntimeException) getCause()) : new Failure(full, getMessage());
    }
  }

  /**
   * Builds one entry from its tree.
   *
   * @param <T> the entry type
   */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonNode node) throws Failure;
  }

  //-----------------------------------------------------------------------
  static AcceleratorEntry accelerator(JsonNode node) throws Failure {
    AcceleratorEntry.Builder b = AcceleratorEntry.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "id":
          b.id(value.textValue());
          break;
        case "vendor":
          b.vendor(value.textValue());
          break;
        case "name":
          b.name(value.textValue());
          break;
        case "aliases":
          b.addAllAliases(texts(value));
          break;
        case "formFactor":
          b.formFactor(value.textValue());
          break;
        case "memory":
          b.memory(byteSize(value, name));
          break;
        case "memoryLabel":
          b.memoryLabel(value.textValue());
          break;
        case "memoryBandwidth":
          b.memoryBandwidth(byteRate(value, name));
          break;
        case "densePeak":
          peaks(value, name, b::putDensePeak);
          break;
        case "sparsePeak":
          peaks(value, name, b::putSparsePeak);
          break;
        case "unlabelledPeak":
          peaks(value, name, b::putUnlabelledPeak);
          break;
        case "thermalDesignPower":
          b.thermalDesignPower(power(value, name));
          break;
        case "scaleUp":
          b.scaleUp(nested(value, name, EntryReader::scaleUp));
          break;
        case "sources":
          b.addAllSources(list(value, name, EntryReader::source));
          break;
        case "conflicts":
          b.addAllConflicts(list(value, name, EntryReader::conflict));
          break;
        case "gaps":
          b.addAllGaps(list(value, name, EntryReader::gap));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "accelerator");
      }
    }
    return build(b::build);
  }

  static CloudOffer offer(JsonNode node) throws Failure {
    CloudOffer.Builder b = CloudOffer.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "id":
          b.id(value.textValue());
          break;
        case "provider":
          b.provider(value.textValue());
          break;
        case "instanceType":
          b.instanceType(value.textValue());
          break;
        case "accelerator":
          b.accelerator(value.textValue());
          break;
        case "acceleratorAsPublished":
          b.acceleratorAsPublished(value.textValue());
          break;
        case "variantAssumed":
          b.variantAssumed(value.booleanValue());
          break;
        case "acceleratorCount":
          b.acceleratorCount(intValue(value, name));
          break;
        case "region":
          b.region(value.textValue());
          break;
        case "regionName":
          b.regionName(value.textValue());
          break;
        case "pricingModel":
          b.pricingModel(PricingModel.valueOf(value.textValue()));
          break;
        case "price":
          b.price(nested(value, name, EntryReader::hourlyPrice));
          break;
        case "priceAsPublished":
          b.priceAsPublished(value.textValue());
          break;
        case "acceleratorOnly":
          b.acceleratorOnly(value.booleanValue());
          break;
        case "historical":
          b.historical(value.booleanValue());
          break;
        case "effectiveFrom":
          b.effectiveFrom(date(value));
          break;
        case "effectiveUntil":
          b.effectiveUntil(date(value));
          break;
        case "source":
          b.source(nested(value, name, EntryReader::source));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "offer");
      }
    }
    return build(b::build);
  }

  static PueFigure pue(JsonNode node) throws Failure {
    PueFigure.Builder b = PueFigure.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "id":
          b.id(value.textValue());
          break;
        case "value":
          b.value(value.decimalValue());
          break;
        case "scope":
          b.scope(value.textValue());
          break;
        case "year":
          b.year(intValue(value, name));
          break;
        case "sources":
          b.addAllSources(list(value, name, EntryReader::source));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "PUE figure");
      }
    }
    return build(b::build);
  }

  static ElectricityPriceFigure electricityPrice(JsonNode node) throws Failure {
    ElectricityPriceFigure.Builder b = ElectricityPriceFigure.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "id":
          b.id(value.textValue());
          break;
        case "region":
          b.region(value.textValue());
          break;
        case "regionName":
          b.regionName(value.textValue());
          break;
        case "sector":
          b.sector(ElectricitySector.valueOf(value.textValue()));
          break;
        case "price":
          b.price(nested(value, name, EntryReader::energyPrice));
          break;
        case "period":
          b.period(value.textValue());
          break;
        case "asPublished":
          b.asPublished(value.textValue());
          break;
        case "sources":
          b.addAllSources(list(value, name, EntryReader::source));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "electricity price");
      }
    }
    return build(b::build);
  }

  static CarbonIntensityFigure carbonIntensity(JsonNode node) throws Failure {
    CarbonIntensityFigure.Builder b = CarbonIntensityFigure.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "id":
          b.id(value.textValue());
          break;
        case "region":
          b.region(value.textValue());
          break;
        case "regionName":
          b.regionName(value.textValue());
          break;
        case "gramsPerKilowattHour":
          b.gramsPerKilowattHour(value.decimalValue());
          break;
        case "year":
          b.year(intValue(value, name));
          break;
        case "gases":
          b.gases(GreenhouseGases.valueOf(value.textValue()));
          break;
        case "basis":
          b.basis(value.textValue());
          break;
        case "asPublished":
          b.asPublished(value.textValue());
          break;
        case "derivation":
          b.derivation(value.textValue());
          break;
        case "sources":
          b.addAllSources(list(value, name, EntryReader::source));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "carbon intensity");
      }
    }
    return build(b::build);
  }

  //-----------------------------------------------------------------------
  private static Source source(JsonNode node) throws Failure {
    Source.Builder b = Source.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "figures":
          b.addAllFigures(texts(value));
          break;
        case "url":
          b.url(value.textValue());
          break;
        case "readVia":
          b.readVia(value.textValue());
          break;
        case "read":
          b.read(date(value));
          break;
        case "sourceDate":
          b.sourceDate(value.textValue());
          break;
        case "note":
          b.note(value.textValue());
          break;
        default:
          throw unread(name, "source");
      }
    }
    return build(b::build);
  }

  private static ScaleUpLink scaleUp(JsonNode node) throws Failure {
    ScaleUpLink.Builder b = ScaleUpLink.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "name":
          b.name(value.textValue());
          break;
        case "bandwidth":
          b.bandwidth(byteRate(value, name));
          break;
        case "basis":
          b.basis(BandwidthBasis.valueOf(value.textValue()));
          break;
        case "note":
          b.note(value.textValue());
          break;
        default:
          throw unread(name, "scale-up link");
      }
    }
    return build(b::build);
  }

  private static Conflict conflict(JsonNode node) throws Failure {
    Conflict.Builder b = Conflict.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "figure":
          b.figure(value.textValue());
          break;
        case "values":
          b.addAllValues(texts(value));
          break;
        case "urls":
          b.addAllUrls(texts(value));
          break;
        case "chosen":
          b.chosen(value.textValue());
          break;
        case "reason":
          b.reason(value.textValue());
          break;
        default:
          throw unread(name, "conflict");
      }
    }
    return build(b::build);
  }

  private static Gap gap(JsonNode node) throws Failure {
    String figure = null;
    String reason = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      switch (field.getKey()) {
        case "figure":
          figure = field.getValue().textValue();
          break;
        case "reason":
          reason = field.getValue().textValue();
          break;
        default:
          throw unread(field.getKey(), "gap");
      }
    }
    String f = figure;
    String r = reason;
    return build(() -> Gap.of(required(f, "figure"), required(r, "reason")));
  }

  private static HourlyPrice hourlyPrice(JsonNode node) throws Failure {
    String per = node.path("per").textValue();
    return build(() -> {
      Money money = money(node);
      for (PriceBasis basis : PriceBasis.values()) {
        if (basis.unit().equals(per)) {
          return basis == PriceBasis.DEVICE ? HourlyPrice.perDeviceHour(money)
              : HourlyPrice.perInstanceHour(money);
        }
      }
      throw new IllegalArgumentException("Unknown price basis '" + per
          + "' (known: device-hour, instance-hour)");
    });
  }

  private static EnergyPrice energyPrice(JsonNode node) throws Failure {
    String per = node.path("per").textValue();
    return build(() -> {
      if (per != null && !"kWh".equals(per)) {
        throw new IllegalArgumentException("Energy price must be per 'kWh': '" + per + "'");
      }
      return EnergyPrice.perKilowattHour(money(node));
    });
  }

  private static Money money(JsonNode node) {
    return Money.of(required(node.path("currency").textValue(), "currency"),
        required(node.path("amount").textValue(), "amount"));
  }

  //-----------------------------------------------------------------------
  /** Builds a value, turning a failed check into a failure at the value's own position. */
  private static <T> T build(Step<T> step) throws Failure {
    try {
      return step.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
  }

  /** A build step that may fail its checks. */
  @FunctionalInterface
  private interface Step<T> {
    T build();
  }

  private static <T> T nested(JsonNode node, String field, Reader<T> reader) throws Failure {
    try {
      return reader.read(node);
    } catch (Failure f) {
      throw f.under(field);
    }
  }

  private static <T> List<T> list(JsonNode array, String field, Reader<T> reader)
      throws Failure {
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(reader.read(array.get(i)));
      } catch (Failure f) {
        throw f.under("[" + i + "]").under(field);
      }
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    for (JsonNode element : array) {
      out.add(element.textValue());
    }
    return out;
  }

  private static void peaks(JsonNode object, String field,
      BiConsumer<ComputeFormat, FlopRate> put) throws Failure {
    for (Map.Entry<String, JsonNode> peak : object.properties()) {
      FlopRate rate;
      try {
        rate = FlopRate.parse(peak.getValue().textValue());
      } catch (IllegalArgumentException e) {
        throw new Failure(field + "." + peak.getKey(), e);
      }
      put.accept(ComputeFormat.valueOf(peak.getKey()), rate);
    }
  }

  private static ByteSize byteSize(JsonNode value, String field) throws Failure {
    try {
      return ByteSize.parse(value.textValue());
    } catch (IllegalArgumentException e) {
      throw new Failure(field, e);
    }
  }

  private static ByteRate byteRate(JsonNode value, String field) throws Failure {
    try {
      return ByteRate.parse(value.textValue());
    } catch (IllegalArgumentException e) {
      throw new Failure(field, e);
    }
  }

  private static Power power(JsonNode value, String field) throws Failure {
    try {
      return Power.parse(value.textValue());
    } catch (IllegalArgumentException e) {
      throw new Failure(field, e);
    }
  }

  /** Reads an integer the schema admits, such as {@code 8} or {@code 8.0}, as an int. */
  private static int intValue(JsonNode value, String field) throws Failure {
    if (!value.canConvertToInt()) {
      throw new Failure(field, "Numeric value (" + value.asText() + ") out of range of int ("
          + Integer.MIN_VALUE + " - " + Integer.MAX_VALUE + ")");
    }
    return value.intValue();
  }

  private static LocalDate date(JsonNode value) {
    return LocalDate.parse(value.textValue());
  }

  private static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new IllegalStateException("inference-econ bug: the schema let an entry without '"
          + field + "' through");
    }
    return value;
  }

  private static IllegalStateException unread(String field, String kind) {
    return new IllegalStateException("inference-econ bug: the schema allows the " + kind
        + " field '" + field + "', which the reader does not read");
  }
}
