/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.CarbonIntensity;
import io.github.inferenceecon.core.units.Power;
import java.math.BigDecimal;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class EnergyCostProperties {

  static Gen<EnergyInputs> inputs() {
    return Generate.range(1, 2_000).zip(Generate.range(0, 100), Generate.range(100, 200),
        CostGenerators.usdAmounts(), Generate.range(0, 1_000),
        (busy, idlePercent, pue, price, intensity) -> EnergyInputs.builder()
            .draw(PowerDraw.of(Power.ofWatts(busy), Power.ofWatts(busy * idlePercent / 100.0)))
            .pue(pue / 100.0)
            .electricityPrice(EnergyPrice.perKilowattHour(price))
            .carbonIntensity(CarbonIntensity.of(intensity))
            .build());
  }

  @Test
  void cost_isKwhTimesPrice_andCarbonIsKwhTimesIntensity() {
    qt().forAll(CostGenerators.setups(), inputs()).checkAssert((setup, in) -> {
      EnergyCost e = EnergyCost.of(setup, in);
      double kwh = e.energyPerMillionOutput().toKilowattHours();
      assertThat(e.costPerMillionOutput()).hasValue(in.electricityPrice().orElseThrow().price()
          .multipliedBy(BigDecimal.valueOf(kwh)));
      assertThat(e.carbonPerMillionOutput().orElseThrow().grams())
          .isCloseTo(kwh * in.carbonIntensity().orElseThrow().gramsPerKilowattHour(),
              Percentage.withPercentage(1e-9));
    });
  }

  @Test
  void energy_linearInPue() {
    qt().forAll(CostGenerators.setups(), inputs()).checkAssert((setup, in) -> {
      EnergyCost one = EnergyCost.of(setup, EnergyInputs.builder().from(in).pue(1)
          .build());
      EnergyCost e = EnergyCost.of(setup, in);
      assertThat(e.energyPerMillionOutput().joules()).isCloseTo(
          one.energyPerMillionOutput().joules() * in.pue(),
          Percentage.withPercentage(1e-9));
    });
  }

  @Test
  void energy_neverBelowBusyEnergy() {
    // With idle draw, low utilisation can only add energy per token.
    qt().forAll(CostGenerators.setups(), inputs()).checkAssert((setup, in) -> {
      EnergyCost e = EnergyCost.of(setup, in);
      EnergyCost full = EnergyCost.of(setup.withUtilisation(1), in);
      assertThat(e.energyPerMillionOutput().joules())
          .isGreaterThanOrEqualTo(full.energyPerMillionOutput().joules() * (1 - 1e-12));
      assertThat(e.costPerMillionOutput().orElseThrow().isNegative()).isFalse();
      assertThat(Money.USD).isEqualTo(e.costPerMillionInput().orElseThrow().currency());
    });
  }

  @Test
  void json_roundTrips() {
    qt().withExamples(50).forAll(CostGenerators.setups(), inputs()).checkAssert((setup, in) -> {
      EnergyCost e = EnergyCost.of(setup, in);
      assertThat(CostTesting.roundTrip(e, EnergyCost.class)).isEqualTo(e);
    });
  }
}
