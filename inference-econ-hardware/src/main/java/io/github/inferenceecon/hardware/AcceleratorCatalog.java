/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
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
import java.util.function.Predicate;

/**
 * A catalog of accelerators with the source of every figure, such as the bundled one of
 * NVIDIA, AMD, Google, AWS and Intel devices.
 *
 * <p>Look-up is by id ({@code nvidia-h100-sxm}) or alias ({@code H100 SXM5 80GB},
 * {@code h100}), ignoring case and punctuation; an unknown name throws
 * {@link UnknownNameException} with the nearest ids. {@link #spec(String)} gives core's
 * {@link AcceleratorSpec} for the calculators and throws {@link MissingFigureException} when the
 * catalog lacks a figure the spec requires; {@link #get(String)} gives the whole
 * {@link AcceleratorEntry}, sources included.
 *
 * <pre>{@code
 * AcceleratorCatalog catalog = AcceleratorCatalog.bundled();
 * AcceleratorEntry h100 = catalog.get("H100 SXM5 80GB");
 * h100.memoryBandwidth();                       // Optional[3.35 TB/s]
 * h100.sourcesOf("memoryBandwidth");            // the NVIDIA page and the date it was read
 * }</pre>
 *
 * <p>A catalog merged over another ({@link #mergedOver(AcceleratorCatalog)}) keeps one
 * {@link CatalogInfo} per layer: its {@link #version()} is the top layer's and its
 * {@link #publishedOn()} the earliest layer's, so that staleness warnings count from the
 * oldest data in it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcceleratorCatalog {

  static final CatalogReader.Section<AcceleratorEntry> SECTION =
      new CatalogReader.Section<>("accelerators", "accelerator") {
        @Override
        AcceleratorEntry read(JsonNode node) throws EntryReader.Failure {
          return EntryReader.accelerator(node);
        }

        @Override
        String id(AcceleratorEntry entry) {
          return entry.id();
        }
      };

  private final List<AcceleratorEntry> entries;
  private final NameMatcher<AcceleratorEntry> names;
  private final List<CatalogInfo> layers;

  private AcceleratorCatalog(List<AcceleratorEntry> entries,
      NameMatcher<AcceleratorEntry> names, List<CatalogInfo> layers) {
    this.entries = entries;
    this.names = names;
    this.layers = layers;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the bundled accelerator catalog, read once on first use.
   *
   * @return the catalog, not null
   */
  public static AcceleratorCatalog bundled() {
    return HardwareCatalogs.bundled().accelerators();
  }

  /**
   * Reads an accelerator catalog from a file in the format of
   * {@code accelerators.schema.json}.
   *
   * @param file the file, not null
   * @return the catalog, not null
   * @throws IOException if the file cannot be read
   * @throws InvalidCatalogException if the content is malformed or breaks a catalog rule; every
   *     problem names the file, the entry and the field
   */
  public static AcceleratorCatalog read(Path file) throws IOException {
    return read(CatalogReader.bytes(file), file.toString());
  }

  /**
   * Reads an accelerator catalog from a stream in the format of
   * {@code accelerators.schema.json}; the stream is read to its end and not closed.
   *
   * @param in the stream, not null
   * @param origin the name of the data in messages, such as a file name, not null
   * @return the catalog, not null
   * @throws IOException if the stream cannot be read
   * @throws InvalidCatalogException if the content is malformed or breaks a catalog rule
   */
  public static AcceleratorCatalog read(InputStream in, String origin) throws IOException {
    return read(CatalogReader.bytes(in), Objects.requireNonNull(origin, "origin"));
  }

  private static AcceleratorCatalog read(byte[] bytes, String origin) {
    List<CatalogProblem> problems = new ArrayList<>();
    Optional<AcceleratorCatalog> catalog = parse(bytes, origin, problems);
    if (!problems.isEmpty() || catalog.isEmpty()) {
      throw new InvalidCatalogException(problems);
    }
    return catalog.get();
  }

  /**
   * Obtains a catalog of entries built in code.
   *
   * @param info the catalog's origin, version and date, not null
   * @param entries the entries, not null
   * @return the catalog, not null
   * @throws InvalidCatalogException if two entries share an id or a name
   */
  public static AcceleratorCatalog of(CatalogInfo info, List<AcceleratorEntry> entries) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(entries, "entries");
    List<CatalogProblem> problems = new ArrayList<>();
    Map<String, String> origins = new LinkedHashMap<>();
    entries.forEach(e -> origins.put(e.id(), info.origin()));
    AcceleratorCatalog catalog = assemble(entries, origins, List.of(info), problems);
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(problems);
    }
    return catalog;
  }

  /**
   * Parses a document, adding every problem; returns a catalog of the valid entries when the
   * header could be read.
   */
  static Optional<AcceleratorCatalog> parse(byte[] bytes, String origin,
      List<CatalogProblem> problems) {
    // plain code rather than map and forEach: the bundled catalog is parsed at start-up,
    // where each lambda costs a class of its own
    Optional<CatalogReader.Layer<AcceleratorEntry>> layer = CatalogReader.layer(bytes, origin,
        CatalogReader.Kind.ACCELERATORS, SECTION, problems);
    if (layer.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> origins = new LinkedHashMap<>();
    for (AcceleratorEntry e : layer.get().entries) {
      origins.put(e.id(), origin);
    }
    return Optional.of(assemble(layer.get().entries, origins, List.of(layer.get().info),
        problems));
  }

  private static AcceleratorCatalog assemble(List<AcceleratorEntry> entries,
      Map<String, String> origins, List<CatalogInfo> layers, List<CatalogProblem> problems) {
    NameMatcher.Builder<AcceleratorEntry> names = NameMatcher.builder(SECTION.entryKind);
    Map<String, String> owners = new HashMap<>();
    List<AcceleratorEntry> kept = new ArrayList<>();
    for (AcceleratorEntry entry : entries) {
      Optional<Names.Clash> clash = Names.clash(SECTION.entryKind, entry.id(), entry.aliases(),
          owners);
      if (clash.isPresent()) {
        problems.add(CatalogProblem.ofEntry(origins.getOrDefault(entry.id(), "catalog"),
            SECTION.entryKind, "'" + entry.id() + "'", clash.get().field, clash.get().message));
        continue;
      }
      names.add(entry.id(), entry.aliases(), entry);
      kept.add(entry);
    }
    return new AcceleratorCatalog(List.copyOf(kept), names.build(), List.copyOf(layers));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the version of the catalog: that of its top layer, such as {@code 2026-11-27}.
   *
   * @return the version, not null
   */
  public String version() {
    return layers.get(0).version();
  }

  /**
   * Returns the publication date of the catalog: the earliest of its layers.
   *
   * @return the date, not null
   */
  public LocalDate publishedOn() {
    return CatalogInfo.earliest(layers);
  }

  /**
   * Returns the layers of the catalog, top first: one for a catalog read from one file, more
   * for a merged catalog.
   *
   * @return the layers, not empty, not null
   */
  public List<CatalogInfo> layers() {
    return layers;
  }

  /**
   * Returns every entry, in catalog order.
   *
   * @return the entries, not null
   */
  public List<AcceleratorEntry> all() {
    return entries;
  }

  /**
   * Returns the ids of the entries, in catalog order.
   *
   * @return the ids, not null
   */
  public List<String> ids() {
    return names.ids();
  }

  /**
   * Gets an entry by id or alias, ignoring case and punctuation.
   *
   * @param name the id or alias, such as {@code h100} or {@code H100 SXM5 80GB}, not null
   * @return the entry, not null
   * @throws UnknownNameException if no entry has that name; it suggests the nearest ids
   */
  public AcceleratorEntry get(String name) {
    return names.get(name);
  }

  /**
   * Finds an entry by id or alias, ignoring case and punctuation.
   *
   * @param name the id or alias, not null
   * @return the entry, or empty
   */
  public Optional<AcceleratorEntry> find(String name) {
    return names.find(name);
  }

  /**
   * Gets core's accelerator spec of an entry, for the calculators.
   *
   * @param name the id or alias, not null
   * @return the spec, not null
   * @throws UnknownNameException if no entry has that name
   * @throws MissingFigureException if the entry lacks the memory or the memory bandwidth
   */
  public AcceleratorSpec spec(String name) {
    return get(name).requireSpec();
  }

  /**
   * Returns the entries that match a query, in catalog order.
   *
   * @param query the query, not null
   * @return the matching entries, not null
   */
  public List<AcceleratorEntry> filter(AcceleratorQuery query) {
    Objects.requireNonNull(query, "query");
    return filter(query::matches);
  }

  /**
   * Returns the entries that match a predicate, in catalog order.
   *
   * @param predicate the predicate, not null
   * @return the matching entries, not null
   */
  public List<AcceleratorEntry> filter(Predicate<? super AcceleratorEntry> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    List<AcceleratorEntry> out = new ArrayList<>();
    for (AcceleratorEntry entry : entries) {
      if (predicate.test(entry)) {
        out.add(entry);
      }
    }
    return List.copyOf(out);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a catalog of this catalog's primary figures alone: each entry as
   * {@link AcceleratorEntry#primaryOnly()} gives it (figures that only secondary sources publish
   * become gaps), and entries without any primary source left out.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the restricted catalog, with the same layers, not null
   */
  public AcceleratorCatalog primaryOnly() {
    List<AcceleratorEntry> kept = new ArrayList<>();
    for (AcceleratorEntry entry : entries) {
      Optional<AcceleratorEntry> primary = entry.primaryOnly();
      if (primary.isPresent()) {
        kept.add(primary.get());
      }
    }
    List<CatalogProblem> problems = new ArrayList<>();
    AcceleratorCatalog catalog = assemble(kept, Map.of(), layers, problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("inference-econ bug: a restricted catalog has clashing "
          + "names", new InvalidCatalogException(problems));
    }
    return catalog;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a catalog of this catalog's entries merged over a base catalog's.
   *
   * <p>Precedence: an entry of this catalog replaces the base entry with the same id entirely
   * (figures, sources, aliases and all), keeping the base entry's position; an entry with a new
   * id is added after the base entries. A name of an entry here that names a different base
   * entry is an error, never a silent override. This instance is immutable and unaffected by
   * this method.
   *
   * @param base the catalog to merge over, not null
   * @return the merged catalog, with this catalog's layers above the base's, not null
   * @throws InvalidCatalogException if an id or alias of this catalog names a different base
   *     entry
   */
  public AcceleratorCatalog mergedOver(AcceleratorCatalog base) {
    Objects.requireNonNull(base, "base");
    List<CatalogProblem> problems = new ArrayList<>();
    AcceleratorCatalog merged = merge(this, base, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(problems);
    }
    return merged;
  }

  static AcceleratorCatalog merge(AcceleratorCatalog top, AcceleratorCatalog base,
      List<CatalogProblem> problems) {
    Map<String, AcceleratorEntry> byId = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    for (AcceleratorEntry entry : base.entries) {
      byId.put(entry.id(), entry);
      origins.put(entry.id(), base.layers.get(0).origin());
    }
    for (AcceleratorEntry entry : top.entries) {
      byId.put(entry.id(), entry);
      origins.put(entry.id(), top.layers.get(0).origin());
    }
    List<CatalogInfo> layers = new ArrayList<>(top.layers);
    layers.addAll(base.layers);
    return assemble(new ArrayList<>(byId.values()), origins, layers, problems);
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if the catalog is older than a threshold: more than {@code threshold} has passed
   * between the start of its publication day (UTC) and the clock's instant.
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
   * Logs a warning through SLF4J when the catalog is older than a threshold, and returns it.
   *
   * @param threshold the greatest age that is not stale, not negative, not null
   * @param clock the clock giving the current instant, not null
   * @return the warning logged, or empty when the catalog is not stale
   * @throws IllegalArgumentException if the threshold is negative
   */
  public Optional<String> warnIfStale(Duration threshold, Clock clock) {
    return Staleness.warnIfStale("accelerator catalog", version(), publishedOn(), threshold,
        clock);
  }

  /**
   * Returns a short description, such as
   * {@code AcceleratorCatalog[2026-11-27, 24 accelerators]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "AcceleratorCatalog[" + version() + ", " + entries.size() + " accelerators]";
  }
}
