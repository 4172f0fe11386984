/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.TokenPrice;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class TokenRatesTest {

  static final TokenPrice USD_3 = TokenPrice.perMillion("USD", "3");
  static final TokenPrice USD_15 = TokenPrice.perMillion("USD", "15");
  static final TokenPrice USD_3_75 = TokenPrice.perMillion("USD", "3.75");

  @Test
  void of_inputAndOutputOnly() {
    TokenRates r = TokenRates.of(USD_3, USD_15);

    assertThat(r.cachedInput()).isEmpty();
    assertThat(r.reasoning()).isEmpty();
    assertThat(r.cacheWrites()).isEmpty();
  }

  @Test
  void cacheWrite_byTtl() {
    TokenRates r = TokenRates.builder().input(USD_3).output(USD_15)
        .addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5), USD_3_75)).build();

    assertThat(r.cacheWrite(Duration.ofMinutes(5))).contains(USD_3_75);
    assertThat(r.cacheWrite(Duration.ofHours(1))).isEmpty();
  }

  @Test
  void build_mixedCurrencies_throws() {
    assertThatThrownBy(() -> TokenRates.of(USD_3, TokenPrice.perMillion("EUR", "15")))
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
    assertThatThrownBy(() -> TokenRates.builder().input(USD_3).output(USD_15)
        .cachedInput(TokenPrice.perMillion("GBP", "1")).build())
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void build_cacheWritesNotIncreasing_throws() {
    assertThatThrownBy(() -> TokenRates.builder().input(USD_3).output(USD_15)
        .addCacheWrites(CacheWritePrice.of(Duration.ofHours(1), USD_3_75))
        .addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5), USD_3_75)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache-write prices must have increasing, distinct time-to-lives: PT5M");
  }

  @Test
  void json_roundTrips() {
    TokenRates r = TokenRates.builder().input(USD_3).output(USD_15).reasoning(USD_3)
        .addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5), USD_3_75)).build();
    assertThat(CostTesting.roundTrip(r, TokenRates.class)).isEqualTo(r);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableTokenRates.class);
  }
}
