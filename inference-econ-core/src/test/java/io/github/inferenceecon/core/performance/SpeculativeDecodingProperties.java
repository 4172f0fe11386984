/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

final class SpeculativeDecodingProperties {

  @Test
  void expectedTokensPerPass_isBetweenOneAndKPlusOne() {
    qt().forAll(PerformanceGenerators.speculativeDecodings()).checkAssert(s ->
        assertThat(s.expectedTokensPerPass()).isBetween(1.0, s.draftTokens() + 1.0));
  }

  @Test
  void expectedTokensPerPass_neverFallsAsAcceptanceRises() {
    qt().forAll(PerformanceGenerators.speculativeDecodings(), doubles().between(0, 0.99))
        .checkAssert((s, a) -> {
          double low = Math.min(a, s.acceptanceRate());
          double high = Math.max(a, s.acceptanceRate());
          assertThat(SpeculativeDecoding.of(s.draftTokens(), high, s.draftCostRatio())
              .expectedTokensPerPass()).isGreaterThanOrEqualTo(SpeculativeDecoding.of(
                  s.draftTokens(), low, s.draftCostRatio()).expectedTokensPerPass());
        });
  }

  @Test
  void speedup_isAtMostTheExpectedTokens() {
    qt().forAll(PerformanceGenerators.speculativeDecodings()).checkAssert(s ->
        assertThat(s.speedup()).isLessThanOrEqualTo(s.expectedTokensPerPass()));
  }
}
