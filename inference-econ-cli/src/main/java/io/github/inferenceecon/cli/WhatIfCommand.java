/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.performance.AttentionSparsity;
import io.github.inferenceecon.core.performance.Comparison;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.Scenario;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.performance.SpeculativeDecoding;
import io.github.inferenceecon.core.performance.WhatIfs;
import io.github.inferenceecon.core.selfhosted.CostComparison;
import io.github.inferenceecon.hardware.AcceleratorEntry;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code whatif}: the article's optimisations, each the library's {@link WhatIfs} comparison of
 * one deployment before and after one change, with its cost on the same devices
 * ({@link CostComparison}) when a price is given.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = "What one optimisation changes: memory, speed and (with a price) cost of the "
        + "same deployment before and after quantisation, speculative decoding, prompt caching, "
        + "continuous batching, sparse attention or distillation.",
    subcommands = {
        WhatIfCommand.Quantisation.class,
        WhatIfCommand.Speculative.class,
        WhatIfCommand.PromptCaching.class,
        WhatIfCommand.Batching.class,
        WhatIfCommand.SparseAttention.class,
        WhatIfCommand.Distillation.class})
final class WhatIfCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  //-----------------------------------------------------------------------
  /** What every what-if takes: the deployment, the request, an optional price, the output. */
  static final class Setup {

    @Mixin
    DeploymentOptions options;

    @Mixin
    WorkloadOptions workload;

    @ArgGroup(exclusive = false, multiplicity = "0..1",
        heading = "Price (optional; gives the cost before and after):%n")
    @Nullable HourlyPriceOptions price;

    @Option(names = "--utilization", paramLabel = "U",
        description = "With a price: fraction of paid time spent serving, in (0, 1]. "
            + "Default: 1.")
    @Nullable Double utilization;

    @Mixin
    OutputOptions output;

    final WhatIfs whatIfs = WhatIfs.of(PerformanceModel.defaults());

    /** The deployment before the change: the layout given, or the fewest devices that fit. */
    Deployment deployment() throws IOException {
      if (price == null && utilization != null) {
        throw new IllegalArgumentException("Option '--utilization' prices the change: give "
            + "'--price-per-device-hour' or '--offer' with it");
      }
      return options.deploymentFor(PerformanceModel.defaults().memoryEstimator(),
          workload.request());
    }

    /**
     * Prints the what-if: its sides in memory, speed and cost, the figures' tiers.
     *
     * @param spec the command
     * @param d the deployment before
     * @param after the deployment after, where the change makes another (its figures are
     *     checked and their tiers reported), or null
     * @param c the comparison
     */
    void print(CommandSpec spec, Deployment d, @Nullable Deployment after, Comparison c)
        throws IOException {
      CostComparison cost = null;
      Report r = new Report()
          .put("whatIf", "what if", c.change())
          .put("deploymentBefore", "deployment before", c.before().deployment())
          .put("deploymentAfter", "deployment after", c.after().deployment());
      HardwareCatalogs hardware = options.hardware();
      if (price != null) {
        double u = utilization == null ? 1 : utilization;
        HourlyPrice perDeviceHour = price.perDeviceHour(hardware, options.gpu);
        cost = CostComparison.of(c, d, perDeviceHour, u);
        r.put("price", "price", perDeviceHour + " (" + price.describe() + ")")
            .put("utilization", "utilisation", u);
      }
      r.put("throughputRatio", "throughput ratio (after / before)", c.throughputRatio());
      if (cost != null) {
        r.put("costPerMillionOutputRatio", "cost per 1M output tokens ratio",
            cost.costPerMillionOutputRatio());
        r.put("costPerRequestRatio", "cost per request ratio", cost.costPerRequestRatio());
      }
      Report before = side(c.before());
      Report afterSide = side(c.after());
      Report change = new Report()
          .put("memoryPerDeviceBytes", "memory per device", Report.Bytes.of(
              c.memoryPerDeviceChange()))
          .put("kvCachePerDeviceBytes", "KV cache per device", Report.Bytes.of(
              c.kvCachePerDeviceChange()))
          .put("memoryLimit", "memory limit (sequences)", c.memoryLimitChange())
          .put("outputTokensPerSecond", "output tokens/s", c.throughputChange())
          .put("ttftSeconds", "time to first token", c.timeToFirstTokenChange())
          .put("tpotSeconds", "time per output token", c.timePerOutputTokenChange())
          .put("e2eSeconds", "end-to-end latency", c.endToEndLatencyChange());
      if (cost != null) {
        before.put("perMillionInputTokens", "per 1M input tokens",
                cost.before().costPerMillionInput())
            .put("perMillionOutputTokens", "per 1M output tokens",
                cost.before().costPerMillionOutput())
            .put("perRequest", "per request", cost.costPerRequestBefore());
        afterSide.put("perMillionInputTokens", "per 1M input tokens",
                cost.after().costPerMillionInput())
            .put("perMillionOutputTokens", "per 1M output tokens",
                cost.after().costPerMillionOutput())
            .put("perRequest", "per request", cost.costPerRequestAfter());
        change.put("perMillionInputTokens", "per 1M input tokens",
                cost.costPerMillionInputChange())
            .put("perMillionOutputTokens", "per 1M output tokens",
                cost.costPerMillionOutputChange())
            .put("perRequest", "per request", cost.costPerRequestChange());
      }
      r.put("sides", "side", new Report.Columns().put("before", before)
          .put("after", afterSide).put("change", change));
      List<String> more = after == null ? List.of() : AcceleratorEntry.figuresUsedBy(after);
      HourlyPriceOptions paid = price;
      options.putTiers(r, d, more, tiers -> paid == null ? tiers
          : Optional.ofNullable(paid.tier(hardware)).map(t -> tiers.plus("price", t))
              .orElseGet(() -> tiers.plusGiven("price")));
      if (cost == null) {
        r.note("Cost: give --price-per-device-hour or --offer for the cost before and after.");
      } else {
        r.note("Cost: the same devices at the same price and utilisation before and after; "
            + "only the throughput changes. " + String.join("; ", cost.before().assumptions()));
      }
      r.print(spec.commandLine().getOut(), output);
    }

    private static Report side(ServingEstimate e) {
      return new Report()
          .put("batching", "batching", e.batching().name().toLowerCase(Locale.ROOT))
          .put("concurrency", "sequences per replica", e.concurrency())
          .put("inputTokens", "input tokens", e.request().inputTokens().count())
          .put("cachedInputTokens", "cached input tokens", e.request().cachedInputTokens().count())
          .put("outputTokens", "output tokens", e.request().outputTokens().count())
          .put("memoryPerDeviceBytes", "memory per device", Report.Bytes.of(e.memoryPerDevice()))
          .put("kvCachePerDeviceBytes", "KV cache per device",
              Report.Bytes.of(e.kvCachePerDevice()))
          .put("memoryLimit", "memory limit (sequences)", e.memoryLimit())
          .put("outputTokensPerSecond", "output tokens/s", e.outputThroughput().tokensPerSecond())
          .put("ttftSeconds", "time to first token", e.timeToFirstToken())
          .put("tpotSeconds", "time per output token", e.timePerOutputToken())
          .put("e2eSeconds", "end-to-end latency", e.endToEndLatency());
    }
  }

  //-----------------------------------------------------------------------
  /**
   * A change evaluated at a scenario of the load options: the deployment before, the one the
   * change makes (if another), and the library's comparison.
   */
  abstract static class ScenarioChange implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @ArgGroup(exclusive = true)
    PerfCommand.@Nullable Load load;

    /** The deployment the change makes, whose figures are checked and reported, or null. */
    @Nullable Deployment after(Deployment before) throws IOException {
      return null;
    }

    /** The library's comparison of the change. */
    abstract Comparison compare(Deployment before, Scenario scenario);

    @Override
    public Integer call() throws IOException {
      Deployment d = setup.deployment();
      Deployment after = after(d);
      if (after != null) {
        setup.options.requireFiguresFor(after);
      }
      setup.print(spec, d, after, compare(d, PerfCommand.scenario(setup.workload.request(),
          load)));
      return 0;
    }
  }

  @Command(name = "quantisation", aliases = "quantization", mixinStandardHelpOptions = true,
      description = "Other weight, KV cache or compute formats on the same devices (e.g. BF16 "
          + "-> FP8): smaller weights and KV cache hold more sequences, low-precision compute "
          + "runs at its own peak.")
  static final class Quantisation extends ScenarioChange {
    @Option(names = "--to-weights", required = true, paramLabel = "F",
        description = "Weight format after: FP8, INT8, INT4, INT4-G128, MXFP4, NVFP4, ...")
    String toWeights;

    @Option(names = "--to-kv-cache", paramLabel = "F",
        description = "KV cache format after. Default: unchanged.")
    @Nullable String toKvCache;

    @Option(names = "--to-compute", paramLabel = "F",
        description = "Compute (activation) format after. Default: the usual one for the "
            + "weights, as the accelerator runs it.")
    @Nullable String toCompute;

    @Override
    Deployment after(Deployment before) {
      NumericFormat kv = toKvCache == null ? before.precision().kvCache()
          : NumericFormat.parse(toKvCache);
      Precision p = Precision.forWeights(NumericFormat.parse(toWeights), kv);
      AcceleratorSpec a = before.accelerator();
      return before.withPrecision(toCompute == null ? a.runnablePrecision(p)
          : p.withActivations(NumericFormat.parse(toCompute)));
    }

    @Override
    Comparison compare(Deployment before, Scenario scenario) {
      return setup.whatIfs.quantisation(before, scenario, after(before).precision());
    }
  }

  @Command(name = "speculative-decoding", mixinStandardHelpOptions = true,
      description = "A draft model proposes K tokens that the deployment's model verifies in "
          + "one pass (Leviathan et al. 2023): fewer passes of the large model per token.")
  static final class Speculative extends ScenarioChange {
    @Option(names = "--draft-tokens", required = true, paramLabel = "K",
        description = "Tokens the draft model proposes per pass, at least 1.")
    int draftTokens;

    @Option(names = "--acceptance", required = true, paramLabel = "A",
        description = "Probability that a drafted token is accepted, in [0, 1).")
    double acceptance;

    @Option(names = "--draft-cost", required = true, paramLabel = "C",
        description = "Time of one draft step over one step of the model, not negative "
            + "(e.g. 0.05).")
    double draftCost;

    @Override
    Comparison compare(Deployment before, Scenario scenario) {
      return setup.whatIfs.speculativeDecoding(before, scenario,
          SpeculativeDecoding.of(draftTokens, acceptance, draftCost));
    }
  }

  @Command(name = "prompt-caching", mixinStandardHelpOptions = true,
      description = "A fraction of every prompt is read from a prefix cache and skips its "
          + "prefill.")
  static final class PromptCaching extends ScenarioChange {
    @Option(names = "--cached-fraction", required = true, paramLabel = "F",
        description = "Fraction of input tokens cached after, in [0, 1].")
    double cachedFraction;

    @Override
    Comparison compare(Deployment before, Scenario scenario) {
      return setup.whatIfs.promptCaching(before, scenario, cachedFraction);
    }
  }

  @Command(name = "batching", mixinStandardHelpOptions = true,
      description = "Static batches against continuous batching at the same number of "
          + "sequences.")
  static final class Batching implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Setup setup;

    @Option(names = "--batch", required = true, paramLabel = "B",
        description = "Sequences per replica, in a static batch before and in flight after.")
    int batch;

    @Override
    public Integer call() throws IOException {
      if (batch <= 0) {
        throw new IllegalArgumentException("Batch must be positive: " + batch);
      }
      Deployment d = setup.deployment();
      setup.print(spec, d, null, setup.whatIfs.batching(d, setup.workload.request(), batch));
      return 0;
    }
  }

  @Command(name = "sparse-attention", mixinStandardHelpOptions = true,
      description = "A fraction of attention beyond the first tokens skipped at long context; "
          + "the KV cache is still held whole.")
  static final class SparseAttention extends ScenarioChange {
    @Option(names = "--skip", required = true, paramLabel = "F",
        description = "Fraction of attention work skipped beyond the dense tokens, in [0, 1).")
    double skip;

    @Option(names = "--dense-tokens", required = true, paramLabel = "N",
        description = "Tokens of context attended densely before skipping starts, not "
            + "negative.")
    long denseTokens;

    @Override
    Comparison compare(Deployment before, Scenario scenario) {
      return setup.whatIfs.sparseAttention(before, scenario,
          AttentionSparsity.of(skip, denseTokens));
    }
  }

  @Command(name = "distillation", mixinStandardHelpOptions = true,
      description = "A smaller student model on the teacher's devices, layout and precision.")
  static final class Distillation extends ScenarioChange {
    @Option(names = "--student", required = true, paramLabel = "M",
        description = "The student: a bundled model id or alias, or a path to a Hugging Face "
            + "config.json.")
    String student;

    private @Nullable ModelArchitecture resolved;

    private ModelArchitecture student() throws IOException {
      if (resolved == null) {
        resolved = Models.resolve(student);
      }
      return resolved;
    }

    @Override
    Deployment after(Deployment before) throws IOException {
      return before.withModel(student());
    }

    @Override
    Comparison compare(Deployment before, Scenario scenario) {
      return setup.whatIfs.distillation(before, scenario, Objects.requireNonNull(resolved));
    }
  }
}
