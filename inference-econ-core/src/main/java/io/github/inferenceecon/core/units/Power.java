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
 * A power draw, such as '700 W'.
 *
 * <p>The power is in watts, stored as a
 * {@code double}, finite and never negative; arithmetic that overflows to infinity throws
 * {@link ArithmeticException}.
 *
 * <p>Prefixes are SI (k, M, G, T, P, E). The text form is exact: {@code 700 W}; {@link #parse} reverses it and the
 * JSON form is the text form (a JSON number is read as watts).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Power implements Comparable<Power> {

  /** No power. */
  public static final Power ZERO = new Power(0);

  private static final String UNIT = "W";

  private final double watts;

  private Power(double watts) {
    this.watts = watts;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code Power} from a number of watts.
   *
   * @param watts the value in watts, finite and not negative
   * @return the power, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static Power ofWatts(double watts) {
    Checks.finiteNotNegative(watts, "Power");
    return watts == 0 ? ZERO : new Power(watts + 0.0);
  }

  /**
   * Obtains an instance of {@code Power} from a number of kilowatts.
   *
   * @param value the value, finite and not negative
   * @return the power, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   * @throws ArithmeticException if the value overflows to infinity
   */
  public static Power ofKilowatts(double value) {
    Checks.finiteNotNegative(value, "Power");
    return ofWatts(Checks.finiteResult(value * 1e3, "Power"));
  }

  /**
   * Obtains an instance of {@code Power} from a text such as {@code 700 W}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the power, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static Power parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return ofWatts(SiFormat.parse(text, UNIT, true, "Power"));
  }

  @JsonCreator
  static Power fromJson(Object json) {
    if (json instanceof Number) {
      return ofWatts(((Number) json).doubleValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "Power", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in watts.
   *
   * @return the value, finite and not negative
   */
  public double watts() {
    return watts;
  }

  /**
   * Converts this value to kilowatts.
   *
   * @return the value, finite and not negative
   */
  public double toKilowatts() {
    return watts / 1e3;
  }

  /**
   * Checks if this power is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return watts == 0;
  }

  /**
   * Checks if this power is greater than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly greater
   */
  public boolean isGreaterThan(Power other) {
    return watts > other.watts;
  }

  /**
   * Checks if this power is less than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly less
   */
  public boolean isLessThan(Power other) {
    return watts < other.watts;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this power with another added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows to infinity
   */
  public Power plus(Power other) {
    Objects.requireNonNull(other, "other");
    return ofWatts(Checks.finiteResult(watts + other.watts, "Power"));
  }

  /**
   * Returns a copy of this power with another subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to subtract, not greater than this one, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public Power minus(Power other) {
    Objects.requireNonNull(other, "other");
    return ofWatts(watts - other.watts);
  }

  /**
   * Returns a copy of this power multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, finite and not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is NaN, infinite or negative
   * @throws ArithmeticException if the product overflows to infinity
   */
  public Power multipliedBy(double factor) {
    Checks.finiteNotNegative(factor, "Factor");
    return ofWatts(Checks.finiteResult(watts * factor, "Power"));
  }

  /**
   * Returns a copy of this power divided by a divisor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, finite and positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is NaN, infinite, zero or negative
   * @throws ArithmeticException if the quotient overflows to infinity
   */
  public Power dividedBy(double divisor) {
    Checks.finitePositive(divisor, "Divisor");
    return ofWatts(Checks.finiteResult(watts / divisor, "Power"));
  }

  /**
   * Returns the ratio of this power to another.
   *
   * @param other the other value, positive, not null
   * @return this divided by the other, finite and not negative
   * @throws IllegalArgumentException if the other value is zero
   */
  public double ratioTo(Power other) {
    Objects.requireNonNull(other, "other");
    if (other.watts == 0) {
      throw new IllegalArgumentException("Power must be positive to divide by: " + other);
    }
    return Checks.finiteResult(watts / other.watts, "Ratio");
  }

  /**
   * Returns the smaller of this power and another.
   *
   * @param other the other value, not null
   * @return the smaller value, not null
   */
  public Power min(Power other) {
    return watts <= other.watts ? this : other;
  }

  /**
   * Returns the larger of this power and another.
   *
   * @param other the other value, not null
   * @return the larger value, not null
   */
  public Power max(Power other) {
    return watts >= other.watts ? this : other;
  }

  /**
   * Returns the energy drawn at this power over a time.
   *
   * @param duration the time, not negative, not null
   * @return the energy, not null
   * @throws IllegalArgumentException if the duration is negative
   * @throws ArithmeticException if the energy overflows to infinity
   */
  public Energy energyOver(Duration duration) {
    Durations.requireNotNegative(duration);
    return Energy.ofJoules(Checks.finiteResult(watts * Durations.toSeconds(duration), "Energy"));
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this power to another.
   *
   * @param other the other value, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(Power other) {
    return Double.compare(watts, other.watts);
  }

  /**
   * Checks if this power equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a {@code Power} with the same value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Power && Double.compare(((Power) obj).watts, watts) == 0;
  }

  /**
   * Returns a hash code for this power.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(watts);
  }

  /**
   * Returns the exact text form, such as {@code 700 W}.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return SiFormat.format(watts, UNIT, true);
  }
}
