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

final class FlopRateTest {

  private static final FlopRate TFLOP_PER_S_989 = FlopRate.of(989e12);
  private static final FlopRate PFLOP_PER_S_1_979 = FlopRate.of(1.979e15);
  private static final FlopRate FLOP_PER_S_1000 = FlopRate.of(1000);
  private static final FlopRate FLOP_PER_S_2000 = FlopRate.of(2000);
  private static final FlopRate FLOP_PER_S_3000 = FlopRate.of(3000);
  private static final FlopRate FLOP_PER_S_MAX = FlopRate.of(Double.MAX_VALUE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(FlopRate.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_isZero() {
    assertThat(FlopRate.ZERO.flopsPerSecond()).isZero();
    assertThat(FlopRate.ZERO.toString()).isEqualTo("0 FLOP/s");
  }

  //--- of(double) -------------------------------------------------------------------------------

  @Test
  void of_value_keepsValue() {
    assertThat(FlopRate.of(989e12).flopsPerSecond()).isEqualTo(989e12);
  }

  @Test
  void of_zero_isZero() {
    assertThat(FlopRate.of(0)).isEqualTo(FlopRate.ZERO);
  }

  @Test
  void of_negativeZero_isZero() {
    // -0.0 passes the "not negative" check; it must still equal, hash and print as zero
    FlopRate negativeZero = FlopRate.of(-0.0);
    assertThat(negativeZero).isEqualTo(FlopRate.ZERO);
    assertThat(negativeZero.hashCode()).isEqualTo(FlopRate.ZERO.hashCode());
    assertThat(negativeZero.compareTo(FlopRate.ZERO)).isZero();
    assertThat(negativeZero.toString()).isEqualTo("0 FLOP/s");
  }

  @Test
  void of_extremes_keepValue() {
    assertThat(FlopRate.of(Double.MAX_VALUE).flopsPerSecond()).isEqualTo(Double.MAX_VALUE);
    assertThat(FlopRate.of(Double.MIN_VALUE).flopsPerSecond()).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void of_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.of(-1))
        .withMessage("FLOP rate must be finite and not negative: -1.0");
  }

  @Test
  void of_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.of(Double.NaN))
        .withMessage("FLOP rate must be finite and not negative: NaN");
  }

  @Test
  void of_infinite_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.of(Double.POSITIVE_INFINITY))
        .withMessage("FLOP rate must be finite and not negative: Infinity");
  }

  //--- ofTeraflops(double) ----------------------------------------------------------------------

  @Test
  void ofTeraflops_989_is989e12() {
    assertThat(FlopRate.ofTeraflops(989)).isEqualTo(TFLOP_PER_S_989);
  }

  @Test
  void ofTeraflops_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.ofTeraflops(-1))
        .withMessage("FLOP rate must be finite and not negative: -1.0");
  }

  @Test
  void ofTeraflops_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FlopRate.ofTeraflops(Double.MAX_VALUE))
        .withMessage("FLOP rate overflow: Infinity");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "989 TFLOP/s,    989e12",
      "1.979 PFLOP/s,  1.979e15",
      "312 TFLOP/s,    312e12",
      "0 FLOP/s,       0",
      "1.5 kFLOP/s,    1500"})
  void parse_text_isValue(String text, double value) {
    assertThat(FlopRate.parse(text).flopsPerSecond()).isEqualTo(value);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(FlopRate.parse(TFLOP_PER_S_989.toString())).isEqualTo(TFLOP_PER_S_989);
    assertThat(FlopRate.parse(FLOP_PER_S_MAX.toString())).isEqualTo(FLOP_PER_S_MAX);
    FlopRate smallest = FlopRate.of(Double.MIN_VALUE);
    assertThat(FlopRate.parse(smallest.toString())).isEqualTo(smallest);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(FlopRate.parse("  989 TFLOP/s ")).isEqualTo(TFLOP_PER_S_989);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.parse("1 X"))
        .withMessage("Text cannot be parsed to a FlopRate: '1 X'")
        .withNoCause();
  }

  @Test
  void parse_unknownPrefix_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.parse("1 QFLOP/s"))
        .withMessage("Text cannot be parsed to a FlopRate: '1 QFLOP/s'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.parse("-1 FLOP/s"))
        .withMessage("Text cannot be parsed to a FlopRate: '-1 FLOP/s'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.parse("NaN FLOP/s"))
        .withMessage("Text cannot be parsed to a FlopRate: 'NaN FLOP/s'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDoubleRange_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.parse("1e400 FLOP/s"))
        .withMessage("Text cannot be parsed to a FlopRate: '1e400 FLOP/s'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlopRate.parse("1FLOP/s"))
        .withMessage("Text cannot be parsed to a FlopRate: '1FLOP/s'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FlopRate.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(TFLOP_PER_S_989)).isEqualTo("\"989 TFLOP/s\"");
  }

  @Test
  void json_readText_isValue() {
    assertThat(fromJson("\"989 TFLOP/s\"", FlopRate.class)).isEqualTo(TFLOP_PER_S_989);
  }

  @Test
  void json_readNumber_isValueInBaseUnit() {
    assertThat(fromJson("989000000000000", FlopRate.class)).isEqualTo(TFLOP_PER_S_989);
    assertThat(fromJson("989000000000000.0", FlopRate.class)).isEqualTo(TFLOP_PER_S_989);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(PFLOP_PER_S_1_979), FlopRate.class)).isEqualTo(PFLOP_PER_S_1_979);
    assertThat(fromJson(toJson(FLOP_PER_S_MAX), FlopRate.class)).isEqualTo(FLOP_PER_S_MAX);
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", FlopRate.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("FLOP rate must be finite and not negative: -1.0");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", FlopRate.class))
        .hasRootCauseMessage("Text cannot be parsed to a FlopRate: 'true'");
  }

  //--- flopsPerSecond() -------------------------------------------------------------------------

  @Test
  void flopsPerSecond_isStoredValue() {
    assertThat(TFLOP_PER_S_989.flopsPerSecond()).isEqualTo(989e12);
  }

  //--- toTeraflops() ----------------------------------------------------------------------------

  @Test
  void toTeraflops_989TflopPerSecond_is989() {
    assertThat(TFLOP_PER_S_989.toTeraflops()).isEqualTo(989.0);
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(FlopRate.ZERO.isZero()).isTrue();
    assertThat(FlopRate.of(Double.MIN_VALUE).isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    assertThat(FLOP_PER_S_2000.isGreaterThan(FLOP_PER_S_1000)).isTrue();
    assertThat(FLOP_PER_S_1000.isGreaterThan(FLOP_PER_S_1000)).isFalse();
    assertThat(FLOP_PER_S_1000.isGreaterThan(FLOP_PER_S_2000)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(FLOP_PER_S_1000.isLessThan(FLOP_PER_S_2000)).isTrue();
    assertThat(FLOP_PER_S_1000.isLessThan(FLOP_PER_S_1000)).isFalse();
    assertThat(FLOP_PER_S_2000.isLessThan(FLOP_PER_S_1000)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_PER_S_1000.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> FLOP_PER_S_1000.isLessThan(null));
  }

  //--- plus(FlopRate) ---------------------------------------------------------------------------

  @Test
  void plus_twoValues_isSum() {
    assertThat(FLOP_PER_S_1000.plus(FLOP_PER_S_2000)).isEqualTo(FLOP_PER_S_3000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(TFLOP_PER_S_989.plus(FlopRate.ZERO)).isEqualTo(TFLOP_PER_S_989);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FLOP_PER_S_MAX.plus(FLOP_PER_S_MAX))
        .withMessage("FLOP rate overflow: Infinity");
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_PER_S_1000.plus(null))
        .withMessage("other");
  }

  //--- minus(FlopRate) --------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(FLOP_PER_S_3000.minus(FLOP_PER_S_2000)).isEqualTo(FLOP_PER_S_1000);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(TFLOP_PER_S_989.minus(TFLOP_PER_S_989)).isEqualTo(FlopRate.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_PER_S_1000.minus(FLOP_PER_S_2000))
        .withMessage("FLOP rate must be finite and not negative: -1000.0");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_PER_S_1000.minus(null))
        .withMessage("other");
  }

  //--- multipliedBy(double) ---------------------------------------------------------------------

  @Test
  void multipliedBy_three_isProduct() {
    assertThat(FLOP_PER_S_1000.multipliedBy(3)).isEqualTo(FLOP_PER_S_3000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(FLOP_PER_S_MAX.multipliedBy(0)).isEqualTo(FlopRate.ZERO);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_PER_S_1000.multipliedBy(-1))
        .withMessage("Factor must be finite and not negative: -1.0");
  }

  @Test
  void multipliedBy_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_PER_S_1000.multipliedBy(Double.NaN))
        .withMessage("Factor must be finite and not negative: NaN");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FLOP_PER_S_MAX.multipliedBy(2))
        .withMessage("FLOP rate overflow: Infinity");
  }

  //--- dividedBy(double) ------------------------------------------------------------------------

  @Test
  void dividedBy_three_isQuotient() {
    assertThat(FLOP_PER_S_3000.dividedBy(3)).isEqualTo(FLOP_PER_S_1000);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_PER_S_1000.dividedBy(0))
        .withMessage("Divisor must be finite and positive: 0.0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_PER_S_1000.dividedBy(-2))
        .withMessage("Divisor must be finite and positive: -2.0");
  }

  @Test
  void dividedBy_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FLOP_PER_S_1000.dividedBy(Double.POSITIVE_INFINITY))
        .withMessage("Divisor must be finite and positive: Infinity");
  }

  @Test
  void dividedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FLOP_PER_S_MAX.dividedBy(0.5))
        .withMessage("FLOP rate overflow: Infinity");
  }

  //--- ratioTo(FlopRate) ------------------------------------------------------------------------

  @Test
  void ratioTo_threeToOne_isThree() {
    assertThat(FLOP_PER_S_3000.ratioTo(FLOP_PER_S_1000)).isEqualTo(3.0);
  }

  @Test
  void ratioTo_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> FLOP_PER_S_1000.ratioTo(FlopRate.ZERO))
        .withMessage("FLOP rate must be positive to divide by: 0 FLOP/s");
  }

  @Test
  void ratioTo_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FLOP_PER_S_MAX.ratioTo(FlopRate.of(Double.MIN_VALUE)))
        .withMessage("Ratio overflow: Infinity");
  }

  @Test
  void ratioTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_PER_S_1000.ratioTo(null))
        .withMessage("other");
  }

  //--- min(FlopRate) / max(FlopRate) ------------------------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(FLOP_PER_S_1000.min(FLOP_PER_S_2000)).isEqualTo(FLOP_PER_S_1000);
    assertThat(FLOP_PER_S_2000.min(FLOP_PER_S_1000)).isEqualTo(FLOP_PER_S_1000);
    assertThat(FLOP_PER_S_1000.max(FLOP_PER_S_2000)).isEqualTo(FLOP_PER_S_2000);
    assertThat(FLOP_PER_S_2000.max(FLOP_PER_S_1000)).isEqualTo(FLOP_PER_S_2000);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_PER_S_1000.min(null));
    assertThatNullPointerException().isThrownBy(() -> FLOP_PER_S_1000.max(null));
  }

  //--- flopsIn(Duration) ------------------------------------------------------------------------

  @Test
  void flopsIn_oneSecond_is989Tflop() {
    assertThat(TFLOP_PER_S_989.flopsIn(Duration.ofSeconds(1))).isEqualTo(FlopCount.of(989e12));
  }

  @Test
  void flopsIn_oneMillisecond_is989Gflop() {
    // 9.89e14 FLOP/s x 0.001 s = 9.89e11 FLOP
    assertThat(TFLOP_PER_S_989.flopsIn(Duration.ofMillis(1)).toString()).isEqualTo("989 GFLOP");
  }

  @Test
  void flopsIn_zeroDuration_isZero() {
    assertThat(TFLOP_PER_S_989.flopsIn(Duration.ZERO)).isEqualTo(FlopCount.ZERO);
  }

  @Test
  void flopsIn_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> FlopRate.of(Double.MAX_VALUE).flopsIn(Duration.ofSeconds(2)))
        .withMessage("FLOP count overflow: Infinity");
  }

  @Test
  void flopsIn_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TFLOP_PER_S_989.flopsIn(null))
        .withMessage("duration");
  }

  //--- compareTo(FlopRate) ----------------------------------------------------------------------

  @Test
  void compareTo_ordersByValue() {
    assertThat(FLOP_PER_S_1000.compareTo(FLOP_PER_S_2000)).isNegative();
    assertThat(FLOP_PER_S_2000.compareTo(FLOP_PER_S_1000)).isPositive();
    assertThat(TFLOP_PER_S_989.compareTo(FlopRate.parse("989 TFLOP/s"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> FLOP_PER_S_1000.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(TFLOP_PER_S_989, FlopRate.parse("989 TFLOP/s"), PFLOP_PER_S_1_979);
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "989e12,    989 TFLOP/s",
      "1.979e15,  1.979 PFLOP/s",
      "312e12,    312 TFLOP/s",
      "0,         0 FLOP/s",
      "0.5,       0.5 FLOP/s",
      "1e18,      1 EFLOP/s"})
  void toString_exactWithUnit(double value, String text) {
    assertThat(FlopRate.of(value).toString()).isEqualTo(text);
  }
}
