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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the three hardware catalog formats (schemas {@code accelerators.schema.json},
 * {@code cloud-offers.schema.json} and {@code energy.schema.json}) with {@link JsonCursor}: every
 * rule of the schemas and of the value types is checked at load, every problem of a file is
 * reported with its file, JSON path, value and rule, and a file with a problem yields nothing.
 *
 * <p>Not part of the public API. A {@link File} is used by one load only.
 */
final class CatalogReader {

  /** The bundled files, opened with one class-loader look-up, not one each. */
  static final ResourceFolder BUNDLED = ResourceFolder.of(CatalogReader.class, "");
  /** The JSON Schemas shipped for editors, one per format. */
  static final List<String> SCHEMAS = List.of("accelerators.schema.json",
      "cloud-offers.schema.json", "energy.schema.json");

  static final String[] ACCELERATORS_FILE = {"$schema", "schemaVersion", "version",
      "publishedOn", "notes", "accelerators"};
  static final String[] OFFERS_FILE = {"$schema", "schemaVersion", "version", "publishedOn",
      "notes", "offers"};
  static final String[] ENERGY_FILE = {"$schema", "schemaVersion", "version", "publishedOn",
      "notes", "defaults", "pue", "electricityPrices", "carbonIntensities"};
  private static final String[] ACCELERATOR = {"id", "vendor", "name", "aliases", "formFactor",
      "memory", "memoryLabel", "memoryBandwidth", "densePeak", "sparsePeak", "unlabelledPeak",
      "thermalDesignPower", "scaleUp", "sources", "conflicts", "gaps", "notes"};
  private static final String[] FIGURE_SOURCE = {"figures", "url", "tier", "readVia", "read",
      "sourceDate", "note"};
  private static final String[] SOURCE = {"url", "tier", "readVia", "read", "sourceDate",
      "note"};
  private static final String[] SCALE_UP = {"name", "bandwidth", "basis", "note"};
  private static final String[] CONFLICT = {"figure", "values", "urls", "chosen", "reason"};
  private static final String[] GAP = {"figure", "reason"};
  private static final String[] OFFER = {"id", "provider", "instanceType", "accelerator",
      "acceleratorAsPublished", "variantAssumed", "acceleratorCount", "region", "regionName",
      "pricingModel", "price", "priceAsPublished", "acceleratorOnly", "historical",
      "effectiveFrom", "effectiveUntil", "source", "notes"};
  private static final String[] PRICE = {"amount", "currency", "per"};
  private static final String[] PUE = {"id", "value", "scope", "year", "sources", "notes"};
  private static final String[] ELECTRICITY_PRICE = {"id", "region", "regionName", "sector",
      "price", "period", "asPublished", "sources", "notes"};
  private static final String[] CARBON = {"id", "region", "regionName", "gramsPerKilowattHour",
      "year", "gases", "basis", "asPublished", "derivation", "sources", "notes"};

  /** The documented ranges of the numbers, also stated in the schemas. */
  private static final int MAX_COUNT = 1_000_000;
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 9999;
  private static final BigDecimal MAX_PUE = BigDecimal.TEN;
  private static final BigDecimal MAX_GRAMS_PER_KWH = BigDecimal.valueOf(10_000);
  private static final int HOURLY_PRICE_DIGITS = 7;
  private static final int ENERGY_PRICE_DIGITS = 4;

  private CatalogReader() {}

  /**
   * The entries of one kind in a format, and how to read and name one.
   *
   * @param <T> the entry type
   */
  abstract static class Section<T> {
    final String field;
    final String kind;

    Section(String field, String kind) {
      this.field = field;
      this.kind = kind;
    }

    /** Reads one entry, every rule checked. */
    abstract T read(JsonCursor c);

    abstract String id(T entry);

    List<String> aliases(T entry) {
      return List.of();
    }
  }

  /**
   * A file being read: its root, its header, and where each entry read from it is, so that
   * catalog rules checked after reading (names that clash, an unknown accelerator) are
   * reported at the entry's JSON path.
   */
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
      JsonCursor array = root.optional(section.field);
      if (array == null) {
        return out;
      }
      Map<String, Integer> firstIndexOfId = new HashMap<>();
      int index = 0;
      for (JsonCursor c : array.elements()) {
        try {
          T entry = section.read(c);
          Integer first = firstIndexOfId.putIfAbsent(section.id(entry), index);
          if (first != null) {
            throw c.field("id").fail("Duplicate id: the " + section.kind + " at index " + first
                + " has it too");
          }
          where.put(entry, c);
          out.add(entry);
        } catch (InvalidJsonException e) {
          c.recover(e);
        }
        index++;
      }
      return out;
    }

    /** Throws every problem recorded, the file's own and those of later catalog rules. */
    void throwIfProblems() {
      root.throwIfProblems();
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Reads a file's JSON and header; the entries are read with {@link File#entries(Section)}.
   *
   * @throws InvalidJsonException if the JSON is malformed or the root is not an object of the
   *     known fields; other header problems are recorded, leaving the header null
   */
  static File read(InputStream in, String origin, String[] known) throws IOException {
    JsonCursor root = JsonCursor.read(in, origin).object(known);
    CatalogInfo info = null;
    try {
      JsonCursor schema = root.optional("$schema");
      if (schema != null) {
        schema.text();
      }
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
      throw new UncheckedIOException("inference-econ bug: cannot read the bundled '"
          + resource + "'", e);
    }
  }

  /**
   * Reports a catalog rule broken by an entry: at its JSON path when the entry was read from a
   * file, else (an entry built in code) as an {@link IllegalArgumentException}.
   */
  static void report(Map<Object, JsonCursor> where, Object entry, String field, String rule) {
    JsonCursor at = where.get(entry);
    if (at == null) {
      throw new IllegalArgumentException(rule);
    }
    at.recover(at.fail(new InvalidFieldException(field, rule)));
  }

  //-----------------------------------------------------------------------
  static AcceleratorEntry accelerator(JsonCursor c) {
    c.object(ACCELERATOR);
    JsonCursor scaleUp = c.optional("scaleUp");
    AcceleratorEntry.Builder b = AcceleratorEntry.builder()
        .id(c.field("id").text())
        .vendor(c.field("vendor").text())
        .name(c.field("name").text())
        .aliases(c.texts("aliases"))
        .formFactor(c.optionalText("formFactor"))
        .memory(quantity(c, "memory", ByteSize::parse))
        .memoryLabel(c.optionalText("memoryLabel"))
        .memoryBandwidth(quantity(c, "memoryBandwidth", ByteRate::parse))
        .densePeak(peaks(c, "densePeak"))
        .sparsePeak(peaks(c, "sparsePeak"))
        .unlabelledPeak(peaks(c, "unlabelledPeak"))
        .thermalDesignPower(quantity(c, "thermalDesignPower", Power::parse))
        .scaleUp(scaleUp == null ? Optional.empty() : Optional.of(scaleUp(scaleUp)))
        .sources(list(c, "sources", CatalogReader::figureSource))
        .conflicts(list(c, "conflicts", CatalogReader::conflict))
        .gaps(list(c, "gaps", CatalogReader::gap))
        .notes(c.texts("notes"));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  static CloudOffer offer(JsonCursor c) {
    c.object(OFFER);
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
        .source(source(c.field("source"), SOURCE))
        .notes(c.texts("notes"));
    JsonCursor flag = c.optional("variantAssumed");
    if (flag != null) {
      b.variantAssumed(flag.bool());
    }
    if ((flag = c.optional("acceleratorOnly")) != null) {
      b.acceleratorOnly(flag.bool());
    }
    if ((flag = c.optional("historical")) != null) {
      b.historical(flag.bool());
    }
    JsonCursor date = c.optional("effectiveFrom");
    if (date != null) {
      b.effectiveFrom(date.date());
    }
    if ((date = c.optional("effectiveUntil")) != null) {
      b.effectiveUntil(date.date());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  static PueFigure pue(JsonCursor c) {
    c.object(PUE);
    try {
      return PueFigure.builder()
          .id(c.field("id").text())
          .value(c.field("value").number(BigDecimal.ONE, MAX_PUE))
          .scope(c.field("scope").text())
          .year(year(c))
          .sources(list(c, "sources", CatalogReader::energySource))
          .notes(c.texts("notes"))
          .build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  static ElectricityPriceFigure electricityPrice(JsonCursor c) {
    c.object(ELECTRICITY_PRICE);
    try {
      return ElectricityPriceFigure.builder()
          .id(c.field("id").text())
          .region(c.field("region").text())
          .regionName(c.optionalText("regionName"))
          .sector(c.field("sector").constant(ElectricitySector.class))
          .price(energyPrice(c.field("price")))
          .period(c.field("period").text())
          .asPublished(c.optionalText("asPublished"))
          .sources(list(c, "sources", CatalogReader::energySource))
          .notes(c.texts("notes"))
          .build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  static CarbonIntensityFigure carbonIntensity(JsonCursor c) {
    c.object(CARBON);
    try {
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
          .sources(list(c, "sources", CatalogReader::energySource))
          .notes(c.texts("notes"))
          .build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  /** Reads the energy file's default PUE id, if it names one. */
  static @Nullable JsonCursor defaultPue(JsonCursor root) {
    JsonCursor defaults = root.optional("defaults");
    if (defaults == null) {
      return null;
    }
    JsonCursor pue = defaults.object("pue").optional("pue");
    if (pue != null && !Figures.isId(pue.text())) {
      throw pue.fail("PUE figure id must be lower-case letters and digits joined by '-' or "
          + "'.'");
    }
    return pue;
  }

  //-----------------------------------------------------------------------
  private static Source figureSource(JsonCursor c) {
    return source(c, FIGURE_SOURCE);
  }

  private static Source energySource(JsonCursor c) {
    return source(c, SOURCE);
  }

  private static Source source(JsonCursor c, String[] known) {
    c.object(known);
    try {
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
    c.object(SCALE_UP);
    JsonCursor basis = c.optional("basis");
    try {
      return ScaleUpLink.builder()
          .name(c.field("name").text())
          .bandwidth(quantity(c, "bandwidth", ByteRate::parse))
          .basis(basis == null ? Optional.empty()
              : Optional.of(basis.constant(BandwidthBasis.class)))
          .note(c.optionalText("note"))
          .build();
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  private static Conflict conflict(JsonCursor c) {
    c.object(CONFLICT);
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
    c.object(GAP);
    try {
      return Gap.of(c.field("figure").text(), c.field("reason").text());
    } catch (IllegalArgumentException e) {
      throw c.fail(e);
    }
  }

  private static HourlyPrice hourlyPrice(JsonCursor c) {
    c.object(PRICE);
    Money money = money(c, HOURLY_PRICE_DIGITS);
    JsonCursor per = c.field("per");
    for (PriceBasis basis : PriceBasis.values()) {
      if (basis.unit().equals(per.text())) {
        return basis == PriceBasis.DEVICE ? HourlyPrice.perDeviceHour(money)
            : HourlyPrice.perInstanceHour(money);
      }
    }
    throw per.fail("Value must be one of device-hour, instance-hour");
  }

  private static EnergyPrice energyPrice(JsonCursor c) {
    c.object(PRICE);
    JsonCursor per = c.optional("per");
    if (per != null && !"kWh".equals(per.text())) {
      throw per.fail("Energy price must be per 'kWh'");
    }
    return EnergyPrice.perKilowattHour(money(c, ENERGY_PRICE_DIGITS));
  }

  private static Money money(JsonCursor c, int integerDigits) {
    BigDecimal amount = c.field("amount").plainDecimal(integerDigits);
    return Money.of(c.field("currency").currency(), amount);
  }

  private static int year(JsonCursor c) {
    return (int) c.field("year").whole(MIN_YEAR, MAX_YEAR);
  }

  /**
   * Reads a quantity written as a plain decimal and a unit, such as {@code "80 GiB"}; the
   * number is checked before the unit's parser computes anything with it.
   */
  private static <T> Optional<T> quantity(JsonCursor object, String field,
      Function<String, T> parse) {
    JsonCursor at = object.optional(field);
    if (at == null) {
      return Optional.empty();
    }
    String text = at.text();
    int space = text.indexOf(' ');
    if (space < 0 || !JsonCursor.isPlainDecimal(text.substring(0, space))
        || space + 1 == text.length() || text.indexOf(' ', space + 1) >= 0
        || !text.strip().equals(text)) {
      throw at.fail("Value must be a plain decimal and a unit, such as \"80 GiB\"");
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException e) {
      throw at.fail(e);
    }
  }

  private static Map<ComputeFormat, FlopRate> peaks(JsonCursor object, String field) {
    JsonCursor map = object.optional(field);
    Map<ComputeFormat, FlopRate> out = new EnumMap<>(ComputeFormat.class);
    if (map != null) {
      map.object();
      for (JsonCursor peak : map.fields()) {
        ComputeFormat format = null;
        for (ComputeFormat f : ComputeFormat.values()) {
          if (f.name().equals(peak.name())) {
            format = f;
          }
        }
        if (format == null) {
          throw peak.fail("Unknown number format '" + peak.name() + "'");
        }
        out.put(format, quantity(map, peak.name(), FlopRate::parse).orElseThrow());
      }
    }
    return out;
  }

  private static <T> List<T> list(JsonCursor object, String field,
      Function<JsonCursor, T> read) {
    JsonCursor array = object.optional(field);
    if (array == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (JsonCursor c : array.elements()) {
      out.add(read.apply(c));
    }
    return out;
  }
}
