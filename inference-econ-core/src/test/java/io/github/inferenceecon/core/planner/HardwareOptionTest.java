/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100_AT_3;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100_NODE_AT_24;
import static io.github.inferenceecon.core.planner.PlannerFixtures.USD_24_PER_INSTANCE_HOUR;
import static io.github.inferenceecon.core.planner.PlannerFixtures.USD_3_PER_DEVICE_HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

final class HardwareOptionTest {

  //-----------------------------------------------------------------------
  // of, ofInstance, builder
  //-----------------------------------------------------------------------
  @Test
  void of_perDevicePrice_hasNoInstanceSize() {
    assertThat(H100_AT_3.id()).isEqualTo("h100");
    assertThat(H100_AT_3.accelerator()).isEqualTo(H100);
    assertThat(H100_AT_3.price()).isEqualTo(USD_3_PER_DEVICE_HOUR);
    assertThat(H100_AT_3.devicesPerInstance()).isEmpty();
    assertThat(H100_AT_3.source()).isEmpty();
  }

  @Test
  void ofInstance_setsDevicesPerInstance() {
    assertThat(H100_NODE_AT_24.devicesPerInstance()).hasValue(8);
    assertThat(H100_NODE_AT_24.price()).isEqualTo(USD_24_PER_INSTANCE_HOUR);
  }

  @Test
  void builder_source_isKept() {
    HardwareOption o = HardwareOption.builder().from(H100_AT_3).source("catalog: test").build();

    assertThat(o.source()).contains("catalog: test");
  }

  @Test
  void check_blankId_throws() {
    assertThatThrownBy(() -> HardwareOption.of(" ", H100, USD_3_PER_DEVICE_HOUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Hardware option id must not be blank: ' '");
  }

  @Test
  void check_instancePriceWithoutDevicesPerInstance_throws() {
    assertThatThrownBy(() -> HardwareOption.of("node", H100, USD_24_PER_INSTANCE_HOUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per instance must be given for a price per instance-hour: "
            + "USD 24 per instance-hour");
  }

  @Test
  void check_devicePriceWithSeveralDevicesPerInstance_throws() {
    assertThatThrownBy(() -> HardwareOption.ofInstance("h", H100, USD_3_PER_DEVICE_HOUR, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per instance must be 1 or absent for a price per device-hour: 8");
    assertThat(HardwareOption.ofInstance("h", H100, USD_3_PER_DEVICE_HOUR, 1)
        .devicesPerInstance()).hasValue(1);
  }

  @Test
  void check_nonPositiveDevicesPerInstance_throws() {
    assertThatThrownBy(() -> HardwareOption.ofInstance("n", H100, USD_24_PER_INSTANCE_HOUR, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per instance must be positive: 0");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> HardwareOption.of(null, H100, USD_3_PER_DEVICE_HOUR))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> HardwareOption.of("h", null, USD_3_PER_DEVICE_HOUR))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> HardwareOption.of("h", H100, null))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // fits, billedUnits
  //-----------------------------------------------------------------------
  @Test
  void fits_devicePrice_anyReplica() {
    assertThat(H100_AT_3.fits(3)).isTrue();
    assertThat(H100_AT_3.fits(16)).isTrue();
  }

  @Test
  void fits_instancePrice_replicasThatDivideTheInstance() {
    assertThat(H100_NODE_AT_24.fits(1)).isTrue();
    assertThat(H100_NODE_AT_24.fits(2)).isTrue();
    assertThat(H100_NODE_AT_24.fits(8)).isTrue();
    assertThat(H100_NODE_AT_24.fits(3)).isFalse();
    assertThat(H100_NODE_AT_24.fits(16)).isFalse();
  }

  @Test
  void billedUnits_devicePrice_devices() {
    assertThat(H100_AT_3.billedUnits(6)).isEqualTo(6);
  }

  @Test
  void billedUnits_instancePrice_wholeInstances() {
    // 6 devices: one 8-device instance; 9 devices: two; 16: two.
    assertThat(H100_NODE_AT_24.billedUnits(6)).isEqualTo(1);
    assertThat(H100_NODE_AT_24.billedUnits(9)).isEqualTo(2);
    assertThat(H100_NODE_AT_24.billedUnits(16)).isEqualTo(2);
  }

  @Test
  void fitsAndBilledUnits_nonPositiveDevices_throw() {
    assertThatThrownBy(() -> H100_AT_3.fits(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices per replica must be positive: 0");
    assertThatThrownBy(() -> H100_AT_3.billedUnits(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Device count must be positive: -1");
  }

  //-----------------------------------------------------------------------
  // withPrice
  //-----------------------------------------------------------------------
  @Test
  void withPrice_sameBasis_copies() {
    HardwareOption cheaper = H100_AT_3.withPrice(HourlyPrice.perDeviceHour(Money.of("USD", "2")));

    assertThat(cheaper.price().price()).isEqualTo(Money.of("USD", "2"));
    assertThat(cheaper.id()).isEqualTo(H100_AT_3.id());
    assertThat(H100_AT_3.price()).isEqualTo(USD_3_PER_DEVICE_HOUR);
  }

  @Test
  void withPrice_otherBasis_throws() {
    assertThatThrownBy(() -> H100_AT_3.withPrice(USD_24_PER_INSTANCE_HOUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price basis must stay device-hour: USD 24 per instance-hour");
    assertThatThrownBy(() -> H100_AT_3.withPrice(null))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // toString, equals, JSON, immutability
  //-----------------------------------------------------------------------
  @Test
  void toString_namesIdAcceleratorPriceAndInstance() {
    assertThat(H100_AT_3).hasToString("h100: NVIDIA H100 SXM at USD 3 per device-hour");
    assertThat(H100_NODE_AT_24).hasToString("h100-node: NVIDIA H100 SXM at USD 24 per "
        + "instance-hour (8 devices per instance)");
  }

  @Test
  void equals_hashCode_contract() {
    assertEqualsContract(H100_AT_3, HardwareOption.of("h100", H100, USD_3_PER_DEVICE_HOUR),
        H100_NODE_AT_24);
  }

  @Test
  void json_roundTrips() {
    assertThat(jsonRoundTrip(H100_AT_3, HardwareOption.class)).isEqualTo(H100_AT_3);
    assertThat(jsonRoundTrip(H100_NODE_AT_24, HardwareOption.class)).isEqualTo(H100_NODE_AT_24);
  }

  @Test
  void fields_areFinal() {
    assertImmutable(HardwareOption.class, H100_NODE_AT_24);
  }
}
