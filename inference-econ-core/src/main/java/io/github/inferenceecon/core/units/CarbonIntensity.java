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
 * The carbon intensity of electricity, such as '369 gCO2e/kWh'.
 *
 * <p>The intensity is in grams of CO2-equivalent emitted per kilowatt-hour consumed, stored as a
 * {@code double}, finite and never negative; arithmetic that overflows to infinity throws
 * {@link ArithmeticException}.
 *
 * <p>No prefixes are used. The text form is exact: {@code 369 gCO2e/kWh}; {@link #parse} reverses it and the
 * JSON form is the text form (a JSON number is read as grams of CO2-equivalent per kilowatt-hour).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CarbonIntensity implements Comparable<CarbonIntensity> {

  /** Carbon-free electricity. */
  public static final CarbonIntensity ZERO = new CarbonIntensity(0);

  private static final String UNIT = "gCO2e/kWh";

  private final double gramsPerKilowattHour;

  private CarbonIntensity(double gramsPerKilowattHour) {
    this.gramsPerKilowattHour = gramsPerKilowattHour;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code CarbonIntensity} from a number of grams of CO2-equivalent per kilowatt-hour.
   *
   * @param gramsPerKilowattHour the value in grams of CO2-equivalent per kilowatt-hour, finite and not negative
   * @return the carbon intensity, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static CarbonIntensity of(double gramsPerKilowattHour) {
    Checks.finiteNotNegative(gramsPerKilowattHour, "Carbon intensity");
    return gramsPerKilowattHour == 0 ? ZERO : new CarbonIntensity(gramsPerKilowattHour + 0.0);
  }

  /**
   * Obtains an instance of {@code CarbonIntensity} from a text such as {@code 369 gCO2e/kWh}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the carbon intensity, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static CarbonIntensity parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(SiFormat.parse(text, UNIT, false, "CarbonIntensity"));
  }

  @JsonCreator
  static CarbonIntensity fromJson(Object json) {
    if (json instanceof Number) {
      return of(((Number) json).doubleValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "CarbonIntensity", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in grams of CO2-equivalent per kilowatt-hour.
   *
   * @return the value, finite and not negative
   */
  public double gramsPerKilowattHour() {
    return gramsPerKilowattHour;
  }

  /**
   * Checks if this carbon intensity is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return gramsPerKilowattHour == 0;
  }

  /**
   * Checks if this carbon intensity is greater than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly greater
   */
  public boolean isGreaterThan(CarbonIntensity other) {
    return gramsPerKilowattHour > other.gramsPerKilowattHour;
  }

  /**
   * Checks if this carbon intensity is less than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly less
   */
  public boolean isLessThan(CarbonIntensity other) {
    return gramsPerKilowattHour < other.gramsPerKilowattHour;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this carbon intensity with another added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows to infinity
   */
  public CarbonIntensity plus(CarbonIntensity other) {
    Objects.requireNonNull(other, "other");
    return of(Checks.finiteResult(gramsPerKilowattHour + other.gramsPerKilowattHour, "Carbon intensity"));
  }

  /**
   * Returns a copy of this carbon intensity with another subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to subtract, not greater than this one, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public CarbonIntensity minus(CarbonIntensity other) {
    Objects.requireNonNull(other, "other");
    return of(gramsPerKilowattHour - other.gramsPerKilowattHour);
  }

  /**
   * Returns a copy of this carbon intensity multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, finite and not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is NaN, infinite or negative
   * @throws ArithmeticException if the product overflows to infinity
   */
  public CarbonIntensity multipliedBy(double factor) {
    Checks.finiteNotNegative(factor, "Factor");
    return of(Checks.finiteResult(gramsPerKilowattHour * factor, "Carbon intensity"));
  }

  /**
   * Returns a copy of this carbon intensity divided by a divisor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, finite and positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is NaN, infinite, zero or negative
   * @throws ArithmeticException if the quotient overflows to infinity
   */
  public CarbonIntensity dividedBy(double divisor) {
    Checks.finitePositive(divisor, "Divisor");
    return of(Checks.finiteResult(gramsPerKilowattHour / divisor, "Carbon intensity"));
  }

  /**
   * Returns the ratio of this carbon intensity to another.
   *
   * @param other the other value, positive, not null
   * @return this divided by the other, finite and not negative
   * @throws IllegalArgumentException if the other value is zero
   */
  public double ratioTo(CarbonIntensity other) {
    Objects.requireNonNull(other, "other");
    if (other.gramsPerKilowattHour == 0) {
      throw new IllegalArgumentException("Carbon intensity must be positive to divide by: " + other);
    }
    return Checks.finiteResult(gramsPerKilowattHour / other.gramsPerKilowattHour, "Ratio");
  }

  /**
   * Returns the smaller of this carbon intensity and another.
   *
   * @param other the other value, not null
   * @return the smaller value, not null
   */
  public CarbonIntensity min(CarbonIntensity other) {
    return gramsPerKilowattHour <= other.gramsPerKilowattHour ? this : other;
  }

  /**
   * Returns the larger of this carbon intensity and another.
   *
   * @param other the other value, not null
   * @return the larger value, not null
   */
  public CarbonIntensity max(CarbonIntensity other) {
    return gramsPerKilowattHour >= other.gramsPerKilowattHour ? this : other;
  }

  /**
   * Returns the emissions of consuming an amount of energy at this intensity.
   *
   * @param energy the energy consumed, not null
   * @return the emissions, not null
   */
  public CarbonMass emissionsOf(Energy energy) {
    Objects.requireNonNull(energy, "energy");
    return CarbonMass.ofGrams(
        Checks.finiteResult(gramsPerKilowattHour * energy.toKilowattHours(), "Carbon mass"));
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this carbon intensity to another.
   *
   * @param other the other value, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(CarbonIntensity other) {
    return Double.compare(gramsPerKilowattHour, other.gramsPerKilowattHour);
  }

  /**
   * Checks if this carbon intensity equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a {@code CarbonIntensity} with the same value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CarbonIntensity && Double.compare(((CarbonIntensity) obj).gramsPerKilowattHour, gramsPerKilowattHour) == 0;
  }

  /**
   * Returns a hash code for this carbon intensity.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(gramsPerKilowattHour);
  }

  /**
   * Returns the exact text form, such as {@code 369 gCO2e/kWh}.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return SiFormat.format(gramsPerKilowattHour, UNIT, false);
  }
}
