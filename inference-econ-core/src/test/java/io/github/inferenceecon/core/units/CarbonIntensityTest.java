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

final class CarbonIntensityTest {

  private static final CarbonIntensity G_PER_KWH_369 = CarbonIntensity.of(369);
  private static final CarbonIntensity G_PER_KWH_12_5 = CarbonIntensity.of(12.5);
  private static final CarbonIntensity G_PER_KWH_1000 = CarbonIntensity.of(1000);
  private static final CarbonIntensity G_PER_KWH_2000 = CarbonIntensity.of(2000);
  private static final CarbonIntensity G_PER_KWH_3000 = CarbonIntensity.of(3000);
  private static final CarbonIntensity G_PER_KWH_MAX = CarbonIntensity.of(Double.MAX_VALUE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(CarbonIntensity.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_isZero() {
    assertThat(CarbonIntensity.ZERO.gramsPerKilowattHour()).isZero();
    assertThat(CarbonIntensity.ZERO.toString()).isEqualTo("0 gCO2e/kWh");
  }

  //--- of(double) -------------------------------------------------------------------------------

  @Test
  void of_value_keepsValue() {
    assertThat(CarbonIntensity.of(369).gramsPerKilowattHour()).isEqualTo(369);
  }

  @Test
  void of_zero_isZero() {
    assertThat(CarbonIntensity.of(0)).isEqualTo(CarbonIntensity.ZERO);
  }

  @Test
  void of_negativeZero_isZero() {
    // -0.0 passes the "not negative" check; it must still equal, hash and print as zero
    CarbonIntensity negativeZero = CarbonIntensity.of(-0.0);
    assertThat(negativeZero).isEqualTo(CarbonIntensity.ZERO);
    assertThat(negativeZero.hashCode()).isEqualTo(CarbonIntensity.ZERO.hashCode());
    assertThat(negativeZero.compareTo(CarbonIntensity.ZERO)).isZero();
    assertThat(negativeZero.toString()).isEqualTo("0 gCO2e/kWh");
  }

  @Test
  void of_extremes_keepValue() {
    assertThat(CarbonIntensity.of(Double.MAX_VALUE).gramsPerKilowattHour())
        .isEqualTo(Double.MAX_VALUE);
    assertThat(CarbonIntensity.of(Double.MIN_VALUE).gramsPerKilowattHour())
        .isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void of_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonIntensity.of(-1))
        .withMessage("Carbon intensity must be finite and not negative: -1.0");
  }

  @Test
  void of_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonIntensity.of(Double.NaN))
        .withMessage("Carbon intensity must be finite and not negative: NaN");
  }

  @Test
  void of_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CarbonIntensity.of(Double.POSITIVE_INFINITY))
        .withMessage("Carbon intensity must be finite and not negative: Infinity");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "369 gCO2e/kWh,   369",
      "12.5 gCO2e/kWh,  12.5",
      "0 gCO2e/kWh,     0",
      "1000 gCO2e/kWh,  1000"})
  void parse_text_isValue(String text, double value) {
    assertThat(CarbonIntensity.parse(text).gramsPerKilowattHour()).isEqualTo(value);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(CarbonIntensity.parse(G_PER_KWH_369.toString())).isEqualTo(G_PER_KWH_369);
    assertThat(CarbonIntensity.parse(G_PER_KWH_MAX.toString())).isEqualTo(G_PER_KWH_MAX);
    CarbonIntensity smallest = CarbonIntensity.of(Double.MIN_VALUE);
    assertThat(CarbonIntensity.parse(smallest.toString())).isEqualTo(smallest);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(CarbonIntensity.parse("  369 gCO2e/kWh ")).isEqualTo(G_PER_KWH_369);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonIntensity.parse("1 X"))
        .withMessage("Text cannot be parsed to a CarbonIntensity: '1 X'")
        .withNoCause();
  }

  @Test
  void parse_anyPrefix_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonIntensity.parse("1 kgCO2e/kWh"))
        .withMessage("Text cannot be parsed to a CarbonIntensity: '1 kgCO2e/kWh'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonIntensity.parse("-1 gCO2e/kWh"))
        .withMessage("Text cannot be parsed to a CarbonIntensity: '-1 gCO2e/kWh'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonIntensity.parse("NaN gCO2e/kWh"))
        .withMessage("Text cannot be parsed to a CarbonIntensity: 'NaN gCO2e/kWh'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDoubleRange_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonIntensity.parse("1e400 gCO2e/kWh"))
        .withMessage("Text cannot be parsed to a CarbonIntensity: '1e400 gCO2e/kWh'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> CarbonIntensity.parse("1gCO2e/kWh"))
        .withMessage("Text cannot be parsed to a CarbonIntensity: '1gCO2e/kWh'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> CarbonIntensity.parse(null))
        .withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(G_PER_KWH_369)).isEqualTo("\"369 gCO2e/kWh\"");
  }

  @Test
  void json_readText_isValue() {
    assertThat(fromJson("\"369 gCO2e/kWh\"", CarbonIntensity.class)).isEqualTo(G_PER_KWH_369);
  }

  @Test
  void json_readNumber_isValueInBaseUnit() {
    assertThat(fromJson("369", CarbonIntensity.class)).isEqualTo(G_PER_KWH_369);
    assertThat(fromJson("369.0", CarbonIntensity.class)).isEqualTo(G_PER_KWH_369);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(G_PER_KWH_12_5), CarbonIntensity.class)).isEqualTo(G_PER_KWH_12_5);
    assertThat(fromJson(toJson(G_PER_KWH_MAX), CarbonIntensity.class)).isEqualTo(G_PER_KWH_MAX);
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", CarbonIntensity.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Carbon intensity must be finite and not negative: -1.0");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", CarbonIntensity.class))
        .hasRootCauseMessage("Text cannot be parsed to a CarbonIntensity: 'true'");
  }

  //--- gramsPerKilowattHour() -------------------------------------------------------------------

  @Test
  void gramsPerKilowattHour_isStoredValue() {
    assertThat(G_PER_KWH_369.gramsPerKilowattHour()).isEqualTo(369);
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(CarbonIntensity.ZERO.isZero()).isTrue();
    assertThat(CarbonIntensity.of(Double.MIN_VALUE).isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    assertThat(G_PER_KWH_2000.isGreaterThan(G_PER_KWH_1000)).isTrue();
    assertThat(G_PER_KWH_1000.isGreaterThan(G_PER_KWH_1000)).isFalse();
    assertThat(G_PER_KWH_1000.isGreaterThan(G_PER_KWH_2000)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(G_PER_KWH_1000.isLessThan(G_PER_KWH_2000)).isTrue();
    assertThat(G_PER_KWH_1000.isLessThan(G_PER_KWH_1000)).isFalse();
    assertThat(G_PER_KWH_2000.isLessThan(G_PER_KWH_1000)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_1000.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_1000.isLessThan(null));
  }

  //--- plus(CarbonIntensity) --------------------------------------------------------------------

  @Test
  void plus_twoValues_isSum() {
    assertThat(G_PER_KWH_1000.plus(G_PER_KWH_2000)).isEqualTo(G_PER_KWH_3000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(G_PER_KWH_369.plus(CarbonIntensity.ZERO)).isEqualTo(G_PER_KWH_369);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> G_PER_KWH_MAX.plus(G_PER_KWH_MAX))
        .withMessage("Carbon intensity overflow: Infinity");
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_1000.plus(null))
        .withMessage("other");
  }

  //--- minus(CarbonIntensity) -------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(G_PER_KWH_3000.minus(G_PER_KWH_2000)).isEqualTo(G_PER_KWH_1000);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(G_PER_KWH_369.minus(G_PER_KWH_369)).isEqualTo(CarbonIntensity.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_PER_KWH_1000.minus(G_PER_KWH_2000))
        .withMessage("Carbon intensity must be finite and not negative: -1000.0");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_1000.minus(null))
        .withMessage("other");
  }

  //--- multipliedBy(double) ---------------------------------------------------------------------

  @Test
  void multipliedBy_three_isProduct() {
    assertThat(G_PER_KWH_1000.multipliedBy(3)).isEqualTo(G_PER_KWH_3000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(G_PER_KWH_MAX.multipliedBy(0)).isEqualTo(CarbonIntensity.ZERO);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_PER_KWH_1000.multipliedBy(-1))
        .withMessage("Factor must be finite and not negative: -1.0");
  }

  @Test
  void multipliedBy_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_PER_KWH_1000.multipliedBy(Double.NaN))
        .withMessage("Factor must be finite and not negative: NaN");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> G_PER_KWH_MAX.multipliedBy(2))
        .withMessage("Carbon intensity overflow: Infinity");
  }

  //--- dividedBy(double) ------------------------------------------------------------------------

  @Test
  void dividedBy_three_isQuotient() {
    assertThat(G_PER_KWH_3000.dividedBy(3)).isEqualTo(G_PER_KWH_1000);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_PER_KWH_1000.dividedBy(0))
        .withMessage("Divisor must be finite and positive: 0.0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> G_PER_KWH_1000.dividedBy(-2))
        .withMessage("Divisor must be finite and positive: -2.0");
  }

  @Test
  void dividedBy_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> G_PER_KWH_1000.dividedBy(Double.POSITIVE_INFINITY))
        .withMessage("Divisor must be finite and positive: Infinity");
  }

  @Test
  void dividedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> G_PER_KWH_MAX.dividedBy(0.5))
        .withMessage("Carbon intensity overflow: Infinity");
  }

  //--- ratioTo(CarbonIntensity) -----------------------------------------------------------------

  @Test
  void ratioTo_threeToOne_isThree() {
    assertThat(G_PER_KWH_3000.ratioTo(G_PER_KWH_1000)).isEqualTo(3.0);
  }

  @Test
  void ratioTo_zero_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> G_PER_KWH_1000.ratioTo(CarbonIntensity.ZERO))
        .withMessage("Carbon intensity must be positive to divide by: 0 gCO2e/kWh");
  }

  @Test
  void ratioTo_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> G_PER_KWH_MAX.ratioTo(CarbonIntensity.of(Double.MIN_VALUE)))
        .withMessage("Ratio overflow: Infinity");
  }

  @Test
  void ratioTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_1000.ratioTo(null))
        .withMessage("other");
  }

  //--- min(CarbonIntensity) / max(CarbonIntensity) ----------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(G_PER_KWH_1000.min(G_PER_KWH_2000)).isEqualTo(G_PER_KWH_1000);
    assertThat(G_PER_KWH_2000.min(G_PER_KWH_1000)).isEqualTo(G_PER_KWH_1000);
    assertThat(G_PER_KWH_1000.max(G_PER_KWH_2000)).isEqualTo(G_PER_KWH_2000);
    assertThat(G_PER_KWH_2000.max(G_PER_KWH_1000)).isEqualTo(G_PER_KWH_2000);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_1000.min(null));
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_1000.max(null));
  }

  //--- emissionsOf(Energy) ----------------------------------------------------------------------

  @Test
  void emissionsOf_10KwhAt369_is3_69Kilograms() {
    // 369 g/kWh x 10 kWh = 3690 g = 3.69 kgCO2e
    CarbonMass mass = G_PER_KWH_369.emissionsOf(Energy.ofKilowattHours(10));
    assertThat(mass).isEqualTo(CarbonMass.ofGrams(3690));
    assertThat(mass.toString()).isEqualTo("3.69 kgCO2e");
  }

  @Test
  void emissionsOf_noEnergy_isZero() {
    assertThat(G_PER_KWH_369.emissionsOf(Energy.ZERO)).isEqualTo(CarbonMass.ZERO);
  }

  @Test
  void emissionsOf_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
        CarbonIntensity.of(Double.MAX_VALUE).emissionsOf(Energy.ofKilowattHours(10)))
        .withMessage("Carbon mass overflow: Infinity");
  }

  @Test
  void emissionsOf_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_369.emissionsOf(null))
        .withMessage("energy");
  }

  //--- compareTo(CarbonIntensity) ---------------------------------------------------------------

  @Test
  void compareTo_ordersByValue() {
    assertThat(G_PER_KWH_1000.compareTo(G_PER_KWH_2000)).isNegative();
    assertThat(G_PER_KWH_2000.compareTo(G_PER_KWH_1000)).isPositive();
    assertThat(G_PER_KWH_369.compareTo(CarbonIntensity.parse("369 gCO2e/kWh"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> G_PER_KWH_1000.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(G_PER_KWH_369, CarbonIntensity.parse("369 gCO2e/kWh"), G_PER_KWH_12_5);
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "369,   369 gCO2e/kWh",
      "12.5,  12.5 gCO2e/kWh",
      "0,     0 gCO2e/kWh",
      "1000,  1000 gCO2e/kWh"})
  void toString_exactWithUnit(double value, String text) {
    assertThat(CarbonIntensity.of(value).toString()).isEqualTo(text);
  }
}
