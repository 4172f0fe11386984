/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.TokenRate;
import io.github.inferenceecon.core.workload.LengthDistribution;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A transparent analytical (roofline) model of how fast a deployment generates: prefill, decode
 * steps and steady-state serving, with the resource that bounds each phase.
 *
 * <h2>Forward pass</h2>
 * One forward pass over a mix of prompt and decode tokens costs, per device on the critical path
 * (see {@link PassBreakdown}), {@code combine(linear FLOPs / achieved FLOP/s, resident weight
 * bytes / achieved bytes/s) + combine(routed-expert FLOPs / achieved expert FLOP/s,
 * routed-expert weight bytes / achieved bytes/s) + combine(attention FLOPs / achieved FLOP/s,
 * KV bytes / achieved bytes/s) + interconnect + overhead}, where {@code combine(c, m) = max(c,
 * m) + (1 - overlap) x min(c, m)} ({@link Efficiency#overlap()}); the three groups are separate
 * kernels run one after the other, so none hides its time under another's:
 * <ul>
 *   <li>linear FLOPs {@code 2 x tokens x active matrix parameters} (attention projections,
 *       feed-forward, shared experts, routers and the routed experts each token uses) plus
 *       {@code 2 x vocabulary x hidden} per sampled position (a prompt samples only its last);
 *   <li>attention FLOPs {@code 4 x heads x headDim} per causal (query, key) pair and layer, keys
 *       capped by a sliding window on local layers; multi-head latent attention runs the
 *       absorbed form over its latent in decode and the expanded heads in prefill;
 *   <li>weight bytes: every resident weight the pass touches once, the routed experts as the
 *       expected number of distinct experts its tokens select
 *       ({@code E x (1 - (1 - k/E)^tokens)} per layer, uniform routing), the input embedding one
 *       row per token, each component in its {@link io.github.inferenceecon.core.format.Precision
 *       format};
 *   <li>KV bytes: the cached context each decoding sequence reads plus what every token writes;
 *       tensor parallelism splits the KV heads (not a latent);
 *   <li>tensor parallelism divides FLOPs and weight bytes by its degree and adds two ring
 *       all-reduces of the activations per layer ({@code 2(tp-1)/tp x tokens x hidden} bytes
 *       sent per device, plus a latency each) over the scale-up link's one-way bandwidth;
 *       pipeline parallelism adds a hand-off of the activations between stages and, because a
 *       token passes the stages in turn, leaves a single pass's latency unchanged; its batches
 *       run as up to {@code pp} micro-batches that keep every stage busy;
 *   <li>mixtures of experts: with expert parallelism ({@link Deployment#expertParallel()})
 *       the busiest of the {@code ep} expert groups sets the expert time, its load over the mean
 *       being the expected maximum of {@code ep} binomial counts of the pass's token-to-expert
 *       assignments ({@code 1 + sqrt(2 ln(ep) (ep - 1) / assignments)}, uniform routing); the
 *       routed experts' products run at {@link Efficiency#expertEfficiency()} of the dense rate;
 *       router and shared experts count as dense layers; with attention data parallelism
 *       ({@link Deployment#isAttentionDataParallel()}) each device runs attention and the dense
 *       layers for its own sequences with whole weights, a prompt whole on the device that
 *       holds its sequence (the busiest device holding the expected most prompts of any, at
 *       least one when a pass has any), and each MoE layer sends every token to the expert
 *       groups its experts fall in and back (two all-to-alls of
 *       {@code tokens x hidden x (ep - 1)(1 - (1 - 1/ep)^k)} elements per device, the dispatch
 *       in the activation format and the combine in BF16, as DeepSeek-V3's report, arXiv
 *       2412.19437 section 3.3.2, and its DeepEP kernels do);
 *   <li>a replica larger than the accelerator's scale-up domain ({@link
 *       io.github.inferenceecon.core.accelerator.Interconnect#domainSize()}) runs its
 *       all-reduces hierarchically (reduce-scatter and all-gather inside a domain, an
 *       all-reduce of the shares across domains over {@link Deployment#scaleOut()}), and the
 *       pipeline hand-offs and all-to-all traffic that leave a domain take the scale-out link;
 *   <li>the compute format is that of the activations ({@link
 *       io.github.inferenceecon.core.format.Precision#computeFormat()}), so FP8 activations
 *       run at the FP8 peak; attention's products run in the wider of the activation and KV
 *       cache formats (FP8 attention beside FP4 linear layers); the achieved rates are the peaks
 *       times the {@link Efficiency} factors of the deployment's regime
 *       ({@link Calibration#efficiencyFor}).
 * </ul>
 *
 * <h2>Serving</h2>
 * With continuous batching a replica runs iterations; each advances every decoding sequence by
 * one token (more with {@link SpeculativeDecoding}) and prefills prompts in the same pass
 * (chunked prefill, at most the memory assumptions' {@code prefillChunkTokens} of a prompt per
 * pass, so a prompt of {@code in} new tokens takes {@code n = ceil(in / chunk)} passes). In
 * steady state at {@code lambda} requests per second per replica, an iteration of {@code t}
 * seconds holds {@code lambda t (out - 1)/E} decoding sequences at the mean context
 * {@code in + (out - 1)/2} and {@code u = lambda t n} prompt chunks on average. Prompts are whole:
 * when {@code u} is not a whole number, iterations hold {@code floor(u)} or {@code floor(u) + 1}
 * chunks in the proportions that give the mean, and the iteration time is their mean, so a
 * prompt the decoding sequences wait through counts in full at any load (at one sequence in
 * flight a request takes {@code TTFT + (out - 1) x TPOT}). {@code t} is the smallest solution
 * of {@code t = iteration(t)}, found by bracketing and regula falsi. Traffic
 * whose sequences would exceed the memory limit, or whose work exceeds the iteration, throws
 * {@link CapacityExceededException}. The memory limit on concurrent sequences comes from
 * {@link MemoryEstimator#maxConcurrentSequences} at the mean context. Static batching runs a
 * batch's prefill, then its decode steps with the context growing (averaged by Simpson's rule
 * over 16 intervals), until its longest output is done.
 *
 * <p>Each serving estimate carries the prediction interval of its regime
 * ({@link ServingEstimate#predictionInterval()}), from the calibration's held-out residuals.
 *
 * <p>Every method is a closed form, a loop over layers or a fixed number of solver steps, so an
 * estimate takes microseconds ({@link #atCapacity} a few hundred of them).
 *
 * <pre>{@code
 * PerformanceModel model = PerformanceModel.defaults();
 * DecodeEstimate step = model.decodeStep(deployment, 32, 2000);
 * ServingEstimate served = model.serve(deployment, TrafficProfile.fixed(5, 1000, 200));
 * ServingEstimate max = model.offline(deployment, Request.of(1000, 200));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerformanceModel {

  /** Simpson intervals for averaging a static batch's decode steps over the growing context. */
  private static final int SIMPSON_INTERVALS = 16;
  /** Default percentile of the latency figures when none is given. */
  private static final double DEFAULT_PERCENTILE = 0.9;

  private final Calibration calibration;
  private final MemoryEstimator memory;
  private final @Nullable SpeculativeDecoding speculative;
  private final AttentionSparsity sparsity;

  private PerformanceModel(Calibration calibration, MemoryEstimator memory,
      @Nullable SpeculativeDecoding speculative, AttentionSparsity sparsity) {
    this.calibration = calibration;
    this.memory = memory;
    this.speculative = speculative;
    this.sparsity = sparsity;
  }

  /**
   * Obtains a model with the calibrated efficiencies by regime ({@link Calibration#defaults()}),
   * the default memory assumptions, no speculative decoding and dense attention.
   *
   * @return the model, not null
   */
  public static PerformanceModel defaults() {
    return Defaults.MODEL;
  }

  /** The default model, created on first use. */
  private static final class Defaults {
    static final PerformanceModel MODEL = of(Calibration.defaults(), MemoryEstimator.defaults());
  }

  /**
   * Obtains a model that applies the given efficiencies to every deployment, with the given
   * memory estimator, no speculative decoding, dense attention and no prediction intervals.
   *
   * @param efficiency the efficiencies, not null
   * @param memory the memory estimator, which sets the memory limit on sequences, not null
   * @return the model, not null
   */
  public static PerformanceModel of(Efficiency efficiency, MemoryEstimator memory) {
    return of(Calibration.uniform(Objects.requireNonNull(efficiency, "efficiency")), memory);
  }

  /**
   * Obtains a model with efficiencies and prediction intervals by regime, the given memory
   * estimator, no speculative decoding and dense attention.
   *
   * @param calibration the efficiencies and intervals by regime, not null
   * @param memory the memory estimator, which sets the memory limit on sequences, not null
   * @return the model, not null
   */
  public static PerformanceModel of(Calibration calibration, MemoryEstimator memory) {
    return new PerformanceModel(Objects.requireNonNull(calibration, "calibration"),
        Objects.requireNonNull(memory, "memory"), null, AttentionSparsity.none());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the base efficiencies of this model: those of an accelerator the calibration places
   * in no generation. {@link #efficiencyFor(Deployment)} gives a deployment's.
   *
   * @return the efficiencies, not null
   */
  public Efficiency efficiency() {
    return calibration.base();
  }

  /**
   * Returns the efficiencies this model applies to a deployment: those of its regime.
   *
   * @param deployment the deployment, not null
   * @return the efficiencies, not null
   */
  public Efficiency efficiencyFor(Deployment deployment) {
    return calibration.efficiencyFor(deployment);
  }

  /**
   * Returns the efficiencies and prediction intervals by regime of this model.
   *
   * @return the calibration, not null
   */
  public Calibration calibration() {
    return calibration;
  }

  /**
   * Returns the memory estimator of this model.
   *
   * @return the estimator, not null
   */
  public MemoryEstimator memoryEstimator() {
    return memory;
  }

  /**
   * Returns the speculative decoding this model applies to decode, if any.
   *
   * @return the configuration, or empty
   */
  public Optional<SpeculativeDecoding> speculativeDecoding() {
    return Optional.ofNullable(speculative);
  }

  /**
   * Returns the attention sparsity this model applies.
   *
   * @return the sparsity, {@link AttentionSparsity#none()} by default, not null
   */
  public AttentionSparsity attentionSparsity() {
    return sparsity;
  }

  /**
   * Returns a copy of this model that applies other efficiencies to every deployment, with no
   * prediction intervals.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param efficiency the efficiencies, not null
   * @return the new instance, not null
   */
  public PerformanceModel withEfficiency(Efficiency efficiency) {
    return withCalibration(Calibration.uniform(Objects.requireNonNull(efficiency,
        "efficiency")));
  }

  /**
   * Returns a copy of this model with other efficiencies and intervals by regime.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param calibration the calibration, not null
   * @return the new instance, not null
   */
  public PerformanceModel withCalibration(Calibration calibration) {
    return new PerformanceModel(Objects.requireNonNull(calibration, "calibration"), memory,
        speculative, sparsity);
  }

  /**
   * Returns a copy of this model that decodes speculatively.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param speculative the speculative decoding, not null
   * @return the new instance, not null
   */
  public PerformanceModel withSpeculativeDecoding(SpeculativeDecoding speculative) {
    return new PerformanceModel(calibration, memory,
        Objects.requireNonNull(speculative, "speculative"), sparsity);
  }

  /**
   * Returns a copy of this model that decodes one token per pass.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the new instance, not null
   */
  public PerformanceModel withoutSpeculativeDecoding() {
    return new PerformanceModel(calibration, memory, null, sparsity);
  }

  /**
   * Returns a copy of this model with sparse attention.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param sparsity the sparsity, {@link AttentionSparsity#none()} for dense, not null
   * @return the new instance, not null
   */
  public PerformanceModel withAttentionSparsity(AttentionSparsity sparsity) {
    return new PerformanceModel(calibration, memory, speculative,
        Objects.requireNonNull(sparsity, "sparsity"));
  }

  //-----------------------------------------------------------------------
  /**
   * Estimates the prefill of a batch of prompts, each with a cached prefix.
   *
   * @param deployment the deployment, not null
   * @param promptTokens the tokens of each prompt, cached ones included, positive
   * @param cachedPrefixTokens the tokens of each prompt found in a prompt cache, from 0 to
   *     {@code promptTokens}
   * @param batch the prompts prefilled together, positive
   * @return the estimate, not null
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if a count is out of range, or the deployment's accelerator
   *     lacks its compute format or needed interconnect
   * @throws ArithmeticException if a byte count or a time overflows
   */
  public PrefillEstimate prefill(Deployment deployment, long promptTokens,
      long cachedPrefixTokens, int batch) {
    Objects.requireNonNull(deployment, "deployment");
    Checks.positive(promptTokens, "Prompt tokens");
    Checks.notNegative(cachedPrefixTokens, "Cached prefix tokens");
    Checks.positive(batch, "Batch");
    deployment.model().checkContext(promptTokens);
    if (cachedPrefixTokens > promptTokens) {
      throw new IllegalArgumentException("Cached prefix tokens must not exceed prompt tokens: "
          + cachedPrefixTokens + "/" + promptTokens);
    }
    Engine e = engine(deployment);
    long computed = Math.max(promptTokens - cachedPrefixTokens, 1);
    double cached = promptTokens - computed;
    double m = Math.min(e.pp, batch);
    Roofline.Pass pass = e.roofline.prefill(batch / m, computed, cached);
    double seconds = pass.seconds * (m + e.pp - 1) / e.pp;
    return PrefillEstimate.builder()
        .promptTokens(promptTokens)
        .cachedPrefixTokens(cachedPrefixTokens)
        .computedTokens(computed)
        .batch(batch)
        .pass(pass.toBreakdown())
        .timeToFirstToken(Durations.ofSeconds(seconds))
        .throughput(TokenRate.of((double) batch * computed / seconds))
        .build();
  }

  /**
   * Estimates one decode step of a batch of sequences at a context length.
   *
   * @param deployment the deployment, not null
   * @param batch the sequences decoding together on one replica, positive
   * @param context the tokens each sequence has cached, not negative
   * @return the estimate, not null
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if a count is out of range, or the deployment's accelerator
   *     lacks its compute format or needed interconnect
   * @throws ArithmeticException if a byte count or a time overflows
   */
  public DecodeEstimate decodeStep(Deployment deployment, int batch, long context) {
    Objects.requireNonNull(deployment, "deployment");
    Checks.positive(batch, "Batch");
    Checks.notNegative(context, "Context length");
    deployment.model().checkContext(context);
    Engine e = engine(deployment);
    Iteration it = e.iteration(batch, context, 0, 0, 0, 0, 0, 0);
    double perReplica = batch * e.tokensPerIteration / it.seconds;
    return DecodeEstimate.builder()
        .batch(batch)
        .context(context)
        .pass(it.pass.toBreakdown())
        .draftTime(Durations.ofSeconds(it.draftSeconds))
        .iterationTime(Durations.ofSeconds(it.seconds))
        .tokensPerIteration(e.tokensPerIteration)
        .timePerOutputToken(Durations.ofSeconds(it.seconds / e.tokensPerIteration))
        .throughputPerReplica(TokenRate.of(perReplica))
        .throughputPerDevice(TokenRate.of(perReplica / deployment.devicesPerReplica()))
        .balancePoint(e.roofline.balancePoint())
        .computeBoundBatch(e.computeBoundBatch(context))
        .build();
  }

  //-----------------------------------------------------------------------
  /**
   * Estimates serving traffic in steady state with continuous batching, latency percentiles at
   * 0.9.
   *
   * @param deployment the deployment, not null
   * @param traffic the traffic of the whole deployment, split evenly across replicas, not null
   * @return the estimate, not null
   * @throws CapacityExceededException if the traffic exceeds what the deployment sustains
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if the mean output is below one token, or no sequence fits
   */
  public ServingEstimate serve(Deployment deployment, TrafficProfile traffic) {
    return serve(deployment, traffic, DEFAULT_PERCENTILE);
  }

  /**
   * Estimates serving traffic in steady state with continuous batching.
   *
   * @param deployment the deployment, not null
   * @param traffic the traffic of the whole deployment, split evenly across replicas, not null
   * @param percentile the percentile of the latency figures, in (0, 1)
   * @return the estimate, not null
   * @throws CapacityExceededException if the traffic exceeds what the deployment sustains
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if the percentile is not in (0, 1), the mean output is
   *     below one token, or no sequence fits
   */
  public ServingEstimate serve(Deployment deployment, TrafficProfile traffic, double percentile) {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(traffic, "traffic");
    checkPercentile(percentile);
    Engine e = engine(deployment);
    Workload w = withinWindow(deployment, e.workload(traffic, percentile));
    long limit = e.continuousLimit(w);
    double perReplica = traffic.requestsPerSecond() / deployment.replicas();
    double t = e.steadyIteration(w, perReplica, limit);
    if (Double.isNaN(t)) {
      throw new CapacityExceededException(traffic.requestsPerSecond(),
          e.closedLoopRate(w, limit) * deployment.replicas());
    }
    return e.continuous(w, perReplica, t, limit, percentile, traffic.meanRequest());
  }

  /**
   * Estimates the most throughput: continuous batching with as many sequences in flight as
   * memory allows (the CLI's {@code --concurrency max}). The time to first token counts from
   * admission, not from submission.
   *
   * @param deployment the deployment, not null
   * @param meanRequest the mean request, at least one output token, not null
   * @return the estimate, not null
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if the request has no output token, or no sequence fits
   */
  public ServingEstimate offline(Deployment deployment, Request meanRequest) {
    Objects.requireNonNull(deployment, "deployment");
    Engine e = engine(deployment);
    Workload w = withinWindow(deployment, e.workload(meanRequest));
    long limit = e.continuousLimit(w);
    return e.closedLoop(w, limit, limit, meanRequest);
  }

  /**
   * Estimates continuous batching with a fixed number of sequences in flight per replica, each
   * replaced as soon as it finishes; capped at the memory limit.
   *
   * @param deployment the deployment, not null
   * @param request the request, at least one output token, not null
   * @param concurrency the sequences in flight per replica, positive
   * @return the estimate, not null
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if the concurrency is not positive, the request has no
   *     output token, or no sequence fits
   */
  public ServingEstimate atConcurrency(Deployment deployment, Request request, int concurrency) {
    Objects.requireNonNull(deployment, "deployment");
    Checks.positive(concurrency, "Concurrency");
    Engine e = engine(deployment);
    Workload w = withinWindow(deployment, e.workload(request));
    long limit = e.continuousLimit(w);
    return e.closedLoop(w, concurrency, limit, request);
  }

  /**
   * Estimates static batching of identical requests: the batch prefills together, then decodes
   * until done, then the next batch starts.
   *
   * @param deployment the deployment, not null
   * @param request the request, at least one output token, not null
   * @param batch the sequences per batch per replica, positive
   * @return the estimate, not null
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if the batch is not positive or does not fit in memory at
   *     the final context, or the request has no output token
   */
  public ServingEstimate staticBatch(Deployment deployment, Request request, int batch) {
    Objects.requireNonNull(deployment, "deployment");
    Checks.positive(batch, "Batch");
    Engine e = engine(deployment);
    Workload w = withinWindow(deployment, e.workload(request));
    return e.staticBatch(w, w.input, w.output, batch, request);
  }

  /**
   * Estimates static batching of requests drawn from a traffic profile's length distributions:
   * prompts are padded to the longest of the batch and the batch runs until its longest output
   * is done, the expected longest of {@code n} being the {@code n/(n+1)} percentile.
   *
   * @param deployment the deployment, not null
   * @param traffic the traffic, whose rate is ignored, not null
   * @param batch the sequences per batch per replica, positive
   * @return the estimate, not null
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if the batch is not positive or does not fit in memory at
   *     the final context, or the mean output is below one token
   */
  public ServingEstimate staticBatch(Deployment deployment, TrafficProfile traffic, int batch) {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(traffic, "traffic");
    Checks.positive(batch, "Batch");
    Engine e = engine(deployment);
    Workload w = withinWindow(deployment, e.workload(traffic, DEFAULT_PERCENTILE));
    double longest = batch / (batch + 1.0);
    double paddedInput = Math.max(traffic.inputLength().percentile(longest), w.input);
    double longestOutput = Math.max(traffic.outputLength().percentile(longest), w.output);
    return e.staticBatch(w, paddedInput, longestOutput, batch, traffic.meanRequest());
  }

  /**
   * Estimates serving at the highest request rate whose latencies meet service-level targets
   * at their percentile (the MLPerf Server measure), by bisection on the rate between zero and
   * the memory-limited capacity.
   *
   * @param deployment the deployment, not null
   * @param traffic the traffic shape; its rate is ignored, not null
   * @param targets the targets, not null
   * @return the estimate at the highest rate that meets the targets, not null
   * @throws ContextWindowExceededException if a sequence, prompt and output together, is
   *     longer than the model's context window
   * @throws IllegalArgumentException if no rate meets the targets, the mean output is below one
   *     token, or no sequence fits
   */
  public ServingEstimate atCapacity(Deployment deployment, TrafficProfile traffic,
      ServiceLevelTargets targets) {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(targets, "targets");
    Engine e = engine(deployment);
    double p = targets.percentile();
    Workload w = withinWindow(deployment, e.workload(traffic, p));
    long limit = e.continuousLimit(w);
    double ttft = targets.timeToFirstToken().map(Durations::toSeconds)
        .orElse(Double.POSITIVE_INFINITY);
    double tpot = targets.timePerOutputToken().map(Durations::toSeconds)
        .orElse(Double.POSITIVE_INFINITY);
    double high = e.closedLoopRate(w, limit) * (1 - 1e-9);
    double low = high * 1e-9;
    if (!e.meets(w, low, limit, ttft, tpot)) {
      throw new IllegalArgumentException("Service-level targets cannot be met at any load on "
          + deployment + ": " + targets.timeToFirstToken().map(Duration::toString).orElse("-")
          + " to first token, " + targets.timePerOutputToken().map(Duration::toString).orElse("-")
          + " per output token at p" + p * 100);
    }
    if (!e.meets(w, high, limit, ttft, tpot)) {
      for (int i = 0; i < 60 && high - low > 1e-7 * high; i++) {
        double mid = (low + high) / 2;
        if (e.meets(w, mid, limit, ttft, tpot)) {
          low = mid;
        } else {
          high = mid;
        }
      }
      high = low;
    }
    double t = e.steadyIteration(w, high, limit);
    return e.continuous(w, high, t, limit, p,
        traffic.withRequestsPerSecond(high * deployment.replicas()).meanRequest());
  }

  //-----------------------------------------------------------------------
  private Engine engine(Deployment d) {
    return new Engine(d);
  }

  private static void checkPercentile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("Percentile must be in (0, 1): " + p);
    }
  }

  /**
   * Checks that a mean request, prompt and output together, fits the model's context window.
   */
  private static Workload withinWindow(Deployment deployment, Workload w) {
    deployment.model().checkContext((long) Math.ceil(w.input + w.output));
    return w;
  }

  /** Token counts of a workload's mean request, in doubles, with the percentile prompt. */
  private static final class Workload {
    final double input;
    final double newTokens;
    final double cached;
    final double output;
    final double hitRate;
    final double percentile;
    final double percentileNew;
    final double percentileCached;
    /** Prefill chunks (passes) of the mean prompt, at least 1. */
    double chunks = 1;
    /** Prefill chunks of the percentile prompt, at least 1. */
    double percentileChunks = 1;

    private Workload(double input, double hitRate, double output, double percentile,
        double percentileInput) {
      if (!(output >= 1)) {
        throw new IllegalArgumentException("Mean output length must be at least 1 token: "
            + output);
      }
      this.input = input;
      this.hitRate = hitRate;
      this.output = output;
      this.percentile = percentile;
      this.newTokens = computed(input, hitRate);
      this.cached = input - newTokens;
      this.percentileNew = computed(percentileInput, hitRate);
      this.percentileCached = percentileInput - percentileNew;
    }

    static Workload of(Request r) {
      Objects.requireNonNull(r, "request");
      double input = r.inputTokens().count();
      double hit = input == 0 ? 0 : r.cachedInputTokens().count() / input;
      return new Workload(input, hit, r.outputTokens().count(), DEFAULT_PERCENTILE, input);
    }

    static Workload of(TrafficProfile t, double percentile) {
      LengthDistribution in = t.inputLength();
      return new Workload(in.mean(), t.cacheHitRate(), t.outputLength().mean(), percentile,
          in.percentile(percentile));
    }

    /** Splits the prompts into chunks of at most {@code budget} tokens. */
    Workload chunked(double budget) {
      chunks = Math.max(1, Math.ceil(newTokens / budget));
      percentileChunks = Math.max(1, Math.ceil(percentileNew / budget));
      return this;
    }

    /** Prompt tokens computed: the uncached ones, at least one of a non-empty prompt. */
    private static double computed(double input, double hitRate) {
      return Math.max(input * (1 - hitRate), Math.min(input, 1));
    }

    /** Mean context of a decoding sequence. */
    double decodeContext() {
      return input + (output - 1) / 2;
    }

    /** Mean context a sequence in flight holds, for the memory limit. */
    long memoryContext() {
      return Math.max(1, (long) Math.ceil(input + output / 2));
    }
  }

  /** One iteration: the target pass of one micro-batch, plus draft steps. */
  private static final class Iteration {
    final Roofline.Pass pass;
    final double draftSeconds;
    final double seconds;

    Iteration(Roofline.Pass pass, double draftSeconds) {
      this.pass = pass;
      this.draftSeconds = draftSeconds;
      this.seconds = pass.seconds + draftSeconds;
    }
  }

  /**
   * The mean iteration of a steady state in which a fractional number of prefill chunks falls
   * in each iteration: prompts are whole, so iterations hold the nearest whole numbers below and
   * above, in the proportions that give the mean.
   */
  private static final class Mix {
    /** Mean iteration time. */
    double seconds;
    /** Iteration time weighted by the decoding sequences each holds: what a sequence sees. */
    double decodeSeconds;
    /** Mean time of the same iterations without their prefill chunks. */
    double prefillFreeSeconds;
    /** Prefill chunks per iteration. */
    double units;
    /** The pass of the first iteration without its prefill chunks, if one was made. */
    Roofline.@Nullable Pass decodeOnly;
  }

  /** The model bound to one deployment. */
  private final class Engine {
    final Deployment d;
    final Roofline roofline;
    final int pp;
    final int queryTokens;
    final double tokensPerIteration;
    final double draftSteps;
    final double chunkBudget;
    /** The pass {@link #iterationSeconds} reuses: an engine serves one call on one thread. */
    private final Roofline.Pass scratch = new Roofline.Pass();

    Engine(Deployment d) {
      this.d = d;
      this.roofline = Roofline.of(d, calibration.efficiencyFor(d), sparsity);
      this.pp = d.pipelineParallel();
      SpeculativeDecoding s = speculative;
      this.queryTokens = s == null ? 1 : s.draftTokens() + 1;
      this.tokensPerIteration = s == null ? 1 : s.expectedTokensPerPass();
      this.draftSteps = s == null ? 0 : s.draftTokens() * s.draftCostRatio();
      this.chunkBudget = memory.assumptions().prefillChunkTokens();
    }

    Workload workload(Request r) {
      return Workload.of(r).chunked(chunkBudget);
    }

    Workload workload(TrafficProfile t, double percentile) {
      return Workload.of(t, percentile).chunked(chunkBudget);
    }

    /**
     * One iteration of a replica: decoding sequences at a context plus prompts, run as up to
     * {@code pp} micro-batches, and a second group of prompts (the request whose first token is
     * timed) placed whole in the micro-batch whose traversal is returned.
     */
    Iteration iteration(double decoding, double context, double requests, double newTokens,
        double cached, double requests2, double newTokens2, double cached2) {
      double m = microBatches(decoding, requests);
      Roofline.Pass pass = roofline.pass(decoding / m, queryTokens, context, requests / m,
          newTokens, cached, requests2, newTokens2, cached2);
      return new Iteration(pass, draftSeconds(decoding, m, context));
    }

    /**
     * The time of {@link #iteration(double, double, double, Workload)}, its pass made over the
     * engine's scratch pass and not kept: the steady-state solver asks only for times.
     */
    double iterationSeconds(double decoding, double context, double requests, Workload w) {
      double m = microBatches(decoding, requests);
      Roofline.Pass pass = roofline.pass(scratch, decoding / m, queryTokens, context,
          requests / m, w.newTokens, w.cached, 0, 0, 0);
      return pass.seconds + draftSeconds(decoding, m, context);
    }

    private double microBatches(double decoding, double requests) {
      return pp == 1 ? 1 : Math.max(1, Math.min(pp, decoding + requests));
    }

    private double draftSeconds(double decoding, double m, double context) {
      return draftSteps == 0 || decoding == 0 ? 0
          : draftSteps * roofline.decode(decoding / m, 1, context).seconds;
    }

    Iteration iteration(double decoding, double context, double requests, Workload w) {
      return iteration(decoding, context, requests, w.newTokens, w.cached, 0, 0, 0);
    }

    /**
     * The mean iteration with {@code units} prefill chunks per iteration. In a closed loop
     * ({@code inFlight} given) a sequence in prefill is not decoding, so an iteration with
     * {@code k} chunks decodes {@code inFlight - k} sequences; in an open loop ({@code inFlight}
     * NaN) every iteration decodes {@code decoding}.
     */
    Mix mix(double units, double inFlight, double decoding, double context, Workload w) {
      double lo = Math.floor(units);
      double f = units - lo;
      boolean closed = !Double.isNaN(inFlight);
      double dLo = closed ? Math.max(0, inFlight - lo) : decoding;
      double dHi = closed ? Math.max(0, inFlight - lo - 1) : decoding;
      Iteration a = iteration(dLo, context, lo / w.chunks, w);
      Mix mix = new Mix();
      mix.units = units;
      double freeA;
      if (lo == 0) {
        freeA = a.seconds;
        mix.decodeOnly = a.pass;
      } else if (dLo == 0) {
        freeA = 0;
      } else {
        Iteration free = iteration(dLo, context, 0, w);
        freeA = free.seconds;
        mix.decodeOnly = free.pass;
      }
      if (f == 0) {
        mix.seconds = a.seconds;
        mix.decodeSeconds = a.seconds;
        mix.prefillFreeSeconds = freeA;
        return mix;
      }
      Iteration b = iteration(dHi, context, (lo + 1) / w.chunks, w);
      double freeB = dHi == 0 ? 0 : dHi == dLo ? freeA : iteration(dHi, context, 0, w).seconds;
      mix.seconds = mean(f, a.seconds, b.seconds);
      double weight = (1 - f) * dLo + f * dHi;
      mix.decodeSeconds = weight > 0
          ? ((1 - f) * dLo * a.seconds + f * dHi * b.seconds) / weight : mix.seconds;
      mix.prefillFreeSeconds = (1 - f) * freeA + f * freeB;
      return mix;
    }

    OptionalLong computeBoundBatch(long context) {
      if (!computeBound(Integer.MAX_VALUE, context)) {
        return OptionalLong.empty();
      }
      long low = 0;
      long high = Integer.MAX_VALUE;
      while (high - low > 1) {
        long mid = (low + high) >>> 1;
        if (computeBound(mid, context)) {
          high = mid;
        } else {
          low = mid;
        }
      }
      return OptionalLong.of(high);
    }

    private boolean computeBound(long batch, long context) {
      Roofline.Pass p = roofline.decode(batch, 1, context);
      return p.computeSeconds >= p.memorySeconds;
    }

    long continuousLimit(Workload w) {
      return limit(w.memoryContext());
    }

    long limit(long context) {
      long limit = memory.maxConcurrentSequences(d, context);
      if (limit <= 0) {
        throw new IllegalArgumentException("Deployment cannot hold one sequence of " + context
            + " tokens in memory: " + d);
      }
      return limit;
    }

    double decodeIterationsPerRequest(Workload w) {
      return (w.output - 1) / tokensPerIteration;
    }

    /** Iterations a request is in flight: its prefill chunks and its decode iterations. */
    double iterationsPerRequest(Workload w) {
      return decodeIterationsPerRequest(w) + w.chunks;
    }

    /** Requests per second per replica with {@code inFlight} sequences replaced as they end. */
    double closedLoopRate(Workload w, double inFlight) {
      double requests = inFlight / iterationsPerRequest(w);
      return requests / mix(requests * w.chunks, inFlight, Double.NaN, w.decodeContext(), w)
          .seconds;
    }

    /** The open-loop mean iteration at a rate per replica and an iteration time. */
    Mix open(Workload w, double rate, double t) {
      return mix(rate * t * w.chunks, Double.NaN, rate * t * decodeIterationsPerRequest(w),
          w.decodeContext(), w);
    }

    /**
     * The mean iteration time of {@link #open}, {@code open(w, rate, t).seconds}, without the
     * decode-only iterations and the objects {@link #mix} makes for the other figures.
     */
    double openSeconds(Workload w, double rate, double t) {
      double units = rate * t * w.chunks;
      double decoding = rate * t * decodeIterationsPerRequest(w);
      double context = w.decodeContext();
      double lo = Math.floor(units);
      double f = units - lo;
      double a = iterationSeconds(decoding, context, lo / w.chunks, w);
      double seconds = f == 0 ? a
          : mean(f, a, iterationSeconds(decoding, context, (lo + 1) / w.chunks, w));
      assert Double.compare(seconds, open(w, rate, t).seconds) == 0
          : "inference-econ bug: openSeconds differs from open";
      return seconds;
    }

    /** The mean of two iteration times in the proportions {@code 1 - f} and {@code f}. */
    private double mean(double f, double a, double b) {
      return (1 - f) * a + f * b;
    }

    /**
     * The steady-state iteration time at a request rate per replica: the smallest root of
     * {@code t = iteration(t)}, or NaN if the traffic exceeds the memory limit or the compute.
     */
    double steadyIteration(Workload w, double rate, long limit) {
      double perRequest = iterationsPerRequest(w);
      // the iteration time exceeds t for small t and, being convex in t (piecewise linear
      // in the tokens of the iteration), stays at or below t from the root on
      double low = 0;
      double high = 1e-7;
      double fLow = Double.NaN;
      double fHigh;
      while ((fHigh = openSeconds(w, rate, high) - high) > 0) {
        if (rate * high * perRequest > limit || high > 1e7) {
          return Double.NaN;
        }
        low = high;
        fLow = fHigh;
        high *= 2;
      }
      if (Double.isNaN(fLow)) {
        return rate * high * perRequest > limit ? Double.NaN : high;
      }
      // Illinois regula falsi, keeping f(low) > 0 >= f(high)
      int side = 0;
      for (int i = 0; i < 100 && high - low > 1e-13 * high; i++) {
        double t = (low * fHigh - high * fLow) / (fHigh - fLow);
        if (!(t > low && t < high)) {
          t = (low + high) / 2;
        }
        double f = openSeconds(w, rate, t) - t;
        if (f > 0) {
          low = t;
          fLow = f;
          if (side == 1) {
            fHigh /= 2;
          }
          side = 1;
        } else {
          high = t;
          fHigh = f;
          if (side == -1) {
            fLow /= 2;
          }
          side = -1;
          if (-f <= 1e-13 * t) {
            break;
          }
        }
      }
      return rate * high * perRequest > limit ? Double.NaN : high;
    }

    boolean meets(Workload w, double rate, long limit, double ttft, double tpot) {
      double t = steadyIteration(w, rate, limit);
      if (Double.isNaN(t)) {
        return false;
      }
      Latency l = latency(w, rate, t, w.percentile);
      return l.ttftAtPercentile <= ttft && t / tokensPerIteration <= tpot;
    }

    /**
     * Mean and percentile time to first token in steady state: the wait for the next iteration,
     * then the iterations that prefill the prompt's chunks, one chunk each.
     */
    Latency latency(Workload w, double rate, double t, double percentile) {
      double decoding = rate * t * decodeIterationsPerRequest(w);
      double context = w.decodeContext();
      double requests = rate * t;
      double mean = 0.5 * t + w.chunks * iteration(decoding, context, requests, w.newTokens,
          w.cached, 1 / w.chunks, w.newTokens, w.cached).seconds;
      double atPercentile = percentile * t + w.percentileChunks * iteration(decoding, context,
          requests, w.newTokens, w.cached, 1 / w.percentileChunks, w.percentileNew,
          w.percentileCached).seconds;
      return new Latency(mean, atPercentile);
    }

    /** An open-loop (Poisson arrivals) estimate at a rate per replica and iteration time t. */
    ServingEstimate continuous(Workload w, double rate, double t, long limit,
        double percentile, Request request) {
      Mix mix = open(w, rate, t);
      Latency l = latency(w, rate, t, percentile);
      double decoding = rate * t * decodeIterationsPerRequest(w);
      return finish(Batching.CONTINUOUS, request, rate * t * iterationsPerRequest(w), limit,
          false, rate * w.output, rate, l.ttftMean, t / tokensPerIteration, percentile,
          l.ttftAtPercentile, t, bounds(w, decoding, mix), share(mix), w.memoryContext(),
          w.output);
    }

    ServingEstimate closedLoop(Workload w, long concurrency, long limit, Request request) {
      long inFlight = Math.min(concurrency, limit);
      double requests = inFlight / iterationsPerRequest(w);
      double units = requests * w.chunks;
      double context = w.decodeContext();
      Mix mix = mix(units, inFlight, Double.NaN, context, w);
      double rate = requests / mix.seconds;
      // the iteration holding the timed prompt's chunk: the other chunks and the sequences
      // still decoding beside them
      double others = Math.max(units - 1, 0);
      double decoding = Math.max(0, inFlight - Math.max(units, 1));
      double ttft = w.chunks * iteration(decoding, context, others / w.chunks, w.newTokens,
          w.cached, 1 / w.chunks, w.newTokens, w.cached).seconds;
      double ttftP = w.percentileNew == w.newTokens && w.percentileCached == w.cached ? ttft
          : w.percentileChunks * iteration(decoding, context, others / w.chunks, w.newTokens,
              w.cached, 1 / w.percentileChunks, w.percentileNew, w.percentileCached).seconds;
      double tpot = mix.decodeSeconds / tokensPerIteration;
      return finish(Batching.CONTINUOUS, request, inFlight, limit, concurrency >= limit,
          rate * w.output, rate, ttft, tpot, w.percentile, ttftP, mix.seconds,
          bounds(w, inFlight - units, mix), share(mix), w.memoryContext(), w.output);
    }

    /** The bounds of a prompt's prefill alone and of the decode-only iteration. */
    private Bound[] bounds(Workload w, double decoding, Mix mix) {
      Roofline.Pass decode = mix.decodeOnly != null && decoding >= 1 ? mix.decodeOnly
          : roofline.decode(Math.max(decoding, 1), queryTokens, w.decodeContext());
      return new Bound[] {roofline.prefill(1, w.newTokens, w.cached).bound(), decode.bound()};
    }

    private double share(Mix mix) {
      return Math.min(1, Math.max(0, (mix.seconds - mix.prefillFreeSeconds) / mix.seconds));
    }

    ServingEstimate staticBatch(Workload w, double paddedInput, double longestOutput,
        int batch, Request request) {
      long finalContext = Math.max(1, (long) Math.ceil(paddedInput + longestOutput));
      long limit = limit(finalContext);
      if (batch > limit) {
        throw new IllegalArgumentException("Static batch of " + batch + " sequences of "
            + finalContext + " tokens does not fit in memory: at most " + limit);
      }
      double newTokens = Workload.computed(paddedInput, w.hitRate);
      double cached = paddedInput - newTokens;
      double m = Math.min(pp, batch);
      Roofline.Pass prefillPass = roofline.prefill(batch / m, newTokens, cached);
      double prefill = prefillPass.seconds * (m + pp - 1) / pp;
      double steps = longestOutput - 1;
      double meanStep;
      if (steps > 0) {
        double sum = 0;
        double h = steps / SIMPSON_INTERVALS;
        for (int i = 0; i <= SIMPSON_INTERVALS; i++) {
          double weight = i == 0 || i == SIMPSON_INTERVALS ? 1 : (i % 2 == 1 ? 4 : 2);
          sum += weight * iteration(batch, paddedInput + i * h, 0, w).seconds;
        }
        meanStep = sum / (3.0 * SIMPSON_INTERVALS);
      } else {
        meanStep = iteration(batch, paddedInput, 0, w).seconds;
      }
      double decode = Math.max(steps, 0) / tokensPerIteration * meanStep;
      double total = prefill + decode;
      double tpot = meanStep / tokensPerIteration;
      double rate = batch / total;
      return finish(Batching.STATIC, request, batch, limit, batch == limit,
          rate * w.output, rate, prefill, tpot, DEFAULT_PERCENTILE, prefill, meanStep,
          new Bound[] {prefillPass.bound(),
              roofline.decode(batch / m, queryTokens, paddedInput + steps / 2).bound()},
          prefill / total, finalContext, w.output);
    }

    private ServingEstimate finish(Batching batching, Request request, double inFlight,
        long limit, boolean memoryLimited, double perReplica, double ratePerReplica, double ttft,
        double tpot, double percentile, double ttftAtPercentile, double iteration,
        Bound[] bounds, double prefillShare, long memoryContext, double output) {
      DeploymentMemory used = memory.estimate(d, memoryContext,
          Math.min(limit, (long) Math.ceil(inFlight)));
      int replicas = d.replicas();
      return ServingEstimate.builder()
          .deployment(used.deployment())
          .batching(batching)
          .request(request)
          .concurrency(inFlight)
          .memoryLimit(limit)
          .memoryLimited(memoryLimited)
          .outputThroughput(TokenRate.of(perReplica * replicas))
          .outputThroughputPerReplica(TokenRate.of(perReplica))
          .outputThroughputPerDevice(TokenRate.of(perReplica / d.devicesPerReplica()))
          .requestsPerSecond(ratePerReplica * replicas)
          .timeToFirstToken(Durations.ofSeconds(ttft))
          .timePerOutputToken(Durations.ofSeconds(tpot))
          .percentile(percentile)
          .timeToFirstTokenAtPercentile(Durations.ofSeconds(ttftAtPercentile))
          .timePerOutputTokenAtPercentile(Durations.ofSeconds(tpot))
          .endToEndLatency(Durations.ofSeconds(ttft + (output - 1) * tpot))
          .iterationTime(Durations.ofSeconds(iteration))
          .tokensPerIteration(tokensPerIteration)
          .prefillBound(bounds[0])
          .decodeBound(bounds[1])
          .prefillShare(prefillShare)
          .memoryPerDevice(used.used())
          .kvCachePerDevice(used.kvCache())
          .predictionInterval(calibration.intervalFor(d))
          .build();
    }
  }

  /** Mean and percentile time to first token, in seconds. */
  private static final class Latency {
    final double ttftMean;
    final double ttftAtPercentile;

    Latency(double mean, double atPercentile) {
      this.ttftMean = mean;
      this.ttftAtPercentile = atPercentile;
    }
  }

  /**
   * Returns the text form, such as {@code PerformanceModel[compute 0.41, ...; dense attention]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "PerformanceModel[" + calibration + "; " + (speculative == null
        ? "no speculative decoding" : "speculative " + speculative) + "; attention " + sparsity
        + "]";
  }
}
