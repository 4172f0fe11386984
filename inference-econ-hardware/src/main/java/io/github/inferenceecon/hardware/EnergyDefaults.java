/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.internal.Staleness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sourced energy figures for running accelerators: data-centre power usage effectiveness
 * (PUE), electricity prices by region and sector, and carbon intensities of electricity by
 * region.
 *
 * <p>The bundled figures come from the Uptime Institute, AWS and Meta (PUE), the US EIA and
 * Eurostat (prices) and the US EIA, the EEA and France's SDES (carbon intensities); every one
 * names its sources and the date they were read. {@link #defaultPue()} is the PUE to use when
 * none is chosen (the bundled default is the Uptime Institute industry average for 2023).
 * There is no default electricity price or carbon intensity: the research found no sourced
 * national or world average for the latest year, so pick a region.
 *
 * <pre>{@code
 * EnergyDefaults energy = EnergyDefaults.bundled();
 * BigDecimal pue = energy.defaultPue().orElseThrow().value();        // 1.58
 * List<ElectricityPriceFigure> va = energy.electricityPrices("US-VA"); // commercial, industrial
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnergyDefaults {

  static final CatalogReader.Section<PueFigure> PUE =
      new CatalogReader.Section<>("pue", "PUE figure") {
        @Override
        PueFigure read(JsonNode node) throws EntryReader.Failure {
          return EntryReader.pue(node);
        }

        @Override
        String id(PueFigure entry) {
          return entry.id();
        }
      };
  static final CatalogReader.Section<ElectricityPriceFigure> PRICES =
      new CatalogReader.Section<>("electricityPrices", "electricity price") {
        @Override
        ElectricityPriceFigure read(JsonNode node) throws EntryReader.Failure {
          return EntryReader.electricityPrice(node);
        }

        @Override
        String id(ElectricityPriceFigure entry) {
          return entry.id();
        }
      };
  static final CatalogReader.Section<CarbonIntensityFigure> CARBON =
      new CatalogReader.Section<>("carbonIntensities", "carbon intensity") {
        @Override
        CarbonIntensityFigure read(JsonNode node) throws EntryReader.Failure {
          return EntryReader.carbonIntensity(node);
        }

        @Override
        String id(CarbonIntensityFigure entry) {
          return entry.id();
        }
      };

  private final Table<PueFigure> pue;
  private final Table<ElectricityPriceFigure> prices;
  private final Table<CarbonIntensityFigure> carbon;
  private final @Nullable String defaultPueId;
  private final List<CatalogInfo> layers;

  private EnergyDefaults(Table<PueFigure> pue, Table<ElectricityPriceFigure> prices,
      Table<CarbonIntensityFigure> carbon, @Nullable String defaultPueId,
      List<CatalogInfo> layers) {
    this.pue = pue;
    this.prices = prices;
    this.carbon = carbon;
    this.defaultPueId = defaultPueId;
    this.layers = layers;
  }

  /** The entries of one section with their id look-up. */
  private static final class Table<T> {
    final List<T> all;
    final NameMatcher<T> ids;

    Table(List<T> all, NameMatcher<T> ids) {
      this.all = all;
      this.ids = ids;
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the bundled energy defaults, read once on first use.
   *
   * @return the energy defaults, not null
   */
  public static EnergyDefaults bundled() {
    return HardwareCatalogs.bundled().energy();
  }

  /**
   * Reads energy figures from a file in the format of {@code energy.schema.json}.
   *
   * @param file the file, not null
   * @return the energy figures, not null
   * @throws IOException if the file cannot be read
   * @throws InvalidCatalogException if the content is malformed or breaks a catalog rule; every
   *     problem names the file, the entry and the field
   */
  public static EnergyDefaults read(Path file) throws IOException {
    return read(CatalogReader.bytes(file), file.toString());
  }

  /**
   * Reads energy figures from a stream in the format of {@code energy.schema.json}; the stream
   * is read to its end and not closed.
   *
   * @param in the stream, not null
   * @param origin the name of the data in messages, such as a file name, not null
   * @return the energy figures, not null
   * @throws IOException if the stream cannot be read
   * @throws InvalidCatalogException if the content is malformed or breaks a catalog rule
   */
  public static EnergyDefaults read(InputStream in, String origin) throws IOException {
    return read(CatalogReader.bytes(in), Objects.requireNonNull(origin, "origin"));
  }

  private static EnergyDefaults read(byte[] bytes, String origin) {
    List<CatalogProblem> problems = new ArrayList<>();
    Optional<EnergyDefaults> energy = parse(bytes, origin, problems);
    if (!problems.isEmpty() || energy.isEmpty()) {
      throw new InvalidCatalogException(problems);
    }
    return energy.get();
  }

  static Optional<EnergyDefaults> parse(byte[] bytes, String origin,
      List<CatalogProblem> problems) {
    Optional<CatalogReader.Document> parsed =
        CatalogReader.parse(bytes, origin, CatalogReader.Kind.ENERGY, problems);
    if (parsed.isEmpty() || !parsed.get().isHeaderValid()) {
      return Optional.empty();
    }
    CatalogReader.Document document = parsed.get();
    List<PueFigure> pue = document.entries(PUE, problems);
    List<ElectricityPriceFigure> prices = document.entries(PRICES, problems);
    List<CarbonIntensityFigure> carbon = document.entries(CARBON, problems);
    JsonNode named = document.root.path("defaults").path("pue");
    @Nullable String defaultPueId = named.isTextual() ? named.asText() : null;
    return Optional.of(assemble(pue, prices, carbon, defaultPueId, origin,
        List.of(document.info()), problems));
  }

  private static EnergyDefaults assemble(List<PueFigure> pue,
      List<ElectricityPriceFigure> prices, List<CarbonIntensityFigure> carbon,
      @Nullable String defaultPueId, String origin, List<CatalogInfo> layers,
      List<CatalogProblem> problems) {
    Table<PueFigure> pueTable = table(PUE, pue, origin, problems);
    if (defaultPueId != null && pueTable.ids.find(defaultPueId).isEmpty()) {
      problems.add(CatalogProblem.ofField(origin, "defaults.pue", "Unknown PUE figure '"
          + defaultPueId + "'"));
      defaultPueId = null;
    }
    return new EnergyDefaults(pueTable,
        table(PRICES, prices, origin, problems),
        table(CARBON, carbon, origin, problems),
        defaultPueId == null ? null : pueTable.ids.get(defaultPueId).id(), List.copyOf(layers));
  }

  // The section gives each entry's id, not a Function: the bundled figures are tabled at
  // start-up, where each lambda or method reference costs a class of its own.
  private static <T> Table<T> table(CatalogReader.Section<T> section, List<T> entries,
      String origin, List<CatalogProblem> problems) {
    NameMatcher.Builder<T> names = NameMatcher.builder(section.entryKind);
    Map<String, String> owners = new HashMap<>();
    List<T> kept = new ArrayList<>();
    for (T entry : entries) {
      Optional<Names.Clash> clash = Names.clash(section.entryKind, section.id(entry), List.of(),
          owners);
      if (clash.isPresent()) {
        problems.add(CatalogProblem.ofEntry(origin, section.entryKind,
            "'" + section.id(entry) + "'", "id", clash.get().message));
        continue;
      }
      names.add(section.id(entry), List.of(), entry);
      kept.add(entry);
    }
    return new Table<>(List.copyOf(kept), names.build());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the version of the figures: that of the top layer, such as {@code 2026-11-27}.
   *
   * @return the version, not null
   */
  public String version() {
    return layers.get(0).version();
  }

  /**
   * Returns the publication date of the figures: the earliest of the layers.
   *
   * @return the date, not null
   */
  public LocalDate publishedOn() {
    return CatalogInfo.earliest(layers);
  }

  /**
   * Returns the layers, top first.
   *
   * @return the layers, not empty, not null
   */
  public List<CatalogInfo> layers() {
    return layers;
  }

  /**
   * Returns every PUE figure, in catalog order.
   *
   * @return the figures, not null
   */
  public List<PueFigure> pue() {
    return pue.all;
  }

  /**
   * Returns every electricity price, in catalog order.
   *
   * @return the prices, not null
   */
  public List<ElectricityPriceFigure> electricityPrices() {
    return prices.all;
  }

  /**
   * Returns every carbon intensity, in catalog order.
   *
   * @return the intensities, not null
   */
  public List<CarbonIntensityFigure> carbonIntensities() {
    return carbon.all;
  }

  /**
   * Returns the PUE figure to use when none is chosen.
   *
   * @return the figure, or empty when the catalog names none
   */
  public Optional<PueFigure> defaultPue() {
    return defaultPueId == null ? Optional.empty() : pue.ids.find(defaultPueId);
  }

  /**
   * Gets a PUE figure by id, ignoring case and punctuation.
   *
   * @param id the id, such as {@code aws-global-2025}, not null
   * @return the figure, not null
   * @throws UnknownNameException if no PUE figure has that id; it suggests the nearest ids
   */
  public PueFigure pueFigure(String id) {
    return pue.ids.get(id);
  }

  /**
   * Gets an electricity price by id, ignoring case and punctuation.
   *
   * @param id the id, such as {@code us-virginia-industrial-2023}, not null
   * @return the price, not null
   * @throws UnknownNameException if no price has that id; it suggests the nearest ids
   */
  public ElectricityPriceFigure electricityPrice(String id) {
    return prices.ids.get(id);
  }

  /**
   * Gets a carbon intensity by id, ignoring case and punctuation.
   *
   * @param id the id, such as {@code us-eia-utility-scale-2023}, not null
   * @return the intensity, not null
   * @throws UnknownNameException if no intensity has that id; it suggests the nearest ids
   */
  public CarbonIntensityFigure carbonIntensity(String id) {
    return carbon.ids.get(id);
  }

  /**
   * Returns the electricity prices of a region, in catalog order.
   *
   * @param region the region code, such as {@code US-VA}, ignoring case, not null
   * @return the prices, empty when the catalog has none for the region, not null
   */
  public List<ElectricityPriceFigure> electricityPrices(String region) {
    Objects.requireNonNull(region, "region");
    List<ElectricityPriceFigure> out = new ArrayList<>();
    prices.all.forEach(p -> {
      if (p.region().equalsIgnoreCase(region)) {
        out.add(p);
      }
    });
    return List.copyOf(out);
  }

  /**
   * Returns the carbon intensities of a region, in catalog order.
   *
   * @param region the region code, such as {@code DE} or {@code EU-27}, ignoring case, not null
   * @return the intensities, empty when the catalog has none for the region, not null
   */
  public List<CarbonIntensityFigure> carbonIntensities(String region) {
    Objects.requireNonNull(region, "region");
    List<CarbonIntensityFigure> out = new ArrayList<>();
    carbon.all.forEach(c -> {
      if (c.region().equalsIgnoreCase(region)) {
        out.add(c);
      }
    });
    return List.copyOf(out);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns these figures restricted to the primary ones: each PUE figure, electricity price
   * and carbon intensity with at least one primary source (see {@code tier()} on each). The
   * default PUE stays the default when it is primary; otherwise there is none.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the restricted figures, with the same layers, not null
   */
  public EnergyDefaults primaryOnly() {
    List<PueFigure> keptPue = new ArrayList<>();
    for (PueFigure figure : pue.all) {
      if (figure.tier().isPrimary()) {
        keptPue.add(figure);
      }
    }
    List<ElectricityPriceFigure> keptPrices = new ArrayList<>();
    for (ElectricityPriceFigure figure : prices.all) {
      if (figure.tier().isPrimary()) {
        keptPrices.add(figure);
      }
    }
    List<CarbonIntensityFigure> keptCarbon = new ArrayList<>();
    for (CarbonIntensityFigure figure : carbon.all) {
      if (figure.tier().isPrimary()) {
        keptCarbon.add(figure);
      }
    }
    @Nullable String keptDefault =
        defaultPueId != null && defaultPue().orElseThrow().tier().isPrimary() ? defaultPueId : null;
    List<CatalogProblem> problems = new ArrayList<>();
    EnergyDefaults restricted = assemble(keptPue, keptPrices, keptCarbon, keptDefault,
        layers.get(0).origin(), layers, problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("inference-econ bug: restricted energy figures have "
          + "problems", new InvalidCatalogException(problems));
    }
    return restricted;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns these figures merged over a base's.
   *
   * <p>Precedence: a figure here replaces the base figure with the same id entirely, keeping
   * its position; a figure with a new id is added after the base's; the default PUE named here,
   * if any, replaces the base's. This instance is immutable and unaffected by this method.
   *
   * @param base the figures to merge over, not null
   * @return the merged figures, with these layers above the base's, not null
   */
  public EnergyDefaults mergedOver(EnergyDefaults base) {
    Objects.requireNonNull(base, "base");
    List<CatalogProblem> problems = new ArrayList<>();
    EnergyDefaults merged = merge(this, base, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(problems);
    }
    return merged;
  }

  static EnergyDefaults merge(EnergyDefaults top, EnergyDefaults base,
      List<CatalogProblem> problems) {
    List<CatalogInfo> layers = new ArrayList<>(top.layers);
    layers.addAll(base.layers);
    String defaultId = top.defaultPueId != null ? top.defaultPueId : base.defaultPueId;
    return assemble(union(base.pue.all, top.pue.all, PUE),
        union(base.prices.all, top.prices.all, PRICES),
        union(base.carbon.all, top.carbon.all, CARBON), defaultId,
        top.layers.get(0).origin(), layers, problems);
  }

  private static <T> List<T> union(List<T> base, List<T> top,
      CatalogReader.Section<T> section) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T e : base) {
      byId.put(section.id(e), e);
    }
    for (T e : top) {
      byId.put(section.id(e), e);
    }
    return new ArrayList<>(byId.values());
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if the figures are older than a threshold: more than {@code threshold} has passed
   * between the start of their publication day (UTC) and the clock's instant.
   *
   * @param threshold the greatest age that is not stale, not negative, not null
   * @param clock the clock giving the current instant, not null
   * @return true if stale
   * @throws IllegalArgumentException if the threshold is negative
   */
  public boolean isStale(Duration threshold, Clock clock) {
    return Staleness.isStale(publishedOn(), threshold, clock);
  }

  /**
   * Logs a warning through SLF4J when the figures are older than a threshold, and returns it.
   *
   * @param threshold the greatest age that is not stale, not negative, not null
   * @param clock the clock giving the current instant, not null
   * @return the warning logged, or empty when the figures are not stale
   * @throws IllegalArgumentException if the threshold is negative
   */
  public Optional<String> warnIfStale(Duration threshold, Clock clock) {
    return Staleness.warnIfStale("energy catalog", version(), publishedOn(), threshold, clock);
  }

  /**
   * Returns a short description, such as
   * {@code EnergyDefaults[2026-11-27, 4 PUE, 28 prices, 6 carbon intensities]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "EnergyDefaults[" + version() + ", " + pue.all.size() + " PUE, " + prices.all.size()
        + " prices, " + carbon.all.size() + " carbon intensities]";
  }
}
