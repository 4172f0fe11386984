/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.cost;

import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Shared decimal constants and the one double-to-decimal boundary of this package. */
final class Decimals {

  /** One million, the denominator of per-million prices. */
  static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  /** Seconds in an hour. */
  static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600L);
  /** Seconds in an average Gregorian month, as {@link TrafficProfile#SECONDS_PER_MONTH}. */
  static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(TrafficProfile.SECONDS_PER_MONTH);
  /** Hours in an average Gregorian month: 2,629,746 / 3,600 = 730.485 exactly. */
  static final BigDecimal HOURS_PER_MONTH = SECONDS_PER_MONTH.divide(SECONDS_PER_HOUR);

  private Decimals() {}

  /**
   * Converts a finite double to a decimal through {@link BigDecimal#valueOf(double)}, the one
   * boundary between physics and money.
   */
  static BigDecimal of(double value) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException("Value is not finite: " + value);
    }
    return BigDecimal.valueOf(value);
  }

  static MathContext context(int precision, RoundingMode rounding) {
    checkPrecision(precision);
    return new MathContext(precision, rounding);
  }

  static void checkPrecision(int precision) {
    Checks.positive(precision, "Math context precision");
  }

  static BigDecimal ceiling(BigDecimal value) {
    return value.setScale(0, RoundingMode.CEILING);
  }
}
