/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.inferenceecon.core.workload.Request;
import org.junit.jupiter.api.Test;

final class ScenarioProperties {

  @Test
  void withCachedFraction_neverCachesMoreThanTheInput() {
    qt().forAll(PerformanceGenerators.requests(), doubles().between(0, 1))
        .checkAssert((r, f) -> {
          Request cached = Scenario.offline(r).withCachedFraction(f).request().orElseThrow();
          assertThat(cached.cachedInputTokens()).isLessThanOrEqualTo(cached.inputTokens());
          assertThat(cached.inputTokens()).isEqualTo(r.inputTokens());
          assertThat(cached.outputTokens()).isEqualTo(r.outputTokens());
        });
  }
}
