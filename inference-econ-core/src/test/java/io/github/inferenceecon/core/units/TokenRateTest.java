/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertEqualsContract;
import static io.github.inferenceecon.core.CoreAssertions.assertImmutable;
import static io.github.inferenceecon.core.CoreAssertions.fromJson;
import static io.github.inferenceecon.core.CoreAssertions.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TokenRateTest {

  private static final TokenRate TOKENS_PER_S_3000 = TokenRate.of(3000);
  private static final TokenRate TOKENS_PER_S_42_5 = TokenRate.of(42.5);
  private static final TokenRate TOKENS_PER_S_1000 = TokenRate.of(1000);
  private static final TokenRate TOKENS_PER_S_2000 = TokenRate.of(2000);
  private static final TokenRate TOKENS_PER_S_MAX = TokenRate.of(Double.MAX_VALUE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(TokenRate.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_isZero() {
    assertThat(TokenRate.ZERO.tokensPerSecond()).isZero();
    assertThat(TokenRate.ZERO.toString()).isEqualTo("0 tokens/s");
  }

  //--- of(double) -------------------------------------------------------------------------------

  @Test
  void of_value_keepsValue() {
    assertThat(TokenRate.of(3000).tokensPerSecond()).isEqualTo(3000);
  }

  @Test
  void of_zero_isZero() {
    assertThat(TokenRate.of(0)).isEqualTo(TokenRate.ZERO);
  }

  @Test
  void of_negativeZero_isZero() {
    // -0.0 passes the "not negative" check; it must still equal, hash and print as zero
    TokenRate negativeZero = TokenRate.of(-0.0);
    assertThat(negativeZero).isEqualTo(TokenRate.ZERO);
    assertThat(negativeZero.hashCode()).isEqualTo(TokenRate.ZERO.hashCode());
    assertThat(negativeZero.compareTo(TokenRate.ZERO)).isZero();
    assertThat(negativeZero.toString()).isEqualTo("0 tokens/s");
  }

  @Test
  void of_extremes_keepValue() {
    assertThat(TokenRate.of(Double.MAX_VALUE).tokensPerSecond()).isEqualTo(Double.MAX_VALUE);
    assertThat(TokenRate.of(Double.MIN_VALUE).tokensPerSecond()).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void of_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.of(-1))
        .withMessage("Token rate must be finite and not negative: -1.0");
  }

  @Test
  void of_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.of(Double.NaN))
        .withMessage("Token rate must be finite and not negative: NaN");
  }

  @Test
  void of_infinite_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.of(Double.POSITIVE_INFINITY))
        .withMessage("Token rate must be finite and not negative: Infinity");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "3000 tokens/s,     3000",
      "42.5 tokens/s,     42.5",
      "0 tokens/s,        0",
      "1000000 tokens/s,  1e6"})
  void parse_text_isValue(String text, double value) {
    assertThat(TokenRate.parse(text).tokensPerSecond()).isEqualTo(value);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(TokenRate.parse(TOKENS_PER_S_3000.toString())).isEqualTo(TOKENS_PER_S_3000);
    assertThat(TokenRate.parse(TOKENS_PER_S_MAX.toString())).isEqualTo(TOKENS_PER_S_MAX);
    TokenRate smallest = TokenRate.of(Double.MIN_VALUE);
    assertThat(TokenRate.parse(smallest.toString())).isEqualTo(smallest);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(TokenRate.parse("  3000 tokens/s ")).isEqualTo(TOKENS_PER_S_3000);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.parse("1 X"))
        .withMessage("Text cannot be parsed to a TokenRate: '1 X'")
        .withNoCause();
  }

  @Test
  void parse_anyPrefix_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.parse("1 ktokens/s"))
        .withMessage("Text cannot be parsed to a TokenRate: '1 ktokens/s'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.parse("-1 tokens/s"))
        .withMessage("Text cannot be parsed to a TokenRate: '-1 tokens/s'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.parse("NaN tokens/s"))
        .withMessage("Text cannot be parsed to a TokenRate: 'NaN tokens/s'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDoubleRange_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.parse("1e400 tokens/s"))
        .withMessage("Text cannot be parsed to a TokenRate: '1e400 tokens/s'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.parse("1tokens/s"))
        .withMessage("Text cannot be parsed to a TokenRate: '1tokens/s'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TokenRate.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(TOKENS_PER_S_3000)).isEqualTo("\"3000 tokens/s\"");
  }

  @Test
  void json_readText_isValue() {
    assertThat(fromJson("\"3000 tokens/s\"", TokenRate.class)).isEqualTo(TOKENS_PER_S_3000);
  }

  @Test
  void json_readNumber_isValueInBaseUnit() {
    assertThat(fromJson("3000", TokenRate.class)).isEqualTo(TOKENS_PER_S_3000);
    assertThat(fromJson("3000.0", TokenRate.class)).isEqualTo(TOKENS_PER_S_3000);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(TOKENS_PER_S_42_5), TokenRate.class)).isEqualTo(TOKENS_PER_S_42_5);
    assertThat(fromJson(toJson(TOKENS_PER_S_MAX), TokenRate.class)).isEqualTo(TOKENS_PER_S_MAX);
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", TokenRate.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Token rate must be finite and not negative: -1.0");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", TokenRate.class))
        .hasRootCauseMessage("Text cannot be parsed to a TokenRate: 'true'");
  }

  //--- tokensPerSecond() ------------------------------------------------------------------------

  @Test
  void tokensPerSecond_isStoredValue() {
    assertThat(TOKENS_PER_S_3000.tokensPerSecond()).isEqualTo(3000);
  }

  //--- tokensPerHour() --------------------------------------------------------------------------

  @Test
  void tokensPerHour_3000PerSecond_is10_8Million() {
    // 3000 tokens/s x 3600 s/h = 10,800,000 tokens/h
    assertThat(TOKENS_PER_S_3000.tokensPerHour()).isEqualTo(10_800_000.0);
  }

  @Test
  void tokensPerHour_isCorrectlyRoundedProduct() {
    // 965.9681886464931 x 3600 = 3477485.47912737517...; the nearest double is
    // 3477485.479127375, one ulp below what dividing by the inexact 1.0 / 3600 gives
    assertThat(TokenRate.of(965.9681886464931).tokensPerHour()).isEqualTo(3477485.479127375);
  }

  @Test
  void tokensPerHour_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TokenRate.of(Double.MAX_VALUE).tokensPerHour())
        .withMessage("Token rate overflow: Infinity");
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(TokenRate.ZERO.isZero()).isTrue();
    assertThat(TokenRate.of(Double.MIN_VALUE).isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    assertThat(TOKENS_PER_S_2000.isGreaterThan(TOKENS_PER_S_1000)).isTrue();
    assertThat(TOKENS_PER_S_1000.isGreaterThan(TOKENS_PER_S_1000)).isFalse();
    assertThat(TOKENS_PER_S_1000.isGreaterThan(TOKENS_PER_S_2000)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(TOKENS_PER_S_1000.isLessThan(TOKENS_PER_S_2000)).isTrue();
    assertThat(TOKENS_PER_S_1000.isLessThan(TOKENS_PER_S_1000)).isFalse();
    assertThat(TOKENS_PER_S_2000.isLessThan(TOKENS_PER_S_1000)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_1000.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_1000.isLessThan(null));
  }

  //--- plus(TokenRate) --------------------------------------------------------------------------

  @Test
  void plus_twoValues_isSum() {
    assertThat(TOKENS_PER_S_1000.plus(TOKENS_PER_S_2000)).isEqualTo(TOKENS_PER_S_3000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(TOKENS_PER_S_3000.plus(TokenRate.ZERO)).isEqualTo(TOKENS_PER_S_3000);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_PER_S_MAX.plus(TOKENS_PER_S_MAX))
        .withMessage("Token rate overflow: Infinity");
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_1000.plus(null))
        .withMessage("other");
  }

  //--- minus(TokenRate) -------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(TOKENS_PER_S_3000.minus(TOKENS_PER_S_2000)).isEqualTo(TOKENS_PER_S_1000);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(TOKENS_PER_S_3000.minus(TOKENS_PER_S_3000)).isEqualTo(TokenRate.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TOKENS_PER_S_1000.minus(TOKENS_PER_S_2000))
        .withMessage("Token rate must be finite and not negative: -1000.0");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_1000.minus(null))
        .withMessage("other");
  }

  //--- multipliedBy(double) ---------------------------------------------------------------------

  @Test
  void multipliedBy_three_isProduct() {
    assertThat(TOKENS_PER_S_1000.multipliedBy(3)).isEqualTo(TOKENS_PER_S_3000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(TOKENS_PER_S_MAX.multipliedBy(0)).isEqualTo(TokenRate.ZERO);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TOKENS_PER_S_1000.multipliedBy(-1))
        .withMessage("Factor must be finite and not negative: -1.0");
  }

  @Test
  void multipliedBy_nan_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TOKENS_PER_S_1000.multipliedBy(Double.NaN))
        .withMessage("Factor must be finite and not negative: NaN");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_PER_S_MAX.multipliedBy(2))
        .withMessage("Token rate overflow: Infinity");
  }

  //--- dividedBy(double) ------------------------------------------------------------------------

  @Test
  void dividedBy_three_isQuotient() {
    assertThat(TOKENS_PER_S_3000.dividedBy(3)).isEqualTo(TOKENS_PER_S_1000);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TOKENS_PER_S_1000.dividedBy(0))
        .withMessage("Divisor must be finite and positive: 0.0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TOKENS_PER_S_1000.dividedBy(-2))
        .withMessage("Divisor must be finite and positive: -2.0");
  }

  @Test
  void dividedBy_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TOKENS_PER_S_1000.dividedBy(Double.POSITIVE_INFINITY))
        .withMessage("Divisor must be finite and positive: Infinity");
  }

  @Test
  void dividedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_PER_S_MAX.dividedBy(0.5))
        .withMessage("Token rate overflow: Infinity");
  }

  //--- ratioTo(TokenRate) -----------------------------------------------------------------------

  @Test
  void ratioTo_threeToOne_isThree() {
    assertThat(TOKENS_PER_S_3000.ratioTo(TOKENS_PER_S_1000)).isEqualTo(3.0);
  }

  @Test
  void ratioTo_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TOKENS_PER_S_1000.ratioTo(TokenRate.ZERO))
        .withMessage("Token rate must be positive to divide by: 0 tokens/s");
  }

  @Test
  void ratioTo_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_PER_S_MAX.ratioTo(TokenRate.of(Double.MIN_VALUE)))
        .withMessage("Ratio overflow: Infinity");
  }

  @Test
  void ratioTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_1000.ratioTo(null))
        .withMessage("other");
  }

  //--- min(TokenRate) / max(TokenRate) ----------------------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(TOKENS_PER_S_1000.min(TOKENS_PER_S_2000)).isEqualTo(TOKENS_PER_S_1000);
    assertThat(TOKENS_PER_S_2000.min(TOKENS_PER_S_1000)).isEqualTo(TOKENS_PER_S_1000);
    assertThat(TOKENS_PER_S_1000.max(TOKENS_PER_S_2000)).isEqualTo(TOKENS_PER_S_2000);
    assertThat(TOKENS_PER_S_2000.max(TOKENS_PER_S_1000)).isEqualTo(TOKENS_PER_S_2000);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_1000.min(null));
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_1000.max(null));
  }

  //--- tokensIn(Duration) -----------------------------------------------------------------------

  @Test
  void tokensIn_2_5SecondsAt3000PerSecond_is7500() {
    assertThat(TOKENS_PER_S_3000.tokensIn(Duration.ofMillis(2500))).isEqualTo(7500.0);
  }

  @Test
  void tokensIn_zeroDuration_isZero() {
    assertThat(TOKENS_PER_S_3000.tokensIn(Duration.ZERO)).isZero();
  }

  @Test
  void tokensIn_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TokenRate.of(Double.MAX_VALUE).tokensIn(Duration.ofSeconds(2)))
        .withMessage("Token count overflow: Infinity");
  }

  @Test
  void tokensIn_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_3000.tokensIn(null))
        .withMessage("duration");
  }

  //--- compareTo(TokenRate) ---------------------------------------------------------------------

  @Test
  void compareTo_ordersByValue() {
    assertThat(TOKENS_PER_S_1000.compareTo(TOKENS_PER_S_2000)).isNegative();
    assertThat(TOKENS_PER_S_2000.compareTo(TOKENS_PER_S_1000)).isPositive();
    assertThat(TOKENS_PER_S_3000.compareTo(TokenRate.parse("3000 tokens/s"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_PER_S_1000.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(TOKENS_PER_S_3000, TokenRate.parse("3000 tokens/s"), TOKENS_PER_S_42_5);
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "3000,   3000 tokens/s",
      "42.5,   42.5 tokens/s",
      "0,      0 tokens/s",
      "1e6,    1000000 tokens/s",
      "0.001,  0.001 tokens/s"})
  void toString_exactWithUnit(double value, String text) {
    assertThat(TokenRate.of(value).toString()).isEqualTo(text);
  }
}
