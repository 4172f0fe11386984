/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.H100_FULL;
import static io.github.inferenceecon.core.CostFixtures.H100_SXM;
import static io.github.inferenceecon.core.CostFixtures.PREFILL_30K_DECODE_3K;
import static io.github.inferenceecon.core.CostFixtures.USD_24_PER_INSTANCE_HOUR;
import static io.github.inferenceecon.core.CostFixtures.USD_3_PER_DEVICE_HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

final class SelfHostedSetupTest {

  static SelfHostedSetup.Builder instanceSetup() {
    return SelfHostedSetup.builder().hourlyPrice(USD_24_PER_INSTANCE_HOUR)
        .devicesPerInstance(8).utilisation(1.0)
        .throughput(PREFILL_30K_DECODE_3K);
  }

  @Test
  void of_singleReplicaPerDevice_defaults() {
    SelfHostedSetup s = H100_FULL;

    assertThat(s.replicas()).isEqualTo(1);
    assertThat(s.devicesPerReplica()).isEqualTo(1);
    assertThat(s.devices()).isEqualTo(1);
    assertThat(s.billedUnits()).isEqualTo(1);
    assertThat(s.paidDevices()).isEqualTo(1);
    assertThat(s.fleetHourlyCost()).isEqualTo(Money.of("USD", "3"));
  }

  @Test
  void instancePrice_paysForWholeInstances() {
    // 3 replicas x 2 devices = 6 devices: one 8-device instance, USD 24 per hour.
    SelfHostedSetup three = instanceSetup().devicesPerReplica(2).replicas(3).build();
    // 5 replicas x 2 = 10 devices: two instances, 16 devices paid, USD 48 per hour.
    SelfHostedSetup five = three.withReplicas(5);

    assertThat(three.billedUnits()).isEqualTo(1);
    assertThat(three.paidDevices()).isEqualTo(8);
    assertThat(three.fleetHourlyCost()).isEqualTo(Money.of("USD", "24"));
    assertThat(five.billedUnits()).isEqualTo(2);
    assertThat(five.paidDevices()).isEqualTo(16);
    assertThat(five.fleetHourlyCost()).isEqualTo(Money.of("USD", "48"));
  }

  @Test
  void layout_fromDeployment_setsDevicesAndReplicas() {
    Deployment d = Deployment.builder().model(KnownArchitectures.get("Llama-3.1-70B"))
        .accelerator(H100_SXM).tensorParallel(4).replicas(2).build();

    SelfHostedSetup s = SelfHostedSetup.builder().layout(d)
        .hourlyPrice(USD_3_PER_DEVICE_HOUR).utilisation(0.5)
        .throughput(PREFILL_30K_DECODE_3K).build();

    assertThat(s.devicesPerReplica()).isEqualTo(4);
    assertThat(s.replicas()).isEqualTo(2);
    assertThat(s.fleetHourlyCost()).isEqualTo(Money.of("USD", "24"));
  }

  @Test
  void withUtilisation_copies() {
    SelfHostedSetup half = H100_FULL.withUtilisation(0.5);

    assertThat(half.utilisation()).isEqualTo(0.5);
    assertThat(H100_FULL.utilisation()).isEqualTo(1.0);
  }

  @Test
  void build_utilisationOutsideUnitInterval_throws() {
    assertThatThrownBy(() -> H100_FULL.withUtilisation(1.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 1.01");
    assertThatThrownBy(() -> H100_FULL.withUtilisation(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H100_FULL.withUtilisation(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_nonPositiveCounts_throw() {
    assertThatThrownBy(() -> H100_FULL.withReplicas(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Replica count must be positive: 0");
    assertThatThrownBy(() -> SelfHostedSetup.of(USD_3_PER_DEVICE_HOUR, -1, 1,
        PREFILL_30K_DECODE_3K))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per replica must be positive: -1");
    assertThatThrownBy(() -> instanceSetup().devicesPerInstance(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per instance must be positive: 0");
  }

  @Test
  void build_instancePriceWithoutDevicesPerInstance_throws() {
    assertThatThrownBy(() -> SelfHostedSetup.of(USD_24_PER_INSTANCE_HOUR, 1, 1,
        PREFILL_30K_DECODE_3K))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per instance must be given for a price per instance-hour: "
            + "USD 24 per instance-hour");
  }

  @Test
  void build_devicePriceWithDevicesPerInstance_throws() {
    assertThatThrownBy(() -> SelfHostedSetup.builder().from(H100_FULL).devicesPerInstance(8)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per instance must be 1 or absent for a price per device-hour: 8");
  }

  @Test
  void build_tooManyDevices_throwsArithmetic() {
    assertThatThrownBy(() -> SelfHostedSetup.builder().from(H100_FULL)
        .devicesPerReplica(1 << 16).replicas(1 << 16).build())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void layout_null_throws() {
    assertThatThrownBy(() -> SelfHostedSetup.builder().layout(null))
        .isInstanceOf(NullPointerException.class).hasMessage("deployment");
  }

  @Test
  void toString_describesFleet() {
    assertThat(instanceSetup().devicesPerReplica(2).replicas(3).build()).hasToString(
        "3 x 2 devices at USD 24 per instance-hour (8 devices per instance), utilisation 1.0, "
            + "prefill 30000 tokens/s, decode 3000 tokens/s");
  }

  @Test
  void json_roundTrips() {
    SelfHostedSetup s = instanceSetup().devicesPerReplica(2).replicas(3).build();

    assertThat(CostTesting.roundTrip(s, SelfHostedSetup.class)).isEqualTo(s);
    assertThat(CostTesting.roundTrip(H100_FULL,
        SelfHostedSetup.class)).isEqualTo(H100_FULL);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableSelfHostedSetup.class);
  }
}
