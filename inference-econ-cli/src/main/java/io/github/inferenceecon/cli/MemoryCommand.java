/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.chart.Charts;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.memory.KvCache;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.memory.WeightMemory;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memory}: what a model needs in memory, and whether it fits a deployment. */
@Command(name = "memory", mixinStandardHelpOptions = true,
    description = "Memory a model needs (weights, KV cache) and, with --gpu, whether and how it "
        + "fits: per-device use, maximum concurrent sequences, minimum devices.")
final class MemoryCommand implements Callable<Integer>, HtmlOptions.Drawing {

  @Spec
  CommandSpec spec;

  @Mixin
  DeploymentOptions options;

  @Mixin
  OutputOptions output;

  @Mixin
  HtmlOptions html;

  @Option(names = "--context", paramLabel = "T",
      description = "Tokens per sequence, in [0, 1000000000]. Default: 8192, or the model's "
          + "context if shorter.")
  Long context;

  @Option(names = "--batch", paramLabel = "B", defaultValue = "1",
      description = "Concurrent sequences, in [0, 1000000]. Default: ${DEFAULT-VALUE}.")
  long batch;

  @Override
  public Integer call() throws Exception {
    ModelArchitecture model = options.model();
    Precision precision = options.precision(model);
    long tokens = context != null ? context : MemoryEstimator.defaultContext(model);
    Inputs.range(spec, "--context", tokens, 0, Inputs.MAX_TOKENS);
    Inputs.range(spec, "--batch", batch, 0, Inputs.MAX_SEQUENCES);
    Inputs.require(spec, "--batch", batch, tokens * batch <= Inputs.MAX_BATCH_TOKENS,
        "times --context (" + tokens + ") must be at most " + Inputs.MAX_BATCH_TOKENS
            + " tokens");
    MemoryEstimator memory = MemoryEstimator.defaults();
    WeightMemory weights = WeightMemory.of(model, precision);
    ByteSize kv = KvCache.perBatch(model, precision.kvCache(), tokens, batch,
        memory.assumptions().blockSize());
    Report r = new Report().put("model", "model", model.name());
    options.putPrecision(r, model, precision);
    r.put("contextTokens", "context tokens", tokens)
        .put("batch", "batch", batch)
        .put("parametersTotal", "parameters (total)", model.totalParameters())
        .put("parametersActive", "parameters (active)", model.activeParameters())
        .put("weightBytes", "weights", weights.total())
        .put("kvCacheBytesPerToken", "KV cache per token",
            KvCache.perToken(model, precision.kvCache()))
        .put("kvCacheBytes", "KV cache", kv)
        .put("totalBytes", "total", weights.total().plus(kv));
    HtmlPage.Section section = new HtmlPage.Section("Memory of " + model.name());
    Provenance.model(section, model);
    if (options.gpu != null) {
      Deployment d = options.deployment(model, precision, memory, tokens, batch);
      DeploymentMemory m = memory.estimate(d, tokens, batch);
      r.put("accelerator", "accelerator", d.accelerator().toString());
      options.putCompute(r, d);
      r.put("devices", "devices", d.devices())
          .put("tensorParallel", "tensor parallel", d.tensorParallel())
          .put("pipelineParallel", "pipeline parallel", d.pipelineParallel())
          .put("perDeviceBytes", "per device (used)", m.used())
          .put("deviceBudgetBytes", "per device (budget)", m.budget())
          .put("fits", "fits", m.fits())
          .put("freeBytes", "free per device", m.free())
          .put("maxConcurrentSequences", "max sequences", tokens == 0 ? null
              : m.maxConcurrentSequences());
      if (options.isSmallestLayout()) {
        // the deployment is already the result of the same search
        r.put("minDevices", "min devices", d.devices());
      } else {
        memory.minimumDeployment(model, d.accelerator(), precision, tokens, batch)
            .ifPresent(min -> r.put("minDevices", "min devices", min.devices()));
      }
      r.note("").note(m.toString().stripTrailing());
      section.chart(Charts.memory(m));
      Provenance.accelerator(section, options, d);
    }
    r.print(spec.commandLine().getOut(), output);
    if (html.isWanted()) {
      html.emit("Memory: " + model.name(), List.of(section.results(r)));
    }
    return 0;
  }

  @Override
  public HtmlOptions html() {
    return html;
  }
}
