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
 * A rate of data transfer, such as '3.35 TB/s'.
 *
 * <p>The rate is in bytes per second, stored as a
 * {@code double}, finite and never negative; arithmetic that overflows to infinity throws
 * {@link ArithmeticException}.
 *
 * <p>Prefixes are SI (decimal): 1 TB/s is 10<sup>12</sup> bytes per second, as memory and interconnect bandwidths are published. The text form is exact: {@code 3.35 TB/s}; {@link #parse} reverses it and the
 * JSON form is the text form (a JSON number is read as bytes per second).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ByteRate implements Comparable<ByteRate> {

  /** No transfer. */
  public static final ByteRate ZERO = new ByteRate(0);

  private static final String UNIT = "B/s";

  private final double bytesPerSecond;

  private ByteRate(double bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code ByteRate} from a number of bytes per second.
   *
   * @param bytesPerSecond the value in bytes per second, finite and not negative
   * @return the byte rate, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static ByteRate of(double bytesPerSecond) {
    Checks.finiteNotNegative(bytesPerSecond, "Byte rate");
    return bytesPerSecond == 0 ? ZERO : new ByteRate(bytesPerSecond + 0.0);
  }

  /**
   * Obtains an instance of {@code ByteRate} from a number of gigabytes (10<sup>9</sup> bytes) per second.
   *
   * @param value the value, finite and not negative
   * @return the byte rate, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   * @throws ArithmeticException if the value overflows to infinity
   */
  public static ByteRate ofGigabytesPerSecond(double value) {
    Checks.finiteNotNegative(value, "Byte rate");
    return of(Checks.finiteResult(value * 1e9, "Byte rate"));
  }

  /**
   * Obtains an instance of {@code ByteRate} from a number of terabytes (10<sup>12</sup> bytes) per second.
   *
   * @param value the value, finite and not negative
   * @return the byte rate, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   * @throws ArithmeticException if the value overflows to infinity
   */
  public static ByteRate ofTerabytesPerSecond(double value) {
    Checks.finiteNotNegative(value, "Byte rate");
    return of(Checks.finiteResult(value * 1e12, "Byte rate"));
  }

  /**
   * Obtains an instance of {@code ByteRate} from a text such as {@code 3.35 TB/s}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the byte rate, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static ByteRate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(SiFormat.parse(text, UNIT, true, "ByteRate"));
  }

  @JsonCreator
  static ByteRate fromJson(Object json) {
    if (json instanceof Number) {
      return of(((Number) json).doubleValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "ByteRate", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in bytes per second.
   *
   * @return the value, finite and not negative
   */
  public double bytesPerSecond() {
    return bytesPerSecond;
  }

  /**
   * Converts this value to gigabytes (10<sup>9</sup> bytes) per second.
   *
   * @return the value, finite and not negative
   */
  public double toGigabytesPerSecond() {
    return bytesPerSecond / 1e9;
  }

  /**
   * Converts this value to terabytes (10<sup>12</sup> bytes) per second.
   *
   * @return the value, finite and not negative
   */
  public double toTerabytesPerSecond() {
    return bytesPerSecond / 1e12;
  }

  /**
   * Checks if this byte rate is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return bytesPerSecond == 0;
  }

  /**
   * Checks if this byte rate is greater than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly greater
   */
  public boolean isGreaterThan(ByteRate other) {
    return bytesPerSecond > other.bytesPerSecond;
  }

  /**
   * Checks if this byte rate is less than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly less
   */
  public boolean isLessThan(ByteRate other) {
    return bytesPerSecond < other.bytesPerSecond;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this byte rate with another added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows to infinity
   */
  public ByteRate plus(ByteRate other) {
    Objects.requireNonNull(other, "other");
    return of(Checks.finiteResult(bytesPerSecond + other.bytesPerSecond, "Byte rate"));
  }

  /**
   * Returns a copy of this byte rate with another subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to subtract, not greater than this one, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public ByteRate minus(ByteRate other) {
    Objects.requireNonNull(other, "other");
    return of(bytesPerSecond - other.bytesPerSecond);
  }

  /**
   * Returns a copy of this byte rate multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, finite and not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is NaN, infinite or negative
   * @throws ArithmeticException if the product overflows to infinity
   */
  public ByteRate multipliedBy(double factor) {
    Checks.finiteNotNegative(factor, "Factor");
    return of(Checks.finiteResult(bytesPerSecond * factor, "Byte rate"));
  }

  /**
   * Returns a copy of this byte rate divided by a divisor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, finite and positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is NaN, infinite, zero or negative
   * @throws ArithmeticException if the quotient overflows to infinity
   */
  public ByteRate dividedBy(double divisor) {
    Checks.finitePositive(divisor, "Divisor");
    return of(Checks.finiteResult(bytesPerSecond / divisor, "Byte rate"));
  }

  /**
   * Returns the ratio of this byte rate to another.
   *
   * @param other the other value, positive, not null
   * @return this divided by the other, finite and not negative
   * @throws IllegalArgumentException if the other value is zero
   */
  public double ratioTo(ByteRate other) {
    Objects.requireNonNull(other, "other");
    if (other.bytesPerSecond == 0) {
      throw new IllegalArgumentException("Byte rate must be positive to divide by: " + other);
    }
    return Checks.finiteResult(bytesPerSecond / other.bytesPerSecond, "Ratio");
  }

  /**
   * Returns the smaller of this byte rate and another.
   *
   * @param other the other value, not null
   * @return the smaller value, not null
   */
  public ByteRate min(ByteRate other) {
    return bytesPerSecond <= other.bytesPerSecond ? this : other;
  }

  /**
   * Returns the larger of this byte rate and another.
   *
   * @param other the other value, not null
   * @return the larger value, not null
   */
  public ByteRate max(ByteRate other) {
    return bytesPerSecond >= other.bytesPerSecond ? this : other;
  }

  /**
   * Returns the data moved at this rate over a time, as a {@code double} number of bytes.
   *
   * @param duration the time, not negative, not null
   * @return the number of bytes, finite and not negative
   * @throws IllegalArgumentException if the duration is negative
   */
  public double bytesIn(Duration duration) {
    Durations.requireNotNegative(duration);
    return Checks.finiteResult(bytesPerSecond * Durations.toSeconds(duration), "Byte count");
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this byte rate to another.
   *
   * @param other the other value, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(ByteRate other) {
    return Double.compare(bytesPerSecond, other.bytesPerSecond);
  }

  /**
   * Checks if this byte rate equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a {@code ByteRate} with the same value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ByteRate && Double.compare(((ByteRate) obj).bytesPerSecond, bytesPerSecond) == 0;
  }

  /**
   * Returns a hash code for this byte rate.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(bytesPerSecond);
  }

  /**
   * Returns the exact text form, such as {@code 3.35 TB/s}.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return SiFormat.format(bytesPerSecond, UNIT, true);
  }
}
