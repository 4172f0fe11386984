/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

final class SensitivityProperties {

  @Test
  void priceFactor_keepsTheBestSelfHostedCandidateAndScalesItsCostExactly() {
    qt().withExamples(20).forAll(PlannerGenerators.requests(),
        SourceDSL.integers().between(1, 400)).checkAssert((request, percent) -> {
          BigDecimal factor = BigDecimal.valueOf(percent, 2);
          Sensitivity s = Planner.defaults().sensitivity(request, SensitivityGrid.builder()
              .addPriceFactors(BigDecimal.ONE, factor).build());
          SensitivityPoint base = s.points().get(0);
          SensitivityPoint scaled = s.points().get(1);
          assertThat(scaled.feasible()).isEqualTo(base.feasible());
          assertThat(scaled.bestApi()).isEqualTo(base.bestApi());
          base.bestSelfHosted().ifPresent(b -> {
            Choice c = scaled.bestSelfHosted().orElseThrow();
            assertThat(c.candidate()).isEqualTo(b.candidate());
            assertThat(c.monthlyCost()).isEqualTo(b.monthlyCost().multipliedBy(factor));
          });
        });
  }
}
