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
 * An amount of computational work in floating-point operations, such as '1.41 PFLOP'.
 *
 * <p>The amount is a count of operations (a multiply-add is two), stored as a
 * {@code double}, finite and never negative; arithmetic that overflows to infinity throws
 * {@link ArithmeticException}.
 *
 * <p>Prefixes are SI (k, M, G, T, P, E). The text form is exact: {@code 1.41 PFLOP}; {@link #parse} reverses it and the
 * JSON form is the text form (a JSON number is read as floating-point operations).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FlopCount implements Comparable<FlopCount> {

  /** No work. */
  public static final FlopCount ZERO = new FlopCount(0);

  private static final String UNIT = "FLOP";

  private final double flops;

  private FlopCount(double flops) {
    this.flops = flops;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code FlopCount} from a number of floating-point operations.
   *
   * @param flops the value in floating-point operations, finite and not negative
   * @return the FLOP count, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static FlopCount of(double flops) {
    Checks.finiteNotNegative(flops, "FLOP count");
    return flops == 0 ? ZERO : new FlopCount(flops + 0.0);
  }

  /**
   * Obtains an instance of {@code FlopCount} from a number of teraFLOP (10<sup>12</sup> operations).
   *
   * @param value the value, finite and not negative
   * @return the FLOP count, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   * @throws ArithmeticException if the value overflows to infinity
   */
  public static FlopCount ofTeraflop(double value) {
    Checks.finiteNotNegative(value, "FLOP count");
    return of(Checks.finiteResult(value * 1e12, "FLOP count"));
  }

  /**
   * Obtains an instance of {@code FlopCount} from a number of petaFLOP (10<sup>15</sup> operations).
   *
   * @param value the value, finite and not negative
   * @return the FLOP count, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   * @throws ArithmeticException if the value overflows to infinity
   */
  public static FlopCount ofPetaflop(double value) {
    Checks.finiteNotNegative(value, "FLOP count");
    return of(Checks.finiteResult(value * 1e15, "FLOP count"));
  }

  /**
   * Obtains an instance of {@code FlopCount} from a text such as {@code 1.41 PFLOP}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the FLOP count, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static FlopCount parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(SiFormat.parse(text, UNIT, true, "FlopCount"));
  }

  @JsonCreator
  static FlopCount fromJson(Object json) {
    if (json instanceof Number) {
      return of(((Number) json).doubleValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "FlopCount", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in floating-point operations.
   *
   * @return the value, finite and not negative
   */
  public double flops() {
    return flops;
  }

  /**
   * Converts this value to teraFLOP (10<sup>12</sup> operations).
   *
   * @return the value, finite and not negative
   */
  public double toTeraflop() {
    return flops / 1e12;
  }

  /**
   * Checks if this FLOP count is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return flops == 0;
  }

  /**
   * Checks if this FLOP count is greater than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly greater
   */
  public boolean isGreaterThan(FlopCount other) {
    return flops > other.flops;
  }

  /**
   * Checks if this FLOP count is less than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly less
   */
  public boolean isLessThan(FlopCount other) {
    return flops < other.flops;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this FLOP count with another added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows to infinity
   */
  public FlopCount plus(FlopCount other) {
    Objects.requireNonNull(other, "other");
    return of(Checks.finiteResult(flops + other.flops, "FLOP count"));
  }

  /**
   * Returns a copy of this FLOP count with another subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to subtract, not greater than this one, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public FlopCount minus(FlopCount other) {
    Objects.requireNonNull(other, "other");
    return of(flops - other.flops);
  }

  /**
   * Returns a copy of this FLOP count multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, finite and not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is NaN, infinite or negative
   * @throws ArithmeticException if the product overflows to infinity
   */
  public FlopCount multipliedBy(double factor) {
    Checks.finiteNotNegative(factor, "Factor");
    return of(Checks.finiteResult(flops * factor, "FLOP count"));
  }

  /**
   * Returns a copy of this FLOP count divided by a divisor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, finite and positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is NaN, infinite, zero or negative
   * @throws ArithmeticException if the quotient overflows to infinity
   */
  public FlopCount dividedBy(double divisor) {
    Checks.finitePositive(divisor, "Divisor");
    return of(Checks.finiteResult(flops / divisor, "FLOP count"));
  }

  /**
   * Returns the ratio of this FLOP count to another.
   *
   * @param other the other value, positive, not null
   * @return this divided by the other, finite and not negative
   * @throws IllegalArgumentException if the other value is zero
   */
  public double ratioTo(FlopCount other) {
    Objects.requireNonNull(other, "other");
    if (other.flops == 0) {
      throw new IllegalArgumentException("FLOP count must be positive to divide by: " + other);
    }
    return Checks.finiteResult(flops / other.flops, "Ratio");
  }

  /**
   * Returns the smaller of this FLOP count and another.
   *
   * @param other the other value, not null
   * @return the smaller value, not null
   */
  public FlopCount min(FlopCount other) {
    return flops <= other.flops ? this : other;
  }

  /**
   * Returns the larger of this FLOP count and another.
   *
   * @param other the other value, not null
   * @return the larger value, not null
   */
  public FlopCount max(FlopCount other) {
    return flops >= other.flops ? this : other;
  }

  /**
   * Returns the time this work takes at a rate.
   *
   * <p>The time is rounded to the nearest nanosecond.
   *
   * @param rate the rate, positive, not null
   * @return the duration, not null
   * @throws IllegalArgumentException if the rate is zero
   * @throws ArithmeticException if the duration does not fit a {@link Duration}
   */
  public Duration timeAt(FlopRate rate) {
    Objects.requireNonNull(rate, "rate");
    if (rate.isZero()) {
      throw new IllegalArgumentException("FLOP rate must be positive to compute a time: " + rate);
    }
    return Durations.ofSeconds(flops / rate.flopsPerSecond());
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this FLOP count to another.
   *
   * @param other the other value, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(FlopCount other) {
    return Double.compare(flops, other.flops);
  }

  /**
   * Checks if this FLOP count equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a {@code FlopCount} with the same value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FlopCount && Double.compare(((FlopCount) obj).flops, flops) == 0;
  }

  /**
   * Returns a hash code for this FLOP count.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(flops);
  }

  /**
   * Returns the exact text form, such as {@code 1.41 PFLOP}.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return SiFormat.format(flops, UNIT, true);
  }
}
