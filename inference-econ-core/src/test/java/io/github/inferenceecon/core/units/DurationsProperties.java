/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertWithin;
import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.positiveDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class DurationsProperties {

  private static final BigDecimal HALF_A_NANOSECOND = new BigDecimal("0.0000000005");

  private static BigDecimal exactSeconds(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
  }

  //--- ofSeconds(double) ------------------------------------------------------------------------

  @Test
  void ofSeconds_isNearestNanosecond_orThrowsBeyond2pow63() {
    // every double below 2^63 has a whole-second part that fits a long; the result is then
    // within half a nanosecond of the exact binary value of the double
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(seconds -> {
      if (seconds < 0x1p63) {
        BigDecimal error = exactSeconds(Durations.ofSeconds(seconds))
            .subtract(new BigDecimal(seconds)).abs();
        assertThat(error).isLessThanOrEqualTo(HALF_A_NANOSECOND);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> Durations.ofSeconds(seconds));
      }
    });
  }

  @Test
  void ofSeconds_neverDecreases() {
    // scaled by 2^-962 so that every value stays below 2^62 seconds
    qt().forAll(finiteNonNegativeDoubles().map(x -> x / 0x1p962),
        finiteNonNegativeDoubles().map(x -> x / 0x1p962)).checkAssert((a, b) ->
        assertThat(Durations.ofSeconds(Math.min(a, b)))
            .isLessThanOrEqualTo(Durations.ofSeconds(Math.max(a, b))));
  }

  @Test
  void ofSeconds_negative_throws() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.ofSeconds(-x))
            .withMessage("Seconds must be finite and not negative: " + (-x)));
  }

  @Test
  void ofSeconds_wholeSeconds_isExact() {
    // every long up to 2^53 is an exact double
    qt().forAll(longs().between(0, 1L << 53)).checkAssert(n ->
        assertThat(Durations.ofSeconds(n)).isEqualTo(Duration.ofSeconds(n)));
  }

  //--- toSeconds(Duration) ----------------------------------------------------------------------

  @Test
  void toSeconds_isWithinOneUlp() {
    // nanos / 1e9 rounds once (by at most half an ulp of a value below one) and the sum rounds
    // once more (by at most half an ulp of the result)
    qt().forAll(durations()).checkAssert(duration -> {
      double seconds = Durations.toSeconds(duration);
      BigDecimal error = new BigDecimal(seconds).subtract(exactSeconds(duration)).abs();
      assertThat(error).isLessThanOrEqualTo(new BigDecimal(Math.ulp(seconds)));
    });
  }

  @Test
  void toSeconds_thenOfSeconds_roundTripsBelow2pow20Seconds() {
    // below 2^20 s (about 12 days) an ulp is at most 2^-32 s = 0.23 ns, so the nearest
    // nanosecond to the double is the original duration
    qt().forAll(longs().between(0, (1L << 20) - 1), longs().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          Duration duration = Duration.ofSeconds(seconds, nanos);
          assertThat(Durations.ofSeconds(Durations.toSeconds(duration))).isEqualTo(duration);
        });
  }

  @Test
  void ofSeconds_thenToSeconds_isWithinHalfANanosecond() {
    qt().forAll(longs().between(0, 1_000_000).map(n -> n / 7.0)).checkAssert(seconds ->
        assertWithin(Durations.toSeconds(Durations.ofSeconds(seconds)), seconds,
            0.5e-9 + Math.ulp(seconds)));
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(durations()).checkAssert(d -> assertThat(Durations.parse(d.toString()))
        .isEqualTo(d));
  }

  @Test
  void parse_wholeUnits_areExact() {
    qt().forAll(longs().between(0, 1_000_000_000_000L)).checkAssert(n -> {
      assertThat(Durations.parse(n + "ms")).isEqualTo(Duration.ofMillis(n));
      assertThat(Durations.parse(n + "s")).isEqualTo(Duration.ofSeconds(n));
      assertThat(Durations.parse(n + "ns")).isEqualTo(Duration.ofNanos(n));
    });
  }

  @Test
  void parse_decimalSeconds_isWithinHalfANanosecond() {
    qt().forAll(longs().between(0, 1_000_000_000_000L), longs().between(0, 12))
        .checkAssert((unscaled, scale) -> {
          BigDecimal seconds = BigDecimal.valueOf(unscaled, scale.intValue());
          Duration d = Durations.parse(seconds.toPlainString() + "s");
          assertThat(exactSeconds(d).subtract(seconds).abs())
              .isLessThanOrEqualTo(HALF_A_NANOSECOND);
        });
  }
}
