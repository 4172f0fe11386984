/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.SiFormat;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rate of computation in floating-point operations per second, such as '989 TFLOP/s'.
 *
 * <p>The rate is in operations per second (for integer formats, integer operations per second, the "TOPS" of data sheets), stored as a
 * {@code double}, finite and never negative; arithmetic that overflows to infinity throws
 * {@link ArithmeticException}.
 *
 * <p>Prefixes are SI (k, M, G, T, P, E); the ambiguous "FLOPS" is never used. The text form is exact: {@code 989 TFLOP/s}; {@link #parse} reverses it and the
 * JSON form is the text form (a JSON number is read as floating-point operations per second).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FlopRate implements Comparable<FlopRate> {

  /** No computation. */
  public static final FlopRate ZERO = new FlopRate(0);

  private static final String UNIT = "FLOP/s";

  private final double flopsPerSecond;

  private FlopRate(double flopsPerSecond) {
    this.flopsPerSecond = flopsPerSecond;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code FlopRate} from a number of floating-point operations per second.
   *
   * @param flopsPerSecond the value in floating-point operations per second, finite and not negative
   * @return the FLOP rate, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static FlopRate of(double flopsPerSecond) {
    Checks.finiteNotNegative(flopsPerSecond, "FLOP rate");
    return flopsPerSecond == 0 ? ZERO : new FlopRate(flopsPerSecond + 0.0);
  }

  /**
   * Obtains an instance of {@code FlopRate} from a number of teraFLOP per second (10<sup>12</sup> FLOP/s).
   *
   * @param value the value, finite and not negative
   * @return the FLOP rate, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   * @throws ArithmeticException if the value overflows to infinity
   */
  public static FlopRate ofTeraflops(double value) {
    Checks.finiteNotNegative(value, "FLOP rate");
    return of(Checks.finiteResult(value * 1e12, "FLOP rate"));
  }

  /**
   * Obtains an instance of {@code FlopRate} from a text such as {@code 989 TFLOP/s}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the FLOP rate, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static FlopRate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(SiFormat.parse(text, UNIT, true, "FlopRate"));
  }

  @JsonCreator
  static FlopRate fromJson(Object json) {
    if (json instanceof Number) {
      return of(((Number) json).doubleValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "FlopRate", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in floating-point operations per second.
   *
   * @return the value, finite and not negative
   */
  public double flopsPerSecond() {
    return flopsPerSecond;
  }

  /**
   * Converts this value to teraFLOP per second (10<sup>12</sup> FLOP/s).
   *
   * @return the value, finite and not negative
   */
  public double toTeraflops() {
    return flopsPerSecond / 1e12;
  }

  /**
   * Checks if this FLOP rate is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return flopsPerSecond == 0;
  }

  /**
   * Checks if this FLOP rate is greater than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly greater
   */
  public boolean isGreaterThan(FlopRate other) {
    return flopsPerSecond > other.flopsPerSecond;
  }

  /**
   * Checks if this FLOP rate is less than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly less
   */
  public boolean isLessThan(FlopRate other) {
    return flopsPerSecond < other.flopsPerSecond;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this FLOP rate with another added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows to infinity
   */
  public FlopRate plus(FlopRate other) {
    Objects.requireNonNull(other, "other");
    return of(Checks.finiteResult(flopsPerSecond + other.flopsPerSecond, "FLOP rate"));
  }

  /**
   * Returns a copy of this FLOP rate with another subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to subtract, not greater than this one, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public FlopRate minus(FlopRate other) {
    Objects.requireNonNull(other, "other");
    return of(flopsPerSecond - other.flopsPerSecond);
  }

  /**
   * Returns a copy of this FLOP rate multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, finite and not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is NaN, infinite or negative
   * @throws ArithmeticException if the product overflows to infinity
   */
  public FlopRate multipliedBy(double factor) {
    Checks.finiteNotNegative(factor, "Factor");
    return of(Checks.finiteResult(flopsPerSecond * factor, "FLOP rate"));
  }

  /**
   * Returns a copy of this FLOP rate divided by a divisor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, finite and positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is NaN, infinite, zero or negative
   * @throws ArithmeticException if the quotient overflows to infinity
   */
  public FlopRate dividedBy(double divisor) {
    Checks.finitePositive(divisor, "Divisor");
    return of(Checks.finiteResult(flopsPerSecond / divisor, "FLOP rate"));
  }

  /**
   * Returns the ratio of this FLOP rate to another.
   *
   * @param other the other value, positive, not null
   * @return this divided by the other, finite and not negative
   * @throws IllegalArgumentException if the other value is zero
   */
  public double ratioTo(FlopRate other) {
    Objects.requireNonNull(other, "other");
    if (other.flopsPerSecond == 0) {
      throw new IllegalArgumentException("FLOP rate must be positive to divide by: " + other);
    }
    return Checks.finiteResult(flopsPerSecond / other.flopsPerSecond, "Ratio");
  }

  /**
   * Returns the smaller of this FLOP rate and another.
   *
   * @param other the other value, not null
   * @return the smaller value, not null
   */
  public FlopRate min(FlopRate other) {
    return flopsPerSecond <= other.flopsPerSecond ? this : other;
  }

  /**
   * Returns the larger of this FLOP rate and another.
   *
   * @param other the other value, not null
   * @return the larger value, not null
   */
  public FlopRate max(FlopRate other) {
    return flopsPerSecond >= other.flopsPerSecond ? this : other;
  }

  /**
   * Returns the work done at this rate over a time.
   *
   * @param duration the time, not negative, not null
   * @return the work, not null
   * @throws IllegalArgumentException if the duration is negative
   * @throws ArithmeticException if the work overflows to infinity
   */
  public FlopCount flopsIn(Duration duration) {
    Durations.requireNotNegative(duration);
    return FlopCount.of(Checks.finiteResult(flopsPerSecond * Durations.toSeconds(duration),
        "FLOP count"));
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this FLOP rate to another.
   *
   * @param other the other value, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(FlopRate other) {
    return Double.compare(flopsPerSecond, other.flopsPerSecond);
  }

  /**
   * Checks if this FLOP rate equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a {@code FlopRate} with the same value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FlopRate && Double.compare(((FlopRate) obj).flopsPerSecond, flopsPerSecond) == 0;
  }

  /**
   * Returns a hash code for this FLOP rate.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(flopsPerSecond);
  }

  /**
   * Returns the exact text form, such as {@code 989 TFLOP/s}.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return SiFormat.format(flopsPerSecond, UNIT, true);
  }
}
