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

final class ByteRateTest {

  private static final ByteRate TB_PER_S_3_35 = ByteRate.of(3.35e12);
  private static final ByteRate GB_PER_S_900 = ByteRate.of(9e11);
  private static final ByteRate B_PER_S_1000 = ByteRate.of(1000);
  private static final ByteRate B_PER_S_2000 = ByteRate.of(2000);
  private static final ByteRate B_PER_S_3000 = ByteRate.of(3000);
  private static final ByteRate B_PER_S_MAX = ByteRate.of(Double.MAX_VALUE);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(ByteRate.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_isZero() {
    assertThat(ByteRate.ZERO.bytesPerSecond()).isZero();
    assertThat(ByteRate.ZERO.toString()).isEqualTo("0 B/s");
  }

  //--- of(double) -------------------------------------------------------------------------------

  @Test
  void of_value_keepsValue() {
    assertThat(ByteRate.of(3.35e12).bytesPerSecond()).isEqualTo(3.35e12);
  }

  @Test
  void of_zero_isZero() {
    assertThat(ByteRate.of(0)).isEqualTo(ByteRate.ZERO);
  }

  @Test
  void of_negativeZero_isZero() {
    // -0.0 passes the "not negative" check; it must still equal, hash and print as zero
    ByteRate negativeZero = ByteRate.of(-0.0);
    assertThat(negativeZero).isEqualTo(ByteRate.ZERO);
    assertThat(negativeZero.hashCode()).isEqualTo(ByteRate.ZERO.hashCode());
    assertThat(negativeZero.compareTo(ByteRate.ZERO)).isZero();
    assertThat(negativeZero.toString()).isEqualTo("0 B/s");
  }

  @Test
  void of_extremes_keepValue() {
    assertThat(ByteRate.of(Double.MAX_VALUE).bytesPerSecond()).isEqualTo(Double.MAX_VALUE);
    assertThat(ByteRate.of(Double.MIN_VALUE).bytesPerSecond()).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void of_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.of(-1))
        .withMessage("Byte rate must be finite and not negative: -1.0");
  }

  @Test
  void of_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.of(Double.NaN))
        .withMessage("Byte rate must be finite and not negative: NaN");
  }

  @Test
  void of_infinite_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.of(Double.POSITIVE_INFINITY))
        .withMessage("Byte rate must be finite and not negative: Infinity");
  }

  //--- ofGigabytesPerSecond(double) / ofTerabytesPerSecond(double) ------------------------------

  @Test
  void ofGigabytesPerSecond_900_is9e11BytesPerSecond() {
    assertThat(ByteRate.ofGigabytesPerSecond(900)).isEqualTo(GB_PER_S_900);
  }

  @Test
  void ofTerabytesPerSecond_3_35_is3_35e12BytesPerSecond() {
    assertThat(ByteRate.ofTerabytesPerSecond(3.35)).isEqualTo(TB_PER_S_3_35);
  }

  @Test
  void ofGigabytesPerSecond_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.ofGigabytesPerSecond(-1))
        .withMessage("Byte rate must be finite and not negative: -1.0");
  }

  @Test
  void ofTerabytesPerSecond_nan_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ByteRate.ofTerabytesPerSecond(Double.NaN))
        .withMessage("Byte rate must be finite and not negative: NaN");
  }

  @Test
  void ofTerabytesPerSecond_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteRate.ofTerabytesPerSecond(Double.MAX_VALUE))
        .withMessage("Byte rate overflow: Infinity");
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteRate.ofGigabytesPerSecond(Double.MAX_VALUE));
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "3.35 TB/s,  3.35e12",
      "900 GB/s,   9e11",
      "64 GB/s,    64e9",
      "0.5 kB/s,   500",
      "0 B/s,      0",
      "2.5 B/s,    2.5",
      "1 EB/s,     1e18"})
  void parse_text_isValue(String text, double value) {
    assertThat(ByteRate.parse(text).bytesPerSecond()).isEqualTo(value);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(ByteRate.parse(TB_PER_S_3_35.toString())).isEqualTo(TB_PER_S_3_35);
    assertThat(ByteRate.parse(B_PER_S_MAX.toString())).isEqualTo(B_PER_S_MAX);
    ByteRate smallest = ByteRate.of(Double.MIN_VALUE);
    assertThat(ByteRate.parse(smallest.toString())).isEqualTo(smallest);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(ByteRate.parse("  3.35 TB/s ")).isEqualTo(TB_PER_S_3_35);
  }

  @Test
  void parse_wrongUnit_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.parse("1 X"))
        .withMessage("Text cannot be parsed to a ByteRate: '1 X'")
        .withNoCause();
  }

  @Test
  void parse_unknownPrefix_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.parse("1 QB/s"))
        .withMessage("Text cannot be parsed to a ByteRate: '1 QB/s'");
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.parse("-1 B/s"))
        .withMessage("Text cannot be parsed to a ByteRate: '-1 B/s'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.parse("NaN B/s"))
        .withMessage("Text cannot be parsed to a ByteRate: 'NaN B/s'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDoubleRange_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.parse("1e400 B/s"))
        .withMessage("Text cannot be parsed to a ByteRate: '1e400 B/s'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.parse("1B/s"))
        .withMessage("Text cannot be parsed to a ByteRate: '1B/s'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> ByteRate.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(TB_PER_S_3_35)).isEqualTo("\"3.35 TB/s\"");
  }

  @Test
  void json_readText_isValue() {
    assertThat(fromJson("\"3.35 TB/s\"", ByteRate.class)).isEqualTo(TB_PER_S_3_35);
  }

  @Test
  void json_readNumber_isValueInBaseUnit() {
    assertThat(fromJson("3350000000000", ByteRate.class)).isEqualTo(TB_PER_S_3_35);
    assertThat(fromJson("3350000000000.0", ByteRate.class)).isEqualTo(TB_PER_S_3_35);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(GB_PER_S_900), ByteRate.class)).isEqualTo(GB_PER_S_900);
    assertThat(fromJson(toJson(B_PER_S_MAX), ByteRate.class)).isEqualTo(B_PER_S_MAX);
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", ByteRate.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Byte rate must be finite and not negative: -1.0");
  }

  @Test
  void json_boolean_throws() {
    assertThatThrownBy(() -> fromJson("true", ByteRate.class))
        .hasRootCauseMessage("Text cannot be parsed to a ByteRate: 'true'");
  }

  //--- bytesPerSecond() -------------------------------------------------------------------------

  @Test
  void bytesPerSecond_isStoredValue() {
    assertThat(TB_PER_S_3_35.bytesPerSecond()).isEqualTo(3.35e12);
  }

  //--- toGigabytesPerSecond() / toTerabytesPerSecond() ------------------------------------------

  @Test
  void toGigabytesPerSecond_3_35TbPerSecond_is3350() {
    assertThat(TB_PER_S_3_35.toGigabytesPerSecond()).isEqualTo(3350.0);
  }

  @Test
  void toTerabytesPerSecond_3_35TbPerSecond_is3_35() {
    assertThat(TB_PER_S_3_35.toTerabytesPerSecond()).isEqualTo(3.35);
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(ByteRate.ZERO.isZero()).isTrue();
    assertThat(ByteRate.of(Double.MIN_VALUE).isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    assertThat(B_PER_S_2000.isGreaterThan(B_PER_S_1000)).isTrue();
    assertThat(B_PER_S_1000.isGreaterThan(B_PER_S_1000)).isFalse();
    assertThat(B_PER_S_1000.isGreaterThan(B_PER_S_2000)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(B_PER_S_1000.isLessThan(B_PER_S_2000)).isTrue();
    assertThat(B_PER_S_1000.isLessThan(B_PER_S_1000)).isFalse();
    assertThat(B_PER_S_2000.isLessThan(B_PER_S_1000)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> B_PER_S_1000.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> B_PER_S_1000.isLessThan(null));
  }

  //--- plus(ByteRate) ---------------------------------------------------------------------------

  @Test
  void plus_twoValues_isSum() {
    assertThat(B_PER_S_1000.plus(B_PER_S_2000)).isEqualTo(B_PER_S_3000);
  }

  @Test
  void plus_zero_isSame() {
    assertThat(TB_PER_S_3_35.plus(ByteRate.ZERO)).isEqualTo(TB_PER_S_3_35);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> B_PER_S_MAX.plus(B_PER_S_MAX))
        .withMessage("Byte rate overflow: Infinity");
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> B_PER_S_1000.plus(null)).withMessage("other");
  }

  //--- minus(ByteRate) --------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(B_PER_S_3000.minus(B_PER_S_2000)).isEqualTo(B_PER_S_1000);
  }

  @Test
  void minus_itself_isZero() {
    assertThat(TB_PER_S_3_35.minus(TB_PER_S_3_35)).isEqualTo(ByteRate.ZERO);
  }

  @Test
  void minus_larger_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> B_PER_S_1000.minus(B_PER_S_2000))
        .withMessage("Byte rate must be finite and not negative: -1000.0");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> B_PER_S_1000.minus(null))
        .withMessage("other");
  }

  //--- multipliedBy(double) ---------------------------------------------------------------------

  @Test
  void multipliedBy_three_isProduct() {
    assertThat(B_PER_S_1000.multipliedBy(3)).isEqualTo(B_PER_S_3000);
  }

  @Test
  void multipliedBy_zero_isZero() {
    assertThat(B_PER_S_MAX.multipliedBy(0)).isEqualTo(ByteRate.ZERO);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> B_PER_S_1000.multipliedBy(-1))
        .withMessage("Factor must be finite and not negative: -1.0");
  }

  @Test
  void multipliedBy_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> B_PER_S_1000.multipliedBy(Double.NaN))
        .withMessage("Factor must be finite and not negative: NaN");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> B_PER_S_MAX.multipliedBy(2))
        .withMessage("Byte rate overflow: Infinity");
  }

  //--- dividedBy(double) ------------------------------------------------------------------------

  @Test
  void dividedBy_three_isQuotient() {
    assertThat(B_PER_S_3000.dividedBy(3)).isEqualTo(B_PER_S_1000);
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> B_PER_S_1000.dividedBy(0))
        .withMessage("Divisor must be finite and positive: 0.0");
  }

  @Test
  void dividedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> B_PER_S_1000.dividedBy(-2))
        .withMessage("Divisor must be finite and positive: -2.0");
  }

  @Test
  void dividedBy_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> B_PER_S_1000.dividedBy(Double.POSITIVE_INFINITY))
        .withMessage("Divisor must be finite and positive: Infinity");
  }

  @Test
  void dividedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> B_PER_S_MAX.dividedBy(0.5))
        .withMessage("Byte rate overflow: Infinity");
  }

  //--- ratioTo(ByteRate) ------------------------------------------------------------------------

  @Test
  void ratioTo_threeToOne_isThree() {
    assertThat(B_PER_S_3000.ratioTo(B_PER_S_1000)).isEqualTo(3.0);
  }

  @Test
  void ratioTo_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> B_PER_S_1000.ratioTo(ByteRate.ZERO))
        .withMessage("Byte rate must be positive to divide by: 0 B/s");
  }

  @Test
  void ratioTo_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> B_PER_S_MAX.ratioTo(ByteRate.of(Double.MIN_VALUE)))
        .withMessage("Ratio overflow: Infinity");
  }

  @Test
  void ratioTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> B_PER_S_1000.ratioTo(null))
        .withMessage("other");
  }

  //--- min(ByteRate) / max(ByteRate) ------------------------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(B_PER_S_1000.min(B_PER_S_2000)).isEqualTo(B_PER_S_1000);
    assertThat(B_PER_S_2000.min(B_PER_S_1000)).isEqualTo(B_PER_S_1000);
    assertThat(B_PER_S_1000.max(B_PER_S_2000)).isEqualTo(B_PER_S_2000);
    assertThat(B_PER_S_2000.max(B_PER_S_1000)).isEqualTo(B_PER_S_2000);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> B_PER_S_1000.min(null));
    assertThatNullPointerException().isThrownBy(() -> B_PER_S_1000.max(null));
  }

  //--- bytesIn(Duration) ------------------------------------------------------------------------

  @Test
  void bytesIn_oneMillisecondAt3_35TbPerSecond_is3_35Gb() {
    // 3.35e12 B/s x 0.001 s = 3.35e9 B
    assertThat(TB_PER_S_3_35.bytesIn(Duration.ofMillis(1))).isEqualTo(3.35e9);
  }

  @Test
  void bytesIn_twoSeconds_isTwiceTheRate() {
    assertThat(TB_PER_S_3_35.bytesIn(Duration.ofSeconds(2))).isEqualTo(6.7e12);
  }

  @Test
  void bytesIn_zeroDuration_isZero() {
    assertThat(TB_PER_S_3_35.bytesIn(Duration.ZERO)).isZero();
  }

  @Test
  void bytesIn_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteRate.of(Double.MAX_VALUE).bytesIn(Duration.ofSeconds(2)))
        .withMessage("Byte count overflow: Infinity");
  }

  @Test
  void bytesIn_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> TB_PER_S_3_35.bytesIn(null))
        .withMessage("duration");
  }

  //--- compareTo(ByteRate) ----------------------------------------------------------------------

  @Test
  void compareTo_ordersByValue() {
    assertThat(B_PER_S_1000.compareTo(B_PER_S_2000)).isNegative();
    assertThat(B_PER_S_2000.compareTo(B_PER_S_1000)).isPositive();
    assertThat(TB_PER_S_3_35.compareTo(ByteRate.parse("3.35 TB/s"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> B_PER_S_1000.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(TB_PER_S_3_35, ByteRate.parse("3.35 TB/s"), GB_PER_S_900);
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "3.35e12,  3.35 TB/s",
      "9e11,     900 GB/s",
      "64e9,     64 GB/s",
      "1000,     1 kB/s",
      "999.5,    999.5 B/s",
      "0.5,      0.5 B/s",
      "0,        0 B/s",
      "1e21,     1000 EB/s"})
  void toString_exactWithUnit(double value, String text) {
    assertThat(ByteRate.of(value).toString()).isEqualTo(text);
  }
}
