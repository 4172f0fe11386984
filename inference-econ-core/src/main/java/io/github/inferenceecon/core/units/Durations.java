/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import io.github.inferenceecon.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boundary between physics in {@code double} seconds and {@link java.time.Duration}.
 *
 * <p>The calculators compute times as {@code double} seconds and report them as
 * {@code Duration}s, rounded to the nearest nanosecond, ties to even; this class holds the two
 * conversions so that the rounding happens in one place. It also reads the short text forms
 * people write for latency targets and lifetimes ({@link #parse(CharSequence)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Durations {

  /** Below this many seconds (2^40 ns, about 18 minutes) the fast path is exact. */
  private static final double FAST_PATH_LIMIT_SECONDS = 1099.511627776;

  /** A decimal number and a unit, with optional spaces between them. */
  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+) *(ns|us|\u00b5s|\u03bcs|ms|s|m|h)");
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  private Durations() {}

  /**
   * Obtains a {@code Duration} from text such as {@code 2s}, {@code 150ms}, {@code 1.5s} or the
   * ISO-8601 form {@code PT2S} that {@link Duration#toString()} writes.
   *
   * <p>The short form is a decimal number and one unit, the units of Go's
   * {@code time.ParseDuration}: {@code ns}, {@code us} (or {@code \u00b5s}, {@code \u03bcs}),
   * {@code ms}, {@code s}, {@code m} (minutes) and {@code h}; it is rounded to the nearest
   * nanosecond, ties to even. Letters may be in either case and surrounding whitespace is
   * ignored. The ISO-8601 form is read by {@link Duration#parse(CharSequence)}. Negative
   * durations are rejected.
   *
   * <pre>{@code
   * Durations.parse("150ms");   // PT0.15S
   * Durations.parse("PT2S");    // PT2S
   * Durations.parse("5m");      // PT5M
   * }</pre>
   *
   * @param text the text, not null
   * @return the duration, not negative, not null
   * @throws IllegalArgumentException if the text is neither form, or is negative
   */
  public static Duration parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String t = text.toString().trim();
    try {
      if (t.startsWith("P") || t.startsWith("p")) {
        Duration iso = Duration.parse(t);
        if (!iso.isNegative()) {
          return iso;
        }
      } else {
        Matcher m = NUMBER_AND_UNIT.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
          return ofNanos(new BigDecimal(m.group(1)).multiply(nanosPer(m.group(2))));
        }
      }
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException("Text cannot be parsed to a Duration: '" + text + "'",
          e);
    }
    throw new IllegalArgumentException("Text cannot be parsed to a Duration: '" + text + "'");
  }

  private static BigDecimal nanosPer(String unit) {
    switch (unit) {
      case "ns":
        return BigDecimal.ONE;
      case "us":
      case "\u00b5s":
      case "\u03bcs":
        return BigDecimal.valueOf(1_000L);
      case "ms":
        return BigDecimal.valueOf(1_000_000L);
      case "s":
        return NANOS_PER_SECOND;
      case "m":
        return BigDecimal.valueOf(60_000_000_000L);
      default:
        return BigDecimal.valueOf(3_600_000_000_000L);
    }
  }

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
    return ofNanos(new BigDecimal(seconds).movePointRight(9));
  }

  /** The duration of a number of nanoseconds, rounded to a whole one, ties to even. */
  private static Duration ofNanos(BigDecimal nanos) {
    BigDecimal[] parts = nanos.setScale(0, RoundingMode.HALF_EVEN)
        .divideAndRemainder(NANOS_PER_SECOND);
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
