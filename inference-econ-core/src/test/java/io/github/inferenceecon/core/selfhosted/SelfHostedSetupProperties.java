/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.PREFILL_30K_DECODE_3K;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.HourlyPrice;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class SelfHostedSetupProperties {

  @Test
  void instancePrice_paidDevicesCoverDevicesWithLessThanOneInstanceSpare() {
    qt().forAll(CostGenerators.positiveUsdAmounts(), Generate.range(1, 16),
            Generate.range(1, 16), Generate.range(1, 16))
        .checkAssert((price, perInstance, perReplica, replicas) -> {
          SelfHostedSetup s = SelfHostedSetup.builder()
              .hourlyPrice(HourlyPrice.perInstanceHour(price)).devicesPerInstance(perInstance)
              .devicesPerReplica(perReplica).replicas(replicas).utilisation(1)
              .throughput(PREFILL_30K_DECODE_3K).build();
          assertThat(s.paidDevices()).isGreaterThanOrEqualTo(s.devices())
              .isLessThan(s.devices() + perInstance);
          assertThat(s.fleetHourlyCost()).isEqualTo(price.multipliedBy(s.billedUnits()));
        });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(CostGenerators.setups()).checkAssert(s ->
        assertThat(CostTesting.roundTrip(s, SelfHostedSetup.class)).isEqualTo(s));
  }
}
