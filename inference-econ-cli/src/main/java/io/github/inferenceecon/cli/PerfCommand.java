/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.InputValues;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.Scenario;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.chart.Charts;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code perf}: time to first token, time per output token and throughput. */
@Command(name = "perf", mixinStandardHelpOptions = true,
    description = "Speed of a deployment: time to first token, time per output token, "
        + "throughput (whole deployment and per device) and which resource bounds each phase.")
final class PerfCommand implements Callable<Integer>, HtmlOptions.Drawing {

  @Spec
  CommandSpec spec;

  @Mixin
  DeploymentOptions options;

  @Mixin
  WorkloadOptions workload;

  @Mixin
  OutputOptions output;

  @Mixin
  HtmlOptions html;

  @ArgGroup(exclusive = true)
  Load load;

  /** How the deployment is loaded: a static batch or a number of concurrent sequences. */
  static final class Load {
    @Option(names = "--batch", paramLabel = "B",
        description = "Static batching: B requests start and finish together, in "
            + "[1, 1000000].")
    Integer batch;

    @Option(names = "--concurrency", paramLabel = "C",
        description = "Continuous batching with C sequences in flight, in [1, 1000000], or "
            + "'max' for as many as memory allows (offline throughput). Default: max.")
    String concurrency;
  }

  @Override
  public Integer call() throws Exception {
    Request request = workload.request();
    PerformanceModel model = PerformanceModel.defaults();
    MemoryEstimator memory = model.memoryEstimator();
    Deployment d = options.deploymentFor(memory, request);
    ServingEstimate e = estimate(model, d, request, load);
    Report r = new Report().put("deployment", "deployment", d.toString());
    options.putPrecisionSource(r, d.model());
    options.putCompute(r, d);
    withRanges(report(r, d, e), e, model.calibration().regimeOf(d).toString());
    options.putTiers(r, d, List.of(), tiers -> tiers);
    r.print(spec.commandLine().getOut(), output);
    if (html.isWanted()) {
      List<ServingEstimate> sweep = Charts.concurrencySweep(model, d, request);
      HtmlPage.Section s = new HtmlPage.Section("Speed of " + d)
          .chart(Charts.throughputAgainstConcurrency(sweep))
          .chart(Charts.timeToFirstTokenAgainstConcurrency(sweep))
          .chart(Charts.timePerOutputTokenAgainstConcurrency(sweep))
          .results(r);
      Provenance.model(s, d.model());
      Provenance.accelerator(s, options, d);
      html.emit("Speed: " + d.model().name(), List.of(s));
    }
    return 0;
  }

  @Override
  public HtmlOptions html() {
    return html;
  }

  static ServingEstimate estimate(PerformanceModel model, Deployment d, Request request,
      Load load) {
    return scenario(request, load).evaluate(model, d);
  }

  /**
   * The library's scenario the load options describe: a static batch, a concurrency, or (by
   * default, or with 'max') as many sequences as memory allows.
   */
  static Scenario scenario(Request request, @Nullable Load load) {
    if (load != null && load.batch != null) {
      Inputs.range("--batch", String.valueOf(load.batch), load.batch, 1, Inputs.MAX_SEQUENCES);
      return Scenario.staticBatch(request, load.batch);
    }
    if (load == null || load.concurrency == null || load.concurrency.equals("max")) {
      return Scenario.offline(request);
    }
    long concurrency;
    try {
      concurrency = Long.parseLong(load.concurrency);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(InputValues.rejected("--concurrency", load.concurrency,
          "must be a whole number or 'max'"), ex);
    }
    Inputs.range("--concurrency", load.concurrency, concurrency, 1, Inputs.MAX_SEQUENCES);
    return Scenario.atConcurrency(request, (int) concurrency);
  }

  static Report report(Report r, Deployment d, ServingEstimate e) {
    return r
        .put("devices", "devices", d.devices())
        .put("concurrency", "concurrency", e.concurrency())
        .put("memoryLimit", "memory limit (sequences)", e.memoryLimit())
        .put("ttftSeconds", "time to first token", e.timeToFirstToken())
        .put("tpotSeconds", "time per output token", e.timePerOutputToken())
        .put("outputTokensPerSecond", "output tokens/s", e.outputThroughput().tokensPerSecond())
        .put("outputTokensPerSecondPerDevice", "output tokens/s per device",
            e.outputThroughputPerDevice().tokensPerSecond())
        .put("requestsPerSecond", "requests/s", e.requestsPerSecond())
        .put("prefillShare", "prefill share of time", e.prefillShare())
        .put("prefillBound", "prefill bound", e.prefillBound().toString())
        .put("decodeBound", "decode bound", e.decodeBound().toString());
  }

  /**
   * Adds the calibration regime and the ranges its prediction interval puts around the
   * throughput, time to first token and time per output token; a note when the model has no
   * interval.
   */
  static Report withRanges(Report r, ServingEstimate e, String regime) {
    r.put("regime", "calibration regime", regime);
    e.predictionInterval().ifPresentOrElse(i -> {
      String share = Math.round(i.coverage() * 100) + "% range";
      r.put("outputTokensPerSecondRange", "output tokens/s, " + share,
          range(i.low(e.outputThroughput()).tokensPerSecond(),
              i.high(e.outputThroughput()).tokensPerSecond()))
          .put("ttftSecondsRange", "time to first token, " + share,
              range(i.low(e.timeToFirstToken()), i.high(e.timeToFirstToken())))
          .put("tpotSecondsRange", "time per output token, " + share,
              range(i.low(e.timePerOutputToken()), i.high(e.timePerOutputToken())))
          .put("rangeBasis", "range from", i.rows() + " MLPerf rows (" + i.basis() + ")");
    }, () -> r.note("No range: the efficiencies given are not calibrated."));
    return r;
  }

  private static Report range(Object low, Object high) {
    return new Report().put("low", low).put("high", high);
  }
}
