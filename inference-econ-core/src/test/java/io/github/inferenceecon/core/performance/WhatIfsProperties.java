/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.inferenceecon.core.format.NumericFormat;
import org.junit.jupiter.api.Test;

final class WhatIfsProperties {

  private static final WhatIfs WHAT_IFS = WhatIfs.of(PerformanceModel.defaults());

  @Test
  void quantisingTheKvCache_neverFitsFewerSequences() {
    qt().withExamples(100).forAll(PerformanceGenerators.deployments(),
        PerformanceGenerators.requests())
        .checkAssert((d, r) -> assertThat(WHAT_IFS.quantisation(d, Scenario.offline(r),
            d.precision().withKvCache(NumericFormat.FP8_E4M3)).memoryLimitChange())
            .isGreaterThanOrEqualTo(0));
  }

  @Test
  void promptCaching_neverDelaysTheFirstToken() {
    qt().withExamples(100).forAll(PerformanceGenerators.deployments(),
        PerformanceGenerators.requests(), integers().between(1, 64), doubles().between(0, 1))
        .checkAssert((d, r, c, f) -> assertThat(WHAT_IFS.promptCaching(d,
            Scenario.atConcurrency(r, c), f).timeToFirstTokenChange().isNegative()
            || WHAT_IFS.promptCaching(d, Scenario.atConcurrency(r, c), f)
                .timeToFirstTokenChange().isZero()).isTrue());
  }

  @Test
  void sparseAttention_neverLowersThroughput() {
    qt().withExamples(100).forAll(PerformanceGenerators.deployments(),
        PerformanceGenerators.requests(), integers().between(1, 64),
        PerformanceGenerators.sparsities())
        .checkAssert((d, r, c, s) -> assertThat(WHAT_IFS.sparseAttention(d,
            Scenario.atConcurrency(r, c), s).throughputRatio())
            .isGreaterThanOrEqualTo(1 - 1e-12));
  }
}
