/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.TokenPrice;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class CacheWritePriceTest {

  private static final TokenPrice USD_3_75 = TokenPrice.perMillion("USD", "3.75");
  private static final Duration MINUTES_5 = Duration.ofMinutes(5);

  @Test
  void of_keepsTtlAndPrice() {
    CacheWritePrice w = CacheWritePrice.of(MINUTES_5, USD_3_75);

    assertThat(w.ttl()).isEqualTo(MINUTES_5);
    assertThat(w.price()).isEqualTo(USD_3_75);
  }

  @Test
  void of_zeroTtl_throws() {
    assertThatThrownBy(() -> CacheWritePrice.of(Duration.ZERO, USD_3_75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache time-to-live must be positive: PT0S");
  }

  @Test
  void of_negativeTtl_throws() {
    assertThatThrownBy(() -> CacheWritePrice.of(Duration.ofMinutes(-5), USD_3_75))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache time-to-live must be positive: PT-5M");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> CacheWritePrice.of(null, USD_3_75))
        .isInstanceOf(NullPointerException.class).hasMessage("ttl");
    assertThatThrownBy(() -> CacheWritePrice.of(MINUTES_5, null))
        .isInstanceOf(NullPointerException.class).hasMessage("price");
  }

  @Test
  void equals_sameTtlAndPrice_equal() {
    assertEqualsContract(CacheWritePrice.of(MINUTES_5, USD_3_75),
        CacheWritePrice.of(Duration.ofSeconds(300), TokenPrice.perMillion("USD", "3.750")),
        CacheWritePrice.of(Duration.ofHours(1), USD_3_75));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(CacheWritePrice.class, CacheWritePrice.of(MINUTES_5, USD_3_75));
  }

  @Test
  void json_ttlAsIsoTextAndRoundTrips() {
    CacheWritePrice w = CacheWritePrice.of(MINUTES_5, USD_3_75);

    assertThat(toJson(w)).isEqualTo("{\"ttl\":\"PT5M\",\"price\":{\"amount\":\"3.75\","
        + "\"currency\":\"USD\",\"perTokens\":1000000}}");
    assertThat(jsonRoundTrip(w, CacheWritePrice.class)).isEqualTo(w);
  }
}
