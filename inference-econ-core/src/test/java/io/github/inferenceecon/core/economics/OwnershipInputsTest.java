/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostFixtures;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.energy.EnergyInputs;
import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

/** Examples for OwnershipInputs; its invalid-input rules are in OwnershipComparisonTest. */
final class OwnershipInputsTest {

  @Test
  void currency_isThePurchaseCurrency() {
    assertThat(OwnershipComparisonTest.BUY_25K.currency()).isEqualTo(Money.USD);
  }

  @Test
  void builder_missingRental_throwsIllegalState() {
    assertThatThrownBy(() -> OwnershipInputs.builder()
        .purchasePricePerDevice(Money.of("USD", "1")).lifeMonths(1).utilisation(1).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void build_energyWithoutElectricityPrice_throws() {
    // owned devices' power is priced per kWh: energy inputs without a price cannot be
    EnergyInputs noPrice = EnergyInputs.builder().draw(CostFixtures.H100_AT_TDP).pue(1.2)
        .build();

    assertThatThrownBy(() -> OwnershipInputs.builder().from(OwnershipComparisonTest.BUY_25K)
        .energy(noPrice).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Energy inputs must state an electricity price to price owned devices' "
            + "power: 700 W busy, 0 W idle; PUE 1.2");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(OwnershipComparisonTest.BUY_25K, OwnershipInputs.class))
        .isEqualTo(OwnershipComparisonTest.BUY_25K);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableOwnershipInputs.class);
  }
}
