/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.assertEqualsContract;
import static io.github.inferenceecon.core.CoreAssertions.assertImmutable;
import static io.github.inferenceecon.core.CoreAssertions.fromJson;
import static io.github.inferenceecon.core.CoreAssertions.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

final class TokenPriceTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static final Money USD_0 = Money.zero(USD);
  private static final Money USD_0_15 = Money.of("USD", "0.15");
  private static final Money USD_1 = Money.of("USD", "1");

  private static final TokenCount TOKENS_1 = TokenCount.of(1);
  private static final TokenCount TOKENS_3 = TokenCount.of(3);
  private static final TokenCount TOKENS_1000 = TokenCount.of(1_000);
  private static final TokenCount TOKENS_2000 = TokenCount.of(2_000);
  private static final TokenCount TOKENS_8000 = TokenCount.of(8_000);
  private static final TokenCount TOKENS_10K = TokenCount.of(10_000);
  private static final TokenCount TOKENS_1M = TokenCount.ofMillions(1);

  private static final TokenPrice USD_0_15_PER_1M = TokenPrice.of(USD_0_15, TOKENS_1M);
  private static final TokenPrice USD_0_30_PER_1M = TokenPrice.perMillion("USD", "0.30");
  private static final TokenPrice USD_3_PER_1M = TokenPrice.perMillion("USD", "3.00");
  private static final TokenPrice USD_0_00015_PER_1000 =
      TokenPrice.of(Money.of("USD", "0.00015"), TOKENS_1000);
  private static final TokenPrice USD_1_PER_3 = TokenPrice.of(USD_1, TOKENS_3);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(TokenPrice.class);
  }

  //--- of(Money, TokenCount) --------------------------------------------------------------------

  @Test
  void of_keepsPriceAndDenominator() {
    TokenPrice price = TokenPrice.of(USD_0_15, TOKENS_1M);
    assertThat(price.price()).isEqualTo(USD_0_15);
    assertThat(price.per()).isEqualTo(TOKENS_1M);
  }

  @Test
  void of_zeroPrice_isFree() {
    assertThat(TokenPrice.of(USD_0, TOKENS_1M).isZero()).isTrue();
  }

  @Test
  void of_negativePrice_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TokenPrice.of(Money.of("USD", "-0.15"), TOKENS_1M))
        .withMessage("Token price must not be negative: USD -0.15");
  }

  @Test
  void of_zeroDenominator_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenPrice.of(USD_0_15, TokenCount.ZERO))
        .withMessage("Token price denominator must be positive: 0 tokens");
  }

  @Test
  void of_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> TokenPrice.of(null, TOKENS_1M))
        .withMessage("price");
    assertThatNullPointerException().isThrownBy(() -> TokenPrice.of(USD_0_15, null))
        .withMessage("per");
  }

  //--- perMillion(Money) / perMillion(String, String) -------------------------------------------

  @Test
  void perMillion_money_isPerMillionTokens() {
    assertThat(TokenPrice.perMillion(USD_0_15)).isEqualTo(USD_0_15_PER_1M);
  }

  @Test
  void perMillion_text_isPerMillionTokens() {
    assertThat(TokenPrice.perMillion("USD", "0.15")).isEqualTo(USD_0_15_PER_1M);
  }

  @Test
  void perMillion_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenPrice.perMillion("USD", "-1"))
        .withMessage("Token price must not be negative: USD -1");
  }

  @Test
  void perMillion_unknownCurrency_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenPrice.perMillion("ZZZ", "1"))
        .withMessage("Unknown currency code 'ZZZ'");
  }

  @Test
  void perMillion_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> TokenPrice.perMillion(null))
        .withMessage("price");
    assertThatNullPointerException().isThrownBy(() -> TokenPrice.perMillion(null, "1"))
        .withMessage("currencyCode");
    assertThatNullPointerException().isThrownBy(() -> TokenPrice.perMillion("USD", null))
        .withMessage("amount");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @Test
  void parse_perMillion_isPrice() {
    assertThat(TokenPrice.parse("USD 0.15 per 1000000 tokens")).isEqualTo(USD_0_15_PER_1M);
  }

  @Test
  void parse_perThousand_isPrice() {
    assertThat(TokenPrice.parse("USD 0.00015 per 1000 tokens")).isEqualTo(USD_0_00015_PER_1000);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(TokenPrice.parse(USD_1_PER_3.toString())).isEqualTo(USD_1_PER_3);
    assertThat(TokenPrice.parse(USD_3_PER_1M.toString())).isEqualTo(USD_3_PER_1M);
  }

  @Test
  void parse_wordsForCount_throwsWithCause() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TokenPrice.parse("USD 0.15 per million tokens"))
        .withMessage("Text cannot be parsed to a TokenPrice: 'USD 0.15 per million tokens'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_noDenominator_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenPrice.parse("USD 0.15"))
        .withMessage("Text cannot be parsed to a TokenPrice: 'USD 0.15'")
        .withNoCause();
  }

  @Test
  void parse_negativePrice_throwsWithCause() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TokenPrice.parse("USD -0.15 per 1000000 tokens"))
        .withMessage("Text cannot be parsed to a TokenPrice: 'USD -0.15 per 1000000 tokens'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_zeroDenominator_throwsWithCause() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TokenPrice.parse("USD 0.15 per 0 tokens"))
        .withMessage("Text cannot be parsed to a TokenPrice: 'USD 0.15 per 0 tokens'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TokenPrice.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isAmountCurrencyAndDenominator() {
    assertThat(toJson(USD_0_15_PER_1M))
        .isEqualTo("{\"amount\":\"0.15\",\"currency\":\"USD\",\"perTokens\":1000000}");
  }

  @Test
  void json_read_isPrice() {
    assertThat(fromJson("{\"amount\":\"0.15\",\"currency\":\"USD\",\"perTokens\":1000000}",
        TokenPrice.class)).isEqualTo(USD_0_15_PER_1M);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(USD_1_PER_3), TokenPrice.class)).isEqualTo(USD_1_PER_3);
  }

  @Test
  void json_missingDenominator_throws() {
    assertThatThrownBy(() ->
        fromJson("{\"amount\":\"0.15\",\"currency\":\"USD\"}", TokenPrice.class))
        .hasMessageContaining("Missing required creator property 'perTokens'");
  }

  @Test
  void json_zeroDenominator_throws() {
    assertThatThrownBy(() ->
        fromJson("{\"amount\":\"0.15\",\"currency\":\"USD\",\"perTokens\":0}", TokenPrice.class))
        .hasRootCauseMessage("Token price denominator must be positive: 0 tokens");
  }

  //--- price() / per() / currency() / isZero() --------------------------------------------------

  @Test
  void accessors_returnParts() {
    assertThat(USD_1_PER_3.price()).isEqualTo(USD_1);
    assertThat(USD_1_PER_3.per()).isEqualTo(TOKENS_3);
    assertThat(USD_1_PER_3.currency()).isEqualTo(USD);
    assertThat(USD_1_PER_3.isZero()).isFalse();
  }

  //--- costOf(TokenCount) -----------------------------------------------------------------------

  @Test
  void costOf_10kTokensAt3PerMillion_is3Cents() {
    // 3.00 x 10,000 / 1,000,000 = 30,000 / 1,000,000 = 0.03
    assertThat(USD_3_PER_1M.costOf(TOKENS_10K)).isEqualTo(Money.of("USD", "0.03"));
  }

  @Test
  void costOf_8000TokensAt0_30PerMillion_is0_0024() {
    // 0.30 x 8,000 / 1,000,000 = 2,400 / 1,000,000 = 0.0024
    assertThat(USD_0_30_PER_1M.costOf(TOKENS_8000)).isEqualTo(Money.of("USD", "0.0024"));
  }

  @Test
  void costOf_2000TokensAt3PerMillion_isExactThenInvoicedAsOneCent() {
    // 3 x 2,000 / 1,000,000 = 0.006 exactly; rounded half-even to cents, 0.01
    Money cost = USD_3_PER_1M.costOf(TOKENS_2000);
    assertThat(cost).isEqualTo(Money.of("USD", "0.006"));
    assertThat(cost.roundedToCurrency(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("USD", "0.01"));
  }

  @Test
  void costOf_oneToken_isExactFraction() {
    // 0.15 / 1,000,000 = 0.00000015
    assertThat(USD_0_15_PER_1M.costOf(TOKENS_1)).isEqualTo(Money.of("USD", "0.00000015"));
  }

  @Test
  void costOf_denominator_isThePrice() {
    assertThat(USD_1_PER_3.costOf(TOKENS_3)).isEqualTo(USD_1);
  }

  @Test
  void costOf_zeroTokens_isZero() {
    assertThat(USD_1_PER_3.costOf(TokenCount.ZERO)).isEqualTo(USD_0);
  }

  @Test
  void costOf_nonTerminatingWithoutRoundingMode_throws() {
    // 1 / 3 = 0.333... does not terminate
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_1_PER_3.costOf(TOKENS_1));
  }

  @Test
  void costOf_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_PER_3.costOf(null))
        .withMessage("tokens");
  }

  //--- costOf(TokenCount, RoundingMode) ---------------------------------------------------------

  @Test
  void costOfRounded_nonTerminating_roundsToPriceScalePlusDenominatorDigits() {
    // USD 1 per 3 tokens: scale 0 + 1 digit of "3" = 1 place; 1/3 = 0.3, 2/3 = 0.7 (half-up)
    assertThat(USD_1_PER_3.costOf(TOKENS_1, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("USD", "0.3"));
    assertThat(USD_1_PER_3.costOf(TokenCount.of(2), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("USD", "0.7"));
    assertThat(USD_1_PER_3.costOf(TokenCount.of(2), RoundingMode.DOWN))
        .isEqualTo(Money.of("USD", "0.6"));
  }

  @Test
  void costOfRounded_powerOfTenDenominator_isExact() {
    assertThat(USD_3_PER_1M.costOf(TOKENS_10K, RoundingMode.UNNECESSARY))
        .isEqualTo(Money.of("USD", "0.03"));
    assertThat(USD_0_15_PER_1M.costOf(TOKENS_1, RoundingMode.UNNECESSARY))
        .isEqualTo(Money.of("USD", "0.00000015"));
  }

  @Test
  void costOfRounded_inexactUnnecessary_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_1_PER_3.costOf(TOKENS_1, RoundingMode.UNNECESSARY));
  }

  @Test
  void costOfRounded_nulls_throw() {
    assertThatNullPointerException()
        .isThrownBy(() -> USD_1_PER_3.costOf(null, RoundingMode.HALF_EVEN))
        .withMessage("tokens");
    assertThatNullPointerException().isThrownBy(() -> USD_1_PER_3.costOf(TOKENS_1, null))
        .withMessage("rounding");
  }

  //--- multipliedBy(BigDecimal) -----------------------------------------------------------------

  @Test
  void multipliedBy_half_isBatchDiscount() {
    // a 50% batch discount: 0.15 x 0.5 = 0.075 per million
    assertThat(USD_0_15_PER_1M.multipliedBy(new BigDecimal("0.5")))
        .isEqualTo(TokenPrice.perMillion("USD", "0.075"));
  }

  @Test
  void multipliedBy_keepsDenominator() {
    assertThat(USD_1_PER_3.multipliedBy(BigDecimal.TEN).per()).isEqualTo(TOKENS_3);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> USD_0_15_PER_1M.multipliedBy(new BigDecimal("-0.5")))
        .withMessage("Price factor must not be negative: -0.5");
  }

  @Test
  void multipliedBy_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_0_15_PER_1M.multipliedBy(null))
        .withMessage("factor");
  }

  //--- toPerMillion() ---------------------------------------------------------------------------

  @Test
  void toPerMillion_perThousand_scalesUp() {
    // 0.00015 per 1000 tokens = 0.00015 x 1000 = 0.15 per million
    assertThat(USD_0_00015_PER_1000.toPerMillion()).isEqualTo(USD_0_15_PER_1M);
  }

  @Test
  void toPerMillion_perMillion_isUnchanged() {
    assertThat(USD_0_15_PER_1M.toPerMillion()).isEqualTo(USD_0_15_PER_1M);
  }

  @Test
  void toPerMillion_nonTerminating_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_1_PER_3.toPerMillion());
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(USD_3_PER_1M, TokenPrice.parse("USD 3 per 1000000 tokens"),
        USD_0_30_PER_1M);
  }

  @Test
  void equals_sameChargeOtherDenominator_isNotEqual() {
    // the published form is kept: 0.15 per million and 0.00015 per thousand differ as values
    assertThat(USD_0_15_PER_1M).isNotEqualTo(USD_0_00015_PER_1000);
    assertThat(USD_0_15_PER_1M.costOf(TOKENS_1M))
        .isEqualTo(USD_0_00015_PER_1000.costOf(TOKENS_1M));
  }

  @Test
  void equals_trailingZeros_areIgnored() {
    assertThat(TokenPrice.perMillion("USD", "3.00")).isEqualTo(TokenPrice.perMillion("USD", "3"));
    assertThat(TokenPrice.perMillion("USD", "3.00").hashCode())
        .isEqualTo(TokenPrice.perMillion("USD", "3").hashCode());
  }

  //--- toString() -------------------------------------------------------------------------------

  @Test
  void toString_isMoneyPerCount() {
    assertThat(USD_0_15_PER_1M.toString()).isEqualTo("USD 0.15 per 1000000 tokens");
    assertThat(USD_3_PER_1M.toString()).isEqualTo("USD 3 per 1000000 tokens");
    assertThat(USD_1_PER_3.toString()).isEqualTo("USD 1 per 3 tokens");
  }
}
