/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class HardwareOptionProperties {

  private static final HourlyPrice USD_10_PER_INSTANCE_HOUR =
      HourlyPrice.perInstanceHour(Money.of("USD", "10"));

  @Test
  void billedUnits_instancePrice_coverTheDevicesWithLessThanOneInstanceSpare() {
    qt().forAll(Generate.range(1, 16), Generate.range(1, 100_000)).checkAssert((per, devices) -> {
      HardwareOption o = HardwareOption.ofInstance("n", PlannerFixtures.H100,
          USD_10_PER_INSTANCE_HOUR, per);
      long paid = (long) o.billedUnits(devices) * per;
      assertThat(paid).isGreaterThanOrEqualTo(devices).isLessThan((long) devices + per);
    });
  }

  @Test
  void fits_instancePrice_exactlyWhenReplicasFillInstances() {
    qt().forAll(Generate.range(1, 16), Generate.range(1, 64)).checkAssert((per, replica) -> {
      HardwareOption o = HardwareOption.ofInstance("n", PlannerFixtures.H100,
          USD_10_PER_INSTANCE_HOUR, per);
      // Whole replicas fill whole instances: k replicas use exactly k x replica devices.
      boolean fills = per % replica == 0;
      assertThat(o.fits(replica)).isEqualTo(fills);
      if (fills) {
        assertThat(o.billedUnits(replica * (per / replica))).isEqualTo(1);
      }
    });
  }
}
