/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.performance.CapacityExceededException;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.planner.Rejection.Reason;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the self-hosted deployments of one plan request, each once: the checks that reject a
 * deployment, and the fewest replicas that serve the traffic within the targets.
 *
 * <p>A deployment is a model, an accelerator, a layout and a precision; hardware options that
 * differ only in price share its evaluation. Results are cached in an array, so an evaluator can
 * be reused for requests that differ only in prices (the price sensitivity).
 *
 * <p>Sizing: serving a rate per replica either meets the targets or not, and a lower rate never
 * makes it worse (the latencies, the sequences in flight and the work per iteration all grow with
 * the rate). The fewest replicas {@code n} with {@code meets(R / n)} is found by a bracketing
 * search over whole replica counts: the memory capacity that {@link CapacityExceededException}
 * reports bounds {@code n} from below without a probe, and inside the bracket each probe is
 * placed by linear interpolation of the slack {@code target / latency - 1}, which is close to
 * linear in the rate per replica (a replica's iteration time grows like {@code 1 / (1 - rate /
 * capacity)}), with a bisection step whenever a step fails to halve the bracket. Every answer is
 * confirmed by probes: {@code n} meets and {@code n - 1} does not, or is beyond memory by a
 * margin.
 *
 * <p>Not thread-safe: an evaluator serves one planning call, or the price variants of one
 * request in a sensitivity, in turn.
 */
final class Evaluator {

  /** Relative margin by which a rate must exceed the memory capacity to fail without a probe. */
  private static final double MARGIN = 1e-9;
  /** The share of the traffic one replica serves when lightly loaded. */
  private static final double LIGHT = 1e-9;

  private final PerformanceModel performance;
  private final MemoryEstimator memory;
  private final List<ModelArchitecture> models;
  private final PlanRequest request;
  /** The precisions tried per model: the request's, or one, the model's default. */
  private final int precisionCount;
  private final List<int[]> layouts;
  private final Map<AcceleratorSpec, Integer> acceleratorIndex = new HashMap<>();
  private final List<AcceleratorSpec> accelerators = new ArrayList<>();
  private final TrafficProfile actual;
  private final TrafficProfile sizing;
  private final double sizingRate;
  private final double percentile;
  private final @Nullable Duration ttftTarget;
  private final @Nullable Duration tpotTarget;
  private final double maxConcurrency;
  private final int maxReplicas;
  private final long memoryContext;
  private final @Nullable String[] contextProblems;
  private final @Nullable Outcome[] outcomes;
  /** The serving estimates the replica search has made, for its efficiency tests. */
  private int probes;

  Evaluator(PerformanceModel performance, PlanRequest request) {
    this.performance = performance;
    this.memory = performance.memoryEstimator();
    this.models = request.models();
    this.request = request;
    this.precisionCount = Math.max(1, request.precisions().size());
    this.layouts = layouts(request);
    for (HardwareOption h : request.hardware()) {
      acceleratorIndex.computeIfAbsent(h.accelerator(), a -> {
        accelerators.add(a);
        return accelerators.size() - 1;
      });
    }
    this.actual = request.traffic();
    this.sizingRate = request.sizingRequestsPerSecond();
    this.sizing = request.utilisation() == 1 ? actual : actual.withRequestsPerSecond(sizingRate);
    ServiceLevelTargets targets = request.targets();
    this.percentile = targets.percentile();
    this.ttftTarget = targets.timeToFirstToken().orElse(null);
    this.tpotTarget = targets.timePerOutputToken().orElse(null);
    this.maxConcurrency = request.maxConcurrency().isPresent()
        ? request.maxConcurrency().getAsInt() : Double.POSITIVE_INFINITY;
    this.maxReplicas = request.maxReplicas();
    // The context the performance model sizes memory at: the mean input plus half the output.
    this.memoryContext = Math.max(1, (long) Math.ceil(actual.inputLength().mean()
        + actual.outputLength().mean() / 2));
    double meanIn = actual.inputLength().mean();
    double meanOut = actual.outputLength().mean();
    double in = actual.inputLength().percentile(percentile);
    double out = actual.outputLength().percentile(percentile);
    this.contextProblems = new String[models.size()];
    for (int i = 0; i < models.size(); i++) {
      int window = models.get(i).contextLength();
      if (in + out > window) {
        contextProblems[i] = "context window too short: a " + Texts.percentile(percentile)
            + " request of " + Texts.num(in) + " input and " + Texts.num(out)
            + " output tokens exceeds the " + window + " tokens of " + models.get(i).name();
      } else if (meanIn + meanOut > window) {
        // a long tail can put the mean above a low percentile; the estimates size the mean
        contextProblems[i] = "context window too short: the mean request of "
            + Texts.num(meanIn) + " input and " + Texts.num(meanOut)
            + " output tokens exceeds the " + window + " tokens of " + models.get(i).name();
      }
    }
    this.outcomes = new Outcome[Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(
        models.size(), accelerators.size()), layouts.size()), precisionCount)];
  }

  /** Every (tp, pp) layout the request asks for, distinct, in order of devices then tp. */
  static List<int[]> layouts(PlanRequest request) {
    List<int[]> out = new ArrayList<>();
    List<Integer> counts = new ArrayList<>(request.deviceCounts());
    counts.sort(null);
    List<Integer> degrees = new ArrayList<>(request.tensorParallelDegrees());
    degrees.sort(null);
    for (int devices : counts) {
      if (degrees.isEmpty()) {
        out.add(new int[] {devices, 1});
      } else {
        for (int tp : degrees) {
          if (devices % tp == 0) {
            out.add(new int[] {tp, devices / tp});
          }
        }
      }
    }
    return out;
  }

  List<int[]> layouts() {
    return layouts;
  }

  /** Returns how many replica counts the sizing search has probed so far. */
  int probes() {
    return probes;
  }

  int acceleratorIndex(AcceleratorSpec accelerator) {
    Integer i = acceleratorIndex.get(accelerator);
    if (i == null) {
      throw new IllegalStateException("inference-econ bug: accelerator not in the request: "
          + accelerator);
    }
    return i;
  }

  /**
   * Returns the outcome of a deployment, evaluating it on first use.
   *
   * @param model the model's index in the request
   * @param accelerator the accelerator's index, from {@link #acceleratorIndex}
   * @param layout the layout's index in {@link #layouts()}
   * @param precision the precision's index in the request's precisions for the model
   */
  Outcome outcome(int model, int accelerator, int layout, int precision) {
    int i = ((model * accelerators.size() + accelerator) * layouts.size() + layout)
        * precisionCount + precision;
    Outcome o = outcomes[i];
    if (o == null) {
      int[] l = layouts.get(layout);
      AcceleratorSpec a = accelerators.get(accelerator);
      Precision p = request.precisionsFor(models.get(model)).get(precision);
      // a precision asked for is tried as given; the checkpoint's, as the device runs it
      o = evaluate(model, a, l[0], l[1],
          request.precisions().isEmpty() ? a.runnablePrecision(p) : p);
      outcomes[i] = o;
    }
    return o;
  }

  //-----------------------------------------------------------------------
  private Outcome evaluate(int modelIndex, AcceleratorSpec accelerator, int tp, int pp,
      Precision precision) {
    ModelArchitecture model = models.get(modelIndex);
    String context = contextProblems[modelIndex];
    if (context != null) {
      return Outcome.rejected(Reason.CONTEXT_WINDOW_TOO_SHORT, context);
    }
    if (!MemoryEstimator.validTensorParallel(model, tp)) {
      return Outcome.rejected(Reason.INVALID_LAYOUT, "invalid layout: tp " + tp
          + " must divide the " + model.attentionHeads() + " attention heads and divide (or be "
          + "a multiple of) the " + model.kvHeads() + " KV heads");
    }
    if (pp > model.layers()) {
      return Outcome.rejected(Reason.INVALID_LAYOUT, "invalid layout: pp " + pp
          + " exceeds the " + model.layers() + " layers");
    }
    if (tp * pp > 1 && accelerator.scaleUp().isEmpty()) {
      return Outcome.rejected(Reason.INVALID_LAYOUT, "invalid layout: " + (tp * pp)
          + " devices per replica need a scale-up interconnect, which " + accelerator
          + " does not list");
    }
    ComputeFormat format = precision.computeFormat();
    if (!accelerator.supports(format)) {
      return Outcome.rejected(Reason.UNSUPPORTED_FORMAT, "unsupported format: " + accelerator
          + " has no dense " + format + " peak for " + precision.activations()
          + " activations");
    }
    Deployment single = Deployment.builder().model(model).accelerator(accelerator)
        .tensorParallel(tp).pipelineParallel(pp).precision(precision).build();
    return size(single);
  }

  /** Rejects a deployment that cannot hold one sequence of the mean context. */
  private Outcome doesNotFit(Deployment single) {
    DeploymentMemory m = memory.estimate(single, memoryContext, 1);
    return Outcome.rejected(Reason.DOES_NOT_FIT, "does not fit: "
        + m.used().toDisplayString() + " per device for weights (" + m.weights()
        .toDisplayString() + "), activations, overhead and one sequence of " + memoryContext
        + " tokens > budget " + m.budget().toDisplayString());
  }

  /** Finds the fewest replicas that meet the targets, or why none up to the bound does. */
  private Outcome size(Deployment single) {
    Probe first;
    try {
      first = probe(single, 1);
    } catch (IllegalArgumentException e) {
      // The format and interconnect were checked above: only memory is left to fail. Its own
      // check runs only here, so that a deployment that fits costs no extra estimate.
      if (memory.maxConcurrentSequences(single, memoryContext) > 0) {
        throw e;
      }
      return doesNotFit(single);
    }
    if (first.meets) {
      return feasible(single, 1, first);
    }
    if (maxReplicas == 1) {
      return reject(single, first);
    }
    int fail = 1;
    Probe failProbe = first;
    int ok = 0;
    Probe okProbe = null;
    boolean topProbed = false;
    int next;
    if (first.exceeded) {
      // Below R / capacity replicas each would be offered more than memory sustains.
      double sure = Math.ceil(sizingRate / (first.capacity * (1 + MARGIN))) - 1;
      if (sure >= maxReplicas) {
        return reject(single, first);
      }
      fail = Math.max(fail, (int) sure);
      next = fail + 1;
    } else {
      next = maxReplicas;
    }
    double lastSpan = Double.POSITIVE_INFINITY;
    double spanBefore = Double.POSITIVE_INFINITY;
    while (true) {
      Probe p = probe(single, next);
      topProbed |= next == maxReplicas;
      if (p.meets) {
        ok = next;
        okProbe = p;
      } else {
        fail = next;
        failProbe = p;
      }
      if (ok == 0) {
        if (topProbed) {
          return reject(single, p);
        }
        next = maxReplicas;
        continue;
      }
      if (ok == fail + 1) {
        return feasible(single, ok, okProbe);
      }
      double span = Math.log((double) ok / fail);
      boolean slow = span > 0.5 * spanBefore;
      spanBefore = lastSpan;
      lastSpan = span;
      next = slow ? geometricMean(fail, ok) : interpolate(fail, failProbe, ok, okProbe);
      next = Math.max(fail + 1, Math.min(ok - 1, next));
    }
  }

  private int interpolate(int fail, Probe failProbe, int ok, Probe okProbe) {
    if (failProbe.exceeded) {
      return geometricMean(fail, ok);
    }
    double xOk = sizingRate / ok;
    double xFail = sizingRate / fail;
    double hOk = slack(okProbe);
    double hFail = slack(failProbe);
    if (!(hOk >= 0 && hFail < 0) || hOk == Double.POSITIVE_INFINITY) {
      return geometricMean(fail, ok);
    }
    double x = xOk + (xFail - xOk) * hOk / (hOk - hFail);
    double n = Math.ceil(sizingRate / x);
    return n >= ok ? ok - 1 : (int) n;
  }

  private static int geometricMean(int low, int high) {
    return (int) Math.round(Math.sqrt((double) low * high));
  }

  /** The smallest of {@code limit / value - 1} over the constraints: negative when one fails. */
  private double slack(Probe p) {
    double s = Double.POSITIVE_INFINITY;
    if (ttftTarget != null) {
      s = Math.min(s, Durations.toSeconds(ttftTarget) / p.ttft - 1);
    }
    if (tpotTarget != null) {
      s = Math.min(s, Durations.toSeconds(tpotTarget) / p.tpot - 1);
    }
    if (maxConcurrency != Double.POSITIVE_INFINITY && p.concurrency > 0) {
      s = Math.min(s, maxConcurrency / p.concurrency - 1);
    }
    return s;
  }

  private Probe probe(Deployment single, int replicas) {
    probes++;
    Deployment d = replicas == 1 ? single
        : Deployment.builder().from(single).replicas(replicas).build();
    ServingEstimate e;
    try {
      e = performance.serve(d, sizing, percentile);
    } catch (CapacityExceededException ex) {
      return new Probe(ex.capacityRequestsPerSecond() / replicas);
    }
    return new Probe(e, meets(e));
  }

  /** Whether an estimate meets the latency targets at their percentile and the cap. */
  private boolean meets(ServingEstimate e) {
    return (ttftTarget == null || e.timeToFirstTokenAtPercentile().compareTo(ttftTarget) <= 0)
        && (tpotTarget == null || e.timePerOutputTokenAtPercentile().compareTo(tpotTarget) <= 0)
        && e.concurrency() <= maxConcurrency;
  }

  private Outcome feasible(Deployment single, int replicas, Probe probe) {
    Deployment d = replicas == 1 ? single
        : Deployment.builder().from(single).replicas(replicas).build();
    ServingEstimate at = sizing == actual ? probe.estimate
        : performance.serve(d, actual, percentile);
    return Outcome.feasible(single, d, at);
  }

  /**
   * Rejects a deployment whose largest fleet fails: for the targets it misses even lightly
   * loaded (a billionth of the traffic per replica), or else for needing more replicas.
   */
  private Outcome reject(Deployment single, Probe largest) {
    ServingEstimate light;
    try {
      light = performance.serve(single, actual.withRequestsPerSecond(sizingRate * LIGHT),
          percentile);
    } catch (CapacityExceededException e) {
      throw new IllegalStateException("inference-econ bug: a billionth of the traffic exceeds "
          + "memory: " + single, e);
    }
    EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
    List<String> messages = new ArrayList<>();
    String at = " at " + Texts.percentile(percentile) + " > ";
    if (ttftTarget != null && light.timeToFirstTokenAtPercentile().compareTo(ttftTarget) > 0) {
      reasons.add(Reason.MISSES_TTFT);
      messages.add("misses TTFT: " + Texts.duration(light.timeToFirstTokenAtPercentile()) + at
          + Texts.duration(ttftTarget) + " even lightly loaded");
    }
    if (tpotTarget != null && light.timePerOutputTokenAtPercentile().compareTo(tpotTarget) > 0) {
      reasons.add(Reason.MISSES_TPOT);
      messages.add("misses TPOT: " + Texts.duration(light.timePerOutputTokenAtPercentile()) + at
          + Texts.duration(tpotTarget) + " even lightly loaded");
    }
    if (!reasons.isEmpty()) {
      return Outcome.rejected(List.copyOf(reasons), String.join("; ", messages));
    }
    String needs = "needs more than " + maxReplicas + " replica(s): ";
    if (largest.exceeded) {
      return Outcome.rejected(Reason.TOO_MANY_REPLICAS, needs + "each holds at most "
          + Texts.num(largest.capacity) + " requests/s in memory and " + Texts.num(sizingRate)
          + " requests/s must be served");
    }
    ServingEstimate e = largest.estimate;
    return Outcome.rejected(Reason.TOO_MANY_REPLICAS, needs + "at " + Texts.num(sizingRate
        / maxReplicas) + " requests/s each, TTFT is " + Texts.duration(e
        .timeToFirstTokenAtPercentile()) + " and TPOT " + Texts.duration(e
        .timePerOutputTokenAtPercentile()) + " at " + Texts.percentile(percentile) + ", "
        + Texts.num(e.concurrency()) + " sequences in flight");
  }

  //-----------------------------------------------------------------------
  /**
   * The highest rate per replica (requests per second) that meets the targets, memory and the
   * concurrency cap, by bisection from the sizing bracket, with the estimate there.
   */
  ServingEstimate capacity(Outcome o) {
    Deployment single = o.single;
    int n = o.deployment.replicas();
    double low = sizingRate / n;
    ServingEstimate best = probeRate(single, low);
    if (best == null) {
      throw new IllegalStateException("inference-econ bug: sized rate fails the targets: "
          + o.deployment);
    }
    double high;
    if (n > 1) {
      high = sizingRate / (n - 1);
    } else {
      high = low * 2;
      for (int i = 0; i < 64; i++) {
        ServingEstimate e = probeRate(single, high);
        if (e == null) {
          break;
        }
        low = high;
        best = e;
        high *= 2;
      }
    }
    for (int i = 0; i < 64 && high - low > 1e-9 * high; i++) {
      double mid = (low + high) / 2;
      ServingEstimate e = probeRate(single, mid);
      if (e == null) {
        high = mid;
      } else {
        low = mid;
        best = e;
      }
    }
    return best;
  }

  private @Nullable ServingEstimate probeRate(Deployment single, double rate) {
    ServingEstimate e;
    try {
      e = performance.serve(single, actual.withRequestsPerSecond(rate), percentile);
    } catch (CapacityExceededException ex) {
      return null;
    }
    return meets(e) ? e : null;
  }

  //-----------------------------------------------------------------------
  /** One serving estimate at a replica count, or the memory capacity it exceeded. */
  private static final class Probe {
    final boolean meets;
    final boolean exceeded;
    /** Requests per second one replica sustains within memory, when exceeded. */
    final double capacity;
    final @Nullable ServingEstimate estimate;
    final double ttft;
    final double tpot;
    final double concurrency;

    Probe(double capacity) {
      this.meets = false;
      this.exceeded = true;
      this.capacity = capacity;
      this.estimate = null;
      this.ttft = Double.NaN;
      this.tpot = Double.NaN;
      this.concurrency = Double.NaN;
    }

    Probe(ServingEstimate estimate, boolean meets) {
      this.meets = meets;
      this.exceeded = false;
      this.capacity = Double.NaN;
      this.estimate = estimate;
      this.ttft = Durations.toSeconds(estimate.timeToFirstTokenAtPercentile());
      this.tpot = Durations.toSeconds(estimate.timePerOutputTokenAtPercentile());
      this.concurrency = estimate.concurrency();
    }
  }

  /** A deployment's evaluation: rejected with reasons, or sized with its estimate. */
  static final class Outcome {
    final @Nullable List<Reason> reasons;
    final @Nullable String message;
    final @Nullable Deployment single;
    final @Nullable Deployment deployment;
    final @Nullable ServingEstimate serving;

    private Outcome(@Nullable List<Reason> reasons, @Nullable String message,
        @Nullable Deployment single, @Nullable Deployment deployment,
        @Nullable ServingEstimate serving) {
      this.reasons = reasons;
      this.message = message;
      this.single = single;
      this.deployment = deployment;
      this.serving = serving;
    }

    static Outcome rejected(Reason reason, String message) {
      return rejected(List.of(reason), message);
    }

    static Outcome rejected(List<Reason> reasons, String message) {
      return new Outcome(reasons, message, null, null, null);
    }

    static Outcome feasible(Deployment single, Deployment deployment, ServingEstimate serving) {
      return new Outcome(null, null, single, deployment, serving);
    }

    boolean isFeasible() {
      return deployment != null;
    }
  }
}
