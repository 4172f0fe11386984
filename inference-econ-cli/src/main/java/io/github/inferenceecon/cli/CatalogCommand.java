/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.hardware.AcceleratorEntry;
import io.github.inferenceecon.hardware.CloudOffer;
import io.github.inferenceecon.hardware.Source;
import io.github.inferenceecon.pricing.CatalogCard;
import io.github.inferenceecon.pricing.CatalogModel;
import io.github.inferenceecon.pricing.PriceCatalog;
import io.github.inferenceecon.pricing.PriceDisagreement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code catalog}: the bundled catalogs, with their sources and dates. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = "List a bundled catalog with every entry's sources and dates: accelerators, "
        + "clouds (rental offers), prices (API price cards, each with its tier), models "
        + "(architectures), or diff (every price on which the primary and secondary figures "
        + "disagree, with both values and sources).")
final class CatalogCommand implements Callable<Integer> {

  enum Kind { accelerators, clouds, prices, models, diff }

  @Spec
  CommandSpec spec;

  @Mixin
  OutputOptions output;

  @Parameters(index = "0", paramLabel = "KIND",
      description = "One of: ${COMPLETION-CANDIDATES}.")
  Kind kind;

  @Mixin
  PriceCatalogOptions priceCatalog;

  @Option(names = "--at", paramLabel = "DATE",
      description = "For diff: compare the cards in force on this ISO date. Default: today.")
  String at;

  @Option(names = "--filter", paramLabel = "TEXT",
      description = "Keep entries whose id, name, vendor or provider contains TEXT "
          + "(case-insensitive).")
  String filter;

  @Option(names = "--primary-only",
      description = "List primary figures, offers and price cards only (the vendor's own "
          + "pages, records and repositories).")
  boolean primaryOnly;

  @Override
  public Integer call() {
    List<Report> entries = new ArrayList<>();
    Report r = new Report();
    switch (kind) {
      case accelerators:
        var accelerators = Catalogs.hardware(primaryOnly).accelerators();
        r.put("version", "version", accelerators.version())
            .put("publishedOn", "published on", accelerators.publishedOn().toString());
        for (AcceleratorEntry e : accelerators.all()) {
          if (matches(e.id(), e.name(), e.vendor())) {
            entries.add(accelerator(e));
          }
        }
        break;
      case clouds:
        var offers = Catalogs.hardware(primaryOnly).cloudOffers();
        r.put("version", "version", offers.version())
            .put("publishedOn", "published on", offers.publishedOn().toString());
        for (CloudOffer o : offers.all()) {
          if (matches(o.id(), o.provider(), o.accelerator())) {
            entries.add(offer(o));
          }
        }
        break;
      case prices:
        PriceCatalog prices = priceCatalog.catalog(primaryOnly);
        prices.publishedOn().ifPresent(d -> r.put("publishedOn", "published on", d.toString()));
        for (CatalogModel m : prices.models()) {
          if (matches(m.provider(), m.id(), m.name().orElse(""))) {
            entries.add(model(m));
          }
        }
        break;
      case diff:
        LocalDate date = at == null ? LocalDate.now(ZoneOffset.UTC) : ApiCostCommand.date(at);
        r.put("date", "cards in force on", date.toString());
        for (PriceDisagreement d : priceCatalog.catalog(primaryOnly).disagreements(date)) {
          if (matches(d.provider(), d.model())) {
            entries.add(disagreement(d));
          }
        }
        break;
      default:
        for (ModelArchitecture m : KnownArchitectures.all()) {
          if (matches(m.name(), m.family())) {
            entries.add(architecture(m));
          }
        }
        break;
    }
    r.put("count", "entries", entries.size()).put("entries", "entries", entries);
    r.print(spec.commandLine().getOut(), output);
    return 0;
  }

  private boolean matches(String... fields) {
    if (filter == null) {
      return true;
    }
    String f = filter.toLowerCase(Locale.ROOT);
    for (String field : fields) {
      if (field.toLowerCase(Locale.ROOT).contains(f)) {
        return true;
      }
    }
    return false;
  }

  private static Report accelerator(AcceleratorEntry e) {
    Report r = new Report().put("id", e.id()).put("vendor", e.vendor()).put("name", e.name());
    e.memory().ifPresent(m -> r.put("memoryBytes", "memory", m));
    e.memoryBandwidth().ifPresent(b -> r.put("memoryBandwidth", "memory bandwidth", b));
    Report peaks = new Report();
    for (ComputeFormat f : ComputeFormat.values()) {
      e.peak(f).ifPresent(p -> peaks.put(f.name(), f.name() + " (dense)", p));
    }
    r.put("densePeak", "dense peak", peaks);
    e.thermalDesignPower().ifPresent(p -> r.put("thermalDesignPower", "TDP", p));
    e.scaleUp().ifPresent(l -> r.put("scaleUp", "scale-up link", l.toString()));
    Report tiers = new Report();
    for (String figure : e.figures()) {
      e.tierOf(figure).ifPresent(t -> tiers.put(figure, t.name()));
    }
    r.put("tiers", "tier of each figure", tiers);
    List<Report> sources = new ArrayList<>();
    for (Source s : e.sources()) {
      sources.add(source(s).put("figures", "figures", String.join(", ", s.figures())));
    }
    r.put("sources", "sources", sources);
    if (!e.conflicts().isEmpty()) {
      List<String> conflicts = new ArrayList<>();
      e.conflicts().forEach(c -> conflicts.add(c.toString()));
      r.put("conflicts", "conflicts", conflicts);
    }
    return r;
  }

  private static Report offer(CloudOffer o) {
    Report r = new Report().put("id", o.id()).put("provider", o.provider())
        .put("instanceType", "instance", o.instanceType())
        .put("accelerator", o.accelerator())
        .put("acceleratorCount", "devices", o.acceleratorCount())
        .put("pricingModel", "pricing", o.pricingModel().toString())
        .put("price", "price", o.price().price())
        .put("per", "per", o.price().basis().unit());
    o.region().ifPresent(region -> r.put("region", region));
    o.effectiveFrom().ifPresent(d -> r.put("effectiveFrom", "effective from", d.toString()));
    o.effectiveUntil().ifPresent(d -> r.put("effectiveUntil", "effective until", d.toString()));
    return r.put("tier", "tier", o.tier().name()).put("source", "source", source(o.source()));
  }

  private static Report source(Source s) {
    Report r = new Report().put("url", "url", s.url()).put("tier", "tier", s.tier().name());
    s.readVia().ifPresent(v -> r.put("readVia", "read via", v));
    r.put("read", "read", s.read().toString());
    s.sourceDate().ifPresent(d -> r.put("sourceDate", "source date", d));
    return r;
  }

  private static Report model(CatalogModel m) {
    Report r = new Report().put("provider", m.provider()).put("model", m.id());
    m.name().ifPresent(n -> r.put("name", n));
    m.contextWindow().ifPresent(c -> r.put("contextWindow", "context window", c.count()));
    List<Report> cards = new ArrayList<>();
    for (CatalogCard c : m.cards()) {
      ApiPriceCard p = c.priceCard();
      Report card = new Report()
          .put("tier", "tier", p.tier().name())
          .put("inputPerMillion", "input / 1M", p.rates().input().toPerMillion().price())
          .put("outputPerMillion", "output / 1M", p.rates().output().toPerMillion().price());
      p.rates().cachedInput().ifPresent(ci -> card.put("cachedInputPerMillion",
          "cached input / 1M", ci.toPerMillion().price()));
      c.effectiveFrom().ifPresent(d -> card.put("effectiveFrom", "effective from",
          d.toString()));
      c.listedOn().ifPresent(d -> card.put("listedOn", "listed on", d.toString()));
      c.effectiveUntil().ifPresent(d -> card.put("effectiveUntil", "effective until",
          d.toString()));
      c.source().ifPresent(s -> card.put("source", "source", s));
      c.copy().ifPresent(s -> card.put("copy", "copy", s));
      cards.add(card);
    }
    if (cards.isEmpty()) {
      r.put("priced", "priced", false);
    }
    return r.put("cards", "cards", cards);
  }

  private static Report disagreement(PriceDisagreement d) {
    return new Report().put("provider", d.provider()).put("model", d.model())
        .put("field", d.field())
        .put("primary", "primary", d.primaryValue())
        .put("primarySource", "primary source", d.primary().source().orElse(null))
        .put("primaryDate", "primary date", date(d.primary()))
        .put("secondary", "secondary", d.secondaryValue())
        .put("secondarySource", "secondary source", d.secondary().source().orElse(null))
        .put("secondaryDate", "secondary date", date(d.secondary()));
  }

  private static String date(CatalogCard c) {
    return c.effectiveFrom().map(f -> "from " + f)
        .orElseGet(() -> "listed " + c.listedOn().orElseThrow());
  }

  private static Report architecture(ModelArchitecture m) {
    Report r = new Report().put("name", m.name()).put("family", m.family())
        .put("attention", m.attentionKind().toString())
        .put("layers", m.layers())
        .put("parametersTotal", "parameters (total)", m.totalParameters())
        .put("parametersActive", "parameters (active)", m.activeParameters())
        .put("contextLength", "context", m.contextLength());
    m.checkpointPrecision().ifPresent(c -> r.put("checkpointPrecision", "checkpoint precision",
        c.precision().toString()));
    m.publishedParameters().ifPresent(p -> r.put("publishedTotal", "published total",
        p.total()));
    m.source().ifPresent(s -> r.put("source", "source", s));
    return r;
  }
}
