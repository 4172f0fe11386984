/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.architecture.MixtureOfExperts;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.architecture.ParameterCount;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.ByteSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Estimates what a deployment needs in memory and whether a load fits: weights split by the
 * parallel layout, KV cache split across tensor-parallel heads, the activation peak of a
 * prefill chunk, and the runtime overhead, against the engine's share of device memory.
 *
 * <p>Per device of the largest pipeline stage:
 * <ul>
 *   <li>weights: the stage's layers (the first stage also holds the embedding table, the last
 *       the output head and final norm), divided by the tensor-parallel degree and rounded up;
 *       with attention data parallelism ({@link Deployment#isAttentionDataParallel()}) only the
 *       routed experts are divided and every other weight is held whole by each device;
 *   <li>KV cache: {@link KvCache#perSequencePerDevice} for each sequence, with paged blocks;
 *       with attention data parallelism each device caches every KV head of its own
 *       {@code 1/tp} of the sequences;
 *   <li>activations: measured if given, otherwise estimated as the live tensors of one layer
 *       processing a prefill chunk of {@code T} tokens, in the activation format:
 *       {@code T x (2h + (n + 2k)d/tp + nd/tp + 3i/tp)} elements (residual and normed input,
 *       q/k/v, attention output, gate/up and their product), where for a mixture of experts
 *       {@code i} is the larger of the dense intermediate size and the per-token expert width
 *       ({@code expertsPerToken x ie + shared x is}); plus the FP32 logits of the sampled
 *       sequences ({@code sequences x vocabulary x 4} bytes). This counts live tensors only; an
 *       engine's profiled peak also holds allocator slack and kernel workspaces, so give the
 *       measured peak when it is known;
 *   <li>overhead: {@link MemoryAssumptions#nonTorchOverhead()}.
 * </ul>
 *
 * <pre>{@code
 * MemoryEstimator memory = MemoryEstimator.defaults();
 * DeploymentMemory m = memory.estimate(deployment, 8192, 32);
 * m.fits();
 * memory.maxConcurrentSequences(deployment, 8192);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MemoryEstimator {

  /** The most devices {@link #minimumDeployment} tries. */
  public static final int MAX_DEVICES = 256;

  /**
   * The tokens per sequence a model's memory is sized for when no context is given, 8,192
   * ({@link #defaultContext(ModelArchitecture)}).
   */
  public static final int DEFAULT_CONTEXT_TOKENS = 8_192;

  private final MemoryAssumptions assumptions;

  private MemoryEstimator(MemoryAssumptions assumptions) {
    this.assumptions = assumptions;
  }

  /**
   * Obtains an estimator with the given assumptions.
   *
   * @param assumptions the runtime assumptions, not null
   * @return the estimator, not null
   */
  public static MemoryEstimator of(MemoryAssumptions assumptions) {
    return new MemoryEstimator(Objects.requireNonNull(assumptions, "assumptions"));
  }

  /**
   * Obtains an estimator with the default assumptions.
   *
   * @return the estimator, not null
   */
  public static MemoryEstimator defaults() {
    return of(MemoryAssumptions.defaults());
  }

  /**
   * Returns the tokens per sequence to size a model's memory for when no context is given:
   * {@link #DEFAULT_CONTEXT_TOKENS}, or the model's context window if it is shorter, so that the
   * default is always a context the model takes.
   *
   * <pre>{@code
   * MemoryEstimator.defaultContext(KnownArchitectures.get("llama-3.1-70b"));  // 8192
   * MemoryEstimator.defaultContext(KnownArchitectures.get("llama-2-7b"));     // 4096
   * }</pre>
   *
   * @param model the model, not null
   * @return the tokens per sequence, positive
   */
  public static int defaultContext(ModelArchitecture model) {
    Objects.requireNonNull(model, "model");
    return Math.min(DEFAULT_CONTEXT_TOKENS, model.contextLength());
  }

  /**
   * Returns the assumptions of this estimator.
   *
   * @return the assumptions, not null
   */
  public MemoryAssumptions assumptions() {
    return assumptions;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the weights one device of the largest pipeline stage holds.
   *
   * @param deployment the deployment, not null
   * @return the size, not null
   */
  public ByteSize weightsPerDevice(Deployment deployment) {
    Objects.requireNonNull(deployment, "deployment");
    ByteSize largest = ByteSize.ZERO;
    for (int s = 0; s < deployment.pipelineParallel(); s++) {
      largest = largest.max(stageWeightsPerDevice(deployment, s));
    }
    return largest;
  }

  /**
   * Returns the activation peak of one forward pass on one device: the measured figure if the
   * assumptions give one, otherwise the estimate described in the class documentation.
   *
   * @param deployment the deployment, not null
   * @return the size, not null
   */
  public ByteSize activationsPerDevice(Deployment deployment) {
    Objects.requireNonNull(deployment, "deployment");
    return assumptions.measuredActivationPeak().orElseGet(() -> estimateActivations(deployment));
  }

  /**
   * Estimates where the memory of one device goes for a load of concurrent sequences of a
   * context length per replica.
   *
   * @param deployment the deployment, not null
   * @param contextTokens the tokens per sequence, not negative
   * @param sequences the concurrent sequences per replica, not negative
   * @return the breakdown, not null
   * @throws ContextWindowExceededException if the context is longer than the model's window
   * @throws IllegalArgumentException if a count is negative
   * @throws ArithmeticException if the sequences or tokens the KV cache room holds overflow a
   *     {@code long} (a device memory of exabytes for a model of a few bytes per token)
   */
  public DeploymentMemory estimate(Deployment deployment, long contextTokens, long sequences) {
    Objects.requireNonNull(deployment, "deployment");
    Checks.notNegative(contextTokens, "Context length");
    Checks.notNegative(sequences, "Sequence count");
    deployment.model().checkContext(contextTokens);
    ByteSize device = deviceMemory(deployment.accelerator());
    StageSummary stages = stages(deployment, budget(device), contextTokens, sequences);
    return DeploymentMemory.builder()
        .deployment(deployment.toString())
        .contextTokens(contextTokens)
        .sequences(sequences)
        .deviceMemory(device)
        .memoryUtilization(assumptions.memoryUtilization())
        .budget(stages.budget)
        .weights(stages.weights)
        .activations(stages.activations)
        .activationsMeasured(assumptions.measuredActivationPeak().isPresent())
        .overhead(stages.overhead)
        .kvCache(stages.kv)
        .kvCacheCapacity(stages.kvCapacity)
        .kvTokenCapacity(stages.tokenCapacity)
        .maxConcurrentSequences(stages.maxSequences)
        .modelWeights(WeightMemory.of(deployment.model(), deployment.precision()))
        .build();
  }

  /**
   * Returns the most sequences of a context length one replica can hold at once.
   *
   * @param deployment the deployment, not null
   * @param contextTokens the tokens per sequence, positive
   * @return the count, 0 when not even one fits (or the weights do not fit)
   * @throws ContextWindowExceededException if the context is longer than the model's window
   * @throws IllegalArgumentException if the context is not positive
   * @throws ArithmeticException if the sequences or tokens the KV cache room holds overflow a
   *     {@code long}, as {@link #estimate(Deployment, long, long)} does
   */
  public long maxConcurrentSequences(Deployment deployment, long contextTokens) {
    Checks.positive(contextTokens, "Context length");
    Objects.requireNonNull(deployment, "deployment");
    deployment.model().checkContext(contextTokens);
    // what estimate(deployment, contextTokens, 0) reports, without the rest of its breakdown
    return stages(deployment, budget(deviceMemory(deployment.accelerator())), contextTokens, 0)
        .maxSequences;
  }

  /**
   * Returns the longest context, up to the model's context length, at which a number of
   * sequences fits at once on one replica.
   *
   * @param deployment the deployment, not null
   * @param sequences the concurrent sequences, positive
   * @return the context in tokens, 0 when not even one token each fits
   * @throws IllegalArgumentException if the sequence count is not positive
   */
  public long maxContext(Deployment deployment, long sequences) {
    Objects.requireNonNull(deployment, "deployment");
    Checks.positive(sequences, "Sequence count");
    long low = 0;
    long high = deployment.model().contextLength();
    if (estimate(deployment, high, sequences).fits()) {
      return high;
    }
    while (low < high) {
      long mid = low + (high - low + 1) / 2;
      if (estimate(deployment, mid, sequences).fits()) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /**
   * Finds the deployment with the fewest devices (one replica) on which a load fits, trying for
   * each device count every valid layout, tensor parallelism first.
   *
   * @param model the model, not null
   * @param accelerator the accelerator, not null
   * @param precision the precision, not null
   * @param contextTokens the tokens per sequence, not negative
   * @param sequences the concurrent sequences, not negative
   * @return the smallest deployment that fits, or empty when none of up to
   *     {@link #MAX_DEVICES} devices does
   * @throws ContextWindowExceededException if the context is longer than the model's window
   * @throws IllegalArgumentException if a count is negative
   */
  public Optional<Deployment> minimumDeployment(ModelArchitecture model,
      AcceleratorSpec accelerator, Precision precision, long contextTokens, long sequences) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(accelerator, "accelerator");
    Objects.requireNonNull(precision, "precision");
    Checks.notNegative(contextTokens, "Context length");
    Checks.notNegative(sequences, "Sequence count");
    model.checkContext(contextTokens);
    for (int devices = 1; devices <= MAX_DEVICES; devices++) {
      for (int tp = devices; tp >= 1; tp--) {
        if (devices % tp != 0 || !validTensorParallel(model, tp)
            || devices / tp > model.layers()) {
          continue;
        }
        Deployment d = Deployment.builder().model(model).accelerator(accelerator)
            .precision(precision).tensorParallel(tp).pipelineParallel(devices / tp).build();
        if (estimate(d, contextTokens, sequences).fits()) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Checks if a tensor-parallel degree is valid for a model: it divides the attention heads,
   * and divides the KV heads or is a multiple of them.
   *
   * @param model the model, not null
   * @param tp the degree
   * @return true if valid
   */
  public static boolean validTensorParallel(ModelArchitecture model, int tp) {
    return tp > 0 && model.attentionHeads() % tp == 0
        && (model.kvHeads() % tp == 0 || tp % model.kvHeads() == 0);
  }

  //-----------------------------------------------------------------------
  /**
   * The pipeline stages of a deployment holding a load: the device of the largest stage
   * (weights and KV cache of the sequences), whose figures the breakdown reports, and the least
   * any stage's room holds, in sequences and in tokens.
   */
  private static final class StageSummary {
    final ByteSize budget;
    final ByteSize activations;
    final ByteSize overhead;
    @Nullable ByteSize worstUse;
    @Nullable ByteSize weights;
    @Nullable ByteSize kv;
    @Nullable ByteSize kvCapacity;
    long maxSequences = Long.MAX_VALUE;
    long tokenCapacity = Long.MAX_VALUE;

    StageSummary(ByteSize budget, ByteSize activations, ByteSize overhead) {
      this.budget = budget;
      this.activations = activations;
      this.overhead = overhead;
    }
  }

  /**
   * Works out every pipeline stage of a deployment holding a load of sequences of a context
   * length per replica, the one computation behind {@link #estimate} and
   * {@link #maxConcurrentSequences}.
   *
   * @throws ArithmeticException if the sequences or tokens the KV cache holds overflow a long
   */
  private StageSummary stages(Deployment deployment, ByteSize budget, long contextTokens,
      long sequences) {
    StageSummary stages = new StageSummary(budget, activationsPerDevice(deployment),
        assumptions.nonTorchOverhead());
    int block = assumptions.blockSize();
    // with attention data parallelism each device caches its own share of the sequences
    int shards = deployment.attentionShards();
    long perDevice = sequences / shards + (sequences % shards == 0 ? 0 : 1);
    for (int s = 0; s < deployment.pipelineParallel(); s++) {
      ByteSize w = stageWeightsPerDevice(deployment, s);
      ByteSize kvSeq = KvCache.perSequenceOnStage(deployment, s, contextTokens, block);
      ByteSize kvAll = kvSeq.multipliedBy(perDevice);
      ByteSize use = w.plus(kvAll);
      ByteSize room = room(budget, w, stages.activations, stages.overhead);
      if (stages.worstUse == null || use.isGreaterThan(stages.worstUse)) {
        stages.worstUse = use;
        stages.weights = w;
        stages.kv = kvAll;
        stages.kvCapacity = room;
      }
      stages.maxSequences = Math.min(stages.maxSequences, sequencesIn(room, kvSeq, shards));
      ByteSize kvBlock = KvCache.perSequenceOnStage(deployment, s, block, block);
      stages.tokenCapacity = Math.min(stages.tokenCapacity, kvBlock.isZero() ? Long.MAX_VALUE
          : Math.multiplyExact(Math.multiplyExact(room.wholeTimes(kvBlock), (long) block),
              shards));
    }
    return stages;
  }

  private ByteSize deviceMemory(AcceleratorSpec accelerator) {
    return assumptions.deviceMemory().orElse(accelerator.memory());
  }

  private ByteSize budget(ByteSize device) {
    return ByteSize.ofBytes(BigDecimal.valueOf(device.toBytes())
        .multiply(BigDecimal.valueOf(assumptions.memoryUtilization()))
        .setScale(0, RoundingMode.FLOOR).longValueExact());
  }

  /** The room left for the KV cache on a device of a stage holding these weights. */
  private static ByteSize room(ByteSize budget, ByteSize weights, ByteSize activations,
      ByteSize overhead) {
    return budget.minusOrZero(weights.plus(activations).plus(overhead));
  }

  /** The sequences a replica holds when each device of a stage has this room for them. */
  private static long sequencesIn(ByteSize room, ByteSize kvPerSequence, int shards) {
    return kvPerSequence.isZero() ? Long.MAX_VALUE
        : Math.multiplyExact(room.wholeTimes(kvPerSequence), shards);
  }

  private static ByteSize stageWeightsPerDevice(Deployment d, int stage) {
    ModelArchitecture m = d.model();
    Precision p = d.precision();
    ParameterCount params = m.parameters();
    int[] range = Stages.layers(m.layers(), d.pipelineParallel(), stage);
    long layers = range[1] - range[0];
    long denseLayers = Math.max(0, Math.min(range[1], m.denseLayers()) - range[0]);
    long moeLayers = layers - denseLayers;

    long attention = share(params.attention(), layers, m.layers());
    long denseMlp = m.denseLayers() == 0 ? 0 : share(params.denseMlp(), denseLayers,
        m.denseLayers());
    long routed = m.moeLayers() == 0 ? 0 : share(params.routedExperts(), moeLayers,
        m.moeLayers());
    long shared = m.moeLayers() == 0 ? 0 : share(params.sharedExperts(), moeLayers,
        m.moeLayers());
    long routers = m.moeLayers() == 0 ? 0 : share(params.routers(), moeLayers, m.moeLayers());
    long norms = layers * m.normsPerLayer() * (long) m.hiddenSize();
    long embeddingSide = 0;
    if (stage == 0) {
      embeddingSide += params.embedding();
    }
    if (stage == d.pipelineParallel() - 1) {
      embeddingSide += params.outputHead() + m.hiddenSize();
    }
    ByteSize rest = p.weights().storageOf(attention + denseMlp + shared + routers)
        .plus(p.embeddings().storageOf(embeddingSide + norms));
    ByteSize experts = p.expertWeights().storageOf(routed)
        .dividedBy(d.tensorParallel(), RoundingMode.CEILING);
    // with attention data parallelism every device holds all but the routed experts whole
    return experts.plus(d.isAttentionDataParallel() ? rest
        : rest.dividedBy(d.tensorParallel(), RoundingMode.CEILING));
  }

  /** {@code ceil(total x part / whole)}, exactly; the counts are not negative. */
  private static long share(long total, long part, long whole) {
    long product = total * part;
    if (Math.multiplyHigh(total, part) == 0 && product >= 0) {
      // the product fits a long: the same quotient in integer arithmetic
      return product / whole + (product % whole == 0 ? 0 : 1);
    }
    return BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(part))
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.CEILING).longValueExact();
  }

  private ByteSize estimateActivations(Deployment d) {
    ModelArchitecture m = d.model();
    int tp = d.isAttentionDataParallel() ? 1 : d.tensorParallel();
    long h = m.hiddenSize();
    long qkv = ((long) m.attentionHeads() + 2L * m.kvHeads()) * m.headDim();
    long attnOut = (long) m.attentionHeads() * m.headDim();
    if (m.latentAttention().isPresent()) {
      var mla = m.latentAttention().get();
      long qk = mla.qkNopeHeadDim() + mla.qkRopeHeadDim();
      qkv = m.attentionHeads() * (qk + qk + mla.vHeadDim());
      attnOut = (long) m.attentionHeads() * mla.vHeadDim();
    }
    long intermediate = m.intermediateSize();
    if (m.mixtureOfExperts().isPresent()) {
      MixtureOfExperts moe = m.mixtureOfExperts().get();
      long perToken = (long) moe.expertsPerToken() * moe.expertIntermediateSize()
          + (long) moe.sharedExperts() * moe.sharedExpertIntermediateSize();
      intermediate = Math.max(m.denseLayers() > 0 ? intermediate : 0, perToken);
    }
    long perToken = 2 * h + (qkv + attnOut + 3 * intermediate) / tp;
    NumericFormat activation = d.precision().activations();
    ByteSize layer = activation.storageOf(Math.multiplyExact(perToken,
        (long) assumptions.prefillChunkTokens()));
    ByteSize logits = ByteSize.ofBytes(Math.multiplyExact(Math.multiplyExact(
        (long) assumptions.sampledSequences(), (long) m.vocabSize()), 4L));
    return layer.plus(logits);
  }
}
