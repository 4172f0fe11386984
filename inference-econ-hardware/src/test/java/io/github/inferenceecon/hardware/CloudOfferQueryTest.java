/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

final class CloudOfferQueryTest {

  @Test
  void all_hasNoConditions_andExcludesHistorical() {
    CloudOfferQuery all = CloudOfferQuery.all();

    assertThat(all.provider()).isEmpty();
    assertThat(all.accelerator()).isEmpty();
    assertThat(all.pricingModel()).isEmpty();
    assertThat(all.region()).isEmpty();
    assertThat(all.maximumPerDeviceHour()).isEmpty();
    assertThat(all.isHistoricalIncluded()).isFalse();
  }

  @Test
  void maximumPerDeviceHour_negative_throws() {
    assertThatThrownBy(() -> CloudOfferQuery.builder()
        .maximumPerDeviceHour(Money.of("USD", "-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum price per device-hour must not be negative: USD -0.01");
  }

  @Test
  void maximumPerDeviceHour_zero_isAccepted() {
    assertThat(CloudOfferQuery.builder().maximumPerDeviceHour(Money.of("USD", "0")).build()
        .maximumPerDeviceHour()).contains(Money.of("USD", "0"));
  }

  @Test
  void equals_sameConditions() {
    assertThat(CloudOfferQuery.builder().provider("AWS").build())
        .isEqualTo(CloudOfferQuery.builder().provider("AWS").build())
        .isNotEqualTo(CloudOfferQuery.all());
  }
}
