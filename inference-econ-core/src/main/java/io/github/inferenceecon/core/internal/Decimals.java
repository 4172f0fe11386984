/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic on the hot paths of pricing, the shared decimal constants of the cost
 * packages, and their one double-to-decimal boundary.
 *
 * <p>Prices are published per million (or per thousand) tokens, and dividing by a power of ten
 * is exact: moving the decimal point gives the same value as {@link BigDecimal#divide}, about a
 * hundred times faster.
 *
 * <p>Not part of the public API.
 */
public final class Decimals {

  /**
   * Seconds in an average Gregorian month (365.2425 / 12 days): 2,629,746, the month of every
   * monthly figure ({@code TrafficProfile.SECONDS_PER_MONTH}).
   */
  public static final long SECONDS_IN_AVERAGE_MONTH = 2_629_746L;
  /** One million, the denominator of per-million prices. */
  public static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  /** Seconds in an hour. */
  public static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600L);
  /** Seconds in an average Gregorian month, {@link #SECONDS_IN_AVERAGE_MONTH}. */
  public static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(SECONDS_IN_AVERAGE_MONTH);
  /** Hours in an average Gregorian month: 2,629,746 / 3,600 = 730.485 exactly. */
  public static final BigDecimal HOURS_PER_MONTH = SECONDS_PER_MONTH.divide(SECONDS_PER_HOUR);

  /** 10<sup>k</sup> at index k, for every power of ten a {@code long} holds. */
  private static final long[] POWERS_OF_TEN = powersOfTen();

  private Decimals() {}

  private static long[] powersOfTen() {
    long[] out = new long[19];
    long p = 1;
    for (int k = 0; k < out.length; k++) {
      out[k] = p;
      p *= 10;
    }
    return out;
  }

  /**
   * Converts a finite double to a decimal through {@link BigDecimal#valueOf(double)}, the one
   * boundary between physics and money.
   *
   * @param value the value, finite
   * @return the decimal, not null
   * @throws ArithmeticException if the value is NaN or infinite
   */
  public static BigDecimal of(double value) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException("Value is not finite: " + value);
    }
    return BigDecimal.valueOf(value);
  }

  /**
   * Obtains a math context, checking its precision is positive (not unlimited).
   *
   * @param precision the significant digits, positive
   * @param rounding the rounding, not null
   * @return the context, not null
   * @throws IllegalArgumentException if the precision is not positive
   */
  public static MathContext context(int precision, RoundingMode rounding) {
    checkPrecision(precision);
    return new MathContext(precision, rounding);
  }

  /**
   * Checks a math context's precision is positive (not unlimited).
   *
   * @param precision the significant digits
   * @throws IllegalArgumentException if the precision is not positive
   */
  public static void checkPrecision(int precision) {
    Checks.positive(precision, "Math context precision");
  }

  /**
   * Rounds up to a whole number.
   *
   * @param value the value, not null
   * @return the smallest whole number not below the value, not null
   */
  public static BigDecimal ceiling(BigDecimal value) {
    return value.setScale(0, RoundingMode.CEILING);
  }

  /**
   * Divides exactly by a positive whole divisor, moving the decimal point when the divisor is a
   * power of ten.
   *
   * @param value the dividend, not null
   * @param divisor the divisor, positive
   * @return the exact quotient, not null
   * @throws ArithmeticException if the quotient does not terminate
   */
  public static BigDecimal divideExact(BigDecimal value, long divisor) {
    int exponent = powerOfTen(divisor);
    return exponent >= 0 ? value.movePointLeft(exponent)
        : value.divide(BigDecimal.valueOf(divisor));
  }

  /**
   * Returns k when a number is 10<sup>k</sup>, otherwise -1.
   *
   * @param n the number
   * @return the exponent, or -1
   */
  public static int powerOfTen(long n) {
    if (n <= 0) {
      return -1;
    }
    // 10^k = 2^k x 5^k has exactly k trailing zero bits, so k is read off the bits and checked
    // against the table: every exact cost asks this of its denominator, and the loop of long
    // divisions it replaces was about 3% of pricing a request
    int k = Long.numberOfTrailingZeros(n);
    return k < POWERS_OF_TEN.length && POWERS_OF_TEN[k] == n ? k : -1;
  }
}
