/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.memory.MemoryEstimator;
import java.time.Duration;

/**
 * The fixed efficiencies that hand-worked tests of the serving solvers and the planner use, so
 * that a refit of the calibrated defaults does not move their figures: compute 0.41, memory
 * 0.80, experts and overlap 1 (the plain roofline), 27 &micro;s per all-reduce, 2.5 ms per pass
 * (the single-factor defaults before the calibration by regime).
 */
public final class WorkedEfficiency {

  /** The efficiencies. */
  public static final Efficiency EFFICIENCY = Efficiency.builder().computeEfficiency(0.41)
      .memoryEfficiency(0.80).expertEfficiency(1).overlap(1)
      .stepOverhead(Duration.ofNanos(2_500_000)).build();

  /** A model that applies them to every deployment. */
  public static final PerformanceModel MODEL = PerformanceModel.of(EFFICIENCY,
      MemoryEstimator.defaults());

  private WorkedEfficiency() {}
}
