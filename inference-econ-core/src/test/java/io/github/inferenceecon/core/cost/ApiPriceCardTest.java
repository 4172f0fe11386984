/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class ApiPriceCardTest {

  static final TokenRates USD_3_15 = TokenRates.of(TokenPrice.perMillion("USD", "3"),
      TokenPrice.perMillion("USD", "15"));
  static final TokenRates EUR_3_15 = TokenRates.of(TokenPrice.perMillion("EUR", "3"),
      TokenPrice.perMillion("EUR", "15"));

  static ApiPriceCard.Builder card() {
    return ApiPriceCard.builder().provider("p").model("m").rates(USD_3_15);
  }

  @Test
  void currency_isTheRatesCurrency() {
    assertThat(card().build().currency()).isEqualTo(Money.USD);
  }

  @Test
  void isInForceOn_betweenDates() {
    ApiPriceCard c = card().effectiveFrom(LocalDate.of(2024, 10, 1))
        .effectiveUntil(LocalDate.of(2025, 1, 1)).build();

    assertThat(c.isInForceOn(LocalDate.of(2024, 9, 30))).isFalse();
    assertThat(c.isInForceOn(LocalDate.of(2024, 10, 1))).isTrue();
    assertThat(c.isInForceOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(c.isInForceOn(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(card().build().isInForceOn(LocalDate.of(2000, 1, 1))).isTrue();
  }

  @Test
  void isInForceOn_null_throws() {
    assertThatThrownBy(() -> card().build().isInForceOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void build_blankProvider_throws() {
    assertThatThrownBy(() -> card().provider(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card provider must not be blank: ''");
  }

  @Test
  void build_blankModel_throws() {
    assertThatThrownBy(() -> card().model("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card model must not be blank: ''");
  }

  @Test
  void build_batchDiscountOutOfRange_throws() {
    assertThatThrownBy(() -> card().batchDiscount(new BigDecimal("1.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Batch discount must be in [0, 1]: 1.01");
    assertThatThrownBy(() -> card().batchDiscount(new BigDecimal("-0.1")).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_tierInOtherCurrency_throws() {
    assertThatThrownBy(() -> card().putServiceTiers("flex", EUR_3_15).build())
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
    assertThatThrownBy(() -> card().longContext(LongContextTier.of(TokenCount.of(10),
        LongContextRule.ALL_TOKENS, EUR_3_15)).build())
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void build_endsBeforeItStarts_throws() {
    assertThatThrownBy(() -> card().effectiveFrom(LocalDate.of(2025, 1, 1))
        .effectiveUntil(LocalDate.of(2025, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card must end after it starts: 2025-01-01/2025-01-01");
  }

  @Test
  void json_roundTrips() {
    ApiPriceCard c = ApiCostCalculatorTest.ILLUSTRATIVE;

    assertThat(CostTesting.roundTrip(c, ApiPriceCard.class)).isEqualTo(c);
    assertThat(CostTesting.roundTrip(ApiCostCalculatorTest.GPT_4O, ApiPriceCard.class))
        .isEqualTo(ApiCostCalculatorTest.GPT_4O);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableApiPriceCard.class);
  }
}
