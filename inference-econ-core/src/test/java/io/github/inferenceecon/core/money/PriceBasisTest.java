/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.assertImmutable;
import static io.github.inferenceecon.core.CoreAssertions.fromJson;
import static io.github.inferenceecon.core.CoreAssertions.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PriceBasisTest {

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(PriceBasis.class);
  }

  @Test
  void values_deviceThenInstance() {
    assertThat(PriceBasis.values()).containsExactly(PriceBasis.DEVICE, PriceBasis.INSTANCE);
  }

  //--- unit() -----------------------------------------------------------------------------------

  @Test
  void unit_device_isDeviceHour() {
    assertThat(PriceBasis.DEVICE.unit()).isEqualTo("device-hour");
  }

  @Test
  void unit_instance_isInstanceHour() {
    assertThat(PriceBasis.INSTANCE.unit()).isEqualTo("instance-hour");
  }

  //--- ofUnit(String) ---------------------------------------------------------------------------

  @Test
  void ofUnit_deviceHour_isDevice() {
    assertThat(PriceBasis.ofUnit("device-hour")).isEqualTo(PriceBasis.DEVICE);
  }

  @Test
  void ofUnit_instanceHour_isInstance() {
    assertThat(PriceBasis.ofUnit("instance-hour")).isEqualTo(PriceBasis.INSTANCE);
  }

  @Test
  void ofUnit_gpuHour_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> PriceBasis.ofUnit("gpu-hour"))
        .withMessage("Unknown price basis 'gpu-hour' (known: device-hour, instance-hour)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DEVICE", "Device-hour", "device-hours", "hour", "", " device-hour"})
  void ofUnit_unknown_throws(String unit) {
    assertThatIllegalArgumentException().isThrownBy(() -> PriceBasis.ofUnit(unit))
        .withMessageStartingWith("Unknown price basis '" + unit + "'");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_roundTrip_isSameBasis() {
    assertThat(toJson(PriceBasis.INSTANCE)).isEqualTo("\"INSTANCE\"");
    assertThat(fromJson("\"DEVICE\"", PriceBasis.class)).isEqualTo(PriceBasis.DEVICE);
  }
}
