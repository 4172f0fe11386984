/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import static io.github.inferenceecon.core.CostFixtures.H100_AT_TDP;
import static io.github.inferenceecon.core.CostFixtures.H100_PUE_1_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.CarbonIntensity;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

final class EnergyInputsTest {

  @Test
  void facilityPowerAt_isAverageDrawTimesPue() {
    // 700 W x 0.6 x 1.2 = 504 W
    assertThat(H100_PUE_1_2.facilityPowerAt(0.6).watts()).isEqualTo(504.0, within());
  }

  @Test
  void costPerDeviceHour_kwhTimesPrice() {
    // 504 W for an hour = 0.504 kWh x USD 0.10 = USD 0.0504
    assertThat(H100_PUE_1_2.costPerDeviceHour(0.6)).hasValue(Money.of("USD", "0.0504"));
  }

  @Test
  void build_pueBelowOne_throws() {
    assertThatThrownBy(() -> EnergyInputs.builder().from(H100_PUE_1_2).pue(0.9).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PUE must be finite and at least 1: 0.9");
    assertThatThrownBy(() -> EnergyInputs.builder().from(H100_PUE_1_2)
        .pue(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_missingDrawOrPue_throwsIllegalState() {
    assertThatThrownBy(() -> EnergyInputs.builder().pue(1)
        .carbonIntensity(CarbonIntensity.of(1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("draw");
    assertThatThrownBy(() -> EnergyInputs.builder().draw(H100_AT_TDP)
        .electricityPrice(EnergyPrice.perKilowattHour(Money.of("USD", "0.10"))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("pue");
  }

  @Test
  void builder_withoutPriceOrIntensity_leavesThemAbsentNotZero() {
    // a figure not stated stays absent: no cost per device-hour rather than a zero one
    EnergyInputs physical = EnergyInputs.builder().draw(H100_AT_TDP).pue(1.2).build();

    assertThat(physical.electricityPrice()).isEmpty();
    assertThat(physical.carbonIntensity()).isEmpty();
    assertThat(physical.costPerDeviceHour(0.6)).isEmpty();
    assertThat(physical.facilityPowerAt(0.6).watts()).isEqualTo(504.0, within());
    assertThat(physical).hasToString("700 W busy, 0 W idle; PUE 1.2");
    assertThat(CostTesting.roundTrip(physical, EnergyInputs.class)).isEqualTo(physical);
  }

  @Test
  void toString_listsFigures() {
    assertThat(H100_PUE_1_2)
        .hasToString("700 W busy, 0 W idle; PUE 1.2; USD 0.1 per kWh; 400 gCO2e/kWh");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(H100_PUE_1_2, EnergyInputs.class)).isEqualTo(H100_PUE_1_2);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableEnergyInputs.class);
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-9);
  }
}
