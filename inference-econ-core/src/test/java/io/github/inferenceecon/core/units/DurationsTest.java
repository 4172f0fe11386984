/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class DurationsTest {

  private static final Duration SECONDS_1_5 = Duration.ofMillis(1500);
  private static final Duration NANOS_1 = Duration.ofNanos(1);

  //--- class ------------------------------------------------------------------------------------

  @Test
  void ofSeconds_exactHalfNanosecond_roundsToEven() {
    // 1/1024 s is exactly 976,562.5 ns: the tie goes to the even 976,562; 3/1024 s is exactly
    // 2,929,687.5 ns: to the even 2,929,688
    assertThat(Durations.ofSeconds(1.0 / 1024)).isEqualTo(Duration.ofNanos(976_562));
    assertThat(Durations.ofSeconds(3.0 / 1024)).isEqualTo(Duration.ofNanos(2_929_688));
  }

  @Test
  void class_isFinalWithOnlyAPrivateConstructor() {
    assertThat(Modifier.isFinal(Durations.class.getModifiers())).isTrue();
    Constructor<?>[] constructors = Durations.class.getDeclaredConstructors();
    assertThat(constructors).hasSize(1);
    assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
  }

  //--- ofSeconds(double) ------------------------------------------------------------------------

  @Test
  void ofSeconds_zero_isZero() {
    assertThat(Durations.ofSeconds(0)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ofSeconds_negativeZero_isZero() {
    assertThat(Durations.ofSeconds(-0.0)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ofSeconds_oneAndAHalf_isExact() {
    assertThat(Durations.ofSeconds(1.5)).isEqualTo(SECONDS_1_5);
  }

  @Test
  void ofSeconds_oneNanosecond_isOneNano() {
    // 1e-9 as a double is 1.00000000000000006228e-9 s, nearest nanosecond 1
    assertThat(Durations.ofSeconds(1e-9)).isEqualTo(NANOS_1);
  }

  @Test
  void ofSeconds_belowHalfANanosecond_roundsToZero() {
    // 2^-31 s = 0.4657 ns
    assertThat(Durations.ofSeconds(0x1p-31)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ofSeconds_aboveHalfANanosecond_roundsUp() {
    // 2^-30 s = 0.9313 ns
    assertThat(Durations.ofSeconds(0x1p-30)).isEqualTo(NANOS_1);
  }

  @Test
  void ofSeconds_memoryFloor_isNearestNanosecond() {
    // 16.06e9 B / 3.35e12 B/s = 0.004794029850746... s, nearest nanosecond 4,794,030 ns
    assertThat(Durations.ofSeconds(16.06e9 / 3.35e12)).isEqualTo(Duration.ofNanos(4_794_030));
  }

  @Test
  void ofSeconds_oneDay_isExact() {
    assertThat(Durations.ofSeconds(86_400)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void ofSeconds_largestBelow2pow63_isExact() {
    // the largest double below 2^63 is 2^63 - 1024, a whole number of seconds
    assertThat(Durations.ofSeconds(0x1p63 - 1024))
        .isEqualTo(Duration.ofSeconds(Long.MAX_VALUE - 1023));
  }

  @Test
  void ofSeconds_2pow63_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Durations.ofSeconds(0x1p63));
  }

  @Test
  void ofSeconds_positiveInfinity_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Durations.ofSeconds(Double.POSITIVE_INFINITY))
        .withMessage("Duration overflow: Infinity s");
  }

  @Test
  void ofSeconds_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Durations.ofSeconds(-1))
        .withMessage("Seconds must be finite and not negative: -1.0");
  }

  @Test
  void ofSeconds_negativeInfinity_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Durations.ofSeconds(Double.NEGATIVE_INFINITY))
        .withMessage("Seconds must be finite and not negative: -Infinity");
  }

  @Test
  void ofSeconds_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Durations.ofSeconds(Double.NaN))
        .withMessage("Seconds must be finite and not negative: NaN");
  }

  //--- toSeconds(Duration) ----------------------------------------------------------------------

  @Test
  void toSeconds_oneAndAHalf_is1_5() {
    assertThat(Durations.toSeconds(SECONDS_1_5)).isEqualTo(1.5);
  }

  @Test
  void toSeconds_oneNano_is1e9() {
    assertThat(Durations.toSeconds(NANOS_1)).isEqualTo(1e-9);
  }

  @Test
  void toSeconds_zero_isZero() {
    assertThat(Durations.toSeconds(Duration.ZERO)).isZero();
  }

  @Test
  void toSeconds_negative_isNegativeSeconds() {
    // Duration stores -1.5 s as -2 s + 500,000,000 ns
    assertThat(Durations.toSeconds(Duration.ofMillis(-1500))).isEqualTo(-1.5);
  }

  @Test
  void toSeconds_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Durations.toSeconds(null))
        .withMessage("duration");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @Test
  void parse_secondsAndMilliseconds_areTheShortForms() {
    assertThat(Durations.parse("2s")).isEqualTo(Duration.ofSeconds(2));
    assertThat(Durations.parse("150ms")).isEqualTo(Duration.ofMillis(150));
    assertThat(Durations.parse("1.5s")).isEqualTo(SECONDS_1_5);
    assertThat(Durations.parse(".5s")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("2.s")).isEqualTo(Duration.ofSeconds(2));
    // 0.1 ms is exactly 100,000 ns: the decimal is read exactly, not through a double
    assertThat(Durations.parse("0.1ms")).isEqualTo(Duration.ofNanos(100_000));
  }

  @Test
  void parse_isoForm_isReadAsDurationParseReadsIt() {
    assertThat(Durations.parse("PT2S")).isEqualTo(Duration.ofSeconds(2));
    assertThat(Durations.parse("pt0.15s")).isEqualTo(Duration.ofMillis(150));
    assertThat(Durations.parse("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void parse_otherUnits_areGosUnits() {
    assertThat(Durations.parse("7ns")).isEqualTo(Duration.ofNanos(7));
    assertThat(Durations.parse("7us")).isEqualTo(Duration.ofNanos(7_000));
    assertThat(Durations.parse("7\u00b5s")).isEqualTo(Duration.ofNanos(7_000));
    assertThat(Durations.parse("7\u03bcs")).isEqualTo(Duration.ofNanos(7_000));
    assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void parse_caseAndSpaces_areIgnored() {
    assertThat(Durations.parse(" 100 MS ")).isEqualTo(Duration.ofMillis(100));
    assertThat(Durations.parse("2S")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void parse_halfANanosecond_roundsToEven() {
    assertThat(Durations.parse("0.5ns")).isEqualTo(Duration.ZERO);
    assertThat(Durations.parse("1.5ns")).isEqualTo(Duration.ofNanos(2));
    assertThat(Durations.parse("2.5ns")).isEqualTo(Duration.ofNanos(2));
  }

  @Test
  void parse_unparseable_throws() {
    for (String text : new String[] {"soon", "", "2", "s", "2 sec", "1e3ms", "2s3ms", "P2",
        "-2s", "NaNs"}) {
      assertThatIllegalArgumentException().as(text).isThrownBy(() -> Durations.parse(text))
          .withMessage("Text cannot be parsed to a Duration: '" + text + "'");
    }
  }

  @Test
  void parse_negativeIsoForm_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse("PT-2S"))
        .withMessage("Text cannot be parsed to a Duration: 'PT-2S'");
  }

  @Test
  void parse_beyondDuration_throwsWithTheOverflowAsCause() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Durations.parse("99999999999999999999999h"))
        .withMessage("Text cannot be parsed to a Duration: '99999999999999999999999h'")
        .withCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Durations.parse(null))
        .withMessage("text");
  }
}
