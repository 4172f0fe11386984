/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class EnergyCostCalculatorTest {

  @Test
  void cost_isTheEnergyCostOfSetupAndInputs() {
    EnergyCost e = EnergyCostCalculator.cost(SelfHostedCostCalculatorTest.H100_FULL,
        EnergyInputsTest.H100_PUE_1_2);

    assertThat(e).isEqualTo(EnergyCost.of(SelfHostedCostCalculatorTest.H100_FULL,
        EnergyInputsTest.H100_PUE_1_2));
    assertThat(e.setup()).isEqualTo(SelfHostedCostCalculatorTest.H100_FULL);
    assertThat(e.inputs()).isEqualTo(EnergyInputsTest.H100_PUE_1_2);
  }
}
