/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import static io.github.inferenceecon.core.CostFixtures.H100_FULL;
import static io.github.inferenceecon.core.CostFixtures.H100_PUE_1_2;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class EnergyCostCalculatorTest {

  @Test
  void cost_isTheEnergyCostOfSetupAndInputs() {
    EnergyCost e = EnergyCostCalculator.cost(H100_FULL,
        H100_PUE_1_2);

    assertThat(e).isEqualTo(EnergyCost.of(H100_FULL,
        H100_PUE_1_2));
    assertThat(e.setup()).isEqualTo(H100_FULL);
    assertThat(e.inputs()).isEqualTo(H100_PUE_1_2);
  }
}
