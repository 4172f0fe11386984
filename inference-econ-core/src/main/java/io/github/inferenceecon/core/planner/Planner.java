/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.CostComponent;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.economics.BreakEven;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.planner.Evaluator.Outcome;
import io.github.inferenceecon.core.planner.Rejection.Reason;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedEstimate;
import io.github.inferenceecon.core.selfhosted.Throughput;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plans capacity in money: evaluates every candidate of a {@link PlanRequest} with the memory,
 * performance and cost models and ranks the feasible ones.
 *
 * <p>For each self-hosted candidate, in order:
 * <ol>
 *   <li>the model's context window must hold a request of the percentile input and output
 *       lengths ({@link Rejection.Reason#CONTEXT_WINDOW_TOO_SHORT});</li>
 *   <li>the layout must be possible: the tensor-parallel degree divides the attention heads and
 *       divides (or is a multiple of) the KV heads, the pipeline is no deeper than the layers, a
 *       multi-device replica has a scale-up interconnect, and for an instance price the
 *       replica's devices divide the instance's ({@link Rejection.Reason#INVALID_LAYOUT});</li>
 *   <li>the accelerator must have a dense peak in the precision's compute format
 *       ({@link Rejection.Reason#UNSUPPORTED_FORMAT});</li>
 *   <li>weights, runtime overhead and one sequence of the mean context must fit in a device's
 *       memory budget ({@link io.github.inferenceecon.core.memory.MemoryEstimator},
 *       {@link Rejection.Reason#DOES_NOT_FIT});</li>
 *   <li>the fewest replicas, up to {@link PlanRequest#maxReplicas()}, such that each replica
 *       serving its share of the traffic ({@link PerformanceModel#serve(Deployment,
 *       TrafficProfile, double)}) meets the targets, memory and the concurrency cap; when even
 *       the largest fleet does not, the targets missed even lightly loaded
 *       ({@link Rejection.Reason#MISSES_TTFT}, {@link Rejection.Reason#MISSES_TPOT}), or else
 *       {@link Rejection.Reason#TOO_MANY_REPLICAS};</li>
 *   <li>the monthly cost of that fleet and its costs per million tokens (see {@link Choice}).</li>
 * </ol>
 * An API candidate prices the traffic's mean request at its card ({@link ApiCost#of}); it is
 * rejected when the card leaves a kind of token unpriced ({@link Rejection.Reason#UNPRICED}). APIs
 * have no latency model: the targets do not apply to them.
 *
 * <p>Deployments that differ only in their hardware option's price are evaluated once, each
 * with one to a few closed-form serving estimates of some microseconds; a plan of ten thousand
 * candidates drawn from a catalog takes tens of milliseconds. The cheapest self-hosted choice
 * and the cheapest API are compared with {@link BreakEven} (see {@link SelfHostedVsApi}): a
 * bisection finds the self-hosted replica's capacity under the targets, which
 * {@link SelfHostedEstimate} prices for the smallest fleet that can be rented (one replica, or
 * the replicas of one whole instance).
 *
 * <pre>{@code
 * Plan plan = Planner.defaults().plan(request);
 * plan.best();                 // the cheapest feasible choice
 * plan.paretoFront();          // cost against latency
 * plan.comparison();           // cheapest self-hosted against cheapest API, with break-even
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Planner {

  private static final MathContext CONTEXT = SelfHostedCost.DEFAULT_CONTEXT;

  private final PerformanceModel performance;

  private Planner(PerformanceModel performance) {
    this.performance = performance;
  }

  /**
   * Obtains a planner with the default performance model and memory assumptions.
   *
   * @return the planner, not null
   */
  public static Planner defaults() {
    return of(PerformanceModel.defaults());
  }

  /**
   * Obtains a planner that evaluates with a performance model and its memory estimator.
   *
   * @param performance the performance model, not null
   * @return the planner, not null
   */
  public static Planner of(PerformanceModel performance) {
    return new Planner(Objects.requireNonNull(performance, "performance"));
  }

  /**
   * Returns the performance model this planner evaluates with.
   *
   * @return the model, not null
   */
  public PerformanceModel performanceModel() {
    return performance;
  }

  //-----------------------------------------------------------------------
  /**
   * Plans a request: evaluates, ranks and compares every candidate.
   *
   * <p>Infeasible targets are not an error: the plan is then empty and every candidate's
   * rejection says why.
   *
   * @param request the request, not null
   * @return the plan, not null
   * @throws ArithmeticException if a count or a figure overflows
   */
  public Plan plan(PlanRequest request) {
    Objects.requireNonNull(request, "request");
    return plan(new Evaluator(performance, request), request);
  }

  /**
   * Re-plans a request over a grid of utilisations, cache-hit rates and hardware price factors,
   * one parameter at a time around the request's own values, and reports how the best choice
   * and its cost move.
   *
   * @param request the base request, not null
   * @param grid the values to try, not null
   * @return the sensitivity, not null
   * @throws ArithmeticException if a count or a figure overflows
   */
  public Sensitivity sensitivity(PlanRequest request, SensitivityGrid grid) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(grid, "grid");
    Evaluator base = new Evaluator(performance, request);
    Plan basePlan = plan(base, request);
    List<SensitivityPoint> points = new ArrayList<>();
    for (double u : grid.utilisations()) {
      PlanRequest r = request.withUtilisation(u);
      points.add(SensitivityPoint.of(Sensitivity.Parameter.UTILISATION, BigDecimal.valueOf(u),
          plan(r)));
    }
    for (double h : grid.cacheHitRates()) {
      PlanRequest r = request.withTraffic(request.traffic().withCacheHitRate(h));
      points.add(SensitivityPoint.of(Sensitivity.Parameter.CACHE_HIT_RATE,
          BigDecimal.valueOf(h), plan(r)));
    }
    for (BigDecimal f : grid.priceFactors()) {
      List<HardwareOption> scaled = new ArrayList<>(request.hardware().size());
      for (HardwareOption h : request.hardware()) {
        scaled.add(h.withPrice(HourlyPrice.of(
            h.price().price().multipliedBy(f), h.price().basis())));
      }
      points.add(SensitivityPoint.of(Sensitivity.Parameter.PRICE_FACTOR, f,
          plan(base, request.withHardware(scaled))));
    }
    return Sensitivity.of(basePlan.best(), points);
  }

  //-----------------------------------------------------------------------
  private Plan plan(Evaluator evaluator, PlanRequest request) {
    TrafficProfile traffic = request.traffic();
    Pricing pricing = new Pricing(traffic);
    List<int[]> layouts = evaluator.layouts();
    CandidateOrder order = new CandidateOrder(request, layouts.size());
    int candidates = request.candidateCount();
    // the choices with their outcomes (null for an API) and candidate keys, side by side
    List<Choice> choices = new ArrayList<>();
    List<@Nullable Outcome> outcomes = new ArrayList<>();
    long[] keys = new long[candidates];
    List<CandidateOrder.Keyed> rejections = new ArrayList<>();
    List<ModelArchitecture> models = request.models();
    List<HardwareOption> hardware = request.hardware();
    for (int mi = 0; mi < models.size(); mi++) {
      String model = models.get(mi).name();
      List<Precision> precisions = request.precisionsFor(models.get(mi));
      for (int hi = 0; hi < hardware.size(); hi++) {
        HardwareOption option = hardware.get(hi);
        int ai = evaluator.acceleratorIndex(option.accelerator());
        MonthlyCost monthly = new MonthlyCost(option);
        for (int li = 0; li < layouts.size(); li++) {
          int tp = layouts.get(li)[0];
          int pp = layouts.get(li)[1];
          String unplaceable = option.fits(tp * pp) ? null
              : "invalid layout: a replica of " + tp * pp + " devices does not divide the "
                  + option.devicesPerInstance().getAsInt() + " devices of an instance";
          for (int pi = 0; pi < precisions.size(); pi++) {
            Candidate candidate = Candidate.selfHosted(model, option.id(), tp, pp,
                precisions.get(pi));
            long key = order.key(mi, hi, li, pi);
            if (unplaceable != null) {
              rejections.add(new CandidateOrder.Keyed(Rejection.of(candidate,
                  List.of(Reason.INVALID_LAYOUT), unplaceable), key));
              continue;
            }
            Outcome o = evaluator.outcome(mi, ai, li, pi);
            if (o.isFeasible()) {
              keys[choices.size()] = key;
              choices.add(selfHosted(candidate, option, o, monthly, pricing));
              outcomes.add(o);
            } else {
              rejections.add(new CandidateOrder.Keyed(Rejection.of(candidate, o.reasons,
                  o.message), key));
            }
          }
        }
      }
    }
    for (ApiOption api : request.apis()) {
      Candidate candidate = Candidate.api(api.label(), api.card().provider() + " "
          + api.card().model());
      ApiCost cost = ApiCost.of(api.card(), pricing.usage);
      if (cost.isFullyPriced()) {
        keys[choices.size()] = CandidateOrder.NONE;
        choices.add(api(candidate, api, cost, pricing));
        outcomes.add(null);
      } else {
        List<String> unpriced = new ArrayList<>();
        for (CostComponent c : cost.unpricedComponents()) {
          unpriced.add(c.name() + c.note().map(n -> " (" + n + ")").orElse(""));
        }
        rejections.add(new CandidateOrder.Keyed(Rejection.of(candidate,
            List.of(Reason.UNPRICED), "unpriced: the card does not price "
                + String.join(", ", unpriced)), CandidateOrder.NONE));
      }
    }
    Ranked[] ranking = Ranked.sort(choices, keys);
    List<Choice> ranked = new ArrayList<>(ranking.length);
    for (Ranked r : ranking) {
      ranked.add(r.choice);
    }
    CandidateOrder.Keyed[] sortedRejections = rejections.toArray(new CandidateOrder.Keyed[0]);
    Arrays.sort(sortedRejections);
    List<Rejection> rejected = new ArrayList<>(sortedRejections.length);
    for (CandidateOrder.Keyed k : sortedRejections) {
      rejected.add(k.rejection);
    }
    Optional<SelfHostedVsApi> comparison = compare(evaluator, request, ranking, outcomes,
        pricing);
    return Plan.builder().traffic(traffic).targets(request.targets())
        .utilisation(request.utilisation()).candidateCount(ranked.size() + rejected.size())
        .choices(ranked).paretoFront(paretoFront(ranking)).rejections(rejected)
        .comparison(comparison).build();
  }

  private static Choice selfHosted(Candidate candidate, HardwareOption option, Outcome o,
      MonthlyCost monthly, Pricing pricing) {
    Deployment d = o.deployment;
    return Choice.builder().candidate(candidate).monthlyCost(monthly.of(d.devices()))
        .requestsPerMonth(pricing.requestsPerMonth)
        .inputTokensPerRequest(pricing.meanInput).outputTokensPerRequest(pricing.meanOutput)
        .hardware(option).deployment(d).serving(o.serving)
        .build();
  }

  private static Choice api(Candidate candidate, ApiOption api, ApiCost cost, Pricing pricing) {
    return Choice.builder().candidate(candidate)
        .monthlyCost(cost.total().multipliedBy(pricing.requestsPerMonth))
        .requestsPerMonth(pricing.requestsPerMonth)
        .inputTokensPerRequest(BigDecimal.valueOf(pricing.usage.inputTokens().count()))
        .outputTokensPerRequest(BigDecimal.valueOf(pricing.usage.outputTokens().count()))
        .api(api).apiCost(cost)
        .build();
  }

  /** The self-hosted choices no other dominates on cost, TTFT and TPOT, in ranking order. */
  static List<Choice> paretoFront(Ranked[] ranked) {
    List<Ranked> front = new ArrayList<>();
    for (Ranked c : ranked) {
      if (!c.choice.isSelfHosted()) {
        continue;
      }
      boolean dominated = false;
      for (int i = 0; i < front.size() && !dominated; i++) {
        Ranked f = front.get(i);
        int cost = f.compareCost(c);
        int first = f.ttft.compareTo(c.ttft);
        int per = f.tpot.compareTo(c.tpot);
        dominated = cost <= 0 && first <= 0 && per <= 0 && (cost < 0 || first < 0 || per < 0);
      }
      if (!dominated) {
        front.add(c);
      }
    }
    List<Choice> out = new ArrayList<>(front.size());
    for (Ranked r : front) {
      out.add(r.choice);
    }
    return out;
  }

  private Optional<SelfHostedVsApi> compare(Evaluator evaluator, PlanRequest request,
      Ranked[] ranking, List<@Nullable Outcome> outcomes, Pricing pricing) {
    Choice self = null;
    Outcome outcome = null;
    Choice api = null;
    for (Ranked r : ranking) {
      Choice c = r.choice;
      if (c.isSelfHosted() && self == null) {
        self = c;
        outcome = outcomes.get(r.index);
      } else if (!c.isSelfHosted() && api == null) {
        api = c;
      }
    }
    if (self == null || api == null) {
      return Optional.empty();
    }
    ServingEstimate atCapacity = evaluator.capacity(outcome);
    if (!Throughput.isDerivableFrom(atCapacity)) {
      // no prefill work (every prompt token cached) or no decode time (one output token): the
      // replica's time cannot be split into rates for input and output tokens
      return Optional.empty();
    }
    // the smallest fleet that can be rented: one replica, or the replicas of one whole instance
    HardwareOption option = self.hardware().get();
    Deployment single = outcome.single;
    int minimum = option.price().basis() == PriceBasis.INSTANCE
        ? option.devicesPerInstance().getAsInt() / single.devicesPerReplica() : 1;
    SelfHostedEstimate.Builder estimate = SelfHostedEstimate.builder()
        .deployment(Deployment.builder().from(single).replicas(minimum).build())
        .request(atCapacity.request())
        .hourlyPrice(option.price())
        .utilisation(request.utilisation())
        .performanceModel(performance)
        .mathContext(CONTEXT)
        .serving(atCapacity);
    option.devicesPerInstance().ifPresent(estimate::devicesPerInstance);
    BreakEven breakEven = BreakEven.of(api.api().get().card(), pricing.usage,
        estimate.build().setup(), CONTEXT);
    return Optional.of(SelfHostedVsApi.of(self, api, breakEven));
  }

  /**
   * Returns the text form, such as {@code Planner[PerformanceModel[...]]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Planner[" + performance + "]";
  }

  /**
   * An option's monthly price for a number of devices, remembered for the last count asked for:
   * the candidates of one option come layout by layout, and their fleets often bill the same.
   */
  private static final class MonthlyCost {
    private final HardwareOption option;
    private int devices = -1;
    private @Nullable Money monthly;

    MonthlyCost(HardwareOption option) {
      this.option = option;
    }

    Money of(int deviceCount) {
      Money m = monthly;
      if (m == null || deviceCount != devices) {
        int units = option.billedUnits(deviceCount);
        m = option.price().price().multipliedBy(
            Decimals.HOURS_PER_MONTH.multiply(BigDecimal.valueOf(units)));
        monthly = m;
        devices = deviceCount;
      }
      return m;
    }
  }

  /** The traffic's monthly volume and mean request, shared by every candidate of a plan. */
  private static final class Pricing {
    final BigDecimal requestsPerMonth;
    final BigDecimal meanInput;
    final BigDecimal meanOutput;
    final ApiUsage usage;

    Pricing(TrafficProfile traffic) {
      requestsPerMonth = BigDecimal.valueOf(traffic.requestsPerSecond())
          .multiply(BigDecimal.valueOf(TrafficProfile.SECONDS_PER_MONTH));
      meanInput = BigDecimal.valueOf(traffic.inputLength().mean());
      meanOutput = BigDecimal.valueOf(traffic.outputLength().mean());
      usage = ApiUsage.from(traffic.meanRequest());
    }
  }
}
