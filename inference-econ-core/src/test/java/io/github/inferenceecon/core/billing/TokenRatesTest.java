/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The fixtures are shaped like the example in {@link ApiPriceCard}'s Javadoc (USD per million
 * tokens); they are test values, not any provider's prices of record.
 */
final class TokenRatesTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final TokenPrice USD_3_00 = TokenPrice.perMillion("USD", "3.00");
  private static final TokenPrice USD_15_00 = TokenPrice.perMillion("USD", "15.00");
  private static final TokenPrice USD_0_30 = TokenPrice.perMillion("USD", "0.30");
  private static final TokenPrice USD_3_75 = TokenPrice.perMillion("USD", "3.75");
  private static final TokenPrice USD_6_00 = TokenPrice.perMillion("USD", "6.00");
  private static final TokenPrice EUR_1_00 = TokenPrice.perMillion("EUR", "1.00");
  private static final Duration MINUTES_5 = Duration.ofMinutes(5);
  private static final Duration HOUR_1 = Duration.ofHours(1);

  private static TokenRates.Builder full() {
    return TokenRates.builder().input(USD_3_00).output(USD_15_00).cachedInput(USD_0_30)
        .addCacheWrites(CacheWritePrice.of(MINUTES_5, USD_3_75))
        .addCacheWrites(CacheWritePrice.of(HOUR_1, USD_6_00));
  }

  //-----------------------------------------------------------------------
  // of, builder
  @Test
  void of_inputAndOutputOnly_leavesTheRestUnpriced() {
    TokenRates r = TokenRates.of(USD_3_00, USD_15_00);

    assertThat(r.input()).isEqualTo(USD_3_00);
    assertThat(r.output()).isEqualTo(USD_15_00);
    assertThat(r.cachedInput()).isEmpty();
    assertThat(r.cacheWrites()).isEmpty();
    assertThat(r.reasoning()).isEmpty();
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> TokenRates.of(null, USD_15_00))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TokenRates.of(USD_3_00, null))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // cacheWrite(Duration)
  @Test
  void cacheWrite_pricedTtl_givesItsPrice() {
    TokenRates r = full().build();

    assertThat(r.cacheWrite(MINUTES_5)).contains(USD_3_75);
    assertThat(r.cacheWrite(Duration.ofSeconds(3600))).contains(USD_6_00);
  }

  @Test
  void cacheWrite_unpricedTtl_isEmptyNotZero() {
    assertThat(full().build().cacheWrite(Duration.ofMinutes(10))).isEmpty();
    assertThat(TokenRates.of(USD_3_00, USD_15_00).cacheWrite(MINUTES_5)).isEmpty();
  }

  @Test
  void cacheWrite_null_throwsNullPointer() {
    assertThatThrownBy(() -> full().build().cacheWrite(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ttl");
  }

  //-----------------------------------------------------------------------
  // invalid input
  @Test
  void check_outputInAnotherCurrency_throwsMismatch() {
    assertThatThrownBy(() -> TokenRates.of(USD_3_00, EUR_1_00))
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
          assertThat(e.first()).isEqualTo(USD);
          assertThat(e.second()).isEqualTo(EUR);
        })
        .hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void check_cachedInputOrReasoningInAnotherCurrency_throwsMismatch() {
    assertThatThrownBy(() -> full().cachedInput(EUR_1_00).build())
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
    assertThatThrownBy(() -> full().reasoning(EUR_1_00).build())
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void check_cacheWriteInAnotherCurrency_throwsMismatch() {
    assertThatThrownBy(() -> TokenRates.builder().input(USD_3_00).output(USD_15_00)
        .addCacheWrites(CacheWritePrice.of(MINUTES_5, EUR_1_00)).build())
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void check_cacheWritesNotIncreasing_throws() {
    assertThatThrownBy(() -> TokenRates.builder().input(USD_3_00).output(USD_15_00)
        .addCacheWrites(CacheWritePrice.of(HOUR_1, USD_6_00))
        .addCacheWrites(CacheWritePrice.of(MINUTES_5, USD_3_75)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache-write prices must have increasing, distinct time-to-lives: PT5M");
  }

  @Test
  void check_cacheWritesRepeatedTtl_throws() {
    assertThatThrownBy(() -> TokenRates.builder().input(USD_3_00).output(USD_15_00)
        .addCacheWrites(CacheWritePrice.of(MINUTES_5, USD_3_75))
        .addCacheWrites(CacheWritePrice.of(MINUTES_5, USD_6_00)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache-write prices must have increasing, distinct time-to-lives: PT5M");
  }

  @Test
  void check_zeroPrices_areAllowed() {
    TokenPrice free = TokenPrice.perMillion(Money.zero(USD));

    assertThat(TokenRates.of(free, free).input().isZero()).isTrue();
  }

  //-----------------------------------------------------------------------
  // equals, immutability, JSON
  @Test
  void equals_sameRates_equal() {
    assertEqualsContract(full().build(), full().build(), full().reasoning(USD_15_00).build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(TokenRates.class, full().build());
  }

  @Test
  void json_roundTrips() {
    TokenRates r = full().reasoning(USD_6_00).build();

    assertThat(jsonRoundTrip(r, TokenRates.class)).isEqualTo(r);
  }
}
