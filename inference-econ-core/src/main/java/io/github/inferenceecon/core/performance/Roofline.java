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
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.FlopRate;
import java.util.List;
import java.util.Optional;

/**
 * The roofline of one deployment: the cost of one forward pass over a mix of decode and prefill
 * tokens, in plain doubles so that the serving solvers can evaluate it many times cheaply.
 *
 * <p>All quantities are per device on the critical path: one tensor-parallel rank's share of
 * every layer (with attention data parallelism, one device's share of the sequences and the
 * busiest expert group's share of the routed tokens), summed over the pipeline stages a token
 * passes through. A pass costs {@code combine(linear compute, resident weight reads) +
 * combine(routed-expert compute, routed-expert weight reads) + combine(attention compute, KV
 * reads) + activation traffic + interconnect + overhead}, {@code combine(c, m) = max(c, m) +
 * (1 - overlap) min(c, m)}: the matrix products of the projections and dense feed-forward
 * layers, the routed experts' grouped products and the attention kernels run one after the
 * other, each hiding part of its memory time under its compute time or the reverse (never under
 * another group's), and the collectives are not overlapped with compute. With few tokens per
 * expert the experts' weight reads bound their group while the projections stay compute-bound;
 * one combine over both would hide the one under the other.
 *
 * <p>Activation traffic is the memory time of the element-wise kernels between the matrix
 * products, which have no compute to hide under: per token, every layer reads and writes
 * {@value #HIDDEN_PASSES} hidden-sized BF16 tensors on every tensor-parallel rank
 * (normalisations, residual additions, the products' inputs and outputs), plus its
 * intermediates split over the ranks: {@code 3 x heads x head dim} (the queries read by
 * attention, its output written and read by the output projection) and {@code 6 x intermediate}
 * for a feed-forward layer (gate and up outputs written and read, the gated product written and
 * read; a MoE layer counts its experts per token and shared experts), and with tensor
 * parallelism {@code 2 x (tp + }{@value #ALL_REDUCE_PASSES}{@code )} hidden-sized accesses for
 * its two all-reduces. Llama-3.1-70B on one device: 2 bytes x (14 x 8,192 + 3 x 64 x 128 + 6 x
 * 28,672) x 80 layers = 49,807,360 bytes per token. Under attention data parallelism a device
 * passes its own sequences' hidden, attention and dense-layer activations and its expert group's
 * share of the routed ones. Kernel fusion (a normalisation fused into the residual addition,
 * the activation into the product) would remove some of these passes; the calibration fits the
 * rest of the difference into the memory efficiency.
 */
final class Roofline {

  private final int tp;
  private final int pp;
  private final int ep;
  /** Devices among which attention's sequences are divided: tp with attention DP, else 1. */
  private final double shards;
  private final boolean attentionDataParallel;
  private final int layers;
  private final int moeLayers;
  private final double hidden;
  private final double vocab;

  /** Matrix-product parameters one token runs through, output head and routed experts excluded. */
  private final double linearParamsPerToken;
  /** Routed-expert parameters one token runs through (all MoE layers). */
  private final double expertParamsPerToken;
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
  /** {@code ln(1 - expertsPerToken / experts)}: log of a token's chance to miss an expert. */
  private final double logMissPerToken;
  /** {@code ln(1 - 1 / ep)}: the log of one assignment's chance to miss an expert group. */
  private final double logMissPerGroup;

  private final int globalLayers;
  private final int localLayers;
  private final double window;
  private final double decodeFlopsPerPair;
  private final double prefillFlopsPerPair;
  private final double kvBytesPerTokenPerLayer;
  private final double activationBytes;
  /** Bytes one token passes between a layer's kernels on every tensor-parallel rank, all layers. */
  private final double replicatedTraffic;
  /** Bytes one token passes between the attention kernels, all layers, before sharding. */
  private final double attentionTraffic;
  /** Bytes one token passes between the feed-forward kernels of the dense layers. */
  private final double denseFfnTraffic;
  /** Bytes one token passes between the feed-forward kernels of the MoE layers. */
  private final double moeFfnTraffic;
  /** Bytes one token passes through the buffers of the two all-reduces of each layer. */
  private final double allReduceTraffic;

  private final double skipped;
  private final double denseTokens;

  private final double peakFlops;
  /** Achieved FLOP/s of attention's products, in the wider of the activation and KV formats. */
  private final double attentionRate;
  private final double expertFlops;
  private final double overlap;
  private final double bandwidth;
  private final double link;
  /** Devices of one scale-up domain, or MAX_VALUE when unknown. */
  private final int domain;
  private final double scaleOutLink;
  private final double allReduceLatency;
  private final double allToAllLatency;
  private final double hopLatency;
  private final double stepOverhead;

  private Roofline(Deployment d, Efficiency e, AttentionSparsity sparsity) {
    ModelArchitecture m = d.model();
    Precision p = d.precision();
    ParameterCount params = m.parameters();
    AcceleratorSpec acc = d.accelerator();
    tp = d.tensorParallel();
    pp = d.pipelineParallel();
    ep = d.expertParallel();
    attentionDataParallel = d.isAttentionDataParallel();
    logMissPerGroup = attentionDataParallel ? Math.log1p(-1.0 / ep) : 0;
    shards = d.attentionShards();
    layers = m.layers();
    moeLayers = m.moeLayers();
    hidden = m.hiddenSize();
    vocab = m.vocabSize();

    linearParamsPerToken = (double) params.attention() + params.denseMlp()
        + params.sharedExperts() + params.routers();
    expertParamsPerToken = params.routedExpertsActive();
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
    // constant per deployment, so taken once (the pass runs many times per estimate)
    logMissPerToken = experts == 0 ? 0 : Math.log1p(-(double) expertsPerToken / experts);

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
    replicatedTraffic = INTERMEDIATE_BYTES * HIDDEN_PASSES * hidden * layers;
    attentionTraffic = INTERMEDIATE_BYTES * 3.0 * n
        * (mla == null ? m.headDim() : mla.vHeadDim()) * layers;
    denseFfnTraffic = INTERMEDIATE_BYTES * 6.0 * m.intermediateSize() * m.denseLayers();
    moeFfnTraffic = moe == null ? 0 : INTERMEDIATE_BYTES * 6.0 * ((double) moe.expertsPerToken()
        * moe.expertIntermediateSize() + (double) moe.sharedExperts()
        * moe.sharedExpertIntermediateSize()) * moeLayers;
    allReduceTraffic = tp > 1
        ? INTERMEDIATE_BYTES * 2.0 * (tp + ALL_REDUCE_PASSES) * hidden * layers : 0;
    skipped = sparsity.skippedFraction();
    denseTokens = sparsity.denseTokens();

    ComputeFormat format = p.computeFormat();
    FlopRate peak = acc.peak(format).orElseThrow(() -> new IllegalArgumentException(
        "Accelerator " + acc + " has no dense peak for compute format " + format
            + ": choose activations it supports"));
    peakFlops = peak.flopsPerSecond() * e.computeEfficiency();
    attentionRate = attentionPeak(acc, p).orElse(peak).flopsPerSecond()
        * e.computeEfficiency();
    expertFlops = peakFlops * e.expertEfficiency();
    overlap = e.overlap();
    bandwidth = acc.memoryBandwidth().bytesPerSecond() * e.memoryEfficiency();
    if (tp > 1 || pp > 1) {
      Interconnect ic = acc.scaleUp().orElseThrow(() -> new IllegalArgumentException(
          "Tensor and pipeline parallelism need a scale-up interconnect, which " + acc
              + " does not list: tp=" + tp + ", pp=" + pp));
      link = ic.perDirection().bytesPerSecond() * e.interconnectEfficiency();
      domain = ic.domainSize().orElse(Integer.MAX_VALUE);
    } else {
      link = Double.POSITIVE_INFINITY;
      domain = Integer.MAX_VALUE;
    }
    if (crossesDomains(tp, pp, domain)) {
      Interconnect out = d.scaleOut().orElseThrow(() -> new IllegalArgumentException(
          "A replica of " + tp * pp + " devices spans more than the " + domain + "-device "
              + "scale-up domain of " + acc + ": give the scale-out link between domains"));
      scaleOutLink = out.perDirection().bytesPerSecond() * e.interconnectEfficiency();
    } else {
      scaleOutLink = Double.POSITIVE_INFINITY;
    }
    allReduceLatency = Durations.toSeconds(e.allReduceLatency());
    allToAllLatency = Durations.toSeconds(e.allToAllLatency());
    hopLatency = Durations.toSeconds(e.pipelineHopLatency());
    stepOverhead = Durations.toSeconds(e.stepOverhead());
  }

  static Roofline of(Deployment d, Efficiency e, AttentionSparsity sparsity) {
    return new Roofline(d, e, sparsity);
  }

  /** Compute formats from narrowest to widest. */
  private static final List<ComputeFormat> WIDTHS = List.of(ComputeFormat.FP4,
      ComputeFormat.FP6, ComputeFormat.FP8, ComputeFormat.BF16, ComputeFormat.FP16,
      ComputeFormat.TF32, ComputeFormat.FP32, ComputeFormat.FP64);

  /**
   * The peak attention's products run at: those of the wider of the activation and KV cache
   * formats (an FP8 cache is read by FP8 attention kernels even beside FP4 linear layers; a
   * BF16 cache beside FP8 activations by BF16 ones), or the narrowest wider format the
   * accelerator has a peak for.
   */
  private static Optional<FlopRate> attentionPeak(AcceleratorSpec acc, Precision p) {
    NumericFormat wider = p.kvCache().elementBits() > p.activations().elementBits()
        ? p.kvCache() : p.activations();
    int from = WIDTHS.indexOf(wider.computeFormat());
    if (from < 0) {
      return acc.peak(wider.computeFormat());
    }
    for (int i = from; i < WIDTHS.size(); i++) {
      Optional<FlopRate> peak = acc.peak(WIDTHS.get(i));
      if (peak.isPresent()) {
        return peak;
      }
    }
    return Optional.empty();
  }

  /**
   * Bytes of an activation element passed from one kernel to the next: BF16. Narrow formats
   * (FP8, NVFP4) are only the inputs of the matrix products, quantised from the BF16 outputs of
   * the kernel before; normalisation, residual additions and the gated activation work in BF16.
   */
  static final double INTERMEDIATE_BYTES = 2;

  /**
   * Hidden-sized activations a token reads or writes between the kernels of one transformer
   * layer run one after the other (no kernel fusion assumed), each on every tensor-parallel
   * rank: the input normalisation (read, write: 2), the attention projections' input (read: 1),
   * the output projection's output (write: 1), the residual addition (read two, write one: 3),
   * the second normalisation (2), the feed-forward input (1), its output (1) and the second
   * residual addition (3): 14 per layer.
   */
  static final int HIDDEN_PASSES = 14;

  /**
   * Hidden-sized accesses of one tensor-parallel all-reduce on each rank besides the reads of the
   * ranks' partial sums ({@code tp} of them): TensorRT-LLM's one-shot all-reduce
   * ({@code oneShotAllReduceKernel}, NVIDIA/TensorRT-LLM
   * {@code cpp/tensorrt_llm/kernels/customAllReduceKernels.cu}) copies the local input to a
   * shareable buffer (read and write: 2), then every rank pulls the chunk from every rank's buffer
   * ({@code tp} reads of each buffer) and writes the sum to its output (1): {@code tp + 3}.
   */
  static final int ALL_REDUCE_PASSES = 3;

  /** Whether a replica of tp x pp devices leaves one scale-up domain. */
  static boolean crossesDomains(int tp, int pp, int domain) {
    return tp > domain || crossingHops(tp, pp, domain) > 0;
  }

  /** Pipeline hand-offs between stages in different scale-up domains. */
  static int crossingHops(int tp, int pp, int domain) {
    if (pp == 1 || (long) tp * pp <= domain) {
      return 0;
    }
    if (tp >= domain) {
      return pp - 1;
    }
    int stagesPerDomain = domain / tp;
    return (pp + stagesPerDomain - 1) / stagesPerDomain - 1;
  }

  /**
   * The load of the busiest of {@code ep} expert groups over the mean, for {@code n}
   * token-to-expert assignments routed uniformly: the expected maximum of {@code ep} binomial
   * counts, {@code 1 + sqrt(2 ln(ep) (ep - 1) / n)} (normal approximation), at most {@code ep}.
   */
  static double imbalance(int ep, double n) {
    if (ep <= 1 || !(n > 0)) {
      return 1;
    }
    return Math.min(ep, 1 + Math.sqrt(2 * Math.log(ep) * (ep - 1) / n));
  }

  /**
   * Bytes per element of the expert-parallel combine: BF16. The tokens go to their experts in
   * the narrow activation format, but the experts' outputs come back in BF16 to be weighted and
   * summed: the DeepSeek-V3 technical report (arXiv 2412.19437, section 3.3.2, low-precision
   * communication) quantises activations to FP8 for the dispatch and keeps the combine in BF16,
   * as its DeepEP kernels do (deepseek-ai/DeepEP README: FP8 dispatch, BF16 combine).
   */
  static final double COMBINE_BYTES = 2;

  /**
   * The prompts (prefill chunks) the busiest of the attention ranks holds when {@code requests}
   * are spread over them: a prompt is prefilled whole by the rank that holds its sequence, so
   * fewer than one prompt per pass sits whole on one rank ({@code requests} itself), and more
   * spread as uniformly routed work, the expected maximum being {@code requests / shards x
   * imbalance(shards, requests)}, at least one prompt and at most all of them.
   */
  double busiestPrompts(double requests) {
    if (requests <= 1) {
      return requests;
    }
    return Math.min(requests, Math.max(1, requests / shards * imbalance((int) shards, requests)));
  }

  /** The time of a kernel group: the longer of compute and memory plus the unhidden rest. */
  private double combine(double compute, double memory) {
    return Math.max(compute, memory) + (1 - overlap) * Math.min(compute, memory);
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
    return pass(new Pass(), decodeSequences, queryTokens, context, requests, newTokens,
        cachedTokens, requests2, newTokens2, cachedTokens2);
  }

  /**
   * The cost of one forward pass, as {@link #pass(double, int, double, double, double, double,
   * double, double, double)}, written over a pass a solver reuses (every field set).
   */
  Pass pass(Pass pass, double decodeSequences, int queryTokens, double context,
      double requests, double newTokens, double cachedTokens, double requests2,
      double newTokens2, double cachedTokens2) {
    double decodeTokens = decodeSequences * queryTokens;
    double tokens = decodeTokens + requests * newTokens + requests2 * newTokens2;
    pass.clear();
    pass.tokens = tokens;
    if (!(tokens > 0)) {
      return pass;
    }
    double sampled = decodeTokens + requests + requests2;
    // the work of the busiest device: its share of the tokens (all of them without attention
    // data parallelism); a prompt sits whole on one device, so that device holds the most
    // prompts any attention rank holds, and the timed group (requests2) sits on it too
    double prompts = attentionDataParallel ? busiestPrompts(requests) : requests;
    double local = attentionDataParallel
        ? decodeTokens / shards + prompts * newTokens + requests2 * newTokens2 : tokens;
    double localSampled = attentionDataParallel
        ? decodeTokens / shards + prompts + requests2 : sampled;
    double linearFlops = attentionDataParallel
        ? 2 * local * linearParamsPerToken + 2 * localSampled * headParams
        : (2 * tokens * linearParamsPerToken + 2 * sampled * headParams) / tp;
    double assignments = tokens * expertsPerToken;
    double expertWork = 2 * tokens * expertParamsPerToken / tp * imbalance(ep, assignments);

    double expertsTouched = experts == 0 ? 0
        : experts * -expm1(tokens * logMissPerToken);
    double denseBytes = denseWeightBytes + headBytes + normBytes
        + (tied ? 0 : Math.min(attentionDataParallel ? local : tokens, vocab) * embeddingRowBytes);
    double residentBytes = attentionDataParallel ? denseBytes : denseBytes / tp;
    double expertBytes = expertsTouched * bytesPerExpertAllLayers / tp;

    double decodePairs = decodeSequences * keys(context, queryTokens);
    double prefillPairs = prompts * keys(cachedTokens, newTokens);
    double timedPairs = requests2 * keys(cachedTokens2, newTokens2);
    double attentionFlops = attentionDataParallel
        ? (decodePairs * decodeFlopsPerPair / shards
            + (prefillPairs + timedPairs) * prefillFlopsPerPair)
        : (decodePairs * decodeFlopsPerPair + (prefillPairs + timedPairs) * prefillFlopsPerPair)
            / tp;

    double kvDecode = decodeSequences * (reads(context) + layers * (double) queryTokens);
    double kvPrompts = prompts * (reads(cachedTokens) + layers * newTokens)
        + requests2 * (reads(cachedTokens2) + layers * newTokens2);
    double kvBytes = (kvDecode / shards + kvPrompts) * kvBytesPerTokenPerLayer;

    double interconnectBytes = 0;
    double interconnectSeconds = 0;
    if (attentionDataParallel) {
      // dispatch to the experts' groups in the activation format and combine the experts'
      // outputs back in BF16 (or the activations' format if wider), per MoE layer
      double groups = (ep - 1) * -expm1(expertsPerToken * logMissPerGroup);
      double elements = local * hidden * groups * ((double) tp / ep);
      double dispatch = elements * activationBytes;
      double combine = elements * Math.max(activationBytes, COMBINE_BYTES);
      double remote = tp > domain ? (double) (tp - domain) / (tp - 1) : 0;
      double seconds = Math.max((1 - remote) * dispatch / link, remote * dispatch / scaleOutLink)
          + Math.max((1 - remote) * combine / link, remote * combine / scaleOutLink)
          + 2 * allToAllLatency;
      interconnectBytes += moeLayers * (dispatch + combine);
      interconnectSeconds += moeLayers * seconds;
    } else if (tp > 1) {
      double message = tokens * hidden * activationBytes;
      int allReduces = 2 * layers;
      double perAllReduce;
      double seconds;
      if (tp > domain) {
        // reduce-scatter and all-gather within a domain, all-reduce of a 1/domain share across
        int across = (tp + domain - 1) / domain;
        double inside = 2.0 * (domain - 1) / domain * message;
        double outside = 2.0 * (across - 1) / across * message / domain;
        perAllReduce = inside + outside;
        seconds = inside / link + outside / scaleOutLink + 2 * allReduceLatency;
      } else {
        perAllReduce = 2.0 * (tp - 1) / tp * message;
        seconds = perAllReduce / link + allReduceLatency;
      }
      interconnectBytes += allReduces * perAllReduce;
      interconnectSeconds += allReduces * seconds;
    }
    if (pp > 1) {
      double message = tokens * hidden * activationBytes / shards;
      int outside = crossingHops(tp, pp, domain);
      interconnectBytes += (pp - 1) * message;
      interconnectSeconds += (pp - 1 - outside) * (message / link + hopLatency)
          + outside * (message / scaleOutLink + hopLatency);
    }

    // the activations the busiest device passes between kernels: the hidden-sized ones of its
    // tokens whole, the attention and feed-forward intermediates split over the ranks
    double activationTraffic = attentionDataParallel
        ? local * (replicatedTraffic + attentionTraffic + denseFfnTraffic)
            + tokens * moeFfnTraffic / ep * imbalance(ep, assignments)
        : tokens * (replicatedTraffic
            + (attentionTraffic + denseFfnTraffic + moeFfnTraffic) / tp + allReduceTraffic);

    pass.linearFlops = linearFlops + expertWork;
    pass.attentionFlops = attentionFlops;
    pass.weightBytes = residentBytes + expertBytes;
    pass.kvBytes = kvBytes;
    pass.activationBytes = activationTraffic;
    pass.interconnectBytes = interconnectBytes;
    pass.expertsTouched = expertsTouched;
    double linearCompute = linearFlops / peakFlops;
    double linearMemory = residentBytes / bandwidth;
    double expertCompute = expertWork / expertFlops;
    double expertMemory = expertBytes / bandwidth;
    double attentionCompute = attentionFlops / attentionRate;
    double attentionMemory = kvBytes / bandwidth;
    double activationMemory = activationTraffic / bandwidth;
    pass.computeSeconds = linearCompute + expertCompute + attentionCompute;
    pass.memorySeconds = linearMemory + expertMemory + attentionMemory + activationMemory;
    pass.interconnectSeconds = interconnectSeconds;
    pass.overheadSeconds = stepOverhead;
    pass.seconds = combine(linearCompute, linearMemory) + combine(expertCompute, expertMemory)
        + combine(attentionCompute, attentionMemory) + activationMemory + interconnectSeconds
        + stepOverhead;
    return pass;
  }

  /**
   * {@link Math#expm1}, with its saturation taken without the call: below {@code -56 ln 2}
   * (about -38.8) fdlibm's {@code expm1}, which {@code StrictMath} specifies and {@code Math}
   * uses, returns exactly -1 (the true value is within 1e-16 of it), so the result is the same
   * bit for bit. JDK 17 runs {@code expm1} as a native call, a fifth of a plan's time when every
   * pass of a mixture of experts made one.
   */
  static double expm1(double x) {
    return x < -40 ? -1.0 : Math.expm1(x);
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
    double activationBytes;
    double interconnectBytes;
    double expertsTouched;
    double computeSeconds;
    double memorySeconds;
    double interconnectSeconds;
    double overheadSeconds;
    double seconds;

    /** Sets every figure to zero, as a new pass has them. */
    void clear() {
      tokens = linearFlops = attentionFlops = weightBytes = kvBytes = activationBytes = 0;
      interconnectBytes = expertsTouched = computeSeconds = memorySeconds = 0;
      interconnectSeconds = 0;
      overheadSeconds = seconds = 0;
    }

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
