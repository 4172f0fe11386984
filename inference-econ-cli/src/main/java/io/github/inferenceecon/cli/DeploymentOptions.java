/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.ComputeChoice;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.CheckpointPrecision;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.hardware.AcceleratorEntry;
import io.github.inferenceecon.hardware.FigureTiers;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.hardware.MissingFigureException;
import io.github.inferenceecon.hardware.SuppliedFigures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that describe a model, its numeric formats and, optionally, the accelerators it
 * runs on. Where {@code --gpus} is omitted the fewest devices that fit are used; where
 * {@code --tp} is omitted the model is tensor-parallel across all of them.
 */
final class DeploymentOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "M",
      description = "A bundled model id or alias (e.g. llama-3.1-70b), or a path to a Hugging "
          + "Face config.json.")
  String model;

  @Option(names = "--weights", paramLabel = "F",
      description = "Weight format: FP32, BF16, FP16, FP8, FP8-E4M3-128X128, INT8, INT4, "
          + "INT4-G128, MXFP4, NVFP4. Default: the format the model's checkpoint ships in, from "
          + "its config.json (quantization_config, torch_dtype).")
  String weights;

  @Option(names = "--expert-weights", paramLabel = "F",
      description = "Format of the routed experts of a mixture of experts (default: the weight "
          + "format), e.g. MXFP4 for gpt-oss.")
  String expertWeights;

  @Option(names = "--kv-cache", paramLabel = "F",
      description = "KV cache format. Default: the checkpoint's unquantised type (BF16, or FP16 "
          + "for float16 checkpoints).")
  String kvCache;

  @Option(names = "--compute", paramLabel = "F",
      description = "Activation (compute) format. Default: the checkpoint's (with --weights: "
          + "the weights' own format for FP8, NVFP4 and MXFP4, else BF16), where the accelerator "
          + "has a dense peak for it, else the nearest wider format it has one for (NVFP4 "
          + "computes in FP4 on a B200, in FP8 on an H100; FP8 in BF16 on an A100). The output "
          + "names it (computePrecision) and why (computeSource, computeReason).")
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

  /**
   * The precision of a model the options ask for: the one its checkpoint ships in
   * ({@link ModelArchitecture#defaultPrecision()}), or with {@code --weights} the library's usual
   * precision for those weights ({@link Precision#forWeights}); the other formats given replace
   * their part.
   */
  Precision precision(ModelArchitecture m) {
    Precision shipped = m.defaultPrecision();
    NumericFormat kv = kvCache == null ? shipped.kvCache() : NumericFormat.parse(kvCache);
    Precision p = weights == null ? shipped.withKvCache(kv)
        : Precision.forWeights(NumericFormat.parse(weights), kv);
    if (compute != null) {
      p = p.withActivations(NumericFormat.parse(compute));
    }
    if (expertWeights != null) {
      p = p.withExpertWeights(NumericFormat.parse(expertWeights));
    }
    return p;
  }

  /**
   * Adds the precision and why it was chosen: {@code precision}; {@code precisionSource},
   * {@code checkpoint} when it is the checkpoint's, {@code given} when {@code --weights} chose
   * it, {@code checkpoint+given} when other formats were given; and {@code checkpoint}, the
   * checkpoint's precision and where it was read.
   *
   * @param r the report to add to
   * @param m the model
   * @param p the precision estimated, from {@link #precision(ModelArchitecture)}, as the
   *     accelerator runs it
   */
  void putPrecision(Report r, ModelArchitecture m, Precision p) {
    r.put("precision", "precision", p.toString());
    putPrecisionSource(r, m);
  }

  /**
   * Adds why the precision was chosen, {@code precisionSource} and {@code checkpoint}, as
   * {@link #putPrecision} does, for a report that shows the precision in its deployment.
   *
   * @param r the report to add to
   * @param m the model
   */
  void putPrecisionSource(Report r, ModelArchitecture m) {
    boolean anyGiven = weights != null || expertWeights != null || kvCache != null
        || compute != null;
    String source = weights != null ? "given" : anyGiven ? "checkpoint+given" : "checkpoint";
    r.put("precisionSource", "precision source", source)
        .put("checkpoint", "checkpoint", m.checkpointPrecision()
            .map(CheckpointPrecision::toString).orElse(null));
  }

  /**
   * Adds the format a deployment's matrix products run at and why it was chosen
   * ({@link AcceleratorSpec#computeChoice}): {@code computePrecision}, the compute format;
   * {@code computeSource}, {@code given} with {@code --compute}, otherwise the library's
   * {@link ComputeChoice.Source} in lower case ({@code weights}, {@code weight-only},
   * {@code nearest-wider}, {@code activations}, {@code unsupported}); and
   * {@code computeReason}, in words.
   *
   * @param r the report to add to
   * @param d the deployment, built by {@link #deployment}
   */
  void putCompute(Report r, Deployment d) {
    r.put("computePrecision", "compute precision", d.precision().computeFormat().name());
    if (compute != null) {
      r.put("computeSource", "compute source", "given")
          .put("computeReason", "compute reason", "--compute " + d.precision().activations());
      return;
    }
    ComputeChoice c = d.accelerator().computeChoice(precision(d.model()));
    r.put("computeSource", "compute source",
            c.source().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .put("computeReason", "compute reason", c.reason());
  }

  private static final String RATE_RULE = "must be a rate such as '3.9 TB/s' or '450 GB/s'";
  private static final String PEAK_RULE = "must be FORMAT=RATE, such as BF16='989 TFLOP/s'";

  /** The figures given with options, which fill the catalog entry's gaps. */
  SuppliedFigures supplied() {
    SuppliedFigures.Builder b = SuppliedFigures.builder();
    if (memoryBandwidth != null) {
      b.memoryBandwidth(Inputs.parsed("--memory-bandwidth", memoryBandwidth, ByteRate::parse,
          RATE_RULE));
    }
    for (Map.Entry<String, String> e : densePeaks.entrySet()) {
      String given = e.getKey() + "=" + e.getValue();
      b.putDensePeak(Inputs.parsed("--dense-peak", given, t -> ComputeFormat.of(e.getKey()),
          PEAK_RULE), Inputs.parsed("--dense-peak", given, t -> FlopRate.parse(e.getValue()),
          PEAK_RULE));
    }
    if (linkBandwidth != null) {
      b.scaleUpBandwidth(Inputs.parsed("--link-bandwidth", linkBandwidth, ByteRate::parse,
          RATE_RULE));
    }
    return b.build();
  }

  /**
   * Checks that the accelerator has every figure a performance estimate of the deployment reads
   * ({@link AcceleratorEntry#missingFor(Deployment, SuppliedFigures)}), naming each one missing
   * and the option that supplies it.
   *
   * @throws IllegalArgumentException if a figure is missing
   */
  void requireFiguresFor(Deployment d) {
    List<String> missing = new ArrayList<>();
    for (String figure : entry().missingFor(d, supplied())) {
      if (figure.startsWith("densePeak.")) {
        ComputeFormat format = d.precision().computeFormat();
        missing.add("no sourced dense " + format + " peak (" + figure + "); give it with "
            + "--dense-peak " + format + "=RATE, RATE written like '500 TFLOP/s', or choose "
            + "other activations with --compute");
      } else if (figure.startsWith("scaleUp")) {
        String what = figure.equals("scaleUp.basis")
            ? "scale-up bandwidth with a stated direction" : "sourced scale-up bandwidth";
        missing.add("no " + what + " (" + figure + "), which tp=" + d.tensorParallel() + ", pp="
            + d.pipelineParallel() + " needs; give the bandwidth per device and direction with "
            + "--link-bandwidth RATE, RATE written like '450 GB/s'");
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Accelerator '" + d.accelerator().id() + "' has "
          + String.join("; and ", missing));
    }
  }

  /**
   * Adds the tiers of the figures behind a result ({@link FigureTiers}): {@code tier}, the
   * weakest of them, and {@code figureTiers}, the tier of each accelerator figure the estimate
   * reads and of the other figures, or {@code given} where an option supplied the figure.
   *
   * @param r the report to add to
   * @param d the deployment estimated
   * @param moreFigures accelerator figures behind the result besides those every estimate
   *     reads, such as those of the deployment a what-if makes
   * @param others the tiers of the accelerator's figures, to which the result's other figures
   *     (such as the price) are added
   */
  void putTiers(Report r, Deployment d, List<String> moreFigures,
      UnaryOperator<FigureTiers> others) {
    List<String> figures = new ArrayList<>(AcceleratorEntry.figuresUsedBy(d));
    figures.addAll(moreFigures);
    FigureTiers tiers = others.apply(entry().tiersOf(figures, supplied()));
    Report byFigure = new Report();
    tiers.tiers().forEach((figure, tier) -> byFigure.put(figure,
        tier.map(Enum::name).orElse("given")));
    r.put("tier", "tier", tiers.weakest().name()).put("figureTiers", "figure tiers", byFigure);
  }

  /**
   * Adds the tiers of the figures behind a result that includes its energy, as
   * {@link #putTiers(Report, Deployment, List, UnaryOperator)} does: the accelerator's figures
   * (those every estimate reads, then those of the energy), the price, then the energy's other
   * figures (such as the PUE).
   *
   * @param r the report to add to
   * @param d the deployment estimated
   * @param energy the tiers of the figures the energy rests on
   *     ({@link HardwareCatalogs#defaultEnergyTiers}), empty without energy
   * @param price the tiers so far, to which the price is added
   */
  void putTiers(Report r, Deployment d, FigureTiers energy, UnaryOperator<FigureTiers> price) {
    List<String> own = entry().figures();
    List<String> accelerator = new ArrayList<>();
    FigureTiers others = FigureTiers.empty();
    for (Map.Entry<String, Optional<SourceTier>> e : energy.tiers().entrySet()) {
      // listed by catalog: the accelerator entry's figures before the price, the others after
      if (own.contains(e.getKey())) {
        accelerator.add(e.getKey());
      } else {
        others = e.getValue().isPresent() ? others.plus(e.getKey(), e.getValue().get())
            : others.plusGiven(e.getKey());
      }
    }
    FigureTiers rest = others;
    putTiers(r, d, accelerator, tiers -> price.apply(tiers).plus(rest));
  }

  /** The accelerator's catalog entry (--gpu). */
  AcceleratorEntry entry() {
    return hardware().accelerators().get(gpu);
  }

  /** The hardware catalogs: the bundled ones, or their primary figures with --primary-only. */
  HardwareCatalogs hardware() {
    return Catalogs.hardware(primaryOnly);
  }

  /**
   * Checks the layout options: each in [1, {@value Inputs#MAX_DEVICES}], and --gpus a multiple
   * of --tp x --pp (of --pp alone without --tp).
   */
  private void checkLayout() {
    long max = Inputs.MAX_DEVICES;
    Inputs.range(spec, "--pp", pp, 1, max);
    if (tp != null) {
      Inputs.range(spec, "--tp", tp, 1, max);
    }
    if (gpus != null) {
      Inputs.range(spec, "--gpus", gpus, 1, max);
      long per = tp != null ? (long) tp * pp : pp;
      String what = tp != null ? "--tp x --pp (" + tp + " x " + pp + ")" : "--pp (" + pp + ")";
      Inputs.require(spec, "--gpus", gpus, gpus % per == 0, "must be a multiple of " + what);
    } else if (tp != null) {
      Inputs.require(spec, "--tp", tp, (long) tp * pp <= max, "times --pp (" + pp + ") must be "
          + "at most " + max + " devices");
    }
  }

  /** Whether no layout was given, so that the deployment is the smallest that fits. */
  boolean isSmallestLayout() {
    return gpus == null && tp == null;
  }

  /**
   * The accelerator's spec: the catalog entry's, with the figures given with options filling
   * its gaps ({@link AcceleratorEntry#spec(SuppliedFigures)}).
   *
   * @throws IllegalArgumentException if no --gpu is given, the accelerator is unknown (with
   *     suggestions) or it lacks a figure a spec needs
   */
  AcceleratorSpec requireAccelerator() {
    if (gpu == null) {
      throw new IllegalArgumentException("Option '--gpu' is required for this command");
    }
    AcceleratorEntry entry = entry();
    try {
      return entry.spec(supplied());
    } catch (MissingFigureException e) {
      if (e.figures().contains("memory")) {
        throw new IllegalArgumentException("Accelerator '" + entry.id()
            + "' has no sourced memory capacity in the catalog", e);
      }
      throw new IllegalArgumentException("Accelerator '" + entry.id() + "' has no sourced "
          + "memory bandwidth in the catalog; give one with --memory-bandwidth (e.g. "
          + "'3.9 TB/s')", e);
    }
  }

  /**
   * Builds the deployment a request is estimated on: the given layout, or the smallest that
   * holds one sequence of the whole request (as a self-hosted estimate requires,
   * {@link io.github.inferenceecon.core.selfhosted.SelfHostedEstimate#memory()}), with every
   * accelerator figure a performance estimate reads ({@link #requireFiguresFor}).
   *
   * @param memory the memory estimator
   * @param request the request
   * @return the deployment
   */
  Deployment deploymentFor(MemoryEstimator memory, Request request) throws IOException {
    Deployment d = deployment(memory, request.totalTokens().count(), 1);
    requireFiguresFor(d);
    return d;
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
    ModelArchitecture m = model();
    return deployment(m, precision(m), memory, context, sequences);
  }

  /**
   * Builds the deployment of a model already resolved: the given layout
   * ({@link Deployment.Builder#layout}, {@code --tp} defaulting to the devices over
   * {@code --pp}), or the smallest that fits the load
   * ({@link MemoryEstimator#minimumDeployment}).
   *
   * @param m the model, from {@link #model()}
   * @param given the precision, from {@link #precision(ModelArchitecture)}; without
   *     --compute, as the accelerator runs it ({@link AcceleratorSpec#runnablePrecision})
   * @param memory the memory estimator
   * @param context the tokens per sequence to fit
   * @param sequences the concurrent sequences to fit
   * @return the deployment
   */
  Deployment deployment(ModelArchitecture m, Precision given, MemoryEstimator memory,
      long context, long sequences) {
    // the model's window first: a context beyond it is wrong on every accelerator
    m.checkContext(context);
    AcceleratorSpec a = requireAccelerator();
    Precision p = compute == null ? a.runnablePrecision(given) : given;
    checkLayout();
    if (isSmallestLayout()) {
      String layoutOption = ep != 1 ? "--ep" : attentionDp ? "--attention-dp"
          : scaleOut != null ? "--scale-out" : null;
      if (layoutOption != null) {
        throw new IllegalArgumentException("Option '" + layoutOption
            + "' needs a layout: give --gpus or --tp");
      }
      return memory.minimumDeployment(m, a, p, context, sequences).orElseThrow(() ->
          new IllegalArgumentException("Model '" + m.name() + "' does not fit on up to "
              + MemoryEstimator.MAX_DEVICES + " x " + a + " at " + context + " tokens x "
              + sequences + " sequences"));
    }
    int devices = gpus != null ? gpus : tp * pp;
    int tensor = tp != null ? tp : devices / pp;
    Interconnect scaleOutLink = scaleOut == null ? null : Interconnect.of("scale-out",
        Inputs.parsed("--scale-out", scaleOut, ByteRate::parse, RATE_RULE),
        BandwidthBasis.PER_DIRECTION);
    try {
      Deployment.Builder b = Deployment.builder().model(m).accelerator(a).precision(p)
          .layout(devices, tensor, pp).expertParallel(ep).attentionDataParallel(attentionDp);
      if (scaleOutLink != null) {
        b.scaleOut(scaleOutLink);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Layout --gpus " + devices + " --tp " + tensor
          + " --pp " + pp + ": " + e.getMessage(), e);
    }
  }
}
