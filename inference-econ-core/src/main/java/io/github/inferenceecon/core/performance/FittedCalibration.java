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
        .computeEfficiency(ComputeFormat.FP8, 0.560)
        .computeEfficiency(ComputeFormat.FP4, 0.443)
        .computeEfficiency(HOPPER, ComputeFormat.FP8, 0.606)
        .memoryEfficiency(HOPPER, 0.757)
        .computeEfficiency(BLACKWELL, ComputeFormat.FP4, 0.833)
        .memoryEfficiency(BLACKWELL, 0.386)
        .computeEfficiency(BLACKWELL_ULTRA, ComputeFormat.FP4, 0.404)
        .memoryEfficiency(BLACKWELL_ULTRA, 0.701)
        .computeEfficiency(CDNA3, ComputeFormat.FP8, 0.427)
        .memoryEfficiency(CDNA3, 0.548)
        .computeEfficiency(CDNA4, ComputeFormat.FP4, 0.372)
        .computeEfficiency(CDNA4, ComputeFormat.FP8, 0.614)
        .memoryEfficiency(CDNA4, 0.839)
        .interval(interval(0.776, 1.248, 491, "all rows"))
        .interval(BLACKWELL, interval(0.767, 1.231, 171, "NVIDIA Blackwell"))
        .interval(HOPPER, interval(0.838, 1.210, 151, "NVIDIA Hopper"))
        .interval(BLACKWELL, ComputeFormat.FP4, interval(0.767, 1.231, 171,
            "NVIDIA Blackwell, FP4"))
        .interval(HOPPER, ComputeFormat.FP8, interval(0.838, 1.210, 151, "NVIDIA Hopper, FP8"))
        .interval(Regime.of(BLACKWELL, ComputeFormat.FP4, false), interval(0.840, 1.234, 143,
            "NVIDIA Blackwell, FP4, dense"))
        .interval(Regime.of(HOPPER, ComputeFormat.FP8, false), interval(0.823, 1.216, 119,
            "NVIDIA Hopper, FP8, dense"))
        .build();
  }

  private static PredictionInterval interval(double low, double high, int rows, String basis) {
    return PredictionInterval.builder().coverage(0.8).lowRatio(low).highRatio(high).rows(rows)
        .basis(basis + ", held out by accelerator and by model").build();
  }
}
