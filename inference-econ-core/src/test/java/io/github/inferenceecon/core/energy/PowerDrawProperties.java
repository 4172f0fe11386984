/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.units.Power;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class PowerDrawProperties {

  @Test
  void averageAt_betweenIdleAndBusy_andRisingWithUtilisation() {
    qt().forAll(Generate.range(0, 2_000), Generate.range(0, 100), Generate.range(0, 100),
            Generate.range(0, 100))
        .checkAssert((busy, idlePercent, a, b) -> {
          PowerDraw d = PowerDraw.of(Power.ofWatts(busy),
              Power.ofWatts(busy * idlePercent / 100.0));
          double low = d.averageAt(Math.min(a, b) / 100.0).watts();
          double high = d.averageAt(Math.max(a, b) / 100.0).watts();
          assertThat(low).isLessThanOrEqualTo(high + 1e-9);
          assertThat(high).isLessThanOrEqualTo(d.busy().watts() + 1e-9);
          assertThat(low).isGreaterThanOrEqualTo(d.idle().watts() - 1e-9);
          assertThat(CostTesting.roundTrip(d, PowerDraw.class)).isEqualTo(d);
        });
  }
}
