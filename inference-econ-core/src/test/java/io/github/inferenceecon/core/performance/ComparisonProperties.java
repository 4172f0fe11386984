/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

final class ComparisonProperties {

  private static final PerformanceModel MODEL = PerformanceModel.defaults();

  @Test
  void withItself_changesNothing() {
    qt().withExamples(100).forAll(PerformanceGenerators.deployments(),
        PerformanceGenerators.requests(), integers().between(1, 256))
        .checkAssert((d, r, c) -> {
          ServingEstimate s = MODEL.atConcurrency(d, r, c);
          Comparison same = Comparison.of("nothing", s, s);
          assertThat(same.throughputRatio()).isEqualTo(1);
          assertThat(same.timePerOutputTokenChange()).isZero();
          assertThat(same.memoryPerDeviceChange()).isZero();
        });
  }

  @Test
  void reversed_invertsTheRatioAndNegatesChanges() {
    qt().withExamples(100).forAll(PerformanceGenerators.deployments(),
        PerformanceGenerators.requests(), integers().between(1, 128),
        integers().between(1, 128))
        .checkAssert((d, r, a, b) -> {
          Comparison forward = Comparison.of("f", MODEL.atConcurrency(d, r, a),
              MODEL.atConcurrency(d, r, b));
          Comparison back = Comparison.of("b", forward.after(), forward.before());
          assertThat(forward.throughputRatio() * back.throughputRatio())
              .isCloseTo(1, within(1e-12));
          assertThat(back.timeToFirstTokenChange())
              .isEqualTo(forward.timeToFirstTokenChange().negated());
          assertThat(back.memoryPerDeviceChange()).isEqualTo(-forward.memoryPerDeviceChange());
        });
  }
}
