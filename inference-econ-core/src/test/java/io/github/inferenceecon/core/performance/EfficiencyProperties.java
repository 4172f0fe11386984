/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import org.junit.jupiter.api.Test;

final class EfficiencyProperties {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();

  @Test
  void json_readAfterWrite_equalsOriginal() {
    qt().forAll(PerformanceGenerators.efficiencies()).checkAssert(e -> {
      try {
        assertThat(JSON.readValue(JSON.writeValueAsString(e), Efficiency.class)).isEqualTo(e);
      } catch (Exception ex) {
        throw new AssertionError(ex);
      }
    });
  }

  @Test
  void withComputeEfficiency_thenOriginal_restoresIt() {
    qt().forAll(PerformanceGenerators.efficiencies(), doubles().between(0.01, 1))
        .checkAssert((e, c) -> assertThat(e.withComputeEfficiency(c)
            .withComputeEfficiency(e.computeEfficiency())).isEqualTo(e));
  }
}
