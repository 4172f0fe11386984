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
 * A mass of greenhouse-gas emissions in CO2-equivalent, such as '1.2 kgCO2e'.
 *
 * <p>The mass is in grams of CO2-equivalent, stored as a
 * {@code double}, finite and never negative; arithmetic that overflows to infinity throws
 * {@link ArithmeticException}.
 *
 * <p>Prefixes are SI (k, M, G, T, P, E). The text form is exact: {@code 1.2 kgCO2e}; {@link #parse} reverses it and the
 * JSON form is the text form (a JSON number is read as grams of CO2-equivalent).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CarbonMass implements Comparable<CarbonMass> {

  /** No emissions. */
  public static final CarbonMass ZERO = new CarbonMass(0);

  private static final String UNIT = "gCO2e";

  private final double grams;

  private CarbonMass(double grams) {
    this.grams = grams;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code CarbonMass} from a number of grams of CO2-equivalent.
   *
   * @param grams the value in grams of CO2-equivalent, finite and not negative
   * @return the carbon mass, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static CarbonMass ofGrams(double grams) {
    Checks.finiteNotNegative(grams, "Carbon mass");
    return grams == 0 ? ZERO : new CarbonMass(grams + 0.0);
  }

  /**
   * Obtains an instance of {@code CarbonMass} from a text such as {@code 1.2 kgCO2e}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the carbon mass, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static CarbonMass parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return ofGrams(SiFormat.parse(text, UNIT, true, "CarbonMass"));
  }

  @JsonCreator
  static CarbonMass fromJson(Object json) {
    if (json instanceof Number) {
      return ofGrams(((Number) json).doubleValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "CarbonMass", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in grams of CO2-equivalent.
   *
   * @return the value, finite and not negative
   */
  public double grams() {
    return grams;
  }

  /**
   * Converts this value to kilograms of CO2-equivalent.
   *
   * @return the value, finite and not negative
   */
  public double toKilograms() {
    return grams / 1e3;
  }

  /**
   * Checks if this carbon mass is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return grams == 0;
  }

  /**
   * Checks if this carbon mass is greater than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly greater
   */
  public boolean isGreaterThan(CarbonMass other) {
    return grams > other.grams;
  }

  /**
   * Checks if this carbon mass is less than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly less
   */
  public boolean isLessThan(CarbonMass other) {
    return grams < other.grams;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this carbon mass with another added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows to infinity
   */
  public CarbonMass plus(CarbonMass other) {
    Objects.requireNonNull(other, "other");
    return ofGrams(Checks.finiteResult(grams + other.grams, "Carbon mass"));
  }

  /**
   * Returns a copy of this carbon mass with another subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to subtract, not greater than this one, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public CarbonMass minus(CarbonMass other) {
    Objects.requireNonNull(other, "other");
    return ofGrams(grams - other.grams);
  }

  /**
   * Returns a copy of this carbon mass multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, finite and not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is NaN, infinite or negative
   * @throws ArithmeticException if the product overflows to infinity
   */
  public CarbonMass multipliedBy(double factor) {
    Checks.finiteNotNegative(factor, "Factor");
    return ofGrams(Checks.finiteResult(grams * factor, "Carbon mass"));
  }

  /**
   * Returns a copy of this carbon mass divided by a divisor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, finite and positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is NaN, infinite, zero or negative
   * @throws ArithmeticException if the quotient overflows to infinity
   */
  public CarbonMass dividedBy(double divisor) {
    Checks.finitePositive(divisor, "Divisor");
    return ofGrams(Checks.finiteResult(grams / divisor, "Carbon mass"));
  }

  /**
   * Returns the ratio of this carbon mass to another.
   *
   * @param other the other value, positive, not null
   * @return this divided by the other, finite and not negative
   * @throws IllegalArgumentException if the other value is zero
   */
  public double ratioTo(CarbonMass other) {
    Objects.requireNonNull(other, "other");
    if (other.grams == 0) {
      throw new IllegalArgumentException("Carbon mass must be positive to divide by: " + other);
    }
    return Checks.finiteResult(grams / other.grams, "Ratio");
  }

  /**
   * Returns the smaller of this carbon mass and another.
   *
   * @param other the other value, not null
   * @return the smaller value, not null
   */
  public CarbonMass min(CarbonMass other) {
    return grams <= other.grams ? this : other;
  }

  /**
   * Returns the larger of this carbon mass and another.
   *
   * @param other the other value, not null
   * @return the larger value, not null
   */
  public CarbonMass max(CarbonMass other) {
    return grams >= other.grams ? this : other;
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this carbon mass to another.
   *
   * @param other the other value, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(CarbonMass other) {
    return Double.compare(grams, other.grams);
  }

  /**
   * Checks if this carbon mass equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a {@code CarbonMass} with the same value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CarbonMass && Double.compare(((CarbonMass) obj).grams, grams) == 0;
  }

  /**
   * Returns a hash code for this carbon mass.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(grams);
  }

  /**
   * Returns the exact text form, such as {@code 1.2 kgCO2e}.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return SiFormat.format(grams, UNIT, true);
  }
}
