/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.economics.BreakEven;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.planner.Candidate;
import io.github.inferenceecon.core.planner.Choice;
import io.github.inferenceecon.core.planner.Plan;
import io.github.inferenceecon.core.planner.Rejection;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.workload.Request;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The charts of the library's results: each factory turns existing results (serving estimates,
 * break-evens, a memory estimate, a plan, price cards) into an {@link XyChart} or a
 * {@link BreakdownChart}.
 *
 * <pre>{@code
 * List<ServingEstimate> sweep = Charts.concurrencySweep(PerformanceModel.defaults(), deployment,
 *     Request.of(1000, 300));
 * XyChart throughput = Charts.throughputAgainstConcurrency(sweep);
 * XyChart costs = Charts.costPerMillionAgainstThroughput(sweep, price, 8, 1.0);
 * XyChart breakEven = Charts.breakEven(List.of(groq, deepInfra), new BigDecimal("13e6"));
 * }</pre>
 *
 * <p>Coordinates are {@code double}s converted from the results at the last step: money with
 * {@link BigDecimal#doubleValue()}, durations in seconds with {@link Durations#toSeconds}, sizes
 * in GiB with {@link ByteSize#toGibibytes()}. The exact figures stay in the results.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Charts {

  /** The most points of a self-hosted staircase drawn step by step; beyond, it is sampled. */
  static final int MAX_STEPS = 1_000;

  private Charts() {}

  //-----------------------------------------------------------------------
  /**
   * Returns continuous-batching estimates of a deployment at 1, 2, 4, ... sequences in flight
   * per replica, doubling up to the memory limit, and at the limit itself
   * ({@link PerformanceModel#atConcurrency}); the input of the speed and cost-per-token charts.
   *
   * @param model the performance model, not null
   * @param deployment the deployment, not null
   * @param request the request, at least one output token, not null
   * @return the estimates, in ascending concurrency, at least one, not null
   * @throws IllegalArgumentException if the request has no output token or no sequence fits
   */
  public static List<ServingEstimate> concurrencySweep(PerformanceModel model,
      Deployment deployment, Request request) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(request, "request");
    long limit = model.offline(deployment, request).memoryLimit();
    int top = (int) Math.min(limit, Integer.MAX_VALUE);
    List<ServingEstimate> sweep = new ArrayList<>();
    for (int c = 1; c < top && c > 0; c *= 2) {
      sweep.add(model.atConcurrency(deployment, request, c));
    }
    sweep.add(model.atConcurrency(deployment, request, Math.max(top, 1)));
    return List.copyOf(sweep);
  }

  /**
   * Returns output throughput (tokens/s, the whole deployment) against concurrency (sequences in
   * flight per replica).
   *
   * @param sweep the estimates, at least one, not null
   * @return the chart, not null
   * @throws IllegalArgumentException if the sweep is empty
   */
  public static XyChart throughputAgainstConcurrency(List<ServingEstimate> sweep) {
    return againstConcurrency(sweep, "Output throughput against concurrency",
        Axis.of("Output throughput", "tokens/s"), "output tokens/s",
        e -> e.outputThroughput().tokensPerSecond());
  }

  /**
   * Returns the mean time to first token (seconds) against concurrency.
   *
   * @param sweep the estimates, at least one, not null
   * @return the chart, not null
   * @throws IllegalArgumentException if the sweep is empty
   */
  public static XyChart timeToFirstTokenAgainstConcurrency(List<ServingEstimate> sweep) {
    return againstConcurrency(sweep, "Time to first token against concurrency",
        Axis.of("Time to first token", "s"), "time to first token",
        e -> Durations.toSeconds(e.timeToFirstToken()));
  }

  /**
   * Returns the mean time per output token (milliseconds) against concurrency.
   *
   * @param sweep the estimates, at least one, not null
   * @return the chart, not null
   * @throws IllegalArgumentException if the sweep is empty
   */
  public static XyChart timePerOutputTokenAgainstConcurrency(List<ServingEstimate> sweep) {
    return againstConcurrency(sweep, "Time per output token against concurrency",
        Axis.of("Time per output token", "ms"), "time per output token",
        e -> Durations.toSeconds(e.timePerOutputToken()) * 1000);
  }

  private static XyChart againstConcurrency(List<ServingEstimate> sweep, String title,
      Axis yAxis, String seriesName, ToDoubleFunction<ServingEstimate> y) {
    requireNotEmpty(sweep, "Sweep");
    List<ChartPoint> points = new ArrayList<>();
    for (ServingEstimate e : sweep) {
      points.add(ChartPoint.of(e.concurrency(), y.applyAsDouble(e),
          "concurrency " + plain(e.concurrency())));
    }
    points.sort(Comparator.comparingDouble(ChartPoint::x));
    ServingEstimate first = sweep.get(0);
    return XyChart.builder().title(title)
        .xAxis(Axis.of("Concurrency", "sequences per replica")).yAxis(yAxis)
        .addSeries(Series.of(seriesName, Series.Style.LINE, points))
        .addNotes(first.deployment() + "; request " + first.request()
            + "; continuous batching, memory limit " + first.memoryLimit() + " sequences")
        .build();
  }

  /**
   * Returns the self-hosted cost of a million output tokens against output throughput, one
   * point per estimate: as a replica fills, throughput rises and the cost per token falls. The
   * cost is {@link SelfHostedCost#perMillionTokens} of the estimate's output throughput, at
   * {@link MathContext#DECIMAL64}.
   *
   * @param sweep the estimates of one deployment, at least one, not null
   * @param price the hourly price, per device-hour or per instance-hour, not null
   * @param units the devices (or instances) paid for that produce the throughput, positive
   * @param utilisation the fraction of paid time spent producing, in (0, 1]
   * @return the chart, not null
   * @throws IllegalArgumentException if the sweep is empty, the units are not positive, the
   *     utilisation is outside (0, 1] or an estimate has no throughput
   */
  public static XyChart costPerMillionAgainstThroughput(List<ServingEstimate> sweep,
      HourlyPrice price, int units, double utilisation) {
    requireNotEmpty(sweep, "Sweep");
    Objects.requireNonNull(price, "price");
    List<ChartPoint> points = new ArrayList<>();
    for (ServingEstimate e : sweep) {
      BigDecimal cost = SelfHostedCost.perMillionTokens(price, units, utilisation,
          e.outputThroughput(), MathContext.DECIMAL64).amount().amount();
      points.add(ChartPoint.of(e.outputThroughput().tokensPerSecond(), cost.doubleValue(),
          "concurrency " + plain(e.concurrency())));
    }
    points.sort(Comparator.comparingDouble(ChartPoint::x));
    String currency = price.currency().getCurrencyCode();
    return XyChart.builder().title("Cost per million output tokens against throughput")
        .xAxis(Axis.of("Output throughput", "tokens/s"))
        .yAxis(Axis.of("Cost per million output tokens", currency))
        .addSeries(Series.of("self-hosted", Series.Style.LINE, points))
        .addNotes(price + " x " + units + " at utilisation " + utilisation
            + "; all paid time charged to output tokens")
        .build();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the monthly cost against requests per month of self-hosting (reserved whole replicas,
   * a staircase) and of each API (a line), with each break-even volume marked.
   *
   * <p>The volume axis runs from 0 to the larger of {@code upTo} and a quarter beyond the largest
   * break-even, so that every break-even shows. The staircase has a point where each replica is
   * added; beyond {@value #MAX_STEPS} steps it is sampled at {@value #MAX_STEPS} even volumes
   * instead. An API that is cheaper at any volume is listed in
   * {@link XyChart#omissions()}.
   *
   * @param breakEvens the break-evens of one self-hosted setup against each API, at least one,
   *     not null
   * @param upTo the volume the chart reaches at least, in requests per month, positive, not null
   * @return the chart, not null
   * @throws IllegalArgumentException if the list is empty, the break-evens differ in self-hosted
   *     setup or the volume is not positive
   */
  public static XyChart breakEven(List<BreakEven> breakEvens, BigDecimal upTo) {
    requireNotEmpty(breakEvens, "Break-evens");
    Objects.requireNonNull(upTo, "upTo");
    if (upTo.signum() <= 0) {
      throw new IllegalArgumentException("Volume must be positive: " + upTo.toPlainString());
    }
    BreakEven first = breakEvens.get(0);
    BigDecimal max = upTo;
    for (BreakEven b : breakEvens) {
      if (!b.setup().equals(first.setup())) {
        throw new IllegalArgumentException("Break-evens must share one self-hosted setup: "
            + b.setup() + " differs from " + first.setup());
      }
      Optional<BigDecimal> v = b.breakEvenRequestsPerMonth();
      if (v.isPresent() && v.get().multiply(new BigDecimal("1.25")).compareTo(max) > 0) {
        max = v.get().multiply(new BigDecimal("1.25"));
      }
    }
    XyChart.Builder chart = XyChart.builder().title("Monthly cost against volume")
        .xAxis(Axis.of("Volume", "requests/month"))
        .yAxis(Axis.of("Monthly cost", first.setup().hourlyPrice().currency().getCurrencyCode()))
        .addSeries(Series.of("self-hosted (reserved replicas)", Series.Style.STEP,
            staircase(first, max)));
    Set<String> notes = new LinkedHashSet<>();
    for (BreakEven b : breakEvens) {
      String api = b.card().provider() + " " + b.card().model();
      chart.addSeries(Series.of(api, Series.Style.LINE, List.of(ChartPoint.of(0, 0),
          ChartPoint.of(max.doubleValue(), b.apiCostAt(max).amount().doubleValue()))));
      Optional<BigDecimal> v = b.breakEvenRequestsPerMonth();
      if (v.isPresent()) {
        chart.addMarkers(Marker.of("break-even with " + api + ": "
                + grouped(v.get().round(MathContext.DECIMAL32)) + " requests/month",
            v.get().doubleValue(), b.apiCostAt(v.get()).amount().doubleValue()));
      } else {
        chart.addOmissions(Omission.of("break-even with " + api, "none: the API costs less "
            + "per request than a full replica, at any volume"));
      }
      notes.addAll(b.assumptions());
    }
    return chart.addAllNotes(notes).build();
  }

  /** The reserved self-hosted cost from 0 to max: a point where each replica is added. */
  private static List<ChartPoint> staircase(BreakEven b, BigDecimal max) {
    long minimum = b.setup().replicas();
    long top = b.replicasAt(max);
    BigDecimal replicaMonth = b.replicaMonthlyCost().amount();
    BigDecimal capacity = b.requestsPerReplicaMonth();
    List<ChartPoint> points = new ArrayList<>();
    if (top - minimum <= MAX_STEPS) {
      points.add(ChartPoint.of(0, replicaMonth.multiply(BigDecimal.valueOf(minimum))
          .doubleValue()));
      for (long k = minimum + 1; k <= top; k++) {
        // from just above (k - 1) x capacity requests, k replicas are paid
        points.add(ChartPoint.of(capacity.multiply(BigDecimal.valueOf(k - 1)).doubleValue(),
            replicaMonth.multiply(BigDecimal.valueOf(k)).doubleValue()));
      }
    } else {
      for (int i = 0; i < MAX_STEPS; i++) {
        BigDecimal v = max.multiply(BigDecimal.valueOf(i))
            .divide(BigDecimal.valueOf(MAX_STEPS), MathContext.DECIMAL64);
        points.add(ChartPoint.of(v.doubleValue(), b.selfHostedCostAt(v).amount().doubleValue()));
      }
    }
    points.add(ChartPoint.of(max.doubleValue(), b.selfHostedCostAt(max).amount().doubleValue()));
    return points;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the memory of one device broken into weights, activations, overhead, KV cache, free
   * budget and the reserve outside the budget, in GiB, against the device's memory.
   *
   * <p>When the load fits, the parts sum to the device's memory; when it does not, free is zero
   * and the parts exceed it by the shortfall.
   *
   * @param memory the memory estimate, not null
   * @return the chart, not null
   */
  public static BreakdownChart memory(DeploymentMemory memory) {
    Objects.requireNonNull(memory, "memory");
    ByteSize reserve = memory.deviceMemory().minusOrZero(memory.budget());
    BreakdownChart.Builder chart = BreakdownChart.builder()
        .title("Memory per device: " + memory.deployment()).unit("GiB")
        .addCategories(gib("weights", memory.weights()),
            gib("activations", memory.activations()), gib("overhead", memory.overhead()),
            gib("KV cache", memory.kvCache()), gib("free", memory.free()),
            gib("reserve (outside the budget)", reserve))
        .limit(memory.deviceMemory().toGibibytes()).limitLabel("device memory")
        .addNotes(memory.sequences() + " sequences of " + memory.contextTokens() + " tokens; "
            + "budget " + memory.budget().toDisplayString() + " (x " + memory.memoryUtilization()
            + " of " + memory.deviceMemory().toDisplayString() + ")");
    if (!memory.fits()) {
      chart.addNotes("Does not fit: short by " + memory.shortfall().toDisplayString());
    }
    return chart.build();
  }

  private static Category gib(String name, ByteSize size) {
    return Category.of(name, size.toGibibytes());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a plan's monthly cost against time to first token (seconds, at the targets'
   * percentile): the Pareto front as a line, the other feasible self-hosted choices as points,
   * and as {@link XyChart#omissions()} the API choices (no latency estimate) and every rejected
   * candidate with its reasons. Each point is labelled with its candidate and time per output
   * token.
   *
   * @param plan the plan, not null
   * @return the chart, empty of series when the plan has no feasible self-hosted choice, not null
   */
  public static XyChart paretoFront(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    String percentile = "p" + plain(plan.targets().percentile() * 100);
    XyChart.Builder chart = XyChart.builder().title("Plan: monthly cost against latency")
        .xAxis(Axis.of("Time to first token, " + percentile, "s"))
        .yAxis(Axis.of("Monthly cost", currencyOf(plan)));
    List<ChartPoint> front = new ArrayList<>();
    List<ChartPoint> others = new ArrayList<>();
    // candidates are unique within a plan, and cheap to hash, unlike whole choices
    Set<Candidate> onFront = new HashSet<>();
    plan.paretoFront().forEach(c -> onFront.add(c.candidate()));
    for (Choice c : plan.choices()) {
      if (!c.isSelfHosted()) {
        chart.addOmissions(Omission.of(c.candidate().toString(), "API: no latency estimate; "
            + c.monthlyCost() + " per month"));
        continue;
      }
      double ttft = Durations.toSeconds(c.timeToFirstToken().orElseThrow());
      double tpot = Durations.toSeconds(c.timePerOutputToken().orElseThrow());
      ChartPoint p = ChartPoint.of(ttft, c.monthlyCost().amount().doubleValue(),
          c.candidate() + "; time per output token " + plain(tpot * 1000) + " ms");
      (onFront.contains(c.candidate()) ? front : others).add(p);
    }
    front.sort(Comparator.comparingDouble(ChartPoint::x));
    if (!front.isEmpty()) {
      chart.addSeries(Series.of("Pareto front", Series.Style.LINE, front));
    }
    if (!others.isEmpty()) {
      chart.addSeries(Series.of("other feasible choices", Series.Style.POINTS, others));
    }
    for (Rejection r : plan.rejections()) {
      chart.addOmissions(Omission.of(r.candidate().toString(), r.message()));
    }
    return chart.addNotes(plan.candidateCount() + " candidates: " + plan.choices().size()
            + " feasible, " + plan.rejections().size() + " rejected; latency at the "
            + percentile + " of the targets")
        .build();
  }

  private static String currencyOf(Plan plan) {
    return plan.choices().isEmpty() ? "USD"
        : plan.choices().get(0).monthlyCost().currency().getCurrencyCode();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a model's list prices per million tokens (input, output and, where a card has it,
   * cached input) against the date each card took effect: staircases, each price held until the
   * next card, the last one until its end date or {@code until}. Cards without an effective
   * date cannot be placed and are listed in {@link XyChart#omissions()}.
   *
   * @param cards the model's price cards, in any order, at least one, one currency, not null
   * @param until the date the last price is drawn to when its card has no end date, not null
   * @return the chart, empty of series when no card has an effective date, not null
   * @throws IllegalArgumentException if there is no card
   * @throws CurrencyMismatchException if the cards differ in currency
   */
  public static XyChart priceHistory(List<ApiPriceCard> cards, LocalDate until) {
    requireNotEmpty(cards, "Price cards");
    Objects.requireNonNull(until, "until");
    ApiPriceCard first = cards.get(0);
    Currency currency = first.currency();
    List<ApiPriceCard> dated = new ArrayList<>();
    XyChart.Builder chart = XyChart.builder()
        .title("Price history: " + first.provider() + " " + first.model())
        .xAxis(Axis.ofDates("Effective from"))
        .yAxis(Axis.of("Price per million tokens", currency.getCurrencyCode()));
    for (ApiPriceCard card : cards) {
      if (!card.currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, card.currency());
      }
      if (card.effectiveFrom().isPresent()) {
        dated.add(card);
      } else {
        chart.addOmissions(Omission.of(card.provider() + " " + card.model() + " at "
            + card.rates().input() + " input", "no effective date published"));
      }
    }
    dated.sort(Comparator.comparing(c -> c.effectiveFrom().orElseThrow()));
    if (!dated.isEmpty()) {
      addPriceSeries(chart, "input", dated, until, r -> Optional.of(r.input()));
      addPriceSeries(chart, "cached input", dated, until, TokenRates::cachedInput);
      addPriceSeries(chart, "output", dated, until, r -> Optional.of(r.output()));
    }
    return chart.build();
  }

  private static void addPriceSeries(XyChart.Builder chart, String name,
      List<ApiPriceCard> dated, LocalDate until, Function<TokenRates, Optional<TokenPrice>> rate) {
    List<ChartPoint> points = new ArrayList<>();
    double last = 0;
    for (ApiPriceCard card : dated) {
      Optional<TokenPrice> price = rate.apply(card.rates());
      if (price.isPresent()) {
        LocalDate from = card.effectiveFrom().orElseThrow();
        last = price.get().toPerMillion().price().amount().doubleValue();
        points.add(ChartPoint.of(from.toEpochDay(), last, "from " + from));
      }
    }
    if (points.isEmpty()) {
      return;
    }
    LocalDate end = dated.get(dated.size() - 1).effectiveUntil().orElse(until);
    if (end.toEpochDay() > points.get(points.size() - 1).x()) {
      points.add(ChartPoint.of(end.toEpochDay(), last, "until " + end));
    }
    chart.addSeries(Series.of(name, Series.Style.STEP, points));
  }

  //-----------------------------------------------------------------------
  private static void requireNotEmpty(List<?> list, String what) {
    Objects.requireNonNull(list, what.toLowerCase(Locale.ROOT));
    if (list.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
  }

  /** A number grouped in thousands, without a needless fraction: 12,400,000 or 0.5. */
  static String grouped(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return String.format(Locale.ROOT, "%,." + Math.max(v.scale(), 0) + "f", v);
  }

  /** A number without a needless fraction: 8, 0.5, 12400000. */
  private static String plain(double value) {
    return plain(BigDecimal.valueOf(value));
  }

  private static String plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }
}
