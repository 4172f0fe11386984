/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.economics.ProjectedYear;
import io.github.inferenceecon.core.economics.SpendProjection;
import io.github.inferenceecon.core.economics.UnitEconomics;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code economics}: the business side of the article, on the library's calculators: unit
 * economics ({@link UnitEconomics}: margin, spend per unit of revenue, break-even utilisation)
 * of given figures or of a request sold at an API price and served self-hosted, and the spend
 * projection ({@link SpendProjection}) as prices fall and demand grows.
 */
@Command(name = "economics", mixinStandardHelpOptions = true,
    description = "Unit economics (cost per query, margin, spend per dollar of revenue, "
        + "break-even utilisation) and spend projection (price decline, demand growth, tokens "
        + "per query).",
    subcommands = {
        EconomicsCommand.Unit.class,
        EconomicsCommand.PerRequest.class,
        EconomicsCommand.Projection.class})
final class EconomicsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The report of unit economics: the unit, revenue, cost, margin and break-even. */
  static Report report(UnitEconomics u) {
    Report r = new Report()
        .put("unit", "unit", u.unit())
        .put("revenue", "revenue per unit", u.revenue())
        .put("cost", "cost per unit", u.cost())
        .put("utilization", "utilisation", u.utilisation())
        .put("margin", "margin per unit", u.margin())
        .put("grossMargin", "gross margin", u.grossMargin())
        .put("costPerRevenue", "spend per unit of revenue", u.costPerRevenue())
        .put("breakEvenUtilization", "break-even utilisation", u.breakEvenUtilisation())
        .put("canBreakEven", "can break even", u.canBreakEven());
    u.assumptions().forEach(r::note);
    return r;
  }

  //-----------------------------------------------------------------------
  @Command(name = "unit", mixinStandardHelpOptions = true,
      description = "Unit economics of a revenue and a cost for one unit of work, such as "
          + "USD 1.35 spent for every USD 1 earned.")
  static final class Unit implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--revenue", required = true, paramLabel = "AMOUNT",
        description = "Price charged for one unit, positive (e.g. 1).")
    String revenue;

    @Option(names = "--cost", required = true, paramLabel = "AMOUNT",
        description = "Cost of one unit at the utilisation, not negative (e.g. 1.35).")
    String cost;

    @Option(names = "--utilization", paramLabel = "U", defaultValue = "1.0",
        description = "Utilisation at which the cost holds, in (0, 1]; the cost scales as "
            + "1/utilisation. Default: ${DEFAULT-VALUE}.")
    double utilization;

    @Option(names = "--unit", paramLabel = "TEXT", defaultValue = "dollar of revenue",
        description = "What one unit is (e.g. query, 1M tokens). Default: ${DEFAULT-VALUE}.")
    String unit;

    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD",
        description = "ISO 4217 currency of both amounts. Default: ${DEFAULT-VALUE}.")
    String currency;

    @Override
    public Integer call() {
      UnitEconomics u = UnitEconomics.of(unit, Money.of(currency, revenue),
          Money.of(currency, cost), utilization);
      report(u).print(spec.commandLine().getOut(), output);
      return 0;
    }
  }

  @Command(name = "request", mixinStandardHelpOptions = true,
      description = "Unit economics of a request (a query) sold at an API price card and served "
          + "on a self-hosted deployment: revenue is the API bill, cost the self-hosted cost "
          + "at its offline throughput (cached input needs no prefill).")
  static final class PerRequest implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SelfHostedOptions selfHosted;

    @Mixin
    OutputOptions output;

    @Option(names = "--api", required = true, paramLabel = "PROVIDER:MODEL",
        description = "The API price card the request is sold at, e.g. "
            + "groq:llama-3.3-70b-versatile.")
    String api;

    @Option(names = "--utilization", paramLabel = "U", defaultValue = "1.0",
        description = "Fraction of paid time the replicas spend serving, in (0, 1]. "
            + "Default: ${DEFAULT-VALUE}.")
    double utilization;

    @Option(names = "--cached-input", paramLabel = "C", defaultValue = "0",
        description = "Input tokens read from a prompt cache (part of --input): billed at the "
            + "card's cache-read price, and no prefill on the self-hosted side. The throughput "
            + "is the uncached request's. Default: ${DEFAULT-VALUE}.")
    long cachedInput;

    @Override
    public Integer call() throws Exception {
      SelfHosted hosted = selfHosted.estimate(utilization);
      ApiPriceCard card = Catalogs.card(api);
      Request sold = Request.builder().from(hosted.estimate.request())
          .cachedInputTokens(TokenCount.of(cachedInput)).build();
      UnitEconomics u = UnitEconomics.ofRequest(card, ApiUsage.from(sold),
          hosted.estimate.cost());
      Report r = new Report()
          .put("deployment", "deployment", hosted.estimate.deployment().toString())
          .put("price", "price", hosted.priceLabel)
          .put("soldAt", "sold at", card.provider() + ":" + card.model());
      Report economics = report(u);
      selfHosted.deployment.putTiers(economics, hosted.estimate.deployment(), List.of(),
          hosted::plusPrice);
      r.put("economics", "per request", economics);
      u.assumptions().forEach(r::note);
      r.print(spec.commandLine().getOut(), output);
      return 0;
    }
  }

  @Command(name = "projection", mixinStandardHelpOptions = true,
      description = "Total spend year by year as unit prices fall by a factor, queries grow by a "
          + "rate and tokens per query by a factor: spend rises while prices fall when demand "
          + "in tokens outgrows the price decline.")
  static final class Projection implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--price-per-million", required = true, paramLabel = "AMOUNT",
        description = "Price per million tokens in the base year (e.g. 10).")
    String pricePerMillion;

    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD",
        description = "ISO 4217 currency of the price. Default: ${DEFAULT-VALUE}.")
    String currency;

    @Option(names = "--queries", required = true, paramLabel = "N",
        description = "Queries in the base year, not negative.")
    BigDecimal queries;

    @Option(names = "--tokens-per-query", required = true, paramLabel = "N",
        description = "Tokens per query in the base year, not negative.")
    BigDecimal tokensPerQuery;

    @Option(names = "--price-fall", required = true, paramLabel = "F",
        description = "Factor by which the unit price falls each year, positive (10: a tenth "
            + "a year).")
    BigDecimal priceFall;

    @Option(names = "--query-growth", required = true, paramLabel = "G",
        description = "Yearly growth rate of queries, above -1 (3: +300%, queries x 4).")
    BigDecimal queryGrowth;

    @Option(names = "--tokens-per-query-growth", paramLabel = "K", defaultValue = "1",
        description = "Factor by which tokens per query grow each year, positive (e.g. 3 as "
            + "reasoning models spend more per query). Default: ${DEFAULT-VALUE}.")
    BigDecimal tokensPerQueryGrowth;

    @Option(names = "--years", paramLabel = "N", defaultValue = "5",
        description = "Years projected after the base year, 0 to 100. Default: "
            + "${DEFAULT-VALUE}.")
    int years;

    @Override
    public Integer call() {
      SpendProjection p = SpendProjection.builder()
          .basePricePerMillion(Money.of(currency, pricePerMillion))
          .baseQueries(queries).baseTokensPerQuery(tokensPerQuery)
          .priceFallFactorPerYear(priceFall).queryGrowthRatePerYear(queryGrowth)
          .tokensPerQueryGrowthFactorPerYear(tokensPerQueryGrowth).years(years).build();
      List<Report> rows = new ArrayList<>();
      for (ProjectedYear y : p.projection()) {
        rows.add(new Report().put("year", "year", y.year())
            .put("pricePerMillion", "price per 1M tokens", y.pricePerMillion())
            .put("queries", "queries", y.queries())
            .put("tokensPerQuery", "tokens per query", y.tokensPerQuery())
            .put("tokens", "tokens", y.tokens())
            .put("spend", "spend", y.spend()));
      }
      new Report()
          .put("spendGrowthFactorPerYear", "spend factor per year", p.spendGrowthFactorPerYear())
          .put("spendRising", "spend rising", p.isSpendRising())
          .put("totalSpend", "total spend", p.totalSpend())
          .put("years", "years", rows)
          .note(p.toString().lines().findFirst().orElseThrow())
          .print(spec.commandLine().getOut(), output);
      return 0;
    }
  }
}
