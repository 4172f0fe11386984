/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.architecture.LatentAttention;
import io.github.inferenceecon.core.architecture.MixtureOfExperts;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.architecture.ParameterCount;
import io.github.inferenceecon.core.architecture.SlidingWindow;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.FlopRate;

/**
 * The roofline of one deployment: the cost of one forward pass over a mix of decode and prefill
 * tokens, in plain doubles so that the serving solvers can evaluate it many times cheaply.
 *
 * <p>All quantities are per device on the critical path: one tensor-parallel rank's share of
 * every layer, summed over the pipeline stages a token passes through. A pass costs
 * {@code max(linear compute, weight reads) + max(attention compute, KV reads) + interconnect +
 * overhead}: the matrix products of the projections and feed-forward layers and the attention
 * kernels run one after the other, each at its own roofline, and the all-reduces are not
 * overlapped with compute.
 */
final class Roofline {

  private final int tp;
  private final int pp;
  private final int layers;
  private final double hidden;
  private final double vocab;

  /** Matrix-product parameters one token runs through, output head excluded. */
  private final double linearParamsPerToken;
  /** Output head parameters (vocabulary x hidden), run once per sampled position. */
  private final double headParams;
  private final double denseWeightBytes;
  private final double headBytes;
  private final double embeddingRowBytes;
  private final boolean tied;
  private final double normBytes;
  private final int experts;
  private final int expertsPerToken;
  private final double bytesPerExpertAllLayers;

  private final int globalLayers;
  private final int localLayers;
  private final double window;
  private final double decodeFlopsPerPair;
  private final double prefillFlopsPerPair;
  private final double kvBytesPerTokenPerLayer;
  private final double activationBytes;

  private final double skipped;
  private final double denseTokens;

  private final double peakFlops;
  private final double bandwidth;
  private final double link;
  private final double allReduceLatency;
  private final double hopLatency;
  private final double stepOverhead;

  private Roofline(Deployment d, Efficiency e, AttentionSparsity sparsity) {
    ModelArchitecture m = d.model();
    Precision p = d.precision();
    ParameterCount params = m.parameters();
    AcceleratorSpec acc = d.accelerator();
    tp = d.tensorParallel();
    pp = d.pipelineParallel();
    layers = m.layers();
    hidden = m.hiddenSize();
    vocab = m.vocabSize();

    linearParamsPerToken = (double) params.attention() + params.denseMlp()
        + params.sharedExperts() + params.routers() + params.routedExpertsActive();
    headParams = vocab * hidden;
    denseWeightBytes = p.weights().bytesPerElement() * ((double) params.attention()
        + params.denseMlp() + params.sharedExperts() + params.routers());
    headBytes = p.embeddings().bytesPerElement() * headParams;
    tied = params.outputHead() == 0;
    embeddingRowBytes = p.embeddings().bytesPerElement() * hidden;
    normBytes = p.embeddings().bytesPerElement() * params.norms();
    MixtureOfExperts moe = m.mixtureOfExperts().orElse(null);
    experts = moe == null ? 0 : moe.experts();
    expertsPerToken = moe == null ? 0 : moe.expertsPerToken();
    bytesPerExpertAllLayers = moe == null ? 0
        : p.expertWeights().bytesPerElement() * params.routedExperts() / moe.experts();

    SlidingWindow sw = m.slidingWindow().orElse(null);
    localLayers = sw == null ? 0 : sw.localLayerCount();
    globalLayers = layers - localLayers;
    window = sw == null ? Double.POSITIVE_INFINITY : sw.window();
    double n = m.attentionHeads();
    LatentAttention mla = m.latentAttention().orElse(null);
    if (mla == null) {
      decodeFlopsPerPair = 4 * n * m.headDim();
      prefillFlopsPerPair = decodeFlopsPerPair;
      kvBytesPerTokenPerLayer = p.kvCache().bytesPerElement() * 2.0 * d.kvHeadsPerDevice()
          * m.headDim();
    } else {
      // Decode runs the absorbed form over the latent; prefill the expanded heads.
      decodeFlopsPerPair = 2 * n * (mla.kvLoraRank() + mla.qkRopeHeadDim())
          + 2 * n * mla.kvLoraRank();
      prefillFlopsPerPair = 2 * n * (mla.qkNopeHeadDim() + mla.qkRopeHeadDim())
          + 2 * n * mla.vHeadDim();
      kvBytesPerTokenPerLayer = p.kvCache().bytesPerElement() * mla.cachedElementsPerLayer();
    }
    activationBytes = p.activations().bytesPerElement();
    skipped = sparsity.skippedFraction();
    denseTokens = sparsity.denseTokens();

    ComputeFormat format = p.computeFormat();
    FlopRate peak = acc.peak(format).orElseThrow(() -> new IllegalArgumentException(
        "Accelerator " + acc + " has no dense peak for compute format " + format
            + ": choose activations it supports"));
    peakFlops = peak.flopsPerSecond() * e.computeEfficiency();
    bandwidth = acc.memoryBandwidth().bytesPerSecond() * e.memoryEfficiency();
    if (tp > 1 || pp > 1) {
      Interconnect ic = acc.scaleUp().orElseThrow(() -> new IllegalArgumentException(
          "Tensor and pipeline parallelism need a scale-up interconnect, which " + acc
              + " does not list: tp=" + tp + ", pp=" + pp));
      link = ic.perDirection().bytesPerSecond() * e.interconnectEfficiency();
    } else {
      link = Double.POSITIVE_INFINITY;
    }
    allReduceLatency = Durations.toSeconds(e.allReduceLatency());
    hopLatency = Durations.toSeconds(e.pipelineHopLatency());
    stepOverhead = Durations.toSeconds(e.stepOverhead());
  }

  static Roofline of(Deployment d, Efficiency e, AttentionSparsity sparsity) {
    return new Roofline(d, e, sparsity);
  }

  /** The effective balance point: achieved FLOP/s over achieved bytes/s. */
  double balancePoint() {
    return peakFlops / bandwidth;
  }

  /** A pass of decode tokens only. */
  Pass decode(double sequences, int queryTokens, double context) {
    return pass(sequences, queryTokens, context, 0, 0, 0, 0, 0, 0);
  }

  /** A pass of prefill only: requests of new tokens each after a cached prefix. */
  Pass prefill(double requests, double newTokens, double cachedTokens) {
    return pass(0, 1, 0, requests, newTokens, cachedTokens, 0, 0, 0);
  }

  /**
   * The cost of one forward pass (one traversal of all layers) of a replica.
   *
   * @param decodeSequences sequences decoding, each with {@code queryTokens} positions
   * @param queryTokens positions per decoding sequence (1, or k + 1 when verifying drafts)
   * @param context tokens already cached by each decoding sequence
   * @param requests prefill requests of the first group
   * @param newTokens prompt tokens each computes
   * @param cachedTokens prompt tokens each finds cached
   * @param requests2 prefill requests of a second group (0 for none)
   * @param newTokens2 prompt tokens each of the second group computes
   * @param cachedTokens2 prompt tokens each of the second group finds cached
   */
  Pass pass(double decodeSequences, int queryTokens, double context, double requests,
      double newTokens, double cachedTokens, double requests2, double newTokens2,
      double cachedTokens2) {
    double decodeTokens = decodeSequences * queryTokens;
    double tokens = decodeTokens + requests * newTokens + requests2 * newTokens2;
    Pass pass = new Pass();
    pass.tokens = tokens;
    if (!(tokens > 0)) {
      return pass;
    }
    double sampled = decodeTokens + requests + requests2;
    double linearFlops = 2 * tokens * linearParamsPerToken + 2 * sampled * headParams;

    double expertsTouched = experts == 0 ? 0
        : experts * -Math.expm1(tokens * Math.log1p(-(double) expertsPerToken / experts));
    double weightBytes = denseWeightBytes + headBytes + normBytes
        + expertsTouched * bytesPerExpertAllLayers
        + (tied ? 0 : Math.min(tokens, vocab) * embeddingRowBytes);

    double decodePairs = decodeSequences * keys(context, queryTokens);
    double prefillPairs = requests * keys(cachedTokens, newTokens)
        + requests2 * keys(cachedTokens2, newTokens2);
    double attentionFlops = decodePairs * decodeFlopsPerPair + prefillPairs * prefillFlopsPerPair;

    double kvTokenLayers = decodeSequences * (reads(context) + layers * (double) queryTokens)
        + requests * (reads(cachedTokens) + layers * newTokens)
        + requests2 * (reads(cachedTokens2) + layers * newTokens2);
    double kvBytes = kvTokenLayers * kvBytesPerTokenPerLayer;

    double interconnectBytes = 0;
    double interconnectSeconds = 0;
    double message = tokens * hidden * activationBytes;
    if (tp > 1) {
      double perAllReduce = 2.0 * (tp - 1) / tp * message;
      int allReduces = 2 * layers;
      interconnectBytes += allReduces * perAllReduce;
      interconnectSeconds += allReduces * (perAllReduce / link + allReduceLatency);
    }
    if (pp > 1) {
      interconnectBytes += (pp - 1) * message;
      interconnectSeconds += (pp - 1) * (message / link + hopLatency);
    }

    pass.linearFlops = linearFlops / tp;
    pass.attentionFlops = attentionFlops / tp;
    pass.weightBytes = weightBytes / tp;
    pass.kvBytes = kvBytes;
    pass.interconnectBytes = interconnectBytes;
    pass.expertsTouched = expertsTouched;
    double linearCompute = pass.linearFlops / peakFlops;
    double linearMemory = pass.weightBytes / bandwidth;
    double attentionCompute = pass.attentionFlops / peakFlops;
    double attentionMemory = kvBytes / bandwidth;
    pass.computeSeconds = linearCompute + attentionCompute;
    pass.memorySeconds = linearMemory + attentionMemory;
    pass.interconnectSeconds = interconnectSeconds;
    pass.overheadSeconds = stepOverhead;
    pass.seconds = Math.max(linearCompute, linearMemory)
        + Math.max(attentionCompute, attentionMemory) + interconnectSeconds + stepOverhead;
    return pass;
  }

  /** Key positions (summed over layers) that {@code count} queries after {@code cached} see. */
  private double keys(double cached, double count) {
    double total = 0;
    if (globalLayers > 0) {
      total += globalLayers * sparse(cached, count, Double.POSITIVE_INFINITY);
    }
    if (localLayers > 0) {
      total += localLayers * sparse(cached, count, window);
    }
    return total;
  }

  private double sparse(double cached, double count, double cap) {
    double all = sumMin(cached, count, cap);
    if (skipped == 0) {
      return all;
    }
    double dense = sumMin(cached, count, Math.min(cap, denseTokens));
    return dense + (1 - skipped) * (all - dense);
  }

  /** The sum over j = 1..count of min(cached + j, cap), extended to real arguments. */
  static double sumMin(double cached, double count, double cap) {
    if (cap == Double.POSITIVE_INFINITY) {
      return count * cached + count * (count + 1) / 2;
    }
    double below = Math.max(0, Math.min(count, cap - cached));
    return below * cached + below * (below + 1) / 2 + (count - below) * cap;
  }

  /** KV token positions (summed over layers) read by a sequence with a cached context. */
  private double reads(double context) {
    double total = 0;
    if (globalLayers > 0) {
      total += globalLayers * sparseRead(context, Double.POSITIVE_INFINITY);
    }
    if (localLayers > 0) {
      total += localLayers * sparseRead(context, window);
    }
    return total;
  }

  private double sparseRead(double context, double cap) {
    double all = Math.min(context, cap);
    if (skipped == 0) {
      return all;
    }
    double dense = Math.min(context, Math.min(cap, denseTokens));
    return dense + (1 - skipped) * (all - dense);
  }

  /** One forward pass's figures, per device on the critical path, in base units. */
  static final class Pass {
    double tokens;
    double linearFlops;
    double attentionFlops;
    double weightBytes;
    double kvBytes;
    double interconnectBytes;
    double expertsTouched;
    double computeSeconds;
    double memorySeconds;
    double interconnectSeconds;
    double overheadSeconds;
    double seconds;

    Bound bound() {
      if (interconnectSeconds > computeSeconds && interconnectSeconds > memorySeconds) {
        return Bound.INTERCONNECT;
      }
      return computeSeconds >= memorySeconds ? Bound.COMPUTE : Bound.MEMORY_BANDWIDTH;
    }

    PassBreakdown toBreakdown() {
      return PassBreakdown.of(this);
    }
  }
}
