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

final class PowerTest {

  private static final Power W_700 = Power.ofWatts(700);
  private static final Power KW_10_2 = Power.ofWatts(10200);
  private static final Power W_1000 = Power.ofWatts(1000);
  private static final Power W_2000 = Power.ofWatts(2000);
  private static final Power W_3000 = Power.ofWatts(3000);
  private static final Power W_MAX = Power.ofWatts(Double.MAX_VALUE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(Power.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_isZero() {
    assertThat(Power.ZERO.watts()).isZero();
    assertThat(Power.ZERO.toString()).isEqualTo("0 W");
  }

  //--- ofWatts(double) --------------------------------------------------------------------------

  @Test
  void ofWatts_value_keepsValue() {
    assertThat(Power.ofWatts(700).watts()).isEqualTo(700);
  }

  @Test
  void ofWatts_zero_isZero() {
    assertThat(Power.ofWatts(0)).isEqualTo(Power.ZERO);
  }

  @Test
  void ofWatts_negativeZero_isZero() {
    // -0.0 passes the "not negative" check; it must still equal, hash and print as zero
    Power negativeZero = Power.ofWatts(-0.0);
    assertThat(negativeZero).isEqualTo(Power.ZERO);
    assertThat(negativeZero.hashCode()).isEqualTo(Power.ZERO.hashCode());
    assertThat(negativeZero.compareTo(Power.ZERO)).isZero();
    assertThat(negativeZero.toString()).isEqualTo("0 W");
  }

  @Test
  void ofWatts_extremes_keepValue() {
    assertThat(Power.ofWatts(Double.MAX_VALUE).watts()).isEqualTo(Double.MAX_VALUE);
    assertThat(Power.ofWatts(Double.MIN_VALUE).watts()).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void ofWatts_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.ofWatts(-1))
        .withMessage("Power must be finite and not negative: -1.0");
  }

  @Test
  void ofWatts_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.ofWatts(Double.NaN))
        .withMessage("Power must be finite and not negative: NaN");
  }

  @Test
  void ofWatts_infinite_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.ofWatts(Double.POSITIVE_INFINITY))
        .withMessage("Power must be finite and not negative: Infinity");
  }

  //--- ofKilowatts(double) ----------------------------------------------------------------------

  @Test
  void ofKilowatts_10_2_is10200Watts() {
    assertThat(Power.ofKilowatts(10.2)).isEqualTo(KW_10_2);
  }

  @Test
  void ofKilowatts_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.ofKilowatts(-0.7))
        .withMessage("Power must be finite and not negative: -0.7");
  }

  @Test
  void ofKilowatts_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Power.ofKilowatts(Double.MAX_VALUE))
        .withMessage("Power overflow: Infinity");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "700 W,    700",
      "10.2 kW,  10200",
      "1.5 MW,   1.5e6",
      "0 W,      0",
      "0.5 W,    0.5"})
  void parse_text_isValue(String text, double value) {
    assertThat(Power.parse(text).watts()).isEqualTo(value);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(Power.parse(W_700.toString())).isEqualTo(W_700);
    assertThat(Power.parse(W_MAX.toString())).isEqualTo(W_MAX);
    Power smallest = Power.ofWatts(Double.MIN_VALUE);
    assertThat(Power.parse(smallest.toString())).isEqualTo(smallest);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(Power.parse("  700 W ")).isEqualTo(W_700);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.parse("1 X"))
        .withMessage("Text cannot be parsed to a Power: '1 X'")
        .withNoCause();
  }

  @Test
  void parse_unknownPrefix_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.parse("1 QW"))
        .withMessage("Text cannot be parsed to a Power: '1 QW'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.parse("-1 W"))
        .withMessage("Text cannot be parsed to a Power: '-1 W'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.parse("NaN W"))
        .withMessage("Text cannot be parsed to a Power: 'NaN W'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDoubleRange_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.parse("1e400 W"))
        .withMessage("Text cannot be parsed to a Power: '1e400 W'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Power.parse("1W"))
        .withMessage("Text cannot be parsed to a Power: '1W'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Power.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(W_700)).isEqualTo("\"700 W\"");
  }

  @Test
  void json_readText_isValue() {
    assertThat(fromJson("\"700 W\"", Power.class)).isEqualTo(W_700);
  }

  @Test
  void json_readNumber_isValueInBaseUnit() {
    assertThat(fromJson("700", Power.class)).isEqualTo(W_700);
    assertThat(fromJson("700.0", Power.class)).isEqualTo(W_700);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(KW_10_2), Power.class)).isEqualTo(KW_10_2);
    assertThat(fromJson(toJson(W_MAX), Power.class)).isEqualTo(W_MAX);
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", Power.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Power must be finite and not negative: -1.0");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", Power.class))
        .hasRootCauseMessage("Text cannot be parsed to a Power: 'true'");
  }

  //--- watts() ----------------------------------------------------------------------------------

  @Test
  void watts_isStoredValue() {
    assertThat(W_700.watts()).isEqualTo(700);
  }

  //--- toKilowatts() ----------------------------------------------------------------------------

  @Test
  void toKilowatts_700Watts_is0_7() {
    assertThat(W_700.toKilowatts()).isEqualTo(0.7);
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(Power.ZERO.isZero()).isTrue();
    assertThat(Power.ofWatts(Double.MIN_VALUE).isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    assertThat(W_2000.isGreaterThan(W_1000)).isTrue();
    assertThat(W_1000.isGreaterThan(W_1000)).isFalse();
    assertThat(W_1000.isGreaterThan(W_2000)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(W_1000.isLessThan(W_2000)).isTrue();
    assertThat(W_1000.isLessThan(W_1000)).isFalse();
    assertThat(W_2000.isLessThan(W_1000)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> W_1000.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> W_1000.isLessThan(null));
  }

  //--- plus(Power) ------------------------------------------------------------------------------

  @Test
  void plus_twoValues_isSum() {
    assertThat(W_1000.plus(W_2000)).isEqualTo(W_3000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(W_700.plus(Power.ZERO)).isEqualTo(W_700);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> W_MAX.plus(W_MAX))
        .withMessage("Power overflow: Infinity");
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> W_1000.plus(null)).withMessage("other");
  }

  //--- minus(Power) -----------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(W_3000.minus(W_2000)).isEqualTo(W_1000);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(W_700.minus(W_700)).isEqualTo(Power.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> W_1000.minus(W_2000))
        .withMessage("Power must be finite and not negative: -1000.0");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> W_1000.minus(null)).withMessage("other");
  }

  //--- multipliedBy(double) ---------------------------------------------------------------------

  @Test
  void multipliedBy_three_isProduct() {
    assertThat(W_1000.multipliedBy(3)).isEqualTo(W_3000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(W_MAX.multipliedBy(0)).isEqualTo(Power.ZERO);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> W_1000.multipliedBy(-1))
        .withMessage("Factor must be finite and not negative: -1.0");
  }

  @Test
  void multipliedBy_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> W_1000.multipliedBy(Double.NaN))
        .withMessage("Factor must be finite and not negative: NaN");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> W_MAX.multipliedBy(2))
        .withMessage("Power overflow: Infinity");
  }

  //--- dividedBy(double) ------------------------------------------------------------------------

  @Test
  void dividedBy_three_isQuotient() {
    assertThat(W_3000.dividedBy(3)).isEqualTo(W_1000);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> W_1000.dividedBy(0))
        .withMessage("Divisor must be finite and positive: 0.0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> W_1000.dividedBy(-2))
        .withMessage("Divisor must be finite and positive: -2.0");
  }

  @Test
  void dividedBy_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> W_1000.dividedBy(Double.POSITIVE_INFINITY))
        .withMessage("Divisor must be finite and positive: Infinity");
  }

  @Test
  void dividedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> W_MAX.dividedBy(0.5))
        .withMessage("Power overflow: Infinity");
  }

  //--- ratioTo(Power) ---------------------------------------------------------------------------

  @Test
  void ratioTo_threeToOne_isThree() {
    assertThat(W_3000.ratioTo(W_1000)).isEqualTo(3.0);
  }

  @Test
  void ratioTo_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> W_1000.ratioTo(Power.ZERO))
        .withMessage("Power must be positive to divide by: 0 W");
  }

  @Test
  void ratioTo_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> W_MAX.ratioTo(Power.ofWatts(Double.MIN_VALUE)))
        .withMessage("Ratio overflow: Infinity");
  }

  @Test
  void ratioTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> W_1000.ratioTo(null))
        .withMessage("other");
  }

  //--- min(Power) / max(Power) ------------------------------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(W_1000.min(W_2000)).isEqualTo(W_1000);
    assertThat(W_2000.min(W_1000)).isEqualTo(W_1000);
    assertThat(W_1000.max(W_2000)).isEqualTo(W_2000);
    assertThat(W_2000.max(W_1000)).isEqualTo(W_2000);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> W_1000.min(null));
    assertThatNullPointerException().isThrownBy(() -> W_1000.max(null));
  }

  //--- energyOver(Duration) ---------------------------------------------------------------------

  @Test
  void energyOver_oneHourAt700Watts_is2_52Megajoules() {
    // 700 W x 3600 s = 2,520,000 J = 0.7 kWh
    Energy energy = W_700.energyOver(Duration.ofHours(1));
    assertThat(energy).isEqualTo(Energy.ofJoules(2_520_000));
    assertThat(energy.toKilowattHours()).isEqualTo(0.7);
  }

  @Test
  void energyOver_zeroDuration_isZero() {
    assertThat(W_700.energyOver(Duration.ZERO)).isEqualTo(Energy.ZERO);
  }

  @Test
  void energyOver_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Power.ofWatts(Double.MAX_VALUE).energyOver(Duration.ofSeconds(2)))
        .withMessage("Energy overflow: Infinity");
  }

  @Test
  void energyOver_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> W_700.energyOver(null))
        .withMessage("duration");
  }

  //--- compareTo(Power) -------------------------------------------------------------------------

  @Test
  void compareTo_ordersByValue() {
    assertThat(W_1000.compareTo(W_2000)).isNegative();
    assertThat(W_2000.compareTo(W_1000)).isPositive();
    assertThat(W_700.compareTo(Power.parse("700 W"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> W_1000.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(W_700, Power.parse("700 W"), KW_10_2);
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "700,    700 W",
      "10200,  10.2 kW",
      "1e6,    1 MW",
      "0,      0 W",
      "0.5,    0.5 W",
      "999.9,  999.9 W"})
  void toString_exactWithUnit(double value, String text) {
    assertThat(Power.ofWatts(value).toString()).isEqualTo(text);
  }
}
