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
 * A rate of token processing or generation, such as '3000 tokens/s'.
 *
 * <p>The rate is in tokens per second, stored as a
 * {@code double}, finite and never negative; arithmetic that overflows to infinity throws
 * {@link ArithmeticException}.
 *
 * <p>No prefixes are used. The text form is exact: {@code 3000 tokens/s}; {@link #parse} reverses it and the
 * JSON form is the text form (a JSON number is read as tokens per second).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TokenRate implements Comparable<TokenRate> {

  /** No tokens. */
  public static final TokenRate ZERO = new TokenRate(0);

  private static final String UNIT = "tokens/s";

  private final double tokensPerSecond;

  private TokenRate(double tokensPerSecond) {
    this.tokensPerSecond = tokensPerSecond;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code TokenRate} from a number of tokens per second.
   *
   * @param tokensPerSecond the value in tokens per second, finite and not negative
   * @return the token rate, not null
   * @throws IllegalArgumentException if the value is NaN, infinite or negative
   */
  public static TokenRate of(double tokensPerSecond) {
    Checks.finiteNotNegative(tokensPerSecond, "Token rate");
    return tokensPerSecond == 0 ? ZERO : new TokenRate(tokensPerSecond + 0.0);
  }

  /**
   * Obtains an instance of {@code TokenRate} from a text such as {@code 3000 tokens/s}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the token rate, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static TokenRate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(SiFormat.parse(text, UNIT, false, "TokenRate"));
  }

  @JsonCreator
  static TokenRate fromJson(Object json) {
    if (json instanceof Number) {
      return of(((Number) json).doubleValue());
    }
    if (json instanceof String) {
      return parse((String) json);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "TokenRate", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value in tokens per second.
   *
   * @return the value, finite and not negative
   */
  public double tokensPerSecond() {
    return tokensPerSecond;
  }

  /**
   * Converts this value to tokens per hour.
   *
   * @return the value, finite and not negative
   * @throws ArithmeticException if the value overflows to infinity
   */
  public double tokensPerHour() {
    return Checks.finiteResult(tokensPerSecond * 3600, "Token rate");
  }

  /**
   * Checks if this token rate is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return tokensPerSecond == 0;
  }

  /**
   * Checks if this token rate is greater than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly greater
   */
  public boolean isGreaterThan(TokenRate other) {
    return tokensPerSecond > other.tokensPerSecond;
  }

  /**
   * Checks if this token rate is less than another.
   *
   * @param other the other value, not null
   * @return true if this is strictly less
   */
  public boolean isLessThan(TokenRate other) {
    return tokensPerSecond < other.tokensPerSecond;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this token rate with another added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows to infinity
   */
  public TokenRate plus(TokenRate other) {
    Objects.requireNonNull(other, "other");
    return of(Checks.finiteResult(tokensPerSecond + other.tokensPerSecond, "Token rate"));
  }

  /**
   * Returns a copy of this token rate with another subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the value to subtract, not greater than this one, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public TokenRate minus(TokenRate other) {
    Objects.requireNonNull(other, "other");
    return of(tokensPerSecond - other.tokensPerSecond);
  }

  /**
   * Returns a copy of this token rate multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, finite and not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is NaN, infinite or negative
   * @throws ArithmeticException if the product overflows to infinity
   */
  public TokenRate multipliedBy(double factor) {
    Checks.finiteNotNegative(factor, "Factor");
    return of(Checks.finiteResult(tokensPerSecond * factor, "Token rate"));
  }

  /**
   * Returns a copy of this token rate divided by a divisor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, finite and positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is NaN, infinite, zero or negative
   * @throws ArithmeticException if the quotient overflows to infinity
   */
  public TokenRate dividedBy(double divisor) {
    Checks.finitePositive(divisor, "Divisor");
    return of(Checks.finiteResult(tokensPerSecond / divisor, "Token rate"));
  }

  /**
   * Returns the ratio of this token rate to another.
   *
   * @param other the other value, positive, not null
   * @return this divided by the other, finite and not negative
   * @throws IllegalArgumentException if the other value is zero
   */
  public double ratioTo(TokenRate other) {
    Objects.requireNonNull(other, "other");
    if (other.tokensPerSecond == 0) {
      throw new IllegalArgumentException("Token rate must be positive to divide by: " + other);
    }
    return Checks.finiteResult(tokensPerSecond / other.tokensPerSecond, "Ratio");
  }

  /**
   * Returns the smaller of this token rate and another.
   *
   * @param other the other value, not null
   * @return the smaller value, not null
   */
  public TokenRate min(TokenRate other) {
    return tokensPerSecond <= other.tokensPerSecond ? this : other;
  }

  /**
   * Returns the larger of this token rate and another.
   *
   * @param other the other value, not null
   * @return the larger value, not null
   */
  public TokenRate max(TokenRate other) {
    return tokensPerSecond >= other.tokensPerSecond ? this : other;
  }

  /**
   * Returns the expected number of tokens at this rate over a time.
   *
   * <p>The result is a {@code double}, since a rate over a time need not give whole tokens.
   *
   * @param duration the time, not negative, not null
   * @return the number of tokens, finite and not negative
   * @throws IllegalArgumentException if the duration is negative
   */
  public double tokensIn(Duration duration) {
    Durations.requireNotNegative(duration);
    return Checks.finiteResult(tokensPerSecond * Durations.toSeconds(duration), "Token count");
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this token rate to another.
   *
   * @param other the other value, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(TokenRate other) {
    return Double.compare(tokensPerSecond, other.tokensPerSecond);
  }

  /**
   * Checks if this token rate equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a {@code TokenRate} with the same value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TokenRate && Double.compare(((TokenRate) obj).tokensPerSecond, tokensPerSecond) == 0;
  }

  /**
   * Returns a hash code for this token rate.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(tokensPerSecond);
  }

  /**
   * Returns the exact text form, such as {@code 3000 tokens/s}.
   *
   * @return the text, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return SiFormat.format(tokensPerSecond, UNIT, false);
  }
}
