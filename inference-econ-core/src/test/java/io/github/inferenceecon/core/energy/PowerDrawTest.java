/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import static io.github.inferenceecon.core.CostFixtures.H100_AT_TDP;
import static io.github.inferenceecon.core.CostFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.units.Power;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PowerDrawTest {

  /** H100 SXM thermal design power, 700 W (NVIDIA H100 datasheet). */
  static final Power W_700 = Power.ofWatts(700);
  @Test
  void atTdp_averageIsTdpTimesUtilisation() {
    // 700 W x 0.6 = 420 W
    assertThat(H100_AT_TDP.averageAt(0.6).watts()).isEqualTo(420.0);
    assertThat(H100_AT_TDP.idle()).isEqualTo(Power.ZERO);
  }

  @Test
  void atTdp_accelerator_usesItsTdp() {
    assertThat(PowerDraw.atTdp(H100_SXM)).isEqualTo(H100_AT_TDP);
  }

  @Test
  void atTdp_acceleratorWithoutTdp_throws() {
    AcceleratorSpec noTdp = AcceleratorSpec.builder().from(H100_SXM)
        .thermalDesignPower(Optional.empty()).build();

    assertThatThrownBy(() -> PowerDraw.atTdp(noTdp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Accelerator thermal design power must be known: 'h100-sxm'");
  }

  @Test
  void of_busyAndIdle_interpolates() {
    // 700 W busy, 100 W idle, 25% busy: 175 + 75 = 250 W
    PowerDraw d = PowerDraw.of(W_700, Power.ofWatts(100));

    assertThat(d.averageAt(0.25).watts()).isEqualTo(250.0);
    assertThat(d.averageAt(0).watts()).isEqualTo(100.0);
    assertThat(d.averageAt(1).watts()).isEqualTo(700.0);
  }

  @Test
  void constant_sameAtAnyUtilisation() {
    PowerDraw d = PowerDraw.constant(Power.ofWatts(450));

    assertThat(d.averageAt(0.1)).isEqualTo(Power.ofWatts(450));
    assertThat(d.averageAt(0.9)).isEqualTo(Power.ofWatts(450));
  }

  @Test
  void of_idleAboveBusy_throws() {
    assertThatThrownBy(() -> PowerDraw.of(Power.ofWatts(100), W_700))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Idle power must not exceed busy power: 700 W/100 W");
  }

  @Test
  void averageAt_outsideUnitInterval_throws() {
    assertThatThrownBy(() -> H100_AT_TDP.averageAt(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in [0, 1]: 1.5");
  }

  @Test
  void nulls_throw() {
    assertThatThrownBy(() -> PowerDraw.atTdp((AcceleratorSpec) null))
        .isInstanceOf(NullPointerException.class).hasMessage("accelerator");
    assertThatThrownBy(() -> PowerDraw.of(null, W_700)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_busyAndIdle() {
    assertThat(H100_AT_TDP).hasToString("700 W busy, 0 W idle");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(H100_AT_TDP, PowerDraw.class)).isEqualTo(H100_AT_TDP);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutablePowerDraw.class);
  }
}
