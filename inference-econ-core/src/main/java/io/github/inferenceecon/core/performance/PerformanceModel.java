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
 * (see {@link PassBreakdown}), {@code max(linear FLOPs / achieved FLOP/s, weight bytes / achieved
 * bytes/s) + max(attention FLOPs / achieved FLOP/s, KV bytes / achieved bytes/s) + interconnect
 * + overhead}:
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
 *   <li>the compute format is that of the activations ({@link
 *       io.github.inferenceecon.core.format.Precision#computeFormat()}), so FP8 activations
 *       run at the FP8 peak; the achieved rates are the peaks times the
 *       {@link Efficiency} factors.
 * </ul>
 *
 * <h2>Serving</h2>
 * With continuous batching a replica runs iterations; each advances every decoding sequence by
 * one token (more with {@link SpeculativeDecoding}) and prefills the prompts that arrived, in the
 * same pass (chunked prefill). In steady state at {@code lambda} requests per second per replica,
 * an iteration of {@code t} seconds holds {@code lambda t (out - 1)/E} decoding sequences at the
 * mean context {@code in + (out - 1)/2} and {@code lambda t} prompts, and {@code t} is the
 * smallest solution of {@code t = iteration(t)}, found by bracketing and bisection. Traffic
 * whose sequences would exceed the memory limit, or whose work exceeds the iteration, throws
 * {@link CapacityExceededException}. The memory limit on concurrent sequences comes from
 * {@link MemoryEstimator#maxConcurrentSequences} at the mean context. Static batching runs a
 * batch's prefill, then its decode steps with the context growing (averaged by Simpson's rule
 * over 16 intervals), until its longest output is done.
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

  private final Efficiency efficiency;
  private final MemoryEstimator memory;
  private final @Nullable SpeculativeDecoding speculative;
  private final AttentionSparsity sparsity;

  private PerformanceModel(Efficiency efficiency, MemoryEstimator memory,
      @Nullable SpeculativeDecoding speculative, AttentionSparsity sparsity) {
    this.efficiency = efficiency;
    this.memory = memory;
    this.speculative = speculative;
    this.sparsity = sparsity;
  }

  /**
   * Obtains a model with the default efficiencies and memory assumptions, no speculative
   * decoding and dense attention.
   *
   * @return the model, not null
   */
  public static PerformanceModel defaults() {
    return of(Efficiency.defaults(), MemoryEstimator.defaults());
  }

  /**
   * Obtains a model with the given efficiencies and memory estimator, no speculative decoding and
   * dense attention.
   *
   * @param efficiency the efficiencies, not null
   * @param memory the memory estimator, which sets the memory limit on sequences, not null
   * @return the model, not null
   */
  public static PerformanceModel of(Efficiency efficiency, MemoryEstimator memory) {
    return new PerformanceModel(Objects.requireNonNull(efficiency, "efficiency"),
        Objects.requireNonNull(memory, "memory"), null, AttentionSparsity.none());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the efficiencies of this model.
   *
   * @return the efficiencies, not null
   */
  public Efficiency efficiency() {
    return efficiency;
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
   * Returns a copy of this model with other efficiencies.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param efficiency the efficiencies, not null
   * @return the new instance, not null
   */
  public PerformanceModel withEfficiency(Efficiency efficiency) {
    return new PerformanceModel(Objects.requireNonNull(efficiency, "efficiency"), memory,
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
    return new PerformanceModel(efficiency, memory,
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
    return new PerformanceModel(efficiency, memory, null, sparsity);
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
    return new PerformanceModel(efficiency, memory, speculative,
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
    Workload w = withinWindow(deployment, Workload.of(traffic, percentile));
    long limit = e.continuousLimit(w);
    double perReplica = traffic.requestsPerSecond() / deployment.replicas();
    double t = e.steadyIteration(w, perReplica, limit);
    if (Double.isNaN(t)) {
      throw new CapacityExceededException(traffic.requestsPerSecond(),
          e.closedLoopRate(w, limit) * deployment.replicas());
    }
    return e.continuous(w, perReplica, t, limit, false, percentile, traffic.meanRequest(),
        true);
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
    Workload w = withinWindow(deployment, Workload.of(meanRequest));
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
    Workload w = withinWindow(deployment, Workload.of(request));
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
    Workload w = withinWindow(deployment, Workload.of(request));
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
    Workload w = withinWindow(deployment, Workload.of(traffic, DEFAULT_PERCENTILE));
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
    Workload w = withinWindow(deployment, Workload.of(traffic, p));
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
      for (int i = 0; i < 60 && high - low > 1e-9 * high; i++) {
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
    return e.continuous(w, high, t, limit, false, p,
        traffic.withRequestsPerSecond(high * deployment.replicas()).meanRequest(), true);
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

  /** The model bound to one deployment. */
  private final class Engine {
    final Deployment d;
    final Roofline roofline;
    final int pp;
    final int queryTokens;
    final double tokensPerIteration;
    final double draftSteps;

    Engine(Deployment d) {
      this.d = d;
      this.roofline = Roofline.of(d, efficiency, sparsity);
      this.pp = d.pipelineParallel();
      SpeculativeDecoding s = speculative;
      this.queryTokens = s == null ? 1 : s.draftTokens() + 1;
      this.tokensPerIteration = s == null ? 1 : s.expectedTokensPerPass();
      this.draftSteps = s == null ? 0 : s.draftTokens() * s.draftCostRatio();
    }

    /**
     * One iteration of a replica: decoding sequences at a context plus prompts, run as up to
     * {@code pp} micro-batches, and a second group of prompts (the request whose first token is
     * timed) placed whole in the micro-batch whose traversal is returned.
     */
    Iteration iteration(double decoding, double context, double requests, double newTokens,
        double cached, double requests2, double newTokens2, double cached2) {
      double m = pp == 1 ? 1 : Math.max(1, Math.min(pp, decoding + requests));
      Roofline.Pass pass = roofline.pass(decoding / m, queryTokens, context, requests / m,
          newTokens, cached, requests2, newTokens2, cached2);
      double draft = draftSteps == 0 || decoding == 0 ? 0
          : draftSteps * roofline.decode(decoding / m, 1, context).seconds;
      return new Iteration(pass, draft);
    }

    Iteration iteration(double decoding, double context, double requests, Workload w) {
      return iteration(decoding, context, requests, w.newTokens, w.cached, 0, 0, 0);
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

    /** Requests per second per replica with {@code inFlight} sequences replaced as they end. */
    double closedLoopRate(Workload w, double inFlight) {
      double dIter = decodeIterationsPerRequest(w);
      double requests = inFlight / (dIter + 1);
      Iteration it = iteration(inFlight - requests, w.decodeContext(), requests, w);
      return requests / it.seconds;
    }

    /**
     * The steady-state iteration time at a request rate per replica: the smallest root of
     * {@code t = iteration(t)}, or NaN if the traffic exceeds the memory limit or the compute.
     */
    double steadyIteration(Workload w, double rate, long limit) {
      double dIter = decodeIterationsPerRequest(w);
      double context = w.decodeContext();
      double low = 0;
      double high = 1e-7;
      while (excess(w, rate, dIter, context, high) > 0) {
        if (rate * high * (dIter + 1) > limit || high > 1e7) {
          return Double.NaN;
        }
        low = high;
        high *= 1.25;
      }
      for (int i = 0; i < 100 && high - low > 1e-13 * high; i++) {
        double mid = (low + high) / 2;
        if (excess(w, rate, dIter, context, mid) > 0) {
          low = mid;
        } else {
          high = mid;
        }
      }
      return rate * high * (dIter + 1) > limit ? Double.NaN : high;
    }

    private double excess(Workload w, double rate, double dIter, double context, double t) {
      return iteration(rate * t * dIter, context, rate * t, w).seconds - t;
    }

    boolean meets(Workload w, double rate, long limit, double ttft, double tpot) {
      double t = steadyIteration(w, rate, limit);
      if (Double.isNaN(t)) {
        return false;
      }
      Latency l = latency(w, rate, t, w.percentile);
      return l.ttftAtPercentile <= ttft && t / tokensPerIteration <= tpot;
    }

    /** Mean and percentile time to first token in steady state. */
    Latency latency(Workload w, double rate, double t, double percentile) {
      double decoding = rate * t * decodeIterationsPerRequest(w);
      double context = w.decodeContext();
      double requests = rate * t;
      double mean = 0.5 * t + iteration(decoding, context, requests, w.newTokens, w.cached, 1,
          w.newTokens, w.cached).seconds;
      double atPercentile = percentile * t + iteration(decoding, context, requests, w.newTokens,
          w.cached, 1, w.percentileNew, w.percentileCached).seconds;
      return new Latency(mean, atPercentile);
    }

    /** A continuous-batching estimate at a rate per replica with iteration time t. */
    ServingEstimate continuous(Workload w, double rate, double t, long limit,
        boolean memoryLimited, double percentile, Request request, boolean poisson) {
      double dIter = decodeIterationsPerRequest(w);
      return continuous(w, rate, t, limit, memoryLimited, percentile, request, poisson,
          rate * t * (dIter + 1));
    }

    ServingEstimate continuous(Workload w, double rate, double t, long limit,
        boolean memoryLimited, double percentile, Request request, boolean poisson,
        double inFlight) {
      double dIter = decodeIterationsPerRequest(w);
      double decoding = rate * t * dIter;
      double requests = rate * t;
      double context = w.decodeContext();
      double ttft;
      double ttftP;
      if (poisson) {
        Latency l = latency(w, rate, t, percentile);
        ttft = l.ttftMean;
        ttftP = l.ttftAtPercentile;
      } else {
        double others = Math.max(requests - 1, 0);
        ttft = iteration(decoding, context, others, w.newTokens, w.cached, 1, w.newTokens,
            w.cached).seconds;
        ttftP = iteration(decoding, context, others, w.newTokens, w.cached, 1, w.percentileNew,
            w.percentileCached).seconds;
      }
      double tpot = t / tokensPerIteration;
      double decodeOnly = decoding > 0 ? iteration(decoding, context, 0, w).seconds : 0;
      double prefillShare = Math.min(1, Math.max(0, (t - decodeOnly) / t));
      Bound prefillBound = roofline.prefill(1, w.newTokens, w.cached).bound();
      Bound decodeBound = roofline.decode(Math.max(decoding, 1), queryTokens, context).bound();
      double perReplica = rate * w.output;
      return finish(Batching.CONTINUOUS, request, inFlight, limit, memoryLimited, perReplica,
          rate, ttft, tpot, percentile, ttftP, ttft + (w.output - 1) * tpot, t, prefillBound,
          decodeBound, prefillShare, w.memoryContext());
    }

    ServingEstimate closedLoop(Workload w, long concurrency, long limit, Request request) {
      long inFlight = Math.min(concurrency, limit);
      double dIter = decodeIterationsPerRequest(w);
      double requests = inFlight / (dIter + 1);
      Iteration it = iteration(inFlight - requests, w.decodeContext(), requests, w);
      double rate = requests / it.seconds;
      return continuous(w, rate, it.seconds, limit, concurrency >= limit, w.percentile,
          request, false, inFlight);
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
          rate * w.output, rate, prefill, tpot, DEFAULT_PERCENTILE, prefill,
          prefill + (w.output - 1) * tpot, meanStep, prefillPass.bound(),
          roofline.decode(batch / m, queryTokens, paddedInput + steps / 2).bound(),
          prefill / total, finalContext);
    }

    private ServingEstimate finish(Batching batching, Request request, double inFlight,
        long limit, boolean memoryLimited, double perReplica, double ratePerReplica, double ttft,
        double tpot, double percentile, double ttftAtPercentile, double endToEnd,
        double iteration, Bound prefillBound, Bound decodeBound, double prefillShare,
        long memoryContext) {
      DeploymentMemory used = memory.estimate(d, memoryContext,
          Math.min(limit, (long) Math.ceil(inFlight)));
      int replicas = d.replicas();
      return ServingEstimate.builder()
          .deployment(d.toString())
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
          .endToEndLatency(Durations.ofSeconds(endToEnd))
          .iterationTime(Durations.ofSeconds(iteration))
          .tokensPerIteration(tokensPerIteration)
          .prefillBound(prefillBound)
          .decodeBound(decodeBound)
          .prefillShare(prefillShare)
          .memoryPerDevice(used.used())
          .kvCachePerDevice(used.kvCache())
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
    return "PerformanceModel[" + efficiency + "; " + (speculative == null
        ? "no speculative decoding" : "speculative " + speculative) + "; attention " + sparsity
        + "]";
  }
}
