/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import static io.github.inferenceecon.core.CostFixtures.H100_AT_TDP;
import static io.github.inferenceecon.core.CostFixtures.H100_FULL;
import static io.github.inferenceecon.core.CostFixtures.H100_PUE_1_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.units.Power;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class EnergyCostTest {

  static final EnergyCost H100_FULL_ENERGY = EnergyCost.of(
      H100_FULL, H100_PUE_1_2);

  @Test
  void perMillionOutput_handWorked() {
    // 700 W x 1.2 x (1e6 / 3,000 tokens/s) = 280,000 J = 0.0777... kWh
    assertThat(H100_FULL_ENERGY.energyPerMillionOutput().toKilowattHours())
        .isEqualTo(0.0777777777777778, offset(1e-15));
    // 0.07777777777777778 kWh x USD 0.10 = USD 0.007777777777777778
    assertThat(H100_FULL_ENERGY.costPerMillionOutput())
        .hasValue(Money.of("USD", "0.007777777777777778"));
    // 0.0777... kWh x 400 g/kWh = 31.11 g
    assertThat(H100_FULL_ENERGY.carbonPerMillionOutput().orElseThrow().grams())
        .isEqualTo(31.111111111111111, offset(1e-9));
  }

  @Test
  void perMillionInput_tenTimesCheaperAtTenTimesTheRate() {
    // Prefill 30,000 tokens/s: 28,000 J = 0.00777... kWh; 3.11 g
    assertThat(H100_FULL_ENERGY.energyPerMillionInput().toKilowattHours())
        .isEqualTo(0.00777777777777778, offset(1e-15));
    assertThat(H100_FULL_ENERGY.carbonPerMillionInput().orElseThrow().grams())
        .isEqualTo(3.1111111111111, offset(1e-9));
    assertThat(H100_FULL_ENERGY.inputPerMillion().orElseThrow().unit()).isEqualTo("kWh");
  }

  @Test
  void lowUtilisationWithIdleDraw_costsMorePerToken() {
    // 700 W busy, 100 W idle, 50% utilised: average 400 W; per busy second 800 W.
    // 800 W x 1.2 x 1e6 / 3,000 = 320,000 J = 0.0888... kWh per million output.
    EnergyInputs idle = EnergyInputs.builder().from(H100_PUE_1_2)
        .draw(PowerDraw.of(Power.ofWatts(700), Power.ofWatts(100))).build();
    EnergyCost e = EnergyCost.of(
        H100_FULL.withUtilisation(0.5), idle);

    assertThat(e.energyPerMillionOutput().joules()).isEqualTo(320_000.0, offset(1e-6));
  }

  @Test
  void atTdp_perTokenEnergyIndependentOfUtilisation() {
    // Busy at TDP, idle at zero: idle time draws nothing, so per-token energy is the same.
    EnergyCost half = EnergyCost.of(
        H100_FULL.withUtilisation(0.5),
        H100_PUE_1_2);

    assertThat(half.energyPerMillionOutput().joules())
        .isEqualTo(H100_FULL_ENERGY.energyPerMillionOutput().joules(), offset(1e-6));
  }

  @Test
  void tensorParallelReplica_countsEveryDevice() {
    // 4 devices per replica at the same replica throughput: 4x the energy per token.
    EnergyCost tp4 = EnergyCost.of(SelfHostedSetup.builder()
        .from(H100_FULL).devicesPerReplica(4).build(),
        H100_PUE_1_2);

    assertThat(tp4.energyPerMillionOutput().joules()).isEqualTo(1_120_000.0, offset(1e-6));
  }

  @Test
  void calculator_nulls_throw() {
    assertThatThrownBy(() -> EnergyCost.of(null, H100_PUE_1_2))
        .isInstanceOf(NullPointerException.class).hasMessage("setup");
    assertThatThrownBy(() -> EnergyCost.of(H100_FULL,
        null)).isInstanceOf(NullPointerException.class).hasMessage("inputs");
  }

  @Test
  void toString_readsLikeAnInvoice() {
    assertThat(H100_FULL_ENERGY.toString())
        .startsWith("Energy: 1 x 1 devices at USD 3 per device-hour")
        .contains("\n  output per 1M tokens: 0.07777777777777778 kWh x USD 0.1 per kWh = "
            + "USD 0.007777777777777778; 31.1")
        .contains("\n  - PUE 1.2: facility power is device power x PUE");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(H100_FULL_ENERGY, EnergyCost.class))
        .isEqualTo(H100_FULL_ENERGY);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableEnergyCost.class);
  }

  @Test
  void of_keepsSetupAndInputs() {
    EnergyCost e = EnergyCost.of(H100_FULL, H100_PUE_1_2);

    assertThat(e.setup()).isEqualTo(H100_FULL);
    assertThat(e.inputs()).isEqualTo(H100_PUE_1_2);
  }

  //-----------------------------------------------------------------------
  // figures not stated
  //-----------------------------------------------------------------------
  @Test
  void withoutPriceOrIntensity_energyOnly_costAndEmissionsAbsent() {
    EnergyCost e = EnergyCost.of(H100_FULL, EnergyInputs.builder().draw(H100_AT_TDP).pue(1.2)
        .build());

    // the energy does not depend on the price: 280,000 J per million output tokens
    assertThat(e.energyPerMillionOutput()).isEqualTo(H100_FULL_ENERGY.energyPerMillionOutput());
    assertThat(e.energyPerMillionInput()).isEqualTo(H100_FULL_ENERGY.energyPerMillionInput());
    assertThat(e.inputPerMillion()).isEmpty();
    assertThat(e.outputPerMillion()).isEmpty();
    assertThat(e.costPerMillionInput()).isEmpty();
    assertThat(e.costPerMillionOutput()).isEmpty();
    assertThat(e.carbonPerMillionInput()).isEmpty();
    assertThat(e.carbonPerMillionOutput()).isEmpty();
    // no electricity or grid assumption is listed for figures not given
    assertThat(e.assumptions()).hasSize(4).noneMatch(a -> a.startsWith("Electricity")
        || a.startsWith("Grid"));
    assertThat(e.toString()).contains("\n  output per 1M tokens: 280 kJ\n");
    assertThat(CostTesting.roundTrip(e, EnergyCost.class)).isEqualTo(e);
  }

  @Test
  void assumptions_listOnlyTheGridFiguresGiven() {
    EnergyInputs priceOnly = EnergyInputs.builder().from(H100_PUE_1_2)
        .carbonIntensity(Optional.empty()).build();
    EnergyInputs intensityOnly = EnergyInputs.builder().from(H100_PUE_1_2)
        .electricityPrice(Optional.empty()).build();

    assertThat(H100_FULL_ENERGY.assumptions().get(4))
        .isEqualTo("Electricity USD 0.1 per kWh, grid 400 gCO2e/kWh");
    assertThat(EnergyCost.of(H100_FULL, priceOnly).assumptions())
        .endsWith("Electricity USD 0.1 per kWh");
    assertThat(EnergyCost.of(H100_FULL, priceOnly).carbonPerMillionOutput()).isEmpty();
    assertThat(EnergyCost.of(H100_FULL, intensityOnly).assumptions())
        .endsWith("Grid 400 gCO2e/kWh");
    assertThat(EnergyCost.of(H100_FULL, intensityOnly).costPerMillionOutput()).isEmpty();
    assertThat(EnergyCost.of(H100_FULL, intensityOnly).carbonPerMillionOutput())
        .isEqualTo(H100_FULL_ENERGY.carbonPerMillionOutput());
  }
}
