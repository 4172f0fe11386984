/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.hardware.AcceleratorEntry;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that describe a model, its numeric formats and, optionally, the accelerators it
 * runs on. Where {@code --gpus} is omitted the fewest devices that fit are used; where
 * {@code --tp} is omitted the model is tensor-parallel across all of them.
 */
final class DeploymentOptions {

  @Option(names = "--model", required = true, paramLabel = "M",
      description = "A bundled model id or alias (e.g. llama-3.1-70b), or a path to a Hugging "
          + "Face config.json.")
  String model;

  @Option(names = "--weights", paramLabel = "F", defaultValue = "BF16",
      description = "Weight format: FP32, BF16, FP16, FP8, INT8, INT4, INT4-G128, MXFP4, NVFP4. "
          + "Default: ${DEFAULT-VALUE}.")
  String weights;

  @Option(names = "--expert-weights", paramLabel = "F",
      description = "Format of the routed experts of a mixture of experts (default: the weight "
          + "format), e.g. MXFP4 for gpt-oss.")
  String expertWeights;

  @Option(names = "--kv-cache", paramLabel = "F", defaultValue = "BF16",
      description = "KV cache format. Default: ${DEFAULT-VALUE}.")
  String kvCache;

  @Option(names = "--compute", paramLabel = "F",
      description = "Activation (compute) format. Default: BF16, or FP8 when the weights are FP8 "
          + "and the accelerator has a dense FP8 peak (elsewhere, such as on an A100, FP8 "
          + "weights compute in BF16, as weight-only W8A16 kernels run them).")
  String compute;

  @Option(names = "--gpu", paramLabel = "G",
      description = "Accelerator: a catalog id or alias (e.g. h100, mi300x). See `catalog "
          + "accelerators`.")
  String gpu;

  @Option(names = "--gpus", paramLabel = "N",
      description = "Number of devices. Default: the fewest that fit.")
  Integer gpus;

  @Option(names = "--tp", paramLabel = "N",
      description = "Tensor-parallel degree. Default: all devices (divided by --pp).")
  Integer tp;

  @Option(names = "--memory-bandwidth", paramLabel = "RATE",
      description = "Memory bandwidth to use when the catalog has no sourced figure, e.g. "
          + "'3.9 TB/s'.")
  String memoryBandwidth;

  @Option(names = "--link-bandwidth", paramLabel = "RATE",
      description = "Scale-up (NVLink, Infinity Fabric) bandwidth per device and direction, e.g. "
          + "'450 GB/s'; replaces the catalog's, needed for tensor parallelism where the catalog "
          + "does not say the direction of its figure.")
  String linkBandwidth;

  @Option(names = "--dense-peak", paramLabel = "FORMAT=RATE",
      description = "A dense peak the catalog lacks, e.g. BF16='989 TFLOP/s' (repeatable).")
  Map<String, String> densePeaks = new LinkedHashMap<>();

  @Option(names = "--primary-only",
      description = "Use primary catalog figures only (the vendor's own pages, records and "
          + "repositories): a figure that only secondary sources publish counts as absent.")
  boolean primaryOnly;

  @Option(names = "--pp", paramLabel = "N", defaultValue = "1",
      description = "Pipeline-parallel degree. Default: ${DEFAULT-VALUE}.")
  int pp;

  @Option(names = "--ep", paramLabel = "N", defaultValue = "1",
      description = "Expert-parallel degree of a mixture of experts: its routed experts split "
          + "into N groups of whole experts within the tensor-parallel devices (N divides "
          + "--tp). Default: ${DEFAULT-VALUE}.")
  int ep;

  @Option(names = "--attention-dp",
      description = "Attention data-parallel within a replica (a mixture of experts): each "
          + "device holds every weight but the routed experts and serves its own sequences, "
          + "whose tokens reach the experts by all-to-all.")
  boolean attentionDp;

  @Option(names = "--scale-out", paramLabel = "RATE",
      description = "Network between scale-up domains per device and direction, e.g. "
          + "'50 GB/s' (400 Gb/s InfiniBand), for a replica larger than the accelerator's "
          + "scale-up domain.")
  String scaleOut;

  ModelArchitecture model() throws IOException {
    return Models.resolve(model);
  }

  Precision precision() {
    NumericFormat w = NumericFormat.parse(weights);
    NumericFormat a = compute == null ? null : NumericFormat.parse(compute);
    return precision(w, NumericFormat.parse(kvCache), a,
        expertWeights == null ? null : NumericFormat.parse(expertWeights));
  }

  /**
   * The precision the tool runs a model in: activations in FP8 for FP8 weights and BF16
   * otherwise, unless given; embeddings as the weights, but BF16 under 8 bits.
   *
   * @param w the weight format
   * @param kv the KV cache format
   * @param compute the activation format, or null for the default
   * @param experts the expert weight format, or null for the weights'
   * @return the precision
   */
  static Precision precision(NumericFormat w, NumericFormat kv,
      @Nullable NumericFormat compute,
      @Nullable NumericFormat experts) {
    NumericFormat a = compute != null ? compute
        : w.computeFormat() == ComputeFormat.FP8
            ? NumericFormat.FP8_E4M3 : NumericFormat.BF16;
    Precision.Builder b = Precision.builder().weights(w).kvCache(kv).activations(a);
    if (experts != null) {
      b.expertWeights(experts);
    }
    if (w.elementBits() < 8) {
      // GPTQ/AWQ/MXFP4 checkpoints keep the embedding table and head in 16 bits
      b.embeddings(NumericFormat.BF16);
    }
    return b.build();
  }

  /**
   * The precision on an accelerator: without {@code --compute}, FP8 activations only where the
   * accelerator has a dense FP8 peak; elsewhere (an A100) FP8 weights compute in BF16, as
   * weight-only (W8A16) kernels run them.
   */
  Precision precisionOn(Precision p, AcceleratorSpec a) {
    if (compute == null && p.computeFormat() == ComputeFormat.FP8
        && !a.supports(ComputeFormat.FP8)) {
      return Precision.builder().from(p).activations(NumericFormat.BF16).build();
    }
    return p;
  }

  /**
   * Checks that the accelerator has every figure a performance estimate of the deployment reads,
   * naming the one missing and the option that supplies it.
   *
   * @throws IllegalArgumentException if a figure is missing
   */
  void requireFiguresFor(Deployment d) {
    AcceleratorSpec a = d.accelerator();
    ComputeFormat format = d.precision().computeFormat();
    List<String> missing = new ArrayList<>();
    if (!a.supports(format)) {
      missing.add("no sourced dense " + format + " peak (densePeak." + format + "); give it "
          + "with --dense-peak " + format + "=RATE, RATE written like '500 TFLOP/s', or choose "
          + "other activations with --compute");
    }
    if (d.tensorParallel() * d.pipelineParallel() > 1 && a.scaleUp().isEmpty()) {
      String figure = "scaleUp";
      for (String path : entry().missingFor(d)) {
        if (path.startsWith("scaleUp")) {
          figure = path;
        }
      }
      String what = figure.equals("scaleUp.basis")
          ? "scale-up bandwidth with a stated direction" : "sourced scale-up bandwidth";
      missing.add("no " + what + " (" + figure + "), which tp=" + d.tensorParallel() + ", pp="
          + d.pipelineParallel() + " needs; give the bandwidth per device and direction with "
          + "--link-bandwidth RATE, RATE written like '450 GB/s'");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Accelerator '" + a.id() + "' has "
          + String.join("; and ", missing));
    }
  }

  /**
   * Adds the tiers of the catalog figures behind a result: {@code tier}, the weakest of them,
   * and {@code figureTiers}, the tier of each accelerator figure the estimate reads and of the
   * other figures given, or {@code given} where an option supplied the figure.
   *
   * @param r the report to add to
   * @param d the deployment estimated
   * @param others other figures behind the result, such as the price, by name: a tier, or
   *     null when an option supplied it; in the order to show
   */
  void putTiers(Report r, Deployment d, Map<String, SourceTier> others) {
    putTiers(r, d, List.of(), others);
  }

  /**
   * Adds the tiers as {@link #putTiers(Report, Deployment, Map)} does, with more accelerator
   * figures behind the result, such as {@code thermalDesignPower} for its energy.
   */
  void putTiers(Report r, Deployment d, List<String> moreFigures,
      Map<String, SourceTier> others) {
    AcceleratorEntry entry = entry();
    Map<String, String> tiers = new LinkedHashMap<>();
    SourceTier weakest = SourceTier.PRIMARY;
    List<String> figures = new ArrayList<>(AcceleratorEntry.figuresUsedBy(d));
    figures.addAll(moreFigures);
    for (String figure : figures) {
      Optional<SourceTier> tier = isGiven(entry, figure) ? Optional.empty()
          : entry.tierOf(figure);
      tiers.put(figure, tier.map(Enum::name).orElse("given"));
      weakest = tier.map(weakest::weakerOf).orElse(weakest);
    }
    for (Map.Entry<String, SourceTier> other : others.entrySet()) {
      tiers.put(other.getKey(), other.getValue() == null ? "given" : other.getValue().name());
      weakest = other.getValue() == null ? weakest : weakest.weakerOf(other.getValue());
    }
    Report byFigure = new Report();
    tiers.forEach(byFigure::put);
    r.put("tier", "tier", weakest.name()).put("figureTiers", "figure tiers", byFigure);
  }

  private boolean isGiven(AcceleratorEntry entry, String figure) {
    switch (figure) {
      case "memoryBandwidth":
        return entry.memoryBandwidth().isEmpty();
      case "scaleUp":
        return linkBandwidth != null;
      case "memory":
        return false;
      default:
        return !entry.figures().contains(figure);
    }
  }

  private AcceleratorEntry entry() {
    return hardware().accelerators().get(gpu);
  }

  /** The hardware catalogs: the bundled ones, or their primary figures with --primary-only. */
  HardwareCatalogs hardware() {
    return Catalogs.hardware(primaryOnly);
  }

  /** Whether no layout was given, so that the deployment is the smallest that fits. */
  boolean isSmallestLayout() {
    return gpus == null && tp == null;
  }

  AcceleratorSpec requireAccelerator() {
    if (gpu == null) {
      throw new IllegalArgumentException("Option '--gpu' is required for this command");
    }
    return Catalogs.accelerator(hardware(), gpu, memoryBandwidth, linkBandwidth, densePeaks);
  }

  /**
   * Builds the deployment: the given layout, or the smallest that fits the load.
   *
   * @param memory the memory estimator
   * @param context the tokens per sequence to fit
   * @param sequences the concurrent sequences to fit
   * @return the deployment
   */
  Deployment deployment(MemoryEstimator memory, long context, long sequences) throws IOException {
    return deployment(model(), precision(), memory, context, sequences);
  }

  /**
   * Builds the deployment of a model already resolved: the given layout, or the smallest that
   * fits the load.
   *
   * @param m the model, from {@link #model()}
   * @param given the precision, from {@link #precision()}; FP8 activations become BF16 where
   *     the accelerator has no FP8 peak and --compute was not given
   * @param memory the memory estimator
   * @param context the tokens per sequence to fit
   * @param sequences the concurrent sequences to fit
   * @return the deployment
   */
  Deployment deployment(ModelArchitecture m, Precision given, MemoryEstimator memory,
      long context, long sequences) {
    AcceleratorSpec a = requireAccelerator();
    Precision p = precisionOn(given, a);
    if (pp <= 0) {
      throw new IllegalArgumentException("Pipeline-parallel degree must be positive: " + pp);
    }
    if (isSmallestLayout()) {
      return memory.minimumDeployment(m, a, p, context, sequences).orElseThrow(() ->
          new IllegalArgumentException("Model '" + m.name() + "' does not fit on up to "
              + MemoryEstimator.MAX_DEVICES + " x " + a + " at " + context + " tokens x "
              + sequences + " sequences"));
    }
    int devices = gpus != null ? gpus : tp * pp;
    if (devices <= 0) {
      throw new IllegalArgumentException("Device count must be positive: " + devices);
    }
    int tensor = tp != null ? tp : devices / pp;
    if (tensor * pp <= 0 || devices % (tensor * pp) != 0) {
      throw new IllegalArgumentException("Devices must be a multiple of tp x pp: " + devices
          + " devices, tp " + tensor + ", pp " + pp);
    }
    Deployment.Builder b = Deployment.builder().model(m).accelerator(a).precision(p)
        .tensorParallel(tensor).pipelineParallel(pp).expertParallel(ep)
        .attentionDataParallel(attentionDp).replicas(devices / (tensor * pp));
    if (scaleOut != null) {
      b.scaleOut(Interconnect.of("scale-out", ByteRate.parse(scaleOut),
          BandwidthBasis.PER_DIRECTION));
    }
    return b.build();
  }
}
