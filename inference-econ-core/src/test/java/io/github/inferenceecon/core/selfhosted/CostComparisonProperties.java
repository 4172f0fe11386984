/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.USD_3_PER_DEVICE_HOUR;
import static io.github.inferenceecon.core.selfhosted.SelfHostedEstimateTest.LLAMA_70B_2X_TP4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.performance.Comparison;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.Scenario;
import io.github.inferenceecon.core.performance.SpeculativeDecoding;
import io.github.inferenceecon.core.performance.WhatIfs;
import io.github.inferenceecon.core.workload.Request;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class CostComparisonProperties {

  private static final WhatIfs WHAT_IFS = WhatIfs.of(PerformanceModel.defaults());

  /** Requests of 1 to 4,000 prompt tokens and 2 to 1,000 output tokens. */
  private static Gen<Request> requests() {
    return longs().between(1, 4_000).zip(longs().between(2, 1_000), Request::of);
  }

  @Test
  void costPerRequestRatio_isTheInverseOfTheRequestRates() {
    // Each side pays the same fleet for an hour; a request costs the fleet's hour over the
    // requests served in it, so the ratio is requests/s before over requests/s after, whatever
    // the change (here speculative decoding, at any concurrency, caching or not).
    qt().withExamples(50).forAll(requests(), integers().between(1, 32),
        doubles().between(0, 0.9), doubles().between(0, 0.95))
        .checkAssert((r, c, cached, acceptance) -> {
          Comparison w = WHAT_IFS.speculativeDecoding(LLAMA_70B_2X_TP4,
              Scenario.atConcurrency(r, c).withCachedFraction(cached),
              SpeculativeDecoding.of(4, acceptance, 0.05));
          if (!Throughput.isDerivableFrom(w.before())) {
            return;
          }
          CostComparison cost = CostComparison.of(w, LLAMA_70B_2X_TP4, USD_3_PER_DEVICE_HOUR, 1);
          double expected = w.before().requestsPerSecond() / w.after().requestsPerSecond();
          assertThat(cost.costPerRequestRatio().doubleValue())
              .isCloseTo(expected, within(expected * 1e-9));
        });
  }

  @Test
  void changes_addBackToTheAfterSide() {
    qt().withExamples(50).forAll(requests(), integers().between(1, 32))
        .checkAssert((r, c) -> {
          CostComparison cost = CostComparison.of(WHAT_IFS.promptCaching(LLAMA_70B_2X_TP4,
              Scenario.atConcurrency(r, c), 0.5), LLAMA_70B_2X_TP4, USD_3_PER_DEVICE_HOUR, 1);
          if (cost.comparison().after().request().uncachedInputTokens().count() == 0) {
            return;
          }
          assertThat(cost.before().costPerMillionOutput().plus(cost.costPerMillionOutputChange()))
              .isEqualTo(cost.after().costPerMillionOutput());
          assertThat(cost.costPerRequestBefore().plus(cost.costPerRequestChange()))
              .isEqualTo(cost.costPerRequestAfter());
        });
  }
}
