/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.B200;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H200_SXM;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.MI300X;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.workload.Request;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the performance package's types. */
final class PerformanceGenerators {

  private PerformanceGenerators() {}

  /**
   * Deployments covering dense, MoE, sliding-window, latent-attention and parallel layouts. The
   * properties are about the physics, not the context window: each model's window is widened to
   * {@value #WIDE_WINDOW} tokens so that every generated length is a valid estimate.
   */
  static final List<Deployment> DEPLOYMENTS = List.of(
      Deployment.of(wide("llama-3.1-8b"), H100_SXM, 1),
      Deployment.of(wide("llama-3.1-8b"), H100_SXM, 2),
      Deployment.builder().model(wide("llama-3.1-70b")).accelerator(H100_SXM)
          .tensorParallel(4).precision(Precision.uniform(NumericFormat.FP8_E4M3)).build(),
      Deployment.builder().model(wide("llama-2-70b")).accelerator(H100_SXM)
          .tensorParallel(2).pipelineParallel(2).build(),
      Deployment.of(wide("mixtral-8x7b"), H200_SXM, 2),
      Deployment.of(wide("qwen3-30b-a3b"), MI300X, 1),
      Deployment.of(wide("gemma-2-9b"), H100_SXM, 1),
      Deployment.builder().model(wide("deepseek-v3")).accelerator(B200)
          .tensorParallel(8).precision(Precision.uniform(NumericFormat.FP8_E4M3)).build(),
      Deployment.builder().model(wide("gpt-oss-20b")).accelerator(H100_SXM)
          .precision(Precision.builder().weights(NumericFormat.BF16)
              .expertWeights(NumericFormat.MXFP4).kvCache(NumericFormat.BF16)
              .activations(NumericFormat.BF16).build())
          .build());

  /** The context window of the generated deployments' models, in tokens. */
  static final int WIDE_WINDOW = 262_144;

  private static ModelArchitecture wide(String id) {
    return ModelArchitecture.builder().from(KnownArchitectures.get(id))
        .contextLength(WIDE_WINDOW).build();
  }

  static Gen<Deployment> deployments() {
    return Generate.pick(DEPLOYMENTS);
  }

  static Gen<Efficiency> efficiencies() {
    return doubles().between(0.05, 1).zip(doubles().between(0.05, 1),
        doubles().between(0.05, 1), integers().between(0, 100_000),
        integers().between(0, 5_000_000),
        (c, m, i, ar, o) -> Efficiency.builder().computeEfficiency(c).memoryEfficiency(m)
            .interconnectEfficiency(i).allReduceLatency(Duration.ofNanos(ar))
            .pipelineHopLatency(Duration.ofNanos(ar / 2)).stepOverhead(Duration.ofNanos(o))
            .build());
  }

  static Gen<SpeculativeDecoding> speculativeDecodings() {
    return integers().between(1, 12).zip(doubles().between(0, 0.99),
        doubles().between(0, 1), SpeculativeDecoding::of);
  }

  static Gen<AttentionSparsity> sparsities() {
    return doubles().between(0, 0.99).zip(longs().between(0, 100_000), AttentionSparsity::of);
  }

  static Gen<Request> requests() {
    return longs().between(1, 20_000).zip(longs().between(1, 4_000), Request::of);
  }

  static Gen<Long> contexts() {
    return longs().between(0, 200_000);
  }

  /** Factors of at least 1 that scale a rate up. */
  static Gen<Double> speedUps() {
    return doubles().between(1, 8);
  }

  /** A copy of an accelerator with its bandwidth and every peak scaled. */
  static AcceleratorSpec faster(AcceleratorSpec a, double bandwidth, double compute) {
    Map<ComputeFormat, FlopRate> peaks = new EnumMap<>(ComputeFormat.class);
    a.densePeak().forEach((f, r) -> peaks.put(f, FlopRate.of(r.flopsPerSecond() * compute)));
    AcceleratorSpec.Builder b = AcceleratorSpec.builder();
    b.from(a);
    b.memoryBandwidth(ByteRate.of(a.memoryBandwidth().bytesPerSecond() * bandwidth));
    b.densePeak(peaks);
    return b.build();
  }
}
