/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.format.ComputeFormat;

/**
 * The figures behind {@link Calibration#defaults()}: the fit to the MLPerf Inference
 * calibration set that the hardware module's calibration report test prints (and checks these
 * against), rounded to three decimals. See {@link Efficiency} for the procedure and provenance.
 */
final class FittedCalibration {

  static final String HOPPER = "NVIDIA Hopper";
  static final String BLACKWELL = "NVIDIA Blackwell";
  static final String BLACKWELL_ULTRA = "NVIDIA Blackwell Ultra";
  static final String CDNA3 = "AMD CDNA 3";
  static final String CDNA4 = "AMD CDNA 4";

  private FittedCalibration() {}

  static Calibration create() {
    return Calibration.builder()
        .generation(HOPPER, "nvidia-h100-sxm", "nvidia-h100-pcie", "nvidia-h100-nvl",
            "nvidia-h200-sxm", "nvidia-h200-nvl", "nvidia-gh200")
        .generation(BLACKWELL, "nvidia-b200", "nvidia-gb200")
        .generation(BLACKWELL_ULTRA, "nvidia-b300", "nvidia-gb300")
        .generation(CDNA3, "amd-mi300x", "amd-mi325x")
        .generation(CDNA4, "amd-mi350x", "amd-mi355x")
        .base(Efficiency.defaults())
        .computeEfficiency(ComputeFormat.FP8, 0.426)
        .computeEfficiency(ComputeFormat.FP4, 0.308)
        .computeEfficiency(HOPPER, ComputeFormat.FP8, 0.475)
        .memoryEfficiency(HOPPER, 0.816)
        .computeEfficiency(BLACKWELL, ComputeFormat.FP4, 0.328)
        .memoryEfficiency(BLACKWELL, 0.786)
        .computeEfficiency(BLACKWELL_ULTRA, ComputeFormat.FP4, 0.259)
        .memoryEfficiency(BLACKWELL_ULTRA, 0.900)
        .computeEfficiency(CDNA3, ComputeFormat.FP8, 0.368)
        .memoryEfficiency(CDNA3, 0.566)
        .computeEfficiency(CDNA4, ComputeFormat.FP4, 0.321)
        .computeEfficiency(CDNA4, ComputeFormat.FP8, 0.538)
        .memoryEfficiency(CDNA4, 0.747)
        .interval(interval(0.747, 1.418, 491, "all rows"))
        .interval(BLACKWELL, interval(0.711, 1.438, 171, "NVIDIA Blackwell"))
        .interval(HOPPER, interval(0.765, 1.347, 151, "NVIDIA Hopper"))
        .interval(BLACKWELL, ComputeFormat.FP4, interval(0.711, 1.438, 171,
            "NVIDIA Blackwell, FP4"))
        .interval(HOPPER, ComputeFormat.FP8, interval(0.765, 1.347, 151, "NVIDIA Hopper, FP8"))
        .interval(Regime.of(BLACKWELL, ComputeFormat.FP4, false), interval(0.711, 1.407, 143,
            "NVIDIA Blackwell, FP4, dense"))
        .interval(Regime.of(HOPPER, ComputeFormat.FP8, false), interval(0.739, 1.351, 119,
            "NVIDIA Hopper, FP8, dense"))
        .build();
  }

  private static PredictionInterval interval(double low, double high, int rows, String basis) {
    return PredictionInterval.builder().coverage(0.8).lowRatio(low).highRatio(high).rows(rows)
        .basis(basis + ", held out by accelerator and by model").build();
  }
}
