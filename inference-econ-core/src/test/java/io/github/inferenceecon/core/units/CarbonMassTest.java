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

final class CarbonMassTest {

  private static final CarbonMass KG_1_2 = CarbonMass.ofGrams(1200);
  private static final CarbonMass KG_3_69 = CarbonMass.ofGrams(3690);
  private static final CarbonMass G_1000 = CarbonMass.ofGrams(1000);
  private static final CarbonMass G_2000 = CarbonMass.ofGrams(2000);
  private static final CarbonMass G_3000 = CarbonMass.ofGrams(3000);
  private static final CarbonMass G_MAX = CarbonMass.ofGrams(Double.MAX_VALUE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(CarbonMass.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_isZero() {
    assertThat(CarbonMass.ZERO.grams()).isZero();
    assertThat(CarbonMass.ZERO.toString()).isEqualTo("0 gCO2e");
  }

  //--- ofGrams(double) --------------------------------------------------------------------------

  @Test
  void ofGrams_value_keepsValue() {
    assertThat(CarbonMass.ofGrams(1200).grams()).isEqualTo(1200);
  }

  @Test
  void ofGrams_zero_isZero() {
    assertThat(CarbonMass.ofGrams(0)).isEqualTo(CarbonMass.ZERO);
  }

  @Test
  void ofGrams_negativeZero_isZero() {
    // -0.0 passes the "not negative" check; it must still equal, hash and print as zero
    CarbonMass negativeZero = CarbonMass.ofGrams(-0.0);
    assertThat(negativeZero).isEqualTo(CarbonMass.ZERO);
    assertThat(negativeZero.hashCode()).isEqualTo(CarbonMass.ZERO.hashCode());
    assertThat(negativeZero.compareTo(CarbonMass.ZERO)).isZero();
    assertThat(negativeZero.toString()).isEqualTo("0 gCO2e");
  }

  @Test
  void ofGrams_extremes_keepValue() {
    assertThat(CarbonMass.ofGrams(Double.MAX_VALUE).grams()).isEqualTo(Double.MAX_VALUE);
    assertThat(CarbonMass.ofGrams(Double.MIN_VALUE).grams()).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void ofGrams_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.ofGrams(-1))
        .withMessage("Carbon mass must be finite and not negative: -1.0");
  }

  @Test
  void ofGrams_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.ofGrams(Double.NaN))
        .withMessage("Carbon mass must be finite and not negative: NaN");
  }

  @Test
  void ofGrams_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CarbonMass.ofGrams(Double.POSITIVE_INFINITY))
        .withMessage("Carbon mass must be finite and not negative: Infinity");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "1.2 kgCO2e,   1200",
      "3.69 kgCO2e,  3690",
      "250 gCO2e,    250",
      "0 gCO2e,      0",
      "2 MgCO2e,     2e6"})
  void parse_text_isValue(String text, double value) {
    assertThat(CarbonMass.parse(text).grams()).isEqualTo(value);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(CarbonMass.parse(KG_1_2.toString())).isEqualTo(KG_1_2);
    assertThat(CarbonMass.parse(G_MAX.toString())).isEqualTo(G_MAX);
    CarbonMass smallest = CarbonMass.ofGrams(Double.MIN_VALUE);
    assertThat(CarbonMass.parse(smallest.toString())).isEqualTo(smallest);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(CarbonMass.parse("  1.2 kgCO2e ")).isEqualTo(KG_1_2);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.parse("1 X"))
        .withMessage("Text cannot be parsed to a CarbonMass: '1 X'")
        .withNoCause();
  }

  @Test
  void parse_unknownPrefix_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.parse("1 QgCO2e"))
        .withMessage("Text cannot be parsed to a CarbonMass: '1 QgCO2e'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.parse("-1 gCO2e"))
        .withMessage("Text cannot be parsed to a CarbonMass: '-1 gCO2e'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.parse("NaN gCO2e"))
        .withMessage("Text cannot be parsed to a CarbonMass: 'NaN gCO2e'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDoubleRange_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.parse("1e400 gCO2e"))
        .withMessage("Text cannot be parsed to a CarbonMass: '1e400 gCO2e'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.parse("1gCO2e"))
        .withMessage("Text cannot be parsed to a CarbonMass: '1gCO2e'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> CarbonMass.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(KG_1_2)).isEqualTo("\"1.2 kgCO2e\"");
  }

  @Test
  void json_readText_isValue() {
    assertThat(fromJson("\"1.2 kgCO2e\"", CarbonMass.class)).isEqualTo(KG_1_2);
  }

  @Test
  void json_readNumber_isValueInBaseUnit() {
    assertThat(fromJson("1200", CarbonMass.class)).isEqualTo(KG_1_2);
    assertThat(fromJson("1200.0", CarbonMass.class)).isEqualTo(KG_1_2);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(KG_3_69), CarbonMass.class)).isEqualTo(KG_3_69);
    assertThat(fromJson(toJson(G_MAX), CarbonMass.class)).isEqualTo(G_MAX);
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", CarbonMass.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Carbon mass must be finite and not negative: -1.0");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", CarbonMass.class))
        .hasRootCauseMessage("Text cannot be parsed to a CarbonMass: 'true'");
  }

  //--- grams() ----------------------------------------------------------------------------------

  @Test
  void grams_isStoredValue() {
    assertThat(KG_1_2.grams()).isEqualTo(1200);
  }

  //--- toKilograms() ----------------------------------------------------------------------------

  @Test
  void toKilograms_1200Grams_is1_2() {
    assertThat(KG_1_2.toKilograms()).isEqualTo(1.2);
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(CarbonMass.ZERO.isZero()).isTrue();
    assertThat(CarbonMass.ofGrams(Double.MIN_VALUE).isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    assertThat(G_2000.isGreaterThan(G_1000)).isTrue();
    assertThat(G_1000.isGreaterThan(G_1000)).isFalse();
    assertThat(G_1000.isGreaterThan(G_2000)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(G_1000.isLessThan(G_2000)).isTrue();
    assertThat(G_1000.isLessThan(G_1000)).isFalse();
    assertThat(G_2000.isLessThan(G_1000)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> G_1000.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> G_1000.isLessThan(null));
  }

  //--- plus(CarbonMass) -------------------------------------------------------------------------

  @Test
  void plus_twoValues_isSum() {
    assertThat(G_1000.plus(G_2000)).isEqualTo(G_3000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(KG_1_2.plus(CarbonMass.ZERO)).isEqualTo(KG_1_2);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> G_MAX.plus(G_MAX))
        .withMessage("Carbon mass overflow: Infinity");
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_1000.plus(null)).withMessage("other");
  }

  //--- minus(CarbonMass) ------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(G_3000.minus(G_2000)).isEqualTo(G_1000);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(KG_1_2.minus(KG_1_2)).isEqualTo(CarbonMass.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_1000.minus(G_2000))
        .withMessage("Carbon mass must be finite and not negative: -1000.0");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_1000.minus(null)).withMessage("other");
  }

  //--- multipliedBy(double) ---------------------------------------------------------------------

  @Test
  void multipliedBy_three_isProduct() {
    assertThat(G_1000.multipliedBy(3)).isEqualTo(G_3000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(G_MAX.multipliedBy(0)).isEqualTo(CarbonMass.ZERO);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_1000.multipliedBy(-1))
        .withMessage("Factor must be finite and not negative: -1.0");
  }

  @Test
  void multipliedBy_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_1000.multipliedBy(Double.NaN))
        .withMessage("Factor must be finite and not negative: NaN");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> G_MAX.multipliedBy(2))
        .withMessage("Carbon mass overflow: Infinity");
  }

  //--- dividedBy(double) ------------------------------------------------------------------------

  @Test
  void dividedBy_three_isQuotient() {
    assertThat(G_3000.dividedBy(3)).isEqualTo(G_1000);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_1000.dividedBy(0))
        .withMessage("Divisor must be finite and positive: 0.0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_1000.dividedBy(-2))
        .withMessage("Divisor must be finite and positive: -2.0");
  }

  @Test
  void dividedBy_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> G_1000.dividedBy(Double.POSITIVE_INFINITY))
        .withMessage("Divisor must be finite and positive: Infinity");
  }

  @Test
  void dividedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> G_MAX.dividedBy(0.5))
        .withMessage("Carbon mass overflow: Infinity");
  }

  //--- ratioTo(CarbonMass) ----------------------------------------------------------------------

  @Test
  void ratioTo_threeToOne_isThree() {
    assertThat(G_3000.ratioTo(G_1000)).isEqualTo(3.0);
  }

  @Test
  void ratioTo_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_1000.ratioTo(CarbonMass.ZERO))
        .withMessage("Carbon mass must be positive to divide by: 0 gCO2e");
  }

  @Test
  void ratioTo_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> G_MAX.ratioTo(CarbonMass.ofGrams(Double.MIN_VALUE)))
        .withMessage("Ratio overflow: Infinity");
  }

  @Test
  void ratioTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_1000.ratioTo(null))
        .withMessage("other");
  }

  //--- min(CarbonMass) / max(CarbonMass) --------------------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(G_1000.min(G_2000)).isEqualTo(G_1000);
    assertThat(G_2000.min(G_1000)).isEqualTo(G_1000);
    assertThat(G_1000.max(G_2000)).isEqualTo(G_2000);
    assertThat(G_2000.max(G_1000)).isEqualTo(G_2000);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> G_1000.min(null));
    assertThatNullPointerException().isThrownBy(() -> G_1000.max(null));
  }

  //--- compareTo(CarbonMass) --------------------------------------------------------------------

  @Test
  void compareTo_ordersByValue() {
    assertThat(G_1000.compareTo(G_2000)).isNegative();
    assertThat(G_2000.compareTo(G_1000)).isPositive();
    assertThat(KG_1_2.compareTo(CarbonMass.parse("1.2 kgCO2e"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_1000.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(KG_1_2, CarbonMass.parse("1.2 kgCO2e"), KG_3_69);
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "1200,  1.2 kgCO2e",
      "3690,  3.69 kgCO2e",
      "250,   250 gCO2e",
      "0,     0 gCO2e",
      "1e6,   1 MgCO2e"})
  void toString_exactWithUnit(double value, String text) {
    assertThat(CarbonMass.ofGrams(value).toString()).isEqualTo(text);
  }
}
