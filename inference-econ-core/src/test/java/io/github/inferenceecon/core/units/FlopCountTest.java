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

final class FlopCountTest {

  private static final FlopCount PFLOP_1_41 = FlopCount.of(1.41e15);
  private static final FlopCount TFLOP_989 = FlopCount.of(989e12);
  private static final FlopCount FLOP_1000 = FlopCount.of(1000);
  private static final FlopCount FLOP_2000 = FlopCount.of(2000);
  private static final FlopCount FLOP_3000 = FlopCount.of(3000);
  private static final FlopCount FLOP_MAX = FlopCount.of(Double.MAX_VALUE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(FlopCount.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_isZero() {
    assertThat(FlopCount.ZERO.flops()).isZero();
    assertThat(FlopCount.ZERO.toString()).isEqualTo("0 FLOP");
  }

  //--- of(double) -------------------------------------------------------------------------------

  @Test
  void of_value_keepsValue() {
    assertThat(FlopCount.of(1.41e15).flops()).isEqualTo(1.41e15);
  }

  @Test
  void of_zero_isZero() {
    assertThat(FlopCount.of(0)).isEqualTo(FlopCount.ZERO);
  }

  @Test
  void of_negativeZero_isZero() {
    // -0.0 passes the "not negative" check; it must still equal, hash and print as zero
    FlopCount negativeZero = FlopCount.of(-0.0);
    assertThat(negativeZero).isEqualTo(FlopCount.ZERO);
    assertThat(negativeZero.hashCode()).isEqualTo(FlopCount.ZERO.hashCode());
    assertThat(negativeZero.compareTo(FlopCount.ZERO)).isZero();
    assertThat(negativeZero.toString()).isEqualTo("0 FLOP");
  }

  @Test
  void of_extremes_keepValue() {
    assertThat(FlopCount.of(Double.MAX_VALUE).flops()).isEqualTo(Double.MAX_VALUE);
    assertThat(FlopCount.of(Double.MIN_VALUE).flops()).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void of_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.of(-1))
        .withMessage("FLOP count must be finite and not negative: -1.0");
  }

  @Test
  void of_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.of(Double.NaN))
        .withMessage("FLOP count must be finite and not negative: NaN");
  }

  @Test
  void of_infinite_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.of(Double.POSITIVE_INFINITY))
        .withMessage("FLOP count must be finite and not negative: Infinity");
  }

  //--- ofTeraflop(double) / ofPetaflop(double) --------------------------------------------------

  @Test
  void ofPetaflop_1_41_is1_41e15() {
    assertThat(FlopCount.ofPetaflop(1.41)).isEqualTo(PFLOP_1_41);
  }

  @Test
  void ofTeraflop_1410_is1_41e15() {
    assertThat(FlopCount.ofTeraflop(1410)).isEqualTo(PFLOP_1_41);
  }

  @Test
  void ofTeraflop_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.ofTeraflop(-1))
        .withMessage("FLOP count must be finite and not negative: -1.0");
  }

  @Test
  void ofPetaflop_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FlopCount.ofPetaflop(Double.POSITIVE_INFINITY))
        .withMessage("FLOP count must be finite and not negative: Infinity");
  }

  @Test
  void ofPetaflop_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FlopCount.ofPetaflop(Double.MAX_VALUE))
        .withMessage("FLOP count overflow: Infinity");
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FlopCount.ofTeraflop(Double.MAX_VALUE));
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "1.41 PFLOP,  1.41e15",
      "989 TFLOP,   989e12",
      "20 EFLOP,    2e19",
      "1 kFLOP,     1000",
      "0 FLOP,      0",
      "0.25 FLOP,   0.25"})
  void parse_text_isValue(String text, double value) {
    assertThat(FlopCount.parse(text).flops()).isEqualTo(value);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(FlopCount.parse(PFLOP_1_41.toString())).isEqualTo(PFLOP_1_41);
    assertThat(FlopCount.parse(FLOP_MAX.toString())).isEqualTo(FLOP_MAX);
    FlopCount smallest = FlopCount.of(Double.MIN_VALUE);
    assertThat(FlopCount.parse(smallest.toString())).isEqualTo(smallest);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(FlopCount.parse("  1.41 PFLOP ")).isEqualTo(PFLOP_1_41);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.parse("1 X"))
        .withMessage("Text cannot be parsed to a FlopCount: '1 X'")
        .withNoCause();
  }

  @Test
  void parse_unknownPrefix_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.parse("1 QFLOP"))
        .withMessage("Text cannot be parsed to a FlopCount: '1 QFLOP'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.parse("-1 FLOP"))
        .withMessage("Text cannot be parsed to a FlopCount: '-1 FLOP'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.parse("NaN FLOP"))
        .withMessage("Text cannot be parsed to a FlopCount: 'NaN FLOP'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDoubleRange_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.parse("1e400 FLOP"))
        .withMessage("Text cannot be parsed to a FlopCount: '1e400 FLOP'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopCount.parse("1FLOP"))
        .withMessage("Text cannot be parsed to a FlopCount: '1FLOP'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FlopCount.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(PFLOP_1_41)).isEqualTo("\"1.41 PFLOP\"");
  }

  @Test
  void json_readText_isValue() {
    assertThat(fromJson("\"1.41 PFLOP\"", FlopCount.class)).isEqualTo(PFLOP_1_41);
  }

  @Test
  void json_readNumber_isValueInBaseUnit() {
    assertThat(fromJson("1410000000000000", FlopCount.class)).isEqualTo(PFLOP_1_41);
    assertThat(fromJson("1410000000000000.0", FlopCount.class)).isEqualTo(PFLOP_1_41);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(TFLOP_989), FlopCount.class)).isEqualTo(TFLOP_989);
    assertThat(fromJson(toJson(FLOP_MAX), FlopCount.class)).isEqualTo(FLOP_MAX);
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", FlopCount.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("FLOP count must be finite and not negative: -1.0");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", FlopCount.class))
        .hasRootCauseMessage("Text cannot be parsed to a FlopCount: 'true'");
  }

  //--- flops() ----------------------------------------------------------------------------------

  @Test
  void flops_isStoredValue() {
    assertThat(PFLOP_1_41.flops()).isEqualTo(1.41e15);
  }

  //--- toTeraflop() -----------------------------------------------------------------------------

  @Test
  void toTeraflop_1_41Pflop_is1410() {
    assertThat(PFLOP_1_41.toTeraflop()).isEqualTo(1410.0);
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(FlopCount.ZERO.isZero()).isTrue();
    assertThat(FlopCount.of(Double.MIN_VALUE).isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    assertThat(FLOP_2000.isGreaterThan(FLOP_1000)).isTrue();
    assertThat(FLOP_1000.isGreaterThan(FLOP_1000)).isFalse();
    assertThat(FLOP_1000.isGreaterThan(FLOP_2000)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(FLOP_1000.isLessThan(FLOP_2000)).isTrue();
    assertThat(FLOP_1000.isLessThan(FLOP_1000)).isFalse();
    assertThat(FLOP_2000.isLessThan(FLOP_1000)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_1000.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> FLOP_1000.isLessThan(null));
  }

  //--- plus(FlopCount) --------------------------------------------------------------------------

  @Test
  void plus_twoValues_isSum() {
    assertThat(FLOP_1000.plus(FLOP_2000)).isEqualTo(FLOP_3000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(PFLOP_1_41.plus(FlopCount.ZERO)).isEqualTo(PFLOP_1_41);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> FLOP_MAX.plus(FLOP_MAX))
        .withMessage("FLOP count overflow: Infinity");
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_1000.plus(null)).withMessage("other");
  }

  //--- minus(FlopCount) -------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(FLOP_3000.minus(FLOP_2000)).isEqualTo(FLOP_1000);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(PFLOP_1_41.minus(PFLOP_1_41)).isEqualTo(FlopCount.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_1000.minus(FLOP_2000))
        .withMessage("FLOP count must be finite and not negative: -1000.0");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_1000.minus(null)).withMessage("other");
  }

  //--- multipliedBy(double) ---------------------------------------------------------------------

  @Test
  void multipliedBy_three_isProduct() {
    assertThat(FLOP_1000.multipliedBy(3)).isEqualTo(FLOP_3000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(FLOP_MAX.multipliedBy(0)).isEqualTo(FlopCount.ZERO);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_1000.multipliedBy(-1))
        .withMessage("Factor must be finite and not negative: -1.0");
  }

  @Test
  void multipliedBy_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_1000.multipliedBy(Double.NaN))
        .withMessage("Factor must be finite and not negative: NaN");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FLOP_MAX.multipliedBy(2))
        .withMessage("FLOP count overflow: Infinity");
  }

  //--- dividedBy(double) ------------------------------------------------------------------------

  @Test
  void dividedBy_three_isQuotient() {
    assertThat(FLOP_3000.dividedBy(3)).isEqualTo(FLOP_1000);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_1000.dividedBy(0))
        .withMessage("Divisor must be finite and positive: 0.0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_1000.dividedBy(-2))
        .withMessage("Divisor must be finite and positive: -2.0");
  }

  @Test
  void dividedBy_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FLOP_1000.dividedBy(Double.POSITIVE_INFINITY))
        .withMessage("Divisor must be finite and positive: Infinity");
  }

  @Test
  void dividedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FLOP_MAX.dividedBy(0.5))
        .withMessage("FLOP count overflow: Infinity");
  }

  //--- ratioTo(FlopCount) -----------------------------------------------------------------------

  @Test
  void ratioTo_threeToOne_isThree() {
    assertThat(FLOP_3000.ratioTo(FLOP_1000)).isEqualTo(3.0);
  }

  @Test
  void ratioTo_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_1000.ratioTo(FlopCount.ZERO))
        .withMessage("FLOP count must be positive to divide by: 0 FLOP");
  }

  @Test
  void ratioTo_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FLOP_MAX.ratioTo(FlopCount.of(Double.MIN_VALUE)))
        .withMessage("Ratio overflow: Infinity");
  }

  @Test
  void ratioTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_1000.ratioTo(null))
        .withMessage("other");
  }

  //--- min(FlopCount) / max(FlopCount) ----------------------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(FLOP_1000.min(FLOP_2000)).isEqualTo(FLOP_1000);
    assertThat(FLOP_2000.min(FLOP_1000)).isEqualTo(FLOP_1000);
    assertThat(FLOP_1000.max(FLOP_2000)).isEqualTo(FLOP_2000);
    assertThat(FLOP_2000.max(FLOP_1000)).isEqualTo(FLOP_2000);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_1000.min(null));
    assertThatNullPointerException().isThrownBy(() -> FLOP_1000.max(null));
  }

  //--- timeAt(FlopRate) -------------------------------------------------------------------------

  @Test
  void timeAt_1_41PflopAt989TflopPerSecond_is1_4257Seconds() {
    // 1.41e15 / 9.89e14 = 1.42568250758... s; to the nearest nanosecond 1.425682508 s
    assertThat(PFLOP_1_41.timeAt(FlopRate.ofTeraflops(989)))
        .isEqualTo(Duration.ofSeconds(1, 425_682_508));
  }

  @Test
  void timeAt_zeroRate_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> PFLOP_1_41.timeAt(FlopRate.ZERO))
        .withMessage("FLOP rate must be positive to compute a time: 0 FLOP/s");
  }

  @Test
  void timeAt_tooLong_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
        FlopCount.of(Double.MAX_VALUE).timeAt(FlopRate.of(Double.MIN_VALUE)));
    // 1e30 s is finite but beyond Duration's 9.2e18 s
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FlopCount.of(1e30).timeAt(FlopRate.of(1)));
  }

  @Test
  void timeAt_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> PFLOP_1_41.timeAt(null))
        .withMessage("rate");
  }

  //--- compareTo(FlopCount) ---------------------------------------------------------------------

  @Test
  void compareTo_ordersByValue() {
    assertThat(FLOP_1000.compareTo(FLOP_2000)).isNegative();
    assertThat(FLOP_2000.compareTo(FLOP_1000)).isPositive();
    assertThat(PFLOP_1_41.compareTo(FlopCount.parse("1.41 PFLOP"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_1000.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(PFLOP_1_41, FlopCount.parse("1.41 PFLOP"), TFLOP_989);
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "1.41e15,  1.41 PFLOP",
      "989e12,   989 TFLOP",
      "1e3,      1 kFLOP",
      "0,        0 FLOP",
      "0.25,     0.25 FLOP",
      "2e25,     20000000 EFLOP"})
  void toString_exactWithUnit(double value, String text) {
    assertThat(FlopCount.of(value).toString()).isEqualTo(text);
  }
}
