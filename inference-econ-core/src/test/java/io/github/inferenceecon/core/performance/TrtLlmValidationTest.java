/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.B200;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H200_SXM;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.workload.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Independent validation against NVIDIA's TensorRT-LLM performance-overview tables, which are
 * kept out of the calibration (the defaults are fitted to the MLPerf Inference set only, see
 * {@link Efficiency}).
 *
 * <p>Source: https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/docs/source/performance/perf-overview.md
 * (v1.0 era), "Total Output Throughput (tokens/sec)" of {@code trtllm-bench throughput}, all
 * requests queued at once with fixed input and output lengths, for every Llama row of the page:
 * Llama 3.1 8B FP8 (H200, H100, one GPU), Llama 3.3 70B (B200 FP4 one GPU, H200 FP8 one GPU,
 * H100 FP8 two GPUs) and Llama 3.1 405B (B200 FP4 four GPUs, H200 and H100 FP8 eight GPUs),
 * tensor-parallel. Predicted with {@link PerformanceModel#offline}: as many sequences as memory
 * allows. Assumptions: the FP8 checkpoints (nvidia/...-FP8, ModelOpt) run FP8 weights,
 * activations and KV cache and the FP4 ones NVFP4 weights and activations with an FP8 KV cache
 * (ModelOpt writes {@code kv_cache_quant_algo: FP8} into its quantisation config; not verified
 * per checkpoint). With a BF16 KV cache instead, the median error rises to about 26%.
 *
 * <p>Measured, 80 points: with the activations passed between kernels and the refit of
 * 2026-12-07, median absolute percentage error 8.8%, worst 29.4% (Llama 3.3 70B NVFP4 on one
 * B200 at 2048/2048, under-predicted; B200 FP4 70B is 24-29% under at long outputs, Llama 3.1
 * 405B on eight H100s within 25% at every length). With the calibration by regime before it
 * (2026-12-06): median 9.1%, worst 50.5% (405B at 128/4096 on eight H100s, +50.5%). With one
 * set of factors fitted to the five MLPerf Llama-2-70B rows (2026-11-27): median 12.8%, worst
 * 68.3%. The asserted bounds, 10% and 32%, sit just above the measured figures.
 */
final class TrtLlmValidationTest {

  private static final long[][] LENGTHS = {{128, 128}, {128, 2048}, {128, 4096}, {500, 2000},
      {1000, 1000}, {1000, 2000}, {2048, 128}, {2048, 2048}, {5000, 500}, {20000, 2000}};
  private static final Precision FP8 = Precision.uniform(NumericFormat.FP8_E4M3);
  private static final Precision FP4 = Precision.of(NumericFormat.NVFP4,
      NumericFormat.FP8_E4M3, NumericFormat.NVFP4);

  private static final class Column {
    final String model;
    final AcceleratorSpec accelerator;
    final Precision precision;
    final int tp;
    final double[] measured;

    Column(String model, AcceleratorSpec accelerator, Precision precision, int tp,
        double... measured) {
      this.model = model;
      this.accelerator = accelerator;
      this.precision = precision;
      this.tp = tp;
      this.measured = measured;
    }
  }

  private static final List<Column> COLUMNS = List.of(
      new Column("llama-3.1-8b", H200_SXM, FP8, 1,
          27911, 26221, 18027, 20770, 17744, 16828, 3538, 12194, 3902, 1804),
      new Column("llama-3.1-8b", H100_SXM, FP8, 1,
          28312, 22714, 14325, 17660, 15220, 13899, 3450, 9305, 3459, 1351),
      new Column("llama-3.3-70b", B200, FP4, 1,
          11147, 9922, 6831, 7762, 7007, 6271, 1339, 4783, 1459, 665),
      new Column("llama-3.3-70b", H200_SXM, FP8, 1,
          3803, 4336, 2872, 3666, 2909, 2994, 442, 2003, 566, 283),
      new Column("llama-3.3-70b", H100_SXM, FP8, 2,
          6378, 6651, 4199, 5222, 4205, 4146, 762, 3082, 898, 437),
      new Column("llama-3.1-405b", B200, FP4, 4,
          6281, 8020, 6345, 6244, 5209, 4933, 749, 4212, 1048, 672),
      new Column("llama-3.1-405b", H200_SXM, FP8, 8,
          3814, 5348, 4741, 4724, 3330, 3722, 456, 2948, 650, 505),
      new Column("llama-3.1-405b", H100_SXM, FP8, 8,
          3627, 4340, 3116, 3994, 2919, 2895, 453, 2296, 610, 345));

  @Test
  void defaults_predictTheTensorRtLlmTablesWithinTheDocumentedBound() {
    PerformanceModel model = PerformanceModel.defaults();
    List<Double> errors = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (Column c : COLUMNS) {
      Deployment d = Deployment.builder().model(KnownArchitectures.get(c.model))
          .accelerator(c.accelerator).precision(c.precision).tensorParallel(c.tp).build();
      table.append(String.format(Locale.ROOT, "%s on %d x %s (%s)%n", c.model, c.tp,
          c.accelerator, c.precision));
      for (int i = 0; i < LENGTHS.length; i++) {
        double predicted = model.offline(d, Request.of(LENGTHS[i][0], LENGTHS[i][1]))
            .outputThroughput().tokensPerSecond();
        double error = (predicted - c.measured[i]) / c.measured[i] * 100;
        errors.add(Math.abs(error));
        table.append(String.format(Locale.ROOT, "  %5d/%-5d predicted %8.0f measured %8.0f "
            + "%+6.1f%%%n", LENGTHS[i][0], LENGTHS[i][1], predicted, c.measured[i], error));
      }
    }
    List<Double> sorted = new ArrayList<>(errors);
    sorted.sort(null);
    double median = (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    double worst = sorted.get(sorted.size() - 1);
    table.append(String.format(Locale.ROOT, "%d points: median APE %.1f%%, worst %.1f%%%n",
        sorted.size(), median, worst));
    System.out.print(table);

    assertThat(sorted).hasSize(80);
    assertThat(median).as("median APE, %").isLessThan(10);
    assertThat(worst).as("worst APE, %").isLessThan(32);
  }
}
