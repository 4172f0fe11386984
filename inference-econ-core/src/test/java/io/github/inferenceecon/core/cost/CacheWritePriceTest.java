/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.TokenPrice;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class CacheWritePriceTest {

  static final CacheWritePrice FIVE_MINUTES_3_75 =
      CacheWritePrice.of(Duration.ofMinutes(5), TokenPrice.perMillion("USD", "3.75"));

  @Test
  void of_keepsParts() {
    assertThat(FIVE_MINUTES_3_75.ttl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(FIVE_MINUTES_3_75.price()).isEqualTo(TokenPrice.perMillion("USD", "3.75"));
  }

  @Test
  void of_nonPositiveTtl_throws() {
    assertThatThrownBy(() -> CacheWritePrice.of(Duration.ZERO, TokenPrice.perMillion("USD", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache time-to-live must be positive: PT0S");
    assertThatThrownBy(() -> CacheWritePrice.of(Duration.ofSeconds(-1),
        TokenPrice.perMillion("USD", "1"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_nulls_throw() {
    assertThatThrownBy(() -> CacheWritePrice.of(null, TokenPrice.perMillion("USD", "1")))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(FIVE_MINUTES_3_75, CacheWritePrice.class))
        .isEqualTo(FIVE_MINUTES_3_75);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableCacheWritePrice.class);
  }
}
