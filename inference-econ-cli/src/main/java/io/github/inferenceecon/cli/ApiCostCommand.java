/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.CostComponent;
import io.github.inferenceecon.core.billing.PriceNotKnownException;
import io.github.inferenceecon.core.chart.Charts;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.DatePolicy;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code api-cost}: the exact bill of a request at a provider's price card. */
@Command(name = "api-cost", mixinStandardHelpOptions = true,
    description = "Exact cost of a request at a provider's API price card, every component "
        + "(input, cache reads and writes, output, reasoning) as tokens x price = cost.")
final class ApiCostCommand implements Callable<Integer>, HtmlOptions.Drawing {

  @Spec
  CommandSpec spec;

  @Mixin
  OutputOptions output;

  @Mixin
  HtmlOptions html;

  @Mixin
  PriceCatalogOptions catalog;

  @Option(names = "--provider", required = true, paramLabel = "P",
      description = "Provider id, e.g. anthropic, openai, deepseek, together. See `catalog "
          + "prices`.")
  String provider;

  @Option(names = "--model", required = true, paramLabel = "M",
      description = "Model id, alias or dated snapshot id at the provider.")
  String model;

  /** The most tokens of one kind a bill may count: 10^15. */
  static final long MAX_BILLED_TOKENS = 1_000_000_000_000_000L;

  @Option(names = "--input", required = true, paramLabel = "I",
      description = "Input tokens, cached ones included.")
  long input;

  @Option(names = "--output", required = true, paramLabel = "O",
      description = "Output tokens, reasoning included.")
  long outputTokens;

  @Option(names = "--cached-input", paramLabel = "C", defaultValue = "0",
      description = "Input tokens read from the prompt cache (part of --input).")
  long cachedInput;

  @Option(names = "--cache-write", paramLabel = "W", defaultValue = "0",
      description = "Input tokens written to the prompt cache (part of --input).")
  long cacheWrite;

  @Option(names = "--cache-ttl", paramLabel = "TTL", defaultValue = "5m",
      description = "Lifetime of the cache write: 5m or 1h. Default: ${DEFAULT-VALUE}.")
  String cacheTtl;

  @Option(names = "--reasoning", paramLabel = "R", defaultValue = "0",
      description = "Reasoning tokens (part of --output).")
  long reasoning;

  @Option(names = "--batch-api", description = "Price at the batch API discount.")
  boolean batch;

  @Option(names = "--tier", paramLabel = "NAME",
      description = "A service tier of the card, e.g. priority or flex.")
  String tier;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "Price at the card in force then: an ISO date (2025-06-01) or instant "
          + "(2025-06-01T12:00:00Z). Default: today.")
  String at;

  @Option(names = "--strict-dates",
      description = "Refuse a date on which no card is known to have been in force, instead of "
          + "assuming the earliest undated card (and saying so with dateAssumed).")
  boolean strictDates;

  @Option(names = "--primary-only",
      description = "Use only the providers' own figures (PRIMARY): no secondary card.")
  boolean primaryOnly;

  @Option(names = "--partial",
      description = "Print the bill even when a component is unpriced, with the priced part "
          + "only (pricedTotal) and no total; without it, an unpriced component is an error.")
  boolean partial;

  @Override
  public Integer call() throws IOException {
    for (String option : List.of("--input", "--output", "--cached-input", "--cache-write",
        "--reasoning")) {
      long value = switch (option) {
        case "--input" -> input;
        case "--output" -> outputTokens;
        case "--cached-input" -> cachedInput;
        case "--cache-write" -> cacheWrite;
        default -> reasoning;
      };
      Inputs.range(spec, option, value, 0, MAX_BILLED_TOKENS);
    }
    ApiUsage.Builder usage = ApiUsage.builder()
        .inputTokens(TokenCount.of(input))
        .outputTokens(TokenCount.of(outputTokens))
        .cachedInputTokens(TokenCount.of(cachedInput))
        .reasoningTokens(TokenCount.of(reasoning))
        .batch(batch);
    if (cacheWrite > 0) {
      usage.putCacheWriteTokens(ttl(cacheTtl), TokenCount.of(cacheWrite));
    }
    if (tier != null) {
      usage.serviceTier(tier);
    }
    ApiUsage u = usage.build();
    LocalDate date = at == null ? LocalDate.now(ZoneOffset.UTC) : date(at);
    ApiCost cost = catalog.catalog(primaryOnly).costAsOf(provider, model, u, date,
        strictDates ? DatePolicy.STRICT : DatePolicy.LENIENT);
    if (!partial) {
      try {
        cost.total();
      } catch (PriceNotKnownException e) {
        throw new IllegalArgumentException(e.getMessage() + (batch ? " (--batch-api)" : "")
            + "; --partial prints the priced part only", e);
      }
    }
    Report result = report(cost);
    result.print(spec.commandLine().getOut(), output);
    if (html.isWanted()) {
      html.emit("API cost: " + cost.provider() + " " + cost.model(), List.of(section(result,
          date)));
    }
    return 0;
  }

  /** The page: the model's price history, the bill and the source of every card. */
  private HtmlPage.Section section(Report result, LocalDate date) {
    List<ApiPriceCard> cards = new ArrayList<>();
    catalog.catalog(primaryOnly).history(provider, model).forEach(c -> cards.add(c.priceCard()));
    HtmlPage.Section s = new HtmlPage.Section("API cost: " + provider + " " + model);
    if (!cards.isEmpty()) {
      s.chart(Charts.priceHistory(cards, date));
    }
    s.results(result);
    cards.forEach(card -> Provenance.card(s, card));
    return s;
  }

  @Override
  public HtmlOptions html() {
    return html;
  }

  static Report report(ApiCost cost) {
    List<Report> components = new ArrayList<>();
    for (CostComponent c : cost.components()) {
      Report r = new Report().put("name", c.name()).put("tokens", c.tokens().count());
      r.put("pricePerMillion", "price per 1M", c.pricePerMillion().orElse(null));
      r.put("cost", "cost", c.cost().orElse(null));
      if (!c.isPriced()) {
        r.put("unpriced", "unpriced", c.note().orElse("no price on the card"));
      }
      components.add(r);
    }
    Report r = new Report()
        .put("provider", "provider", cost.provider())
        .put("model", "model", cost.model());
    if (cost.isFullyPriced()) {
      r.put("total", "total", cost.total());
    } else {
      r.put("pricedTotal", "priced part only", cost.pricedTotal());
    }
    r.put("fullyPriced", "fully priced", cost.isFullyPriced())
        .put("tier", "tier", cost.tier().name())
        .put("effectiveDate", "effective from", cost.effectiveFrom().map(LocalDate::toString)
            .orElse("not published"))
        .put("dateAssumed", "date assumed", cost.isDateAssumed());
    cost.dateAssumption().ifPresent(a -> r.put("dateAssumption", "why assumed", a));
    return r.put("source", "source", cost.source().orElse(null))
        .put("components", "components", components);
  }

  private static Duration ttl(String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Cache lifetime must be 5m, 1h or an ISO-8601 "
          + "duration: '" + text + "'", e);
    }
  }

  static LocalDate date(String text) {
    try {
      return text.contains("T") ? LocalDate.ofInstant(Instant.parse(text), ZoneOffset.UTC)
          : LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--at must be an ISO date or instant between years "
          + "-999999999 and 999999999: '" + text + "'", e);
    }
  }
}
