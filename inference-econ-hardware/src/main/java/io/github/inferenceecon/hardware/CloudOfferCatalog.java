/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.internal.Staleness;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A catalog of cloud rental offers of accelerators, such as the bundled one of AWS, CoreWeave,
 * DigitalOcean, Nebius and RunPod prices, each dated and sourced.
 *
 * <p>Every offer names an accelerator of an {@link AcceleratorCatalog}, which the catalog is
 * bound to: a file may name it by id or alias, and the catalog stores the id. Look-up of offers
 * is by id; an unknown id throws {@link UnknownNameException} with the nearest ids.
 *
 * <pre>{@code
 * CloudOfferCatalog offers = CloudOfferCatalog.bundled();
 * CloudOffer best = offers.cheapestFor("H100", PricingModel.ON_DEMAND).orElseThrow();
 * best.perDeviceHour();     // USD 2.99 per device-hour (23.92 for 8 GPUs, DigitalOcean)
 * }</pre>
 *
 * <p>Cheapest-offer searches compare prices per device-hour exactly and leave out
 * {@linkplain CloudOffer#isHistorical() historical} offers unless a query includes them. A
 * merged catalog keeps one {@link CatalogInfo} per layer: its {@link #version()} is the top
 * layer's and its {@link #publishedOn()} the earliest layer's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CloudOfferCatalog {

  static final CatalogReader.Section<CloudOffer> SECTION =
      new CatalogReader.Section<>("offers", "offer") {
        @Override
        CloudOffer read(JsonNode node) throws EntryReader.Failure {
          return EntryReader.offer(node);
        }

        @Override
        String id(CloudOffer entry) {
          return entry.id();
        }
      };
  private static final String KIND = "cloud offer";

  private final List<CloudOffer> offers;
  private final NameMatcher<CloudOffer> ids;
  private final AcceleratorCatalog accelerators;
  private final List<CatalogInfo> layers;

  private CloudOfferCatalog(List<CloudOffer> offers, NameMatcher<CloudOffer> ids,
      AcceleratorCatalog accelerators, List<CatalogInfo> layers) {
    this.offers = offers;
    this.ids = ids;
    this.accelerators = accelerators;
    this.layers = layers;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the bundled cloud rental catalog, bound to the bundled accelerator catalog and read
   * once on first use.
   *
   * @return the catalog, not null
   */
  public static CloudOfferCatalog bundled() {
    return HardwareCatalogs.bundled().cloudOffers();
  }

  /**
   * Reads a cloud rental catalog from a file in the format of {@code cloud-offers.schema.json},
   * resolving its accelerators against an accelerator catalog.
   *
   * @param file the file, not null
   * @param accelerators the catalog the offers' accelerators must be in, not null
   * @return the catalog, not null
   * @throws IOException if the file cannot be read
   * @throws InvalidCatalogException if the content is malformed, breaks a catalog rule or names
   *     an unknown accelerator; every problem names the file, the entry and the field
   */
  public static CloudOfferCatalog read(Path file, AcceleratorCatalog accelerators)
      throws IOException {
    return read(CatalogReader.bytes(file), file.toString(), accelerators);
  }

  /**
   * Reads a cloud rental catalog from a stream in the format of
   * {@code cloud-offers.schema.json}; the stream is read to its end and not closed.
   *
   * @param in the stream, not null
   * @param origin the name of the data in messages, such as a file name, not null
   * @param accelerators the catalog the offers' accelerators must be in, not null
   * @return the catalog, not null
   * @throws IOException if the stream cannot be read
   * @throws InvalidCatalogException if the content is malformed, breaks a catalog rule or names
   *     an unknown accelerator
   */
  public static CloudOfferCatalog read(InputStream in, String origin,
      AcceleratorCatalog accelerators) throws IOException {
    return read(CatalogReader.bytes(in), Objects.requireNonNull(origin, "origin"), accelerators);
  }

  private static CloudOfferCatalog read(byte[] bytes, String origin,
      AcceleratorCatalog accelerators) {
    Objects.requireNonNull(accelerators, "accelerators");
    List<CatalogProblem> problems = new ArrayList<>();
    Optional<CatalogReader.Layer<CloudOffer>> layer = parse(bytes, origin, problems);
    Optional<CloudOfferCatalog> catalog = layer.map(l -> assemble(l.entries,
        origins(l.entries, origin), List.of(l.info), accelerators, problems));
    if (!problems.isEmpty() || catalog.isEmpty()) {
      throw new InvalidCatalogException(problems);
    }
    return catalog.get();
  }

  /**
   * Obtains a catalog of offers built in code.
   *
   * @param info the catalog's origin, version and date, not null
   * @param offers the offers, not null
   * @param accelerators the catalog the offers' accelerators must be in, not null
   * @return the catalog, not null
   * @throws InvalidCatalogException if two offers share an id or an offer names an unknown
   *     accelerator
   */
  public static CloudOfferCatalog of(CatalogInfo info, List<CloudOffer> offers,
      AcceleratorCatalog accelerators) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(offers, "offers");
    Objects.requireNonNull(accelerators, "accelerators");
    List<CatalogProblem> problems = new ArrayList<>();
    CloudOfferCatalog catalog = assemble(offers, origins(offers, info.origin()), List.of(info),
        accelerators, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(problems);
    }
    return catalog;
  }

  static Optional<CatalogReader.Layer<CloudOffer>> parse(byte[] bytes, String origin,
      List<CatalogProblem> problems) {
    return CatalogReader.layer(bytes, origin, CatalogReader.Kind.CLOUD_OFFERS, SECTION,
        problems);
  }

  static Map<String, String> origins(List<CloudOffer> offers, String origin) {
    Map<String, String> map = new HashMap<>();
    for (CloudOffer o : offers) {
      map.put(o.id(), origin);
    }
    return map;
  }

  /**
   * Builds a catalog of the offers whose accelerator resolves, adding a problem for each that
   * does not; an alias is replaced by the accelerator's id.
   */
  static CloudOfferCatalog assemble(List<CloudOffer> offers, Map<String, String> origins,
      List<CatalogInfo> layers, AcceleratorCatalog accelerators, List<CatalogProblem> problems) {
    NameMatcher.Builder<CloudOffer> names = NameMatcher.builder(KIND);
    Map<String, String> owners = new HashMap<>();
    List<CloudOffer> kept = new ArrayList<>();
    for (CloudOffer offer : offers) {
      String origin = origins.getOrDefault(offer.id(), "catalog");
      String label = "'".concat(offer.id()).concat("'");
      Optional<AcceleratorEntry> accelerator = accelerators.find(offer.accelerator());
      if (accelerator.isEmpty()) {
        String message;
        try {
          accelerators.get(offer.accelerator());
          message = "inference-econ bug: find and get disagree";
        } catch (UnknownNameException e) {
          message = e.getMessage();
        }
        problems.add(CatalogProblem.ofEntry(origin, SECTION.entryKind, label, "accelerator",
            message));
        continue;
      }
      Optional<Names.Clash> clash = Names.clash(KIND, offer.id(), List.of(), owners);
      if (clash.isPresent()) {
        problems.add(CatalogProblem.ofEntry(origin, SECTION.entryKind, label, "id",
            clash.get().message));
        continue;
      }
      String id = accelerator.get().id();
      CloudOffer resolved = id.equals(offer.accelerator()) ? offer
          : CloudOffer.builder().from(offer).accelerator(id).build();
      names.add(resolved.id(), List.of(), resolved);
      kept.add(resolved);
    }
    return new CloudOfferCatalog(List.copyOf(kept), names.build(), accelerators,
        List.copyOf(layers));
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
   * Returns the layers of the catalog, top first.
   *
   * @return the layers, not empty, not null
   */
  public List<CatalogInfo> layers() {
    return layers;
  }

  /**
   * Returns the accelerator catalog the offers are resolved against.
   *
   * @return the accelerator catalog, not null
   */
  public AcceleratorCatalog accelerators() {
    return accelerators;
  }

  /**
   * Returns every offer, historical ones included, in catalog order.
   *
   * @return the offers, not null
   */
  public List<CloudOffer> all() {
    return offers;
  }

  /**
   * Returns the ids of the offers, in catalog order.
   *
   * @return the ids, not null
   */
  public List<String> ids() {
    return ids.ids();
  }

  /**
   * Returns the providers, in catalog order of their first offer.
   *
   * @return the provider names, not null
   */
  public List<String> providers() {
    Set<String> providers = new LinkedHashSet<>();
    offers.forEach(o -> providers.add(o.provider()));
    return List.copyOf(providers);
  }

  /**
   * Gets an offer by id, ignoring case and punctuation.
   *
   * @param id the id, not null
   * @return the offer, not null
   * @throws UnknownNameException if no offer has that id; it suggests the nearest ids
   */
  public CloudOffer get(String id) {
    return ids.get(id);
  }

  /**
   * Finds an offer by id, ignoring case and punctuation.
   *
   * @param id the id, not null
   * @return the offer, or empty
   */
  public Optional<CloudOffer> find(String id) {
    return ids.find(id);
  }

  /**
   * Returns every offer of an accelerator, historical ones included, in catalog order.
   *
   * @param accelerator the accelerator's id or alias, not null
   * @return the offers, not null
   * @throws UnknownNameException if the accelerator catalog has no such accelerator
   */
  public List<CloudOffer> forAccelerator(String accelerator) {
    String id = accelerators.get(accelerator).id();
    return filter(o -> o.accelerator().equals(id));
  }

  /**
   * Returns the offers that match a query, in catalog order.
   *
   * @param query the query, not null
   * @return the matching offers, not null
   * @throws UnknownNameException if the query names an unknown accelerator
   */
  public List<CloudOffer> filter(CloudOfferQuery query) {
    Objects.requireNonNull(query, "query");
    Optional<String> accelerator = query.accelerator().map(a -> accelerators.get(a).id());
    return filter(o -> matches(query, accelerator, o));
  }

  /**
   * Returns the offers that match a predicate, historical ones included, in catalog order.
   *
   * @param predicate the predicate, not null
   * @return the matching offers, not null
   */
  public List<CloudOffer> filter(Predicate<? super CloudOffer> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    List<CloudOffer> out = new ArrayList<>();
    for (CloudOffer offer : offers) {
      if (predicate.test(offer)) {
        out.add(offer);
      }
    }
    return List.copyOf(out);
  }

  private static boolean matches(CloudOfferQuery q, Optional<String> accelerator,
      CloudOffer o) {
    if (o.isHistorical() && !q.isHistoricalIncluded()) {
      return false;
    }
    if (q.provider().isPresent() && !q.provider().get().equalsIgnoreCase(o.provider())) {
      return false;
    }
    if (accelerator.isPresent() && !accelerator.get().equals(o.accelerator())) {
      return false;
    }
    if (q.pricingModel().isPresent() && q.pricingModel().get() != o.pricingModel()) {
      return false;
    }
    if (q.region().isPresent()
        && !o.region().map(r -> r.equalsIgnoreCase(q.region().get())).orElse(false)) {
      return false;
    }
    if (q.maximumPerDeviceHour().isPresent()) {
      Money max = q.maximumPerDeviceHour().get();
      Money price = o.price().price();
      if (!max.isSameCurrency(price)) {
        return false;
      }
      // price / devices <= max  is  price <= max * devices, exactly.
      int devices = o.price().basis() == PriceBasis.INSTANCE ? o.acceleratorCount() : 1;
      return price.amount().compareTo(max.amount().multiply(BigDecimal.valueOf(devices))) <= 0;
    }
    return true;
  }

  /**
   * Finds the current offer of an accelerator with the lowest price per device-hour under a
   * pricing model; ties go to the offer listed first.
   *
   * @param accelerator the accelerator's id or alias, such as {@code h100}, not null
   * @param model the pricing model, not null
   * @return the cheapest offer, or empty when the catalog has no current offer for it
   * @throws UnknownNameException if the accelerator catalog has no such accelerator
   * @throws CurrencyMismatchException if the candidate offers are in different currencies
   */
  public Optional<CloudOffer> cheapestFor(String accelerator, PricingModel model) {
    Objects.requireNonNull(accelerator, "accelerator");
    Objects.requireNonNull(model, "model");
    return cheapest(CloudOfferQuery.builder().accelerator(accelerator).pricingModel(model)
        .build());
  }

  /**
   * Finds the offer matching a query with the lowest price per device-hour; ties go to the
   * offer listed first.
   *
   * @param query the query, not null
   * @return the cheapest offer, or empty when none matches
   * @throws UnknownNameException if the query names an unknown accelerator
   * @throws CurrencyMismatchException if the matching offers are in different currencies (set a
   *     maximum price to restrict them to one)
   */
  public Optional<CloudOffer> cheapest(CloudOfferQuery query) {
    @Nullable CloudOffer best = null;
    for (CloudOffer offer : filter(query)) {
      if (best == null || offer.comparePerDeviceHour(best) < 0) {
        best = offer;
      }
    }
    return Optional.ofNullable(best);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a catalog of this catalog's primary offers alone: those whose price was read from
   * the provider's own page or price records ({@link CloudOffer#tier()}), bound to the same
   * accelerator catalog.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the restricted catalog, with the same layers, not null
   */
  public CloudOfferCatalog primaryOnly() {
    return primaryOnly(accelerators);
  }

  /**
   * Returns the primary offers whose accelerator is in another accelerator catalog, bound to
   * it.
   */
  CloudOfferCatalog primaryOnly(AcceleratorCatalog restricted) {
    List<CloudOffer> kept = new ArrayList<>();
    for (CloudOffer offer : offers) {
      if (offer.tier().isPrimary() && restricted.find(offer.accelerator()).isPresent()) {
        kept.add(offer);
      }
    }
    List<CatalogProblem> problems = new ArrayList<>();
    CloudOfferCatalog catalog = assemble(kept, Map.of(), layers, restricted, problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("inference-econ bug: a restricted catalog has problems",
          new InvalidCatalogException(problems));
    }
    return catalog;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a catalog of this catalog's offers merged over a base catalog's, resolved against
   * this catalog's accelerator catalog.
   *
   * <p>Precedence: an offer here replaces the base offer with the same id entirely, keeping its
   * position; an offer with a new id is added after the base offers. This instance is immutable
   * and unaffected by this method.
   *
   * @param base the catalog to merge over, not null
   * @return the merged catalog, with this catalog's layers above the base's, not null
   * @throws InvalidCatalogException if a base offer names an accelerator unknown to this
   *     catalog's accelerator catalog
   */
  public CloudOfferCatalog mergedOver(CloudOfferCatalog base) {
    Objects.requireNonNull(base, "base");
    List<CatalogProblem> problems = new ArrayList<>();
    CloudOfferCatalog merged = merge(offers, layers, base.offers, base.layers, accelerators,
        problems);
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(problems);
    }
    return merged;
  }

  static CloudOfferCatalog merge(List<CloudOffer> top, List<CatalogInfo> topLayers,
      List<CloudOffer> base, List<CatalogInfo> baseLayers, AcceleratorCatalog accelerators,
      List<CatalogProblem> problems) {
    Map<String, CloudOffer> byId = new LinkedHashMap<>();
    Map<String, String> origins = new HashMap<>();
    for (CloudOffer offer : base) {
      byId.put(offer.id(), offer);
      origins.put(offer.id(), baseLayers.get(0).origin());
    }
    for (CloudOffer offer : top) {
      byId.put(offer.id(), offer);
      origins.put(offer.id(), topLayers.get(0).origin());
    }
    List<CatalogInfo> layers = new ArrayList<>(topLayers);
    layers.addAll(baseLayers);
    return assemble(new ArrayList<>(byId.values()), origins, layers, accelerators, problems);
  }

  /** Returns this catalog's offers resolved against another accelerator catalog. */
  CloudOfferCatalog reboundTo(AcceleratorCatalog other, List<CatalogProblem> problems) {
    if (other == accelerators) {
      // assembled against this very catalog: every offer is already resolved, ids unique
      return this;
    }
    return assemble(offers, origins(offers, layers.get(0).origin()), layers, other, problems);
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
    return Staleness.warnIfStale("cloud rental catalog", version(), publishedOn(), threshold,
        clock);
  }

  /**
   * Returns a short description, such as {@code CloudOfferCatalog[2026-11-27, 21 offers]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "CloudOfferCatalog[" + version() + ", " + offers.size() + " offers]";
  }
}
