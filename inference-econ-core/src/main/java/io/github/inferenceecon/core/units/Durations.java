/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import io.github.inferenceecon.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The boundary between physics in {@code double} seconds and {@link java.time.Duration}.
 *
 * <p>The calculators compute times as {@code double} seconds and report them as
 * {@code Duration}s, rounded to the nearest nanosecond, ties to even; this class holds the two
 * conversions so that the rounding happens in one place.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Durations {

  /** Below this many seconds (2^40 ns, about 18 minutes) the fast path is exact. */
  private static final double FAST_PATH_LIMIT_SECONDS = 1099.511627776;

  private Durations() {}

  /**
   * Obtains a {@code Duration} from a number of seconds, rounded to the nearest nanosecond.
   *
   * @param seconds the number of seconds, finite and not negative
   * @return the duration, not null
   * @throws IllegalArgumentException if the seconds are NaN, infinite or negative
   * @throws ArithmeticException if the duration does not fit a {@code Duration}
   */
  public static Duration ofSeconds(double seconds) {
    if (Double.isInfinite(seconds) && seconds > 0) {
      throw new ArithmeticException("Duration overflow: " + seconds + " s");
    }
    Checks.finiteNotNegative(seconds, "Seconds");
    if (seconds < FAST_PATH_LIMIT_SECONDS) {
      // Below 2^40 ns the double product is within 2^-13 ns of the exact one, so rounding it
      // is exact unless the fraction is within a thousandth of a half, where the exact path
      // below decides (ties to even, as there).
      double nanos = seconds * 1e9;
      long rounded = Math.round(nanos);
      if (Math.abs(Math.abs(nanos - rounded) - 0.5) > 1e-3) {
        return Duration.ofNanos(rounded);
      }
    }
    BigDecimal nanos = new BigDecimal(seconds).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN);
    BigDecimal[] parts = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
    return Duration.ofSeconds(parts[0].longValueExact(), parts[1].longValueExact());
  }

  /**
   * Checks that a duration is not negative.
   *
   * @param duration the duration, not null
   * @return the duration
   * @throws IllegalArgumentException if the duration is negative
   */
  public static Duration requireNotNegative(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Duration must not be negative: " + duration);
    }
    return duration;
  }

  /**
   * Converts a {@code Duration} to seconds as a {@code double}.
   *
   * @param duration the duration, not null
   * @return the number of seconds, possibly rounded to the nearest {@code double}
   */
  public static double toSeconds(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
