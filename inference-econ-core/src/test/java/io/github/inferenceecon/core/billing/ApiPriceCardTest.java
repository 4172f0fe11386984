/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The card is a test fixture shaped like the example in {@link ApiPriceCard}'s Javadoc; its
 * provider, model and prices are test values, not any provider's prices of record.
 */
final class ApiPriceCardTest {

  private static final TokenRates USD_BASE = TokenRates.builder()
      .input(TokenPrice.perMillion("USD", "3.00")).output(TokenPrice.perMillion("USD", "15.00"))
      .cachedInput(TokenPrice.perMillion("USD", "0.30"))
      .addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5),
          TokenPrice.perMillion("USD", "3.75")))
      .addCacheWrites(CacheWritePrice.of(Duration.ofHours(1),
          TokenPrice.perMillion("USD", "6.00")))
      .build();
  private static final TokenRates USD_LONG = TokenRates.of(TokenPrice.perMillion("USD", "6.00"),
      TokenPrice.perMillion("USD", "22.50"));
  private static final TokenRates EUR_RATES = TokenRates.of(TokenPrice.perMillion("EUR", "1.00"),
      TokenPrice.perMillion("EUR", "2.00"));
  private static final LocalDate MAY_22_2025 = LocalDate.of(2025, 5, 22);
  private static final LocalDate JAN_1_2026 = LocalDate.of(2026, 1, 1);

  private static ApiPriceCard.Builder card() {
    return ApiPriceCard.builder().provider("example-provider").model("example-model")
        .rates(USD_BASE)
        .batchDiscount(new BigDecimal("0.5"))
        .longContext(LongContextTier.of(TokenCount.ofThousands(200), LongContextRule.ALL_TOKENS,
            USD_LONG))
        .putServiceTiers("priority", USD_LONG)
        .effectiveFrom(MAY_22_2025)
        .source("https://example.com/pricing");
  }

  //-----------------------------------------------------------------------
  // builder, currency
  @Test
  void builder_optionalParts_defaultEmpty() {
    ApiPriceCard bare = ApiPriceCard.builder().provider("p").model("m").rates(USD_BASE).build();

    assertThat(bare.batchDiscount()).isEmpty();
    assertThat(bare.longContext()).isEmpty();
    assertThat(bare.serviceTiers()).isEmpty();
    assertThat(bare.effectiveFrom()).isEmpty();
    assertThat(bare.effectiveUntil()).isEmpty();
    assertThat(bare.source()).isEmpty();
  }

  @Test
  void currency_isThatOfTheBaseRates() {
    assertThat(card().build().currency()).isEqualTo(Currency.getInstance("USD"));
  }

  //-----------------------------------------------------------------------
  // invalid input
  @Test
  void check_blankProvider_throws() {
    assertThatThrownBy(() -> card().provider("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card provider must not be blank: ''");
  }

  @Test
  void check_blankModel_throws() {
    assertThatThrownBy(() -> card().model("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card model must not be blank: ''");
  }

  @Test
  void check_batchDiscountOutsideZeroToOne_throws() {
    assertThatThrownBy(() -> card().batchDiscount(new BigDecimal("-0.1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Batch discount must be in [0, 1]: -0.1");
    assertThatThrownBy(() -> card().batchDiscount(new BigDecimal("1.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Batch discount must be in [0, 1]: 1.01");
  }

  @Test
  void check_batchDiscountAtBounds_isAllowed() {
    assertThat(card().batchDiscount(BigDecimal.ZERO).build().batchDiscount())
        .contains(BigDecimal.ZERO);
    assertThat(card().batchDiscount(BigDecimal.ONE).build().batchDiscount())
        .contains(BigDecimal.ONE);
  }

  @Test
  void check_longContextInAnotherCurrency_throwsMismatch() {
    assertThatThrownBy(() -> card().longContext(LongContextTier.of(TokenCount.ofThousands(200),
        LongContextRule.ALL_TOKENS, EUR_RATES)).build())
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void check_serviceTierInAnotherCurrency_throwsMismatch() {
    assertThatThrownBy(() -> card().putServiceTiers("flex", EUR_RATES).build())
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void check_endNotAfterStart_throws() {
    assertThatThrownBy(() -> card().effectiveUntil(MAY_22_2025).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card must end after it starts: 2025-05-22/2025-05-22");
    assertThatThrownBy(() -> card().effectiveUntil(MAY_22_2025.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card must end after it starts: 2025-05-22/2025-05-21");
  }

  @Test
  void builder_missingRates_throwsIllegalState() {
    assertThatThrownBy(() -> ApiPriceCard.builder().provider("p").model("m").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("rates");
  }

  //-----------------------------------------------------------------------
  // isInForceOn
  @Test
  void isInForceOn_fromInclusiveUntilExclusive() {
    ApiPriceCard c = card().effectiveUntil(JAN_1_2026).build();

    assertThat(c.isInForceOn(MAY_22_2025.minusDays(1))).isFalse();
    assertThat(c.isInForceOn(MAY_22_2025)).isTrue();
    assertThat(c.isInForceOn(JAN_1_2026.minusDays(1))).isTrue();
    assertThat(c.isInForceOn(JAN_1_2026)).isFalse();
  }

  @Test
  void isInForceOn_openEnded_inForceFromStartOn() {
    ApiPriceCard c = card().build();

    assertThat(c.isInForceOn(MAY_22_2025.minusDays(1))).isFalse();
    assertThat(c.isInForceOn(LocalDate.of(2100, 1, 1))).isTrue();
  }

  @Test
  void isInForceOn_unknownStart_inForceUntilEnd() {
    ApiPriceCard c = ApiPriceCard.builder().provider("p").model("m").rates(USD_BASE)
        .effectiveUntil(JAN_1_2026).build();

    assertThat(c.isInForceOn(LocalDate.of(2000, 1, 1))).isTrue();
    assertThat(c.isInForceOn(JAN_1_2026)).isFalse();
  }

  @Test
  void isInForceOn_noDates_alwaysInForce() {
    ApiPriceCard c = ApiPriceCard.builder().provider("p").model("m").rates(USD_BASE).build();

    assertThat(c.isInForceOn(LocalDate.MIN)).isTrue();
    assertThat(c.isInForceOn(LocalDate.MAX)).isTrue();
  }

  @Test
  void isInForceOn_null_throwsNullPointer() {
    assertThatThrownBy(() -> card().build().isInForceOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  //-----------------------------------------------------------------------
  // equals, immutability, JSON
  @Test
  void equals_sameCard_equal() {
    assertEqualsContract(card().build(), card().build(), card().model("other-model").build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(ApiPriceCard.class, card().build());
  }

  @Test
  void json_roundTrips() {
    ApiPriceCard c = card().effectiveUntil(JAN_1_2026).build();

    assertThat(jsonRoundTrip(c, ApiPriceCard.class)).isEqualTo(c);
  }

  @Test
  void json_datesAsIsoTextWithoutDerivedCurrency() {
    String json = toJson(card().build());

    assertThat(json).contains("\"effectiveFrom\":\"2025-05-22\"", "\"batchDiscount\":0.5")
        .doesNotContain("\"currency\":{");
  }

  @Test
  void json_mixedCurrencies_failTheRule() {
    String json = toJson(card().build()).replaceFirst("\"currency\":\"USD\"",
        "\"currency\":\"EUR\"");

    assertThatThrownBy(() -> fromJson(json, ApiPriceCard.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Currencies differ: EUR/USD");
  }
}
