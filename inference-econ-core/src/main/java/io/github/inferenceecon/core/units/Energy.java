/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.SiFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount of energy, such as '3.6 MJ' (one kilowatt-hour).
 *
 * <p>The energy is in joules, stored as a
 * {@code double}, finite and never negative; arithmetic that overflows to infinity throws
 * {@link ArithmeticException}.
 *
 * <p>Prefixes are SI (k, M, G, T, P, E); {@link #ofKilowattHours} and {@link #toKilowattHours} convert at exactly 3.6 MJ per kWh. The text form is exact: {@code 3.6 MJ}; {@link #parse} reverses it and the
 * JSON form is the text form (a JSON number is read as joules).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Energy implements Comparable<Energy> {

  /** No energy. */
  public static final Energy ZERO = new Energy(0);

  private static final String UNIT = "J";

  private final double joules;

  private Energy(double joules) {
    this.joules = joules;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code Energy} from a number of joules.
   *
   * @param joules the value in joules, finite and not negative
   * @return the energy, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static Energy ofJoules(double joules) {
    Checks.finiteNotNegative(joules, "Energy");
    return joules == 0 ? ZERO : new Energy(joules + 0.0);
  }

  /**
   * Obtains an instance of {@code Energy} from a number of kilowatt-hours (3.6 MJ each).
   *
   * @param value the value, finite and not negative
   * @return the energy, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   * @throws ArithmeticException if the value overflows to infinity
   */
  public static Energy ofKilowattHours(double value) {
    Checks.finiteNotNegative(value, "Energy");
    return ofJoules(Checks.finiteResult(value * 3.6e6, "Energy"));
  }

  /**
   * Obtains an instance of {@code Energy} from a text such as {@code 3.6 MJ}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the energy, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static Energy parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return ofJoules(SiFormat.parse(text, UNIT, true, "Energy"));
  }

  @JsonCreator
  static Energy fromJson(Object json) {
    if (json instanceof Number) {
      return ofJoules(((Number) json).doubleValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "Energy", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in joules.
   *
   * @return the value, finite and not negative
   */
  public double joules() {
    return joules;
  }

  /**
   * Converts this value to kilowatt-hours (3.6 MJ each).
   *
   * @return the value, finite and not negative
   */
  public double toKilowattHours() {
    return joules / 3.6e6;
  }

  /**
   * Checks if this energy is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return joules == 0;
  }

  /**
   * Checks if this energy is greater than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly greater
   */
  public boolean isGreaterThan(Energy other) {
    return joules > other.joules;
  }

  /**
   * Checks if this energy is less than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly less
   */
  public boolean isLessThan(Energy other) {
    return joules < other.joules;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this energy with another added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows to infinity
   */
  public Energy plus(Energy other) {
    Objects.requireNonNull(other, "other");
    return ofJoules(Checks.finiteResult(joules + other.joules, "Energy"));
  }

  /**
   * Returns a copy of this energy with another subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to subtract, not greater than this one, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public Energy minus(Energy other) {
    Objects.requireNonNull(other, "other");
    return ofJoules(joules - other.joules);
  }

  /**
   * Returns a copy of this energy multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, finite and not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is NaN, infinite or negative
   * @throws ArithmeticException if the product overflows to infinity
   */
  public Energy multipliedBy(double factor) {
    Checks.finiteNotNegative(factor, "Factor");
    return ofJoules(Checks.finiteResult(joules * factor, "Energy"));
  }

  /**
   * Returns a copy of this energy divided by a divisor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, finite and positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is NaN, infinite, zero or negative
   * @throws ArithmeticException if the quotient overflows to infinity
   */
  public Energy dividedBy(double divisor) {
    Checks.finitePositive(divisor, "Divisor");
    return ofJoules(Checks.finiteResult(joules / divisor, "Energy"));
  }

  /**
   * Returns the ratio of this energy to another.
   *
   * @param other the other value, positive, not null
   * @return this divided by the other, finite and not negative
   * @throws IllegalArgumentException if the other value is zero
   */
  public double ratioTo(Energy other) {
    Objects.requireNonNull(other, "other");
    if (other.joules == 0) {
      throw new IllegalArgumentException("Energy must be positive to divide by: " + other);
    }
    return Checks.finiteResult(joules / other.joules, "Ratio");
  }

  /**
   * Returns the smaller of this energy and another.
   *
   * @param other the other value, not null
   * @return the smaller value, not null
   */
  public Energy min(Energy other) {
    return joules <= other.joules ? this : other;
  }

  /**
   * Returns the larger of this energy and another.
   *
   * @param other the other value, not null
   * @return the larger value, not null
   */
  public Energy max(Energy other) {
    return joules >= other.joules ? this : other;
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this energy to another.
   *
   * @param other the other value, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(Energy other) {
    return Double.compare(joules, other.joules);
  }

  /**
   * Checks if this energy equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a {@code Energy} with the same value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Energy && Double.compare(((Energy) obj).joules, joules) == 0;
  }

  /**
   * Returns a hash code for this energy.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(joules);
  }

  /**
   * Returns the exact text form, such as {@code 3.6 MJ}.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return SiFormat.format(joules, UNIT, true);
  }
}
