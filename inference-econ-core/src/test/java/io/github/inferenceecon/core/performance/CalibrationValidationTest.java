/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Compares the default model with every performance row of the project's
 * {@code measured_calibration.json} and prints the table.
 *
 * <p>Which rows the bound covers, and why the others are reported but left out
 * ({@link CalibrationRows} says how each is predicted):
 * <ul>
 *   <li>in the bound: the five MLPerf Offline throughputs, the three MLPerf Server
 *       throughputs at the service-level targets, and the three vLLM latency tests. The
 *       defaults are fitted by regime to the MLPerf Inference set of the hardware module's
 *       calibration report (see {@link Efficiency}), which holds the v4.1 MLPerf rows here too;
 *       the v4.0 H100 and the vLLM rows were not fitted.
 *   <li>reported only: MLPerf Server TTFT and TPOT at the measured rate. The submissions run
 *       near saturation, where latency grows without bound as the rate approaches capacity, so a
 *       capacity error of a few percent turns into any latency error, or into "beyond capacity"
 *       (shown as NaN).
 *   <li>reported only: the vLLM throughput tests. They submit 200 prompts at once and end when
 *       the longest ShareGPT output ends; the measured rates imply about 1,300 decode steps of
 *       the tail, which a steady-state model cannot represent without the output-length
 *       distribution of those 200 prompts, which is not published.
 *   <li>not performance rows: the file's {@code memory_measurements} belong to the memory
 *       estimator.
 * </ul>
 * Measured on the calibrated defaults (2026-12-07, with the activation traffic between kernels
 * and DeepSeek-R1 fitted attention data-parallel): median absolute percentage error 13.0% and
 * worst 30.9% over the rows in the bound (worst: the vLLM Llama-3.1-8B latency test, 30.9%
 * over-predicted in time, then Mixtral 18.2% and Llama-3-70B 15.0%: at batch 1 the refit's 4.2
 * ms step overhead and Hopper memory efficiency 0.757 make each step slower than the 3.66 ms
 * and 0.816 before). Before that (2026-12-06): 9.3% and 21.9%; with three global factors
 * fitted to these very rows (2026-11-27): 6.9% and 38.1%. The asserted bounds, 14% and 32%,
 * sit just above the measured figures so that any change to the model that worsens the fit
 * shows up.
 */
final class CalibrationValidationTest {

  private static final double MEDIAN_BOUND = 14;
  private static final double WORST_BOUND = 32;

  @Test
  void defaults_predictEveryCalibrationRowWithinTheDocumentedBound() {
    PerformanceModel model = PerformanceModel.defaults();
    List<Double> inBound = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%-36s %-20s %12s %12s %8s%n", "row", "metric", "predicted", "measured", "APE"));
    for (CalibrationRows.Row row : CalibrationRows.rows()) {
      double predicted = row.predict(model);
      double ape = Math.abs(predicted - row.measured) / row.measured * 100;
      table.append(String.format(Locale.ROOT, "%-36s %-20s %12.2f %12.2f %7.1f%% %s%n", row.id,
          row.metric, predicted, row.measured, ape, row.inBound ? "" : "(reported only: "
              + row.note + ")"));
      if (row.inBound) {
        assertThat(predicted).as(row.id).isFinite();
        inBound.add(ape);
      }
      all.add(Double.isNaN(ape) ? Double.POSITIVE_INFINITY : ape);
    }
    double median = median(inBound);
    double worst = inBound.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    table.append(String.format(Locale.ROOT, "in the bound (%d): median APE %.1f%%, worst "
        + "%.1f%%; all %d figures: median %.1f%%%n", inBound.size(), median, worst, all.size(),
        median(all)));
    System.out.print(table);

    assertThat(CalibrationRows.rows().stream().map(r -> r.id).collect(Collectors.toSet()))
        .as("every performance row of measured_calibration.json").hasSize(14);
    assertThat(median).as("median APE, %").isLessThan(MEDIAN_BOUND);
    assertThat(worst).as("worst APE, %").isLessThan(WORST_BOUND);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().collect(Collectors.toList());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
