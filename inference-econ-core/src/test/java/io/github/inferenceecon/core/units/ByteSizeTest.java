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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ByteSizeTest {

  private static final ByteSize BYTES_1 = ByteSize.ofBytes(1);
  private static final ByteSize BYTES_1000 = ByteSize.ofBytes(1000);
  private static final ByteSize BYTES_MAX = ByteSize.ofBytes(Long.MAX_VALUE);
  private static final ByteSize KIB_1 = ByteSize.ofBytes(1024);
  private static final ByteSize KIB_320 = ByteSize.ofBytes(327_680);
  private static final ByteSize GIB_40 = ByteSize.ofBytes(42_949_672_960L);
  private static final ByteSize GIB_80 = ByteSize.ofBytes(85_899_345_920L);
  private static final ByteSize GB_80 = ByteSize.ofBytes(80_000_000_000L);
  private static final ByteSize GB_141_1 = ByteSize.ofBytes(141_100_000_000L);
  private static final ByteSize GB_16_06 = ByteSize.ofBytes(16_060_000_000L);
  private static final ByteRate TB_PER_S_3_35 = ByteRate.of(3.35e12);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(ByteSize.class);
  }

  //--- ZERO -------------------------------------------------------------------------------------

  @Test
  void zero_hasNoBytes() {
    assertThat(ByteSize.ZERO.toBytes()).isZero();
  }

  //--- ofBytes(long) ----------------------------------------------------------------------------

  @Test
  void ofBytes_positive_keepsBytes() {
    assertThat(ByteSize.ofBytes(327_680).toBytes()).isEqualTo(327_680L);
  }

  @Test
  void ofBytes_zero_isZero() {
    assertThat(ByteSize.ofBytes(0)).isEqualTo(ByteSize.ZERO);
  }

  @Test
  void ofBytes_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.ofBytes(-1))
        .withMessage("Byte size must not be negative: -1");
  }

  //--- of(long, ByteUnit) -----------------------------------------------------------------------

  @Test
  void of_80Gibibytes_isExactBytes() {
    // 80 x 2^30 = 80 x 1,073,741,824 = 85,899,345,920
    assertThat(ByteSize.of(80, ByteUnit.GIBIBYTES)).isEqualTo(GIB_80);
  }

  @Test
  void of_80Gigabytes_isExactBytes() {
    assertThat(ByteSize.of(80, ByteUnit.GIGABYTES)).isEqualTo(GB_80);
  }

  @Test
  void of_largestSafeGibibytes_isExact() {
    // Long.MAX_VALUE >> 30 = 8,589,934,591 GiB = 9,223,372,035,781,033,984 bytes
    assertThat(ByteSize.of(Long.MAX_VALUE >> 30, ByteUnit.GIBIBYTES).toBytes())
        .isEqualTo(9_223_372_035_781_033_984L);
  }

  @Test
  void of_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteSize.of((Long.MAX_VALUE >> 30) + 1, ByteUnit.GIBIBYTES));
  }

  @Test
  void of_negativeAmount_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.of(-3, ByteUnit.GIGABYTES))
        .withMessage("Byte size must not be negative: -3");
  }

  @Test
  void of_nullUnit_throws() {
    assertThatNullPointerException().isThrownBy(() -> ByteSize.of(1, null)).withMessage("unit");
  }

  //--- of(BigDecimal, ByteUnit, RoundingMode) ---------------------------------------------------

  @Test
  void ofDecimal_141_1Gigabytes_isExact() {
    assertThat(ByteSize.of(new BigDecimal("141.1"), ByteUnit.GIGABYTES, RoundingMode.UNNECESSARY))
        .isEqualTo(GB_141_1);
  }

  @Test
  void ofDecimal_halfByte_roundsAsAsked() {
    // 1.5 KB = 1500 bytes exactly; 0.0015 kB = 1.5 bytes
    BigDecimal amount = new BigDecimal("0.0015");
    assertThat(ByteSize.of(amount, ByteUnit.KILOBYTES, RoundingMode.FLOOR)).isEqualTo(BYTES_1);
    assertThat(ByteSize.of(amount, ByteUnit.KILOBYTES, RoundingMode.HALF_UP))
        .isEqualTo(ByteSize.ofBytes(2));
    assertThat(ByteSize.of(amount, ByteUnit.KILOBYTES, RoundingMode.HALF_EVEN))
        .isEqualTo(ByteSize.ofBytes(2));
  }

  @Test
  void ofDecimal_fractionalByteUnnecessary_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
        ByteSize.of(new BigDecimal("0.0015"), ByteUnit.KILOBYTES, RoundingMode.UNNECESSARY));
  }

  @Test
  void ofDecimal_overflow_throwsArithmetic() {
    // 8192 PiB = 2^63 bytes, one more than Long.MAX_VALUE
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
        ByteSize.of(new BigDecimal("8192"), ByteUnit.PEBIBYTES, RoundingMode.UNNECESSARY));
  }

  @Test
  void ofDecimal_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() ->
        ByteSize.of(new BigDecimal("-0.5"), ByteUnit.GIGABYTES, RoundingMode.UNNECESSARY))
        .withMessage("Byte size must not be negative: -0.5");
  }

  @Test
  void ofDecimal_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() ->
        ByteSize.of(null, ByteUnit.BYTES, RoundingMode.UNNECESSARY)).withMessage("amount");
    assertThatNullPointerException().isThrownBy(() ->
        ByteSize.of(BigDecimal.ONE, null, RoundingMode.UNNECESSARY)).withMessage("unit");
    assertThatNullPointerException().isThrownBy(() ->
        ByteSize.of(BigDecimal.ONE, ByteUnit.BYTES, null)).withMessage("rounding");
  }

  //--- ofKibibytes / ofMebibytes / ofGibibytes / ofGigabytes ------------------------------------

  @Test
  void ofKibibytes_320_isExact() {
    assertThat(ByteSize.ofKibibytes(320)).isEqualTo(KIB_320);
  }

  @Test
  void ofMebibytes_one_is1048576Bytes() {
    assertThat(ByteSize.ofMebibytes(1).toBytes()).isEqualTo(1_048_576L);
  }

  @Test
  void ofGibibytes_80_isExact() {
    assertThat(ByteSize.ofGibibytes(80)).isEqualTo(GIB_80);
  }

  @Test
  void ofGigabytes_80_isExact() {
    assertThat(ByteSize.ofGigabytes(80)).isEqualTo(GB_80);
  }

  @Test
  void ofUnitFactories_negative_throw() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.ofKibibytes(-1))
        .withMessage("Byte size must not be negative: -1");
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.ofMebibytes(-1))
        .withMessage("Byte size must not be negative: -1");
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.ofGibibytes(-1))
        .withMessage("Byte size must not be negative: -1");
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.ofGigabytes(-1))
        .withMessage("Byte size must not be negative: -1");
  }

  @Test
  void ofUnitFactories_overflow_throwArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteSize.ofKibibytes((Long.MAX_VALUE >> 10) + 1));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteSize.ofMebibytes((Long.MAX_VALUE >> 20) + 1));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteSize.ofGibibytes((Long.MAX_VALUE >> 30) + 1));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteSize.ofGigabytes(Long.MAX_VALUE / 1_000_000_000L + 1));
  }

  //--- total(Iterable) --------------------------------------------------------------------------

  @Test
  void total_twoHalves_isWhole() {
    assertThat(ByteSize.total(List.of(GIB_40, GIB_40))).isEqualTo(GIB_80);
  }

  @Test
  void total_empty_isZero() {
    assertThat(ByteSize.total(List.of())).isEqualTo(ByteSize.ZERO);
  }

  @Test
  void total_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> ByteSize.total(List.of(BYTES_MAX, BYTES_1)));
  }

  @Test
  void total_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> ByteSize.total(null)).withMessage("sizes");
    assertThatNullPointerException()
        .isThrownBy(() -> ByteSize.total(Arrays.asList(BYTES_1, null)))
        .withMessage("sizes element");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "80 GiB,     85899345920",
      "141.1 GB,   141100000000",
      "320 KiB,    327680",
      "16.06 GB,   16060000000",
      "1.5 KiB,    1536",
      "0 B,        0",
      "0.5 kB,     500",
      "1000 KiB,   1024000"})
  void parse_text_isExactBytes(String text, long bytes) {
    assertThat(ByteSize.parse(text).toBytes()).isEqualTo(bytes);
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(ByteSize.parse(GIB_80.toString())).isEqualTo(GIB_80);
    assertThat(ByteSize.parse(GB_141_1.toString())).isEqualTo(GB_141_1);
    assertThat(ByteSize.parse(BYTES_MAX.toString())).isEqualTo(BYTES_MAX);
  }

  @Test
  void parse_unknownUnit_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.parse("80 GX"))
        .withMessage("Text cannot be parsed to a ByteSize: '80 GX'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_fractionalByte_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.parse("0.5 B"))
        .withMessage("Text cannot be parsed to a ByteSize: '0.5 B'")
        .withCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.parse("eighty GiB"))
        .withMessage("Text cannot be parsed to a ByteSize: 'eighty GiB'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.parse("-1 GB"))
        .withMessage("Text cannot be parsed to a ByteSize: '-1 GB'");
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.parse("80GiB"))
        .withMessage("Text cannot be parsed to a ByteSize: '80GiB'")
        .withNoCause();
  }

  @Test
  void parse_tooLarge_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.parse("8192 PiB"))
        .withMessage("Text cannot be parsed to a ByteSize: '8192 PiB'")
        .withCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> ByteSize.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isText() {
    assertThat(toJson(GIB_80)).isEqualTo("\"80 GiB\"");
  }

  @Test
  void json_readText_isSize() {
    assertThat(fromJson("\"141.1 GB\"", ByteSize.class)).isEqualTo(GB_141_1);
  }

  @Test
  void json_readNumber_isBytes() {
    assertThat(fromJson("1024", ByteSize.class)).isEqualTo(KIB_1);
    assertThat(fromJson("85899345920", ByteSize.class)).isEqualTo(GIB_80);
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(GB_16_06), ByteSize.class)).isEqualTo(GB_16_06);
  }

  @Test
  void json_fraction_throws() {
    assertThatThrownBy(() -> fromJson("1.5", ByteSize.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Text cannot be parsed to a ByteSize: '1.5'");
  }

  @Test
  void json_negativeNumber_throws() {
    assertThatThrownBy(() -> fromJson("-1", ByteSize.class))
        .hasRootCauseMessage("Byte size must not be negative: -1");
  }

  //--- toBytes() / to(ByteUnit) -----------------------------------------------------------------

  @Test
  void toBytes_isStoredValue() {
    assertThat(GIB_80.toBytes()).isEqualTo(85_899_345_920L);
  }

  @Test
  void to_sameUnit_isWholeAmount() {
    assertThat(GIB_80.to(ByteUnit.GIBIBYTES)).isEqualByComparingTo("80");
    assertThat(GB_141_1.to(ByteUnit.GIGABYTES)).isEqualByComparingTo("141.1");
  }

  @Test
  void to_otherFamily_isExactDecimal() {
    // 85,899,345,920 bytes / 10^9 = 85.89934592 GB
    assertThat(GIB_80.to(ByteUnit.GIGABYTES)).isEqualByComparingTo("85.89934592");
    // 80,000,000,000 / 2^30 = 74.50580596923828125 GiB, exact because 2^30 has only 2s
    assertThat(GB_80.to(ByteUnit.GIBIBYTES)).isEqualByComparingTo("74.50580596923828125");
  }

  @Test
  void to_zero_isZero() {
    assertThat(ByteSize.ZERO.to(ByteUnit.PEBIBYTES)).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void to_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.to(null)).withMessage("unit");
  }

  //--- toGibibytes() / toGigabytes() ------------------------------------------------------------

  @Test
  void toGibibytes_80GiB_is80() {
    assertThat(GIB_80.toGibibytes()).isEqualTo(80.0);
  }

  @Test
  void toGigabytes_80GiB_is85_89934592() {
    assertThat(GIB_80.toGigabytes()).isEqualTo(85.89934592);
  }

  //--- isZero() / isGreaterThan() / isLessThan() ------------------------------------------------

  @Test
  void isZero_zeroAndNonZero() {
    assertThat(ByteSize.ZERO.isZero()).isTrue();
    assertThat(BYTES_1.isZero()).isFalse();
  }

  @Test
  void isGreaterThan_strict() {
    // 80 GiB (85.9e9 bytes) is more than 80 GB (80e9 bytes)
    assertThat(GIB_80.isGreaterThan(GB_80)).isTrue();
    assertThat(GB_80.isGreaterThan(GIB_80)).isFalse();
    assertThat(GIB_80.isGreaterThan(GIB_80)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(GB_80.isLessThan(GIB_80)).isTrue();
    assertThat(GIB_80.isLessThan(GB_80)).isFalse();
    assertThat(GIB_80.isLessThan(GIB_80)).isFalse();
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.isGreaterThan(null));
    assertThatNullPointerException().isThrownBy(() -> GIB_80.isLessThan(null));
  }

  //--- plus(ByteSize) ---------------------------------------------------------------------------

  @Test
  void plus_twoHalves_isWhole() {
    assertThat(GIB_40.plus(GIB_40)).isEqualTo(GIB_80);
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> BYTES_MAX.plus(BYTES_1));
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.plus(null)).withMessage("other");
  }

  //--- minus(ByteSize) --------------------------------------------------------------------------

  @Test
  void minus_smaller_isDifference() {
    assertThat(GIB_80.minus(GIB_40)).isEqualTo(GIB_40);
  }

  @Test
  void minus_larger_throws() {
    // 80e9 - 85,899,345,920 = -5,899,345,920
    assertThatIllegalArgumentException().isThrownBy(() -> GB_80.minus(GIB_80))
        .withMessage("Byte size must not be negative: -5899345920");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.minus(null)).withMessage("other");
  }

  //--- minusOrZero(ByteSize) --------------------------------------------------------------------

  @Test
  void minusOrZero_smaller_isDifference() {
    assertThat(GIB_80.minusOrZero(GB_80)).isEqualTo(ByteSize.ofBytes(5_899_345_920L));
  }

  @Test
  void minusOrZero_larger_isZero() {
    assertThat(GB_80.minusOrZero(GIB_80)).isEqualTo(ByteSize.ZERO);
  }

  @Test
  void minusOrZero_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.minusOrZero(null))
        .withMessage("other");
  }

  //--- multipliedBy(long) -----------------------------------------------------------------------

  @Test
  void multipliedBy_two_doubles() {
    assertThat(GIB_40.multipliedBy(2)).isEqualTo(GIB_80);
  }

  @Test
  void multipliedBy_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> GIB_40.multipliedBy(-1))
        .withMessage("Factor must not be negative: -1");
  }

  @Test
  void multipliedBy_overflow_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> BYTES_MAX.multipliedBy(2));
  }

  //--- dividedBy(long, RoundingMode) ------------------------------------------------------------

  @Test
  void dividedBy_exact_isQuotient() {
    assertThat(GIB_80.dividedBy(2, RoundingMode.UNNECESSARY)).isEqualTo(GIB_40);
  }

  @Test
  void dividedBy_inexact_roundsAsAsked() {
    // 1000 / 3 = 333.33...
    assertThat(BYTES_1000.dividedBy(3, RoundingMode.FLOOR)).isEqualTo(ByteSize.ofBytes(333));
    assertThat(BYTES_1000.dividedBy(3, RoundingMode.CEILING)).isEqualTo(ByteSize.ofBytes(334));
  }

  @Test
  void dividedBy_inexactUnnecessary_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> BYTES_1000.dividedBy(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void dividedBy_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> GIB_80.dividedBy(0, RoundingMode.FLOOR))
        .withMessage("Divisor must be positive: 0");
  }

  @Test
  void dividedBy_nullRounding_throws() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.dividedBy(2, null))
        .withMessage("rounding");
  }

  //--- wholeTimes(ByteSize) ---------------------------------------------------------------------

  @Test
  void wholeTimes_fitsTwice() {
    assertThat(GIB_80.wholeTimes(GIB_40)).isEqualTo(2L);
    // 80 GiB / 80 GB = 1.07...: fits once
    assertThat(GIB_80.wholeTimes(GB_80)).isEqualTo(1L);
    assertThat(GB_80.wholeTimes(GIB_80)).isZero();
  }

  @Test
  void wholeTimes_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> GIB_80.wholeTimes(ByteSize.ZERO))
        .withMessage("Byte size must be positive to divide by: 0 B");
  }

  @Test
  void wholeTimes_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.wholeTimes(null))
        .withMessage("other");
  }

  //--- timeAt(ByteRate) -------------------------------------------------------------------------

  @Test
  void timeAt_16_06GbAt3_35TbPerSecond_is4_794Millis() {
    // 16.06e9 B / 3.35e12 B/s = 0.00479402985... s; to the nearest nanosecond 4,794,030 ns
    assertThat(GB_16_06.timeAt(TB_PER_S_3_35)).isEqualTo(Duration.ofNanos(4_794_030));
  }

  @Test
  void timeAt_zeroRate_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> GIB_80.timeAt(ByteRate.ZERO))
        .withMessage("Byte rate must be positive to compute a time: 0 B/s");
  }

  @Test
  void timeAt_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.timeAt(null)).withMessage("rate");
  }

  //--- min(ByteSize) / max(ByteSize) ------------------------------------------------------------

  @Test
  void minMax_pickSmallerAndLarger() {
    assertThat(GIB_80.min(GB_80)).isEqualTo(GB_80);
    assertThat(GB_80.min(GIB_80)).isEqualTo(GB_80);
    assertThat(GIB_80.max(GB_80)).isEqualTo(GIB_80);
    assertThat(GB_80.max(GIB_80)).isEqualTo(GIB_80);
  }

  @Test
  void minMax_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.min(null));
    assertThatNullPointerException().isThrownBy(() -> GIB_80.max(null));
  }

  //--- compareTo(ByteSize) ----------------------------------------------------------------------

  @Test
  void compareTo_ordersByBytes() {
    assertThat(GB_80.compareTo(GIB_80)).isNegative();
    assertThat(GIB_80.compareTo(GB_80)).isPositive();
    assertThat(GIB_80.compareTo(ByteSize.parse("80 GiB"))).isZero();
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> GIB_80.compareTo(null));
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(GIB_80, ByteSize.parse("80 GiB"), GB_80);
  }

  @Test
  void equals_sameBytesDifferentUnits_isEqual() {
    assertThat(ByteSize.of(1024, ByteUnit.KIBIBYTES)).isEqualTo(ByteSize.ofMebibytes(1));
    assertThat(ByteSize.of(1000, ByteUnit.MEGABYTES)).isEqualTo(ByteSize.ofGigabytes(1));
  }

  //--- toString() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "85899345920,         80 GiB",
      "141100000000,        141.1 GB",
      "327680,              320 KiB",
      "16060000000,         16.06 GB",
      "0,                   0 B",
      "1,                   1 B",
      "1000,                1 kB",
      "1024,                1 KiB",
      "1536,                1.5 KiB",
      "141107412992,        141.107412992 GB",
      "9223372036854775807, 9223.372036854775807 PB"})
  void toString_shortestExactUnit(long bytes, String text) {
    assertThat(ByteSize.ofBytes(bytes).toString()).isEqualTo(text);
  }

  @Test
  void toString_tie_largerUnitWins() {
    // 1,024,000 bytes is "1024 kB" or "1000 KiB", both four digits (and "1.024 MB", five);
    // the larger unit, KiB, wins the tie
    assertThat(ByteSize.ofBytes(1_024_000).toString()).isEqualTo("1000 KiB");
  }
}
