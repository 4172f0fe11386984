/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.internal.InvalidFieldException;
import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.internal.ResourceFolder;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the three hardware catalog formats (schemas {@code accelerators.schema.json},
 * {@code cloud-offers.schema.json}, {@code energy.schema.json}) with {@link JsonCursor}: every
 * rule of the schemas and of the value types is checked at load, and every problem of a file
 * is reported with its file, JSON path, value and rule.
 *
 * <p>Not part of the public API. A {@link File} serves one load.
 */
final class CatalogReader {

  /** The bundled files, looked up once, from this module so that the module path works too. */
  static final ResourceFolder BUNDLED =
      ResourceFolder.of(path -> CatalogReader.class.getResource(path), "");
  /** The JSON Schemas shipped for editors, one per format. */
  static final List<String> SCHEMAS = List.of("accelerators.schema.json",
      "cloud-offers.schema.json", "energy.schema.json");

  static final String[] ACCELERATORS_FILE = {"$schema", "schemaVersion", "version",
      "publishedOn", "notes", "accelerators"};
  static final String[] OFFERS_FILE = {"$schema", "schemaVersion", "version", "publishedOn",
      "notes", "offers"};
  static final String[] ENERGY_FILE = {"$schema", "schemaVersion", "version", "publishedOn",
      "notes", "defaults", "pue", "electricityPrices", "carbonIntensities"};
  private static final String[] FIGURE_SOURCE = {"figures", "url", "tier", "readVia", "read",
      "sourceDate", "note"};
  private static final String[] SOURCE = {"url", "tier", "readVia", "read", "sourceDate",
      "note"};
  private static final String[] PRICE = {"amount", "currency", "per"};

  /** The documented ranges of the numbers, also stated in the schemas. */
  private static final int MAX_COUNT = 1_000_000;
  private static final BigDecimal MAX_PUE = BigDecimal.TEN;
  private static final BigDecimal MAX_GRAMS_PER_KWH = BigDecimal.valueOf(10_000);

  private CatalogReader() {}

  /** The entries of one kind in a format, and how to read and name one. */
  abstract static class Section<T> {
    final String field;
    final String kind;

    Section(String field, String kind) {
      this.field = field;
      this.kind = kind;
    }

    /** Reads one entry; a value type's check may throw {@link IllegalArgumentException}. */
    abstract T read(JsonCursor c);

    abstract String id(T entry);

    List<String> aliases(T entry) {
      return List.of();
    }
  }

  /** A file being read: its root, its header (null if invalid), and where each entry is. */
  static final class File {
    final JsonCursor root;
    final @Nullable CatalogInfo info;
    final Map<Object, JsonCursor> where = new IdentityHashMap<>();

    File(JsonCursor root, @Nullable CatalogInfo info) {
      this.root = root;
      this.info = info;
    }

    /** Reads the entries of a section, recording a problem for each that breaks a rule. */
    <T> List<T> entries(Section<T> section) {
      List<T> out = new ArrayList<>();
      Map<String, Integer> firstIndexOfId = new HashMap<>();
      List<JsonCursor> elements = root.optionalElements(section.field);
      for (int i = 0; i < elements.size(); i++) {
        JsonCursor c = elements.get(i);
        try {
          T entry = section.read(c);
          Integer first = firstIndexOfId.putIfAbsent(section.id(entry), i);
          if (first != null) {
            throw c.field("id").fail("Duplicate id: the " + section.kind + " at index " + first
                + " has it too");
          }
          where.put(entry, c);
          out.add(entry);
        } catch (IllegalArgumentException e) {
          c.recover(c.fail(e));
        }
      }
      return out;
    }
  }

  //-----------------------------------------------------------------------
  /** Reads a file's JSON and header (a header problem is recorded, leaving it null). */
  static File read(InputStream in, String origin, String[] known) throws IOException {
    JsonCursor root = JsonCursor.read(in, origin).object(known);
    CatalogInfo info = null;
    try {
      root.optionalText("$schema");
      JsonCursor version = root.field("schemaVersion");
      if (version.whole(Integer.MIN_VALUE, Integer.MAX_VALUE) != 1) {
        throw version.fail("Schema version must be 1");
      }
      info = CatalogInfo.of(origin, root.field("version").text(),
          root.field("publishedOn").date(), root.texts("notes"));
    } catch (InvalidJsonException e) {
      root.recover(e);
    }
    return new File(root, info);
  }

  /** Opens a bundled file; a missing one is a bug. */
  static InputStream open(String resource) {
    try {
      return BUNDLED.open(resource);
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: cannot read '" + resource + "'", e);
    }
  }

  /** Reports a rule broken by an entry at its JSON path, or as an IAE if built in code. */
  static void report(Map<Object, JsonCursor> where, Object entry, String field, String rule) {
    JsonCursor at = where.get(entry);
    if (at == null) {
      throw new IllegalArgumentException(rule);
    }
    at.recover(at.fail(new InvalidFieldException(field, rule)));
  }

  //-----------------------------------------------------------------------
  // Lambda-free on purpose: each lambda costs about half a millisecond of a cold load.

  static AcceleratorEntry accelerator(JsonCursor c) {
    c.object("id", "vendor", "name", "aliases", "formFactor", "memory", "memoryLabel",
        "memoryBandwidth", "densePeak", "sparsePeak", "unlabelledPeak", "thermalDesignPower",
        "scaleUp", "sources", "conflicts", "gaps", "notes");
    AcceleratorEntry.Builder b = AcceleratorEntry.builder()
        .id(c.field("id").text())
        .vendor(c.field("vendor").text())
        .name(c.field("name").text())
        .aliases(c.texts("aliases"))
        .formFactor(c.optionalText("formFactor"))
        .memory(quantity(c, "memory", ByteSize.class))
        .memoryLabel(c.optionalText("memoryLabel"))
        .memoryBandwidth(quantity(c, "memoryBandwidth", ByteRate.class))
        .densePeak(peaks(c, "densePeak"))
        .sparsePeak(peaks(c, "sparsePeak"))
        .unlabelledPeak(peaks(c, "unlabelledPeak"))
        .thermalDesignPower(quantity(c, "thermalDesignPower", Power.class));
    JsonCursor scaleUp = c.optional("scaleUp");
    b.scaleUp(scaleUp == null ? Optional.empty() : Optional.of(scaleUp(scaleUp)));
    b.sources(sources(c, FIGURE_SOURCE));
    for (JsonCursor conflict : c.optionalElements("conflicts")) {
      b.addConflicts(conflict(conflict));
    }
    for (JsonCursor gap : c.optionalElements("gaps")) {
      b.addGaps(gap(gap));
    }
    return b.notes(c.texts("notes")).build();
  }

  static CloudOffer offer(JsonCursor c) {
    c.object("id", "provider", "instanceType", "accelerator", "acceleratorAsPublished",
        "variantAssumed", "acceleratorCount", "region", "regionName", "pricingModel", "price",
        "priceAsPublished", "acceleratorOnly", "historical", "effectiveFrom", "effectiveUntil",
        "source", "notes");
    CloudOffer.Builder b = CloudOffer.builder()
        .id(c.field("id").text())
        .provider(c.field("provider").text())
        .instanceType(c.field("instanceType").text())
        .accelerator(c.field("accelerator").text())
        .acceleratorAsPublished(c.optionalText("acceleratorAsPublished"))
        .acceleratorCount((int) c.field("acceleratorCount").whole(1, MAX_COUNT))
        .region(c.optionalText("region"))
        .regionName(c.optionalText("regionName"))
        .pricingModel(c.field("pricingModel").constant(PricingModel.class))
        .price(hourlyPrice(c.field("price")))
        .priceAsPublished(c.optionalText("priceAsPublished"))
        .effectiveFrom(c.optionalDate("effectiveFrom"))
        .effectiveUntil(c.optionalDate("effectiveUntil"))
        .source(source(c.field("source"), SOURCE))
        .notes(c.texts("notes"))
        .variantAssumed(c.bool("variantAssumed", false))
        .acceleratorOnly(c.bool("acceleratorOnly", false))
        .historical(c.bool("historical", false));
    return b.build();
  }

  static PueFigure pue(JsonCursor c) {
    c.object("id", "value", "scope", "year", "sources", "notes");
    return PueFigure.builder()
        .id(c.field("id").text())
        .value(c.field("value").number(BigDecimal.ONE, MAX_PUE))
        .scope(c.field("scope").text())
        .year(year(c))
        .sources(sources(c, SOURCE))
        .notes(c.texts("notes"))
        .build();
  }

  static ElectricityPriceFigure electricityPrice(JsonCursor c) {
    c.object("id", "region", "regionName", "sector", "price", "period", "asPublished",
        "sources", "notes");
    JsonCursor price = c.field("price").object(PRICE);
    JsonCursor per = price.optional("per");
    if (per != null && !"kWh".equals(per.text())) {
      throw per.fail("Energy price must be per 'kWh'");
    }
    return ElectricityPriceFigure.builder()
        .id(c.field("id").text())
        .region(c.field("region").text())
        .regionName(c.optionalText("regionName"))
        .sector(c.field("sector").constant(ElectricitySector.class))
        .price(EnergyPrice.perKilowattHour(money(price, 4)))
        .period(c.field("period").text())
        .asPublished(c.optionalText("asPublished"))
        .sources(sources(c, SOURCE))
        .notes(c.texts("notes"))
        .build();
  }

  static CarbonIntensityFigure carbonIntensity(JsonCursor c) {
    c.object("id", "region", "regionName", "gramsPerKilowattHour", "year", "gases", "basis",
        "asPublished", "derivation", "sources", "notes");
    return CarbonIntensityFigure.builder()
        .id(c.field("id").text())
        .region(c.field("region").text())
        .regionName(c.optionalText("regionName"))
        .gramsPerKilowattHour(c.field("gramsPerKilowattHour").number(BigDecimal.ZERO,
            MAX_GRAMS_PER_KWH))
        .year(year(c))
        .gases(c.field("gases").constant(GreenhouseGases.class))
        .basis(c.optionalText("basis"))
        .asPublished(c.optionalText("asPublished"))
        .derivation(c.optionalText("derivation"))
        .sources(sources(c, SOURCE))
        .notes(c.texts("notes"))
        .build();
  }

  /** Reads the energy file's default PUE id, if it names one. */
  static @Nullable JsonCursor defaultPue(JsonCursor root) {
    JsonCursor defaults = root.optional("defaults");
    JsonCursor pue = defaults == null ? null : defaults.object("pue").optional("pue");
    if (pue != null && !Figures.isId(pue.text())) {
      throw pue.fail("PUE figure id must be lower-case letters and digits joined by '-' or "
          + "'.'");
    }
    return pue;
  }

  //-----------------------------------------------------------------------
  // Values inside an entry catch their own check's exception, so that it names their path.

  private static List<Source> sources(JsonCursor entry, String[] known) {
    List<Source> out = new ArrayList<>();
    for (JsonCursor c : entry.optionalElements("sources")) {
      out.add(source(c, known));
    }
    return out;
  }

  private static Source source(JsonCursor c, String[] known) {
    c.object(known);
    try {
      // a read that fails throws its InvalidJsonException, which fail returns as it is
      return Source.builder()
          .figures(c.texts("figures"))
          .url(c.field("url").text())
          .tier(c.field("tier").constant(SourceTier.class))
          .readVia(c.optionalText("readVia"))
          .read(c.field("read").date())
          .sourceDate(c.optionalText("sourceDate"))
          .note(c.optionalText("note"))
          .build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  private static ScaleUpLink scaleUp(JsonCursor c) {
    c.object("name", "bandwidth", "basis", "domainSize", "note");
    ScaleUpLink.Builder b = ScaleUpLink.builder()
        .name(c.field("name").text())
        .bandwidth(quantity(c, "bandwidth", ByteRate.class));
    JsonCursor basis = c.optional("basis");
    b.basis(basis == null ? Optional.empty() : Optional.of(basis.constant(BandwidthBasis.class)));
    JsonCursor domain = c.optional("domainSize");
    b.domainSize(domain == null ? Optional.empty() : Optional.of((int) domain.whole(1, MAX_COUNT)));
    b.note(c.optionalText("note"));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  private static Conflict conflict(JsonCursor c) {
    c.object("figure", "values", "urls", "chosen", "reason");
    try {
      return Conflict.builder()
          .figure(c.field("figure").text())
          .values(c.field("values").texts())
          .urls(c.field("urls").texts())
          .chosen(c.field("chosen").text())
          .reason(c.field("reason").text())
          .build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  private static Gap gap(JsonCursor c) {
    c.object("figure", "reason");
    String figure = c.field("figure").text();
    String reason = c.field("reason").text();
    try {
      return Gap.of(figure, reason);
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  private static HourlyPrice hourlyPrice(JsonCursor c) {
    Money money = money(c.object(PRICE), 7);
    JsonCursor per = c.field("per");
    for (PriceBasis basis : PriceBasis.values()) {
      if (basis.unit().equals(per.text())) {
        return basis == PriceBasis.DEVICE ? HourlyPrice.perDeviceHour(money)
            : HourlyPrice.perInstanceHour(money);
      }
    }
    throw per.fail("Value must be one of device-hour, instance-hour");
  }

  /** An amount of at most so many digits before the point, in an ISO 4217 currency. */
  private static Money money(JsonCursor c, int integerDigits) {
    BigDecimal amount = c.field("amount").plainDecimal(integerDigits);
    return Money.of(c.field("currency").currency(), amount);
  }

  private static int year(JsonCursor c) {
    return (int) c.field("year").whole(1900, 9999);
  }

  /** Reads a quantity such as {@code "80 GiB"}, its number checked before it is parsed. */
  private static <T> Optional<T> quantity(JsonCursor object, String field, Class<T> type) {
    JsonCursor at = object.optional(field);
    if (at == null) {
      return Optional.empty();
    }
    String text = at.text();
    int space = text.indexOf(' ');
    if (space < 0 || !JsonCursor.isPlainDecimal(text.substring(0, space))
        || text.indexOf(' ', space + 1) >= 0 || !text.strip().equals(text)) {
      throw at.fail("Value must be a plain decimal and a unit, such as \"80 GiB\"");
    }
    try {
      return Optional.of(type.cast(type == ByteSize.class ? ByteSize.parse(text)
          : type == ByteRate.class ? ByteRate.parse(text)
          : type == Power.class ? Power.parse(text) : FlopRate.parse(text)));
    } catch (IllegalArgumentException e) {
      throw at.fail(e);
    }
  }

  private static Map<ComputeFormat, FlopRate> peaks(JsonCursor object, String field) {
    Map<ComputeFormat, FlopRate> out = new EnumMap<>(ComputeFormat.class);
    JsonCursor map = object.optional(field);
    for (JsonCursor peak : map == null ? List.<JsonCursor>of() : map.fields()) {
      ComputeFormat format = null;
      for (ComputeFormat f : ComputeFormat.values()) {
        format = f.name().equals(peak.name()) ? f : format;
      }
      if (format == null) {
        throw peak.fail("Unknown number format '" + peak.name() + "'");
      }
      out.put(format, quantity(map, peak.name(), FlopRate.class).orElseThrow());
    }
    return out;
  }
}
