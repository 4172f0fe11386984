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

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TokenCountTest {

  private static final TokenCount TOKENS_1 = TokenCount.of(1);
  private static final TokenCount TOKENS_500 = TokenCount.of(500);
  private static final TokenCount TOKENS_1500 = TokenCount.of(1500);
  private static final TokenCount TOKENS_2000 = TokenCount.of(2000);
  private static final TokenCount TOKENS_1M = TokenCount.of(1_000_000);
  private static final TokenCount TOKENS_MAX = TokenCount.of(Long.MAX_VALUE);
  private static final TokenRate TOKENS_PER_SECOND_3000 = TokenRate.of(3000);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(TokenCount.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_hasNoTokens() {
    assertThat(TokenCount.ZERO.count()).isZero();
  }

  //--- of(long) ---------------------------------------------------------------------------------

  @Test
  void of_positive_keepsCount() {
    assertThat(TokenCount.of(1500).count()).isEqualTo(1500L);
  }

  @Test
  void of_zero_isZero() {
    assertThat(TokenCount.of(0)).isEqualTo(TokenCount.ZERO);
  }

  @Test
  void of_maxLong_keepsCount() {
    assertThat(TokenCount.of(Long.MAX_VALUE).count()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void of_negativeTokens_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.of(-5))
        .withMessage("Token count must not be negative: -5");
  }

  @Test
  void of_minLong_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.of(Long.MIN_VALUE))
        .withMessage("Token count must not be negative: -9223372036854775808");
  }

  //--- ofThousands(long) ------------------------------------------------------------------------

  @Test
  void ofThousands_two_is2000() {
    assertThat(TokenCount.ofThousands(2)).isEqualTo(TOKENS_2000);
  }

  @Test
  void ofThousands_largestSafe_isExact() {
    long largest = Long.MAX_VALUE / 1_000;   // 9223372036854775
    assertThat(TokenCount.ofThousands(largest).count()).isEqualTo(9_223_372_036_854_775_000L);
  }

  @Test
  void ofThousands_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TokenCount.ofThousands(Long.MAX_VALUE / 1_000 + 1));
  }

  @Test
  void ofThousands_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.ofThousands(-1))
        .withMessage("Token count must not be negative: -1");
  }

  //--- ofMillions(long) -------------------------------------------------------------------------

  @Test
  void ofMillions_one_isMillion() {
    assertThat(TokenCount.ofMillions(1)).isEqualTo(TOKENS_1M);
  }

  @Test
  void ofMillions_largestSafe_isExact() {
    long largest = Long.MAX_VALUE / 1_000_000;   // 9223372036854
    assertThat(TokenCount.ofMillions(largest).count()).isEqualTo(9_223_372_036_854_000_000L);
  }

  @Test
  void ofMillions_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TokenCount.ofMillions(Long.MAX_VALUE / 1_000_000 + 1));
  }

  @Test
  void ofMillions_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.ofMillions(-2))
        .withMessage("Token count must not be negative: -2");
  }

  //--- total(Iterable) --------------------------------------------------------------------------

  @Test
  void total_twoCounts_isSum() {
    assertThat(TokenCount.total(List.of(TOKENS_1500, TOKENS_500))).isEqualTo(TOKENS_2000);
  }

  @Test
  void total_empty_isZero() {
    assertThat(TokenCount.total(List.of())).isEqualTo(TokenCount.ZERO);
  }

  @Test
  void total_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TokenCount.total(List.of(TOKENS_MAX, TOKENS_1)));
  }

  @Test
  void total_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TokenCount.total(null))
        .withMessage("counts");
  }

  @Test
  void total_nullElement_throws() {
    assertThatNullPointerException()
        .isThrownBy(() -> TokenCount.total(Arrays.asList(TOKENS_1, null)))
        .withMessage("counts element");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @Test
  void parse_plural_isCount() {
    assertThat(TokenCount.parse("1500 tokens")).isEqualTo(TOKENS_1500);
  }

  @Test
  void parse_singular_isCount() {
    assertThat(TokenCount.parse("1 token")).isEqualTo(TOKENS_1);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(TokenCount.parse("  1500 tokens ")).isEqualTo(TOKENS_1500);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(TokenCount.parse(TOKENS_MAX.toString())).isEqualTo(TOKENS_MAX);
    assertThat(TokenCount.parse(TokenCount.ZERO.toString())).isEqualTo(TokenCount.ZERO);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.parse("12 tokes"))
        .withMessage("Text cannot be parsed to a TokenCount: '12 tokes'")
        .withNoCause();
  }

  @Test
  void parse_noUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.parse("1500"))
        .withMessage("Text cannot be parsed to a TokenCount: '1500'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.parse("-5 tokens"))
        .withMessage("Text cannot be parsed to a TokenCount: '-5 tokens'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.parse("many tokens"))
        .withMessage("Text cannot be parsed to a TokenCount: 'many tokens'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_decimal_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.parse("1.5 tokens"))
        .withMessage("Text cannot be parsed to a TokenCount: '1.5 tokens'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TokenCount.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isPlainNumber() {
    assertThat(toJson(TOKENS_1500)).isEqualTo("1500");
  }

  @Test
  void json_readNumber_isCount() {
    assertThat(fromJson("1500", TokenCount.class)).isEqualTo(TOKENS_1500);
  }

  @Test
  void json_readText_isCount() {
    assertThat(fromJson("\"1500 tokens\"", TokenCount.class)).isEqualTo(TOKENS_1500);
    assertThat(fromJson("\"1500\"", TokenCount.class)).isEqualTo(TOKENS_1500);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(TOKENS_MAX), TokenCount.class)).isEqualTo(TOKENS_MAX);
  }

  @Test
  void json_fraction_throws() {
    assertThatThrownBy(() -> fromJson("1.5", TokenCount.class))
        .hasCauseInstanceOf(ValueInstantiationException.class)
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Token count must be a whole number: 1.5");
  }

  @Test
  void json_negative_throws() {
    assertThatThrownBy(() -> fromJson("-5", TokenCount.class))
        .hasRootCauseMessage("Token count must not be negative: -5");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", TokenCount.class))
        .hasRootCauseMessage("Text cannot be parsed to a TokenCount: 'true'");
  }

  //--- count() ----------------------------------------------------------------------------------

  @Test
  void count_isStoredValue() {
    assertThat(TOKENS_1M.count()).isEqualTo(1_000_000L);
  }

  //--- isZero() ---------------------------------------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(TokenCount.ZERO.isZero()).isTrue();
    assertThat(TOKENS_1.isZero()).isFalse();
  }

  //--- isGreaterThan(TokenCount) ----------------------------------------------------------------

  @Test
  void isGreaterThan_strict() {
    assertThat(TOKENS_2000.isGreaterThan(TOKENS_1500)).isTrue();
    assertThat(TOKENS_1500.isGreaterThan(TOKENS_1500)).isFalse();
    assertThat(TOKENS_500.isGreaterThan(TOKENS_1500)).isFalse();
  }

  @Test
  void isGreaterThan_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_1.isGreaterThan(null));
  }

  //--- isLessThan(TokenCount) -------------------------------------------------------------------

  @Test
  void isLessThan_strict() {
    assertThat(TOKENS_500.isLessThan(TOKENS_1500)).isTrue();
    assertThat(TOKENS_1500.isLessThan(TOKENS_1500)).isFalse();
    assertThat(TOKENS_2000.isLessThan(TOKENS_1500)).isFalse();
  }

  @Test
  void isLessThan_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_1.isLessThan(null));
  }

  //--- plus(TokenCount) -------------------------------------------------------------------------

  @Test
  void plus_twoCounts_isSum() {
    assertThat(TOKENS_1500.plus(TOKENS_500)).isEqualTo(TOKENS_2000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(TOKENS_1500.plus(TokenCount.ZERO)).isEqualTo(TOKENS_1500);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_MAX.plus(TOKENS_1));
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_1.plus(null)).withMessage("other");
  }

  //--- plusTokens(long) -------------------------------------------------------------------------

  @Test
  void plusTokens_positive_isSum() {
    assertThat(TOKENS_1500.plusTokens(500)).isEqualTo(TOKENS_2000);
  }

  @Test
  void plusTokens_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TOKENS_1500.plusTokens(-1))
        .withMessage("Token count must not be negative: -1");
  }

  @Test
  void plusTokens_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_MAX.plusTokens(1));
  }

  //--- minus(TokenCount) ------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(TOKENS_2000.minus(TOKENS_500)).isEqualTo(TOKENS_1500);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(TOKENS_MAX.minus(TOKENS_MAX)).isEqualTo(TokenCount.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TOKENS_1500.minus(TOKENS_2000))
        .withMessage("Token count must not be negative: -500");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_1.minus(null)).withMessage("other");
  }

  //--- multipliedBy(long) -----------------------------------------------------------------------

  @Test
  void multipliedBy_four_isProduct() {
    assertThat(TOKENS_500.multipliedBy(4)).isEqualTo(TOKENS_2000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(TOKENS_MAX.multipliedBy(0)).isEqualTo(TokenCount.ZERO);
  }

  @Test
  void multipliedBy_negativeFactor_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TOKENS_500.multipliedBy(-2))
        .withMessage("Factor must not be negative: -2");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_MAX.multipliedBy(2));
  }

  //--- dividedBy(long, RoundingMode) ------------------------------------------------------------

  @Test
  void dividedBy_exact_isQuotient() {
    assertThat(TOKENS_2000.dividedBy(4, RoundingMode.UNNECESSARY)).isEqualTo(TOKENS_500);
  }

  @Test
  void dividedBy_inexact_roundsAsAsked() {
    // 1500 / 1000 = 1.5
    assertThat(TOKENS_1500.dividedBy(1000, RoundingMode.FLOOR)).isEqualTo(TOKENS_1);
    assertThat(TOKENS_1500.dividedBy(1000, RoundingMode.CEILING)).isEqualTo(TokenCount.of(2));
    assertThat(TOKENS_1500.dividedBy(1000, RoundingMode.HALF_EVEN)).isEqualTo(TokenCount.of(2));
    // 2500 / 1000 = 2.5: HALF_EVEN goes to 2, HALF_UP to 3
    TokenCount tokens2500 = TokenCount.of(2500);
    assertThat(tokens2500.dividedBy(1000, RoundingMode.HALF_EVEN)).isEqualTo(TokenCount.of(2));
    assertThat(tokens2500.dividedBy(1000, RoundingMode.HALF_UP)).isEqualTo(TokenCount.of(3));
  }

  @Test
  void dividedBy_inexactUnnecessary_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_2000.dividedBy(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TOKENS_2000.dividedBy(0, RoundingMode.FLOOR))
        .withMessage("Divisor must be positive: 0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TOKENS_2000.dividedBy(-4, RoundingMode.FLOOR))
        .withMessage("Divisor must be positive: -4");
  }

  @Test
  void dividedBy_nullRounding_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_2000.dividedBy(4, null))
        .withMessage("rounding");
  }

  //--- min(TokenCount) / max(TokenCount) --------------------------------------------------------

  @Test
  void min_returnsSmaller() {
    assertThat(TOKENS_500.min(TOKENS_2000)).isEqualTo(TOKENS_500);
    assertThat(TOKENS_2000.min(TOKENS_500)).isEqualTo(TOKENS_500);
  }

  @Test
  void min_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_1.min(null));
  }

  @Test
  void max_returnsLarger() {
    assertThat(TOKENS_500.max(TOKENS_2000)).isEqualTo(TOKENS_2000);
    assertThat(TOKENS_2000.max(TOKENS_500)).isEqualTo(TOKENS_2000);
  }

  @Test
  void max_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_1.max(null));
  }

  //--- toMillions() -----------------------------------------------------------------------------

  @Test
  void toMillions_1500_is0_0015() {
    assertThat(TOKENS_1500.toMillions()).isEqualByComparingTo(new BigDecimal("0.0015"));
  }

  @Test
  void toMillions_max_isExact() {
    assertThat(TOKENS_MAX.toMillions())
        .isEqualByComparingTo(new BigDecimal("9223372036854.775807"));
  }

  //--- timeAt(TokenRate) ------------------------------------------------------------------------

  @Test
  void timeAt_1500At3000PerSecond_isHalfSecond() {
    // 1500 tokens / 3000 tokens/s = 0.5 s
    assertThat(TOKENS_1500.timeAt(TOKENS_PER_SECOND_3000)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void timeAt_nonTerminating_roundsToNearestNano() {
    // 2000 tokens / 3 tokens/s = 666.666666666...7 s; to the nearest nanosecond 666.666666667 s
    assertThat(TOKENS_2000.timeAt(TokenRate.of(3)))
        .isEqualTo(Duration.ofSeconds(666, 666_666_667));
  }

  @Test
  void timeAt_zeroRate_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> TOKENS_1500.timeAt(TokenRate.ZERO))
        .withMessage("Token rate must be positive to compute a time: 0 tokens/s");
  }

  @Test
  void timeAt_tooLong_throwsArithmetic() {
    // 9.2e18 tokens at 1e-9 tokens/s is 9.2e27 s, beyond Duration's 9.2e18 s
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> TOKENS_MAX.timeAt(TokenRate.of(1e-9)));
  }

  @Test
  void timeAt_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_1.timeAt(null)).withMessage("rate");
  }

  //--- compareTo(TokenCount) --------------------------------------------------------------------

  @Test
  void compareTo_ordersByCount() {
    assertThat(TOKENS_500.compareTo(TOKENS_1500)).isNegative();
    assertThat(TOKENS_1500.compareTo(TOKENS_500)).isPositive();
    assertThat(TOKENS_1500.compareTo(TokenCount.of(1500))).isZero();
    assertThat(TokenCount.ZERO.compareTo(TOKENS_MAX)).isNegative();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TOKENS_1.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(TOKENS_1500, TokenCount.parse("1500 tokens"), TOKENS_500);
  }

  @Test
  void hashCode_equalCounts_equalHashes() {
    assertThat(TokenCount.ofThousands(1).hashCode()).isEqualTo(TokenCount.of(1000).hashCode());
  }

  //--- toString() -------------------------------------------------------------------------------

  @Test
  void toString_isCountAndUnit() {
    assertThat(TOKENS_1500.toString()).isEqualTo("1500 tokens");
    assertThat(TokenCount.ZERO.toString()).isEqualTo("0 tokens");
    assertThat(TOKENS_MAX.toString()).isEqualTo("9223372036854775807 tokens");
  }
}
