/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.internal.IsoDates;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
          b.putAllDensePeak(peaks(value, name));
          break;
        case "sparsePeak":
          b.putAllSparsePeak(peaks(value, name));
          break;
        case "unlabelledPeak":
          b.putAllUnlabelledPeak(peaks(value, name));
          break;
        case "thermalDesignPower":
          b.thermalDesignPower(power(value, name));
          break;
        case "scaleUp":
          try {
            b.scaleUp(scaleUp(value));
          } catch (Failure f) {
            throw f.under(name);
          }
          break;
        case "sources":
          b.addAllSources(sources(value, name));
          break;
        case "conflicts":
          b.addAllConflicts(conflicts(value, name));
          break;
        case "gaps":
          b.addAllGaps(gaps(value, name));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "accelerator");
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
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
          try {
            b.price(hourlyPrice(value));
          } catch (Failure f) {
            throw f.under(name);
          }
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
          try {
            b.source(source(value));
          } catch (Failure f) {
            throw f.under(name);
          }
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "offer");
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
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
          b.addAllSources(sources(value, name));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "PUE figure");
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
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
          try {
            b.price(energyPrice(value));
          } catch (Failure f) {
            throw f.under(name);
          }
          break;
        case "period":
          b.period(value.textValue());
          break;
        case "asPublished":
          b.asPublished(value.textValue());
          break;
        case "sources":
          b.addAllSources(sources(value, name));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "electricity price");
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
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
          b.addAllSources(sources(value, name));
          break;
        case "notes":
          b.addAllNotes(texts(value));
          break;
        default:
          throw unread(name, "carbon intensity");
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
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
        case "tier":
          b.tier(SourceTier.valueOf(value.textValue()));
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
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
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
        case "domainSize":
          b.domainSize(value.intValue());
          break;
        case "note":
          b.note(value.textValue());
          break;
        default:
          throw unread(name, "scale-up link");
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
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
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
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
    try {
      return Gap.of(required(figure, "figure"), required(reason, "reason"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
  }

  private static HourlyPrice hourlyPrice(JsonNode node) throws Failure {
    String per = node.path("per").textValue();
    try {
      Money money = money(node);
      for (PriceBasis basis : PriceBasis.values()) {
        if (basis.unit().equals(per)) {
          return basis == PriceBasis.DEVICE ? HourlyPrice.perDeviceHour(money)
              : HourlyPrice.perInstanceHour(money);
        }
      }
      throw new IllegalArgumentException("Unknown price basis '" + per
          + "' (known: device-hour, instance-hour)");
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
  }

  private static EnergyPrice energyPrice(JsonNode node) throws Failure {
    String per = node.path("per").textValue();
    try {
      if (per != null && !"kWh".equals(per)) {
        throw new IllegalArgumentException("Energy price must be per 'kWh': '" + per + "'");
      }
      return EnergyPrice.perKilowattHour(money(node));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Failure("", e);
    }
  }

  private static Money money(JsonNode node) {
    return Money.of(required(node.path("currency").textValue(), "currency"),
        required(node.path("amount").textValue(), "amount"));
  }

  //-----------------------------------------------------------------------
  // Lists are read by one method each, without lambdas: linking a lambda costs a class of its
  // own when the catalogs load in a fresh JVM.

  private static List<Source> sources(JsonNode array, String field) throws Failure {
    List<Source> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(source(array.get(i)));
      } catch (Failure f) {
        throw f.under("[" + i + "]").under(field);
      }
    }
    return out;
  }

  private static List<Conflict> conflicts(JsonNode array, String field) throws Failure {
    List<Conflict> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(conflict(array.get(i)));
      } catch (Failure f) {
        throw f.under("[" + i + "]").under(field);
      }
    }
    return out;
  }

  private static List<Gap> gaps(JsonNode array, String field) throws Failure {
    List<Gap> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(gap(array.get(i)));
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

  private static Map<ComputeFormat, FlopRate> peaks(JsonNode object, String field)
      throws Failure {
    Map<ComputeFormat, FlopRate> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> peak : object.properties()) {
      try {
        out.put(ComputeFormat.valueOf(peak.getKey()),
            FlopRate.parse(peak.getValue().textValue()));
      } catch (IllegalArgumentException e) {
        throw new Failure(field + "." + peak.getKey(), e);
      }
    }
    return out;
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
    return IsoDates.parse(value.textValue());
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
