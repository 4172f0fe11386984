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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EnergyTest {

  private static final Energy MJ_3_6 = Energy.ofJoules(3.6e6);
  private static final Energy MJ_2_52 = Energy.ofJoules(2.52e6);
  private static final Energy J_1000 = Energy.ofJoules(1000);
  private static final Energy J_2000 = Energy.ofJoules(2000);
  private static final Energy J_3000 = Energy.ofJoules(3000);
  private static final Energy J_MAX = Energy.ofJoules(Double.MAX_VALUE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(Energy.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_isZero() {
    assertThat(Energy.ZERO.joules()).isZero();
    assertThat(Energy.ZERO.toString()).isEqualTo("0 J");
  }

  //--- ofJoules(double) -------------------------------------------------------------------------

  @Test
  void ofJoules_value_keepsValue() {
    assertThat(Energy.ofJoules(3.6e6).joules()).isEqualTo(3.6e6);
  }

  @Test
  void ofJoules_zero_isZero() {
    assertThat(Energy.ofJoules(0)).isEqualTo(Energy.ZERO);
  }

  @Test
  void ofJoules_negativeZero_isZero() {
    // -0.0 passes the "not negative" check; it must still equal, hash and print as zero
    Energy negativeZero = Energy.ofJoules(-0.0);
    assertThat(negativeZero).isEqualTo(Energy.ZERO);
    assertThat(negativeZero.hashCode()).isEqualTo(Energy.ZERO.hashCode());
    assertThat(negativeZero.compareTo(Energy.ZERO)).isZero();
    assertThat(negativeZero.toString()).isEqualTo("0 J");
  }

  @Test
  void ofJoules_extremes_keepValue() {
    assertThat(Energy.ofJoules(Double.MAX_VALUE).joules()).isEqualTo(Double.MAX_VALUE);
    assertThat(Energy.ofJoules(Double.MIN_VALUE).joules()).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void ofJoules_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.ofJoules(-1))
        .withMessage("Energy must be finite and not negative: -1.0");
  }

  @Test
  void ofJoules_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.ofJoules(Double.NaN))
        .withMessage("Energy must be finite and not negative: NaN");
  }

  @Test
  void ofJoules_infinite_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.ofJoules(Double.POSITIVE_INFINITY))
        .withMessage("Energy must be finite and not negative: Infinity");
  }

  //--- ofKilowattHours(double) ------------------------------------------------------------------

  @Test
  void ofKilowattHours_one_is3_6Megajoules() {
    // 1 kWh = 1000 W x 3600 s = 3,600,000 J
    assertThat(Energy.ofKilowattHours(1)).isEqualTo(MJ_3_6);
    assertThat(Energy.ofKilowattHours(1).toString()).isEqualTo("3.6 MJ");
  }

  @Test
  void ofKilowattHours_0_7_is2_52Megajoules() {
    assertThat(Energy.ofKilowattHours(0.7)).isEqualTo(MJ_2_52);
  }

  @Test
  void ofKilowattHours_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.ofKilowattHours(-1))
        .withMessage("Energy must be finite and not negative: -1.0");
  }

  @Test
  void ofKilowattHours_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Energy.ofKilowattHours(Double.MAX_VALUE))
        .withMessage("Energy overflow: Infinity");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "3.6 MJ,   3.6e6",
      "2.52 MJ,  2.52e6",
      "1 kJ,     1000",
      "0 J,      0",
      "7.5 GJ,   7.5e9"})
  void parse_text_isValue(String text, double value) {
    assertThat(Energy.parse(text).joules()).isEqualTo(value);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(Energy.parse(MJ_3_6.toString())).isEqualTo(MJ_3_6);
    assertThat(Energy.parse(J_MAX.toString())).isEqualTo(J_MAX);
    Energy smallest = Energy.ofJoules(Double.MIN_VALUE);
    assertThat(Energy.parse(smallest.toString())).isEqualTo(smallest);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(Energy.parse("  3.6 MJ ")).isEqualTo(MJ_3_6);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.parse("1 X"))
        .withMessage("Text cannot be parsed to a Energy: '1 X'")
        .withNoCause();
  }

  @Test
  void parse_unknownPrefix_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.parse("1 QJ"))
        .withMessage("Text cannot be parsed to a Energy: '1 QJ'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.parse("-1 J"))
        .withMessage("Text cannot be parsed to a Energy: '-1 J'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.parse("NaN J"))
        .withMessage("Text cannot be parsed to a Energy: 'NaN J'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDoubleRange_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.parse("1e400 J"))
        .withMessage("Text cannot be parsed to a Energy: '1e400 J'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Energy.parse("1J"))
        .withMessage("Text cannot be parsed to a Energy: '1J'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Energy.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(MJ_3_6)).isEqualTo("\"3.6 MJ\"");
  }

  @Test
  void json_readText_isValue() {
    assertThat(fromJson("\"3.6 MJ\"", Energy.class)).isEqualTo(MJ_3_6);
  }

  @Test
  void json_readNumber_isValueInBaseUnit() {
    assertThat(fromJson("3600000", Energy.class)).isEqualTo(MJ_3_6);
    assertThat(fromJson("3600000.0", Energy.class)).isEqualTo(MJ_3_6);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(MJ_2_52), Energy.class)).isEqualTo(MJ_2_52);
    assertThat(fromJson(toJson(J_MAX), Energy.class)).isEqualTo(J_MAX);
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", Energy.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Energy must be finite and not negative: -1.0");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", Energy.class))
        .hasRootCauseMessage("Text cannot be parsed to a Energy: 'true'");
  }

  //--- joules() ---------------------------------------------------------------------------------

  @Test
  void joules_isStoredValue() {
    assertThat(MJ_3_6.joules()).isEqualTo(3.6e6);
  }

  //--- toKilowattHours() ------------------------------------------------------------------------

  @Test
  void toKilowattHours_3_6Megajoules_isOne() {
    assertThat(MJ_3_6.toKilowattHours()).isEqualTo(1.0);
  }

  @Test
  void toKilowattHours_2_52Megajoules_is0_7() {
    assertThat(MJ_2_52.toKilowattHours()).isEqualTo(0.7);
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(Energy.ZERO.isZero()).isTrue();
    assertThat(Energy.ofJoules(Double.MIN_VALUE).isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    assertThat(J_2000.isGreaterThan(J_1000)).isTrue();
    assertThat(J_1000.isGreaterThan(J_1000)).isFalse();
    assertThat(J_1000.isGreaterThan(J_2000)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(J_1000.isLessThan(J_2000)).isTrue();
    assertThat(J_1000.isLessThan(J_1000)).isFalse();
    assertThat(J_2000.isLessThan(J_1000)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> J_1000.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> J_1000.isLessThan(null));
  }

  //--- plus(Energy) -----------------------------------------------------------------------------

  @Test
  void plus_twoValues_isSum() {
    assertThat(J_1000.plus(J_2000)).isEqualTo(J_3000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(MJ_3_6.plus(Energy.ZERO)).isEqualTo(MJ_3_6);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> J_MAX.plus(J_MAX))
        .withMessage("Energy overflow: Infinity");
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> J_1000.plus(null)).withMessage("other");
  }

  //--- minus(Energy) ----------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(J_3000.minus(J_2000)).isEqualTo(J_1000);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(MJ_3_6.minus(MJ_3_6)).isEqualTo(Energy.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> J_1000.minus(J_2000))
        .withMessage("Energy must be finite and not negative: -1000.0");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> J_1000.minus(null)).withMessage("other");
  }

  //--- multipliedBy(double) ---------------------------------------------------------------------

  @Test
  void multipliedBy_three_isProduct() {
    assertThat(J_1000.multipliedBy(3)).isEqualTo(J_3000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(J_MAX.multipliedBy(0)).isEqualTo(Energy.ZERO);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> J_1000.multipliedBy(-1))
        .withMessage("Factor must be finite and not negative: -1.0");
  }

  @Test
  void multipliedBy_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> J_1000.multipliedBy(Double.NaN))
        .withMessage("Factor must be finite and not negative: NaN");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> J_MAX.multipliedBy(2))
        .withMessage("Energy overflow: Infinity");
  }

  //--- dividedBy(double) ------------------------------------------------------------------------

  @Test
  void dividedBy_three_isQuotient() {
    assertThat(J_3000.dividedBy(3)).isEqualTo(J_1000);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> J_1000.dividedBy(0))
        .withMessage("Divisor must be finite and positive: 0.0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> J_1000.dividedBy(-2))
        .withMessage("Divisor must be finite and positive: -2.0");
  }

  @Test
  void dividedBy_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> J_1000.dividedBy(Double.POSITIVE_INFINITY))
        .withMessage("Divisor must be finite and positive: Infinity");
  }

  @Test
  void dividedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> J_MAX.dividedBy(0.5))
        .withMessage("Energy overflow: Infinity");
  }

  //--- ratioTo(Energy) --------------------------------------------------------------------------

  @Test
  void ratioTo_threeToOne_isThree() {
    assertThat(J_3000.ratioTo(J_1000)).isEqualTo(3.0);
  }

  @Test
  void ratioTo_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> J_1000.ratioTo(Energy.ZERO))
        .withMessage("Energy must be positive to divide by: 0 J");
  }

  @Test
  void ratioTo_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> J_MAX.ratioTo(Energy.ofJoules(Double.MIN_VALUE)))
        .withMessage("Ratio overflow: Infinity");
  }

  @Test
  void ratioTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> J_1000.ratioTo(null))
        .withMessage("other");
  }

  //--- min(Energy) / max(Energy) ----------------------------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(J_1000.min(J_2000)).isEqualTo(J_1000);
    assertThat(J_2000.min(J_1000)).isEqualTo(J_1000);
    assertThat(J_1000.max(J_2000)).isEqualTo(J_2000);
    assertThat(J_2000.max(J_1000)).isEqualTo(J_2000);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> J_1000.min(null));
    assertThatNullPointerException().isThrownBy(() -> J_1000.max(null));
  }

  //--- compareTo(Energy) ------------------------------------------------------------------------

  @Test
  void compareTo_ordersByValue() {
    assertThat(J_1000.compareTo(J_2000)).isNegative();
    assertThat(J_2000.compareTo(J_1000)).isPositive();
    assertThat(MJ_3_6.compareTo(Energy.parse("3.6 MJ"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> J_1000.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(MJ_3_6, Energy.parse("3.6 MJ"), MJ_2_52);
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "3.6e6,   3.6 MJ",
      "2.52e6,  2.52 MJ",
      "1000,    1 kJ",
      "0,       0 J",
      "0.5,     0.5 J",
      "3.6e9,   3.6 GJ"})
  void toString_exactWithUnit(double value, String text) {
    assertThat(Energy.ofJoules(value).toString()).isEqualTo(text);
  }
}
