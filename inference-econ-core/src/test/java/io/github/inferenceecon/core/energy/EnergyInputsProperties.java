/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class EnergyInputsProperties {

  @Test
  void costPerDeviceHour_isFacilityKwhTimesPrice_andJsonRoundTrips() {
    qt().forAll(EnergyCostProperties.inputs(), CostGenerators.utilisations())
        .checkAssert((in, u) -> {
          double kwh = in.facilityPowerAt(u).energyOver(Duration.ofHours(1)).toKilowattHours();
          assertThat(in.costPerDeviceHour(u)).hasValue(in.electricityPrice().orElseThrow().price()
              .multipliedBy(BigDecimal.valueOf(kwh)));
          assertThat(in.facilityPowerAt(u).watts())
              .isGreaterThanOrEqualTo(in.draw().averageAt(u).watts());
          assertThat(CostTesting.roundTrip(in, EnergyInputs.class)).isEqualTo(in);
        });
  }
}
