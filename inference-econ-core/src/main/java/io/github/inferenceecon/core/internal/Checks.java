/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.math.BigDecimal;

/**
 * Argument checks that throw {@link IllegalArgumentException} with the house message format:
 * the thing, the rule, then the value after a colon ("Token count must not be negative: -5").
 *
 * <p>Not part of the public API.
 */
public final class Checks {

  private Checks() {}

  /**
   * Checks that a count is not negative.
   *
   * @param value the value
   * @param what the name of the value, capitalised, e.g. "Token count"
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static long notNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
    return value;
  }

  /**
   * Checks that an integer is positive.
   *
   * @param value the value
   * @param what the name of the value, capitalised
   * @return the value
   * @throws IllegalArgumentException if the value is zero or negative
   */
  public static long positive(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
    return value;
  }

  /**
   * Checks that an integer is positive.
   *
   * @param value the value
   * @param what the name of the value, capitalised
   * @return the value
   * @throws IllegalArgumentException if the value is zero or negative
   */
  public static int positive(int value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
    return value;
  }

  /**
   * Checks that an integer is not negative.
   *
   * @param value the value
   * @param what the name of the value, capitalised
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static int notNegative(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
    return value;
  }

  /**
   * Checks that a physical quantity is finite and not negative.
   *
   * @param value the value
   * @param what the name of the value, capitalised, e.g. "FLOP rate"
   * @return the value
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static double finiteNotNegative(double value, String what) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(what + " must be finite and not negative: " + value);
    }
    return value;
  }

  /**
   * Checks that a physical quantity is finite and positive.
   *
   * @param value the value
   * @param what the name of the value, capitalised
   * @return the value
   * @throws IllegalArgumentException if the value is NaN, infinite, zero or negative
   */
  public static double finitePositive(double value, String what) {
    if (!Double.isFinite(value) || value <= 0) {
      throw new IllegalArgumentException(what + " must be finite and positive: " + value);
    }
    return value;
  }

  /**
   * Checks that a fraction lies in (0, 1].
   *
   * @param value the value
   * @param what the name of the value, capitalised, e.g. "Utilisation"
   * @return the value
   * @throws IllegalArgumentException if the value is not in (0, 1]
   */
  public static double fractionPositive(double value, String what) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be in (0, 1]: " + value);
    }
    return value;
  }

  /**
   * Checks that a fraction lies in [0, 1].
   *
   * @param value the value
   * @param what the name of the value, capitalised, e.g. "Cache-hit rate"
   * @return the value
   * @throws IllegalArgumentException if the value is not in [0, 1]
   */
  public static double fraction(double value, String what) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be in [0, 1]: " + value);
    }
    return value;
  }

  /**
   * Checks that a decimal is not negative.
   *
   * @param value the value, not null
   * @param what the name of the value, capitalised
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static BigDecimal notNegative(BigDecimal value, String what) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that a decimal fraction lies in [0, 1].
   *
   * @param value the value, not null
   * @param what the name of the value, capitalised
   * @return the value
   * @throws IllegalArgumentException if the value is not in [0, 1]
   */
  public static BigDecimal fraction(BigDecimal value, String what) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(what + " must be in [0, 1]: " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that a text is not blank.
   *
   * @param value the value, not null
   * @param what the name of the value, capitalised
   * @return the value
   * @throws IllegalArgumentException if the value is empty or only white space
   */
  public static String notBlank(String value, String what) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank: '" + value + "'");
    }
    return value;
  }

  /**
   * Multiplies two counts exactly, naming the quantity when the product overflows a long.
   *
   * @param a the first factor
   * @param b the second factor
   * @param what the name of the product, capitalised, e.g. "KV cache elements of the batch"
   * @return the product
   * @throws ArithmeticException if the product overflows, naming the quantity and the factors
   */
  public static long multiplyExact(long a, long b, String what) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(what + " must fit a long: " + a + " x " + b);
    }
  }

  /**
   * Checks that the result of arithmetic on a physical quantity is still finite.
   *
   * @param value the result
   * @param what the name of the quantity, capitalised
   * @return the value
   * @throws ArithmeticException if the value overflowed to infinity or is NaN
   */
  public static double finiteResult(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException(what + " overflow: " + value);
    }
    return value;
  }
}
