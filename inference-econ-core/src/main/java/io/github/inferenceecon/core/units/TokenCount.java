/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.SiFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number of tokens, such as '1500 tokens'.
 *
 * <p>The count is a {@code long} from zero to {@link Long#MAX_VALUE}; it is never negative.
 * Arithmetic is exact: it uses {@link Math#addExact} and {@link Math#multiplyExact} and throws
 * {@link ArithmeticException} on overflow rather than wrapping around.
 *
 * <p>The text form is {@code "<count> tokens"}, for example {@code 1500 tokens}; the JSON form
 * is the plain number, and a JSON string in the text form is also accepted.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TokenCount implements Comparable<TokenCount> {

  /** No tokens. */
  public static final TokenCount ZERO = new TokenCount(0);

  private static final String SUFFIX = " tokens";

  private final long count;

  private TokenCount(long count) {
    this.count = count;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code TokenCount} from a number of tokens.
   *
   * @param count the number of tokens, not negative
   * @return the token count, not null
   * @throws IllegalArgumentException if the count is negative
   */
  public static TokenCount of(long count) {
    Checks.notNegative(count, "Token count");
    return count == 0 ? ZERO : new TokenCount(count);
  }

  /**
   * Obtains an instance of {@code TokenCount} from a number of thousands of tokens.
   *
   * @param thousands the number of thousands of tokens, not negative
   * @return the token count, not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the count overflows a {@code long}
   */
  public static TokenCount ofThousands(long thousands) {
    Checks.notNegative(thousands, "Token count");
    return of(Math.multiplyExact(thousands, 1_000L));
  }

  /**
   * Obtains an instance of {@code TokenCount} from a number of millions of tokens.
   *
   * @param millions the number of millions of tokens, not negative
   * @return the token count, not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the count overflows a {@code long}
   */
  public static TokenCount ofMillions(long millions) {
    Checks.notNegative(millions, "Token count");
    return of(Math.multiplyExact(millions, 1_000_000L));
  }

  /**
   * Obtains the sum of several token counts.
   *
   * @param counts the counts to add, not null, no null elements
   * @return the total, {@link #ZERO} when there are none, not null
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static TokenCount total(Iterable<TokenCount> counts) {
    Objects.requireNonNull(counts, "counts");
    long sum = 0;
    for (TokenCount c : counts) {
      sum = Math.addExact(sum, Objects.requireNonNull(c, "counts element").count);
    }
    return of(sum);
  }

  /**
   * Obtains an instance of {@code TokenCount} from a text such as {@code 1500 tokens}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the token count, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static TokenCount parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith(SUFFIX) || s.endsWith(" token")) {
      String number = s.substring(0, s.lastIndexOf(' ')).trim();
      try {
        long value = Long.parseLong(number);
        if (value >= 0) {
          return of(value);
        }
      } catch (NumberFormatException e) {
        throw SiFormat.cannotParse(text, "TokenCount", e);
      }
    }
    throw SiFormat.cannotParse(text, "TokenCount", null);
  }

  @JsonCreator
  static TokenCount fromJson(Object json) {
    if (json instanceof Number) {
      Number number = (Number) json;
      if (json instanceof Integer || json instanceof Long) {
        return of(number.longValue());
      }
      throw new IllegalArgumentException("Token count must be a whole number: " + json);
    }
    if (json instanceof String) {
      String s = (String) json;
      return s.trim().chars().allMatch(Character::isDigit) && !s.isBlank()
          ? of(Long.parseLong(s.trim()))
          : parse(s);
    }
    throw SiFormat.cannotParse(String.valueOf(json), "TokenCount", null);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the number of tokens.
   *
   * @return the count, not negative
   */
  @JsonValue
  public long count() {
    return count;
  }

  /**
   * Checks if this count is zero.
   *
   * @return true if there are no tokens
   */
  public boolean isZero() {
    return count == 0;
  }

  /**
   * Checks if this count is greater than another.
   *
   * @param other the other count, not null
   * @return true if this count is strictly greater
   */
  public boolean isGreaterThan(TokenCount other) {
    return count > other.count;
  }

  /**
   * Checks if this count is less than another.
   *
   * @param other the other count, not null
   * @return true if this count is strictly less
   */
  public boolean isLessThan(TokenCount other) {
    return count < other.count;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this count with another count added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the count to add, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public TokenCount plus(TokenCount other) {
    Objects.requireNonNull(other, "other");
    return other.count == 0 ? this : of(Math.addExact(count, other.count));
  }

  /**
   * Returns a copy of this count with a number of tokens added.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param tokens the number of tokens to add, not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public TokenCount plusTokens(long tokens) {
    Checks.notNegative(tokens, "Token count");
    return of(Math.addExact(count, tokens));
  }

  /**
   * Returns a copy of this count with another count subtracted.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the count to subtract, not greater than this count, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the result would be negative
   */
  public TokenCount minus(TokenCount other) {
    Objects.requireNonNull(other, "other");
    return of(count - other.count);
  }

  /**
   * Returns a copy of this count multiplied by a factor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, not negative
   * @return the new instance, not null
   * @throws IllegalArgumentException if the factor is negative
   * @throws ArithmeticException if the product overflows a {@code long}
   */
  public TokenCount multipliedBy(long factor) {
    Checks.notNegative(factor, "Factor");
    return of(Math.multiplyExact(count, factor));
  }

  /**
   * Returns a copy of this count divided by a divisor, rounded as asked.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, positive
   * @param rounding the rounding mode, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the divisor is not positive
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the division is
   *     not exact
   */
  public TokenCount dividedBy(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    Checks.positive(divisor, "Divisor");
    return of(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(divisor), 0, rounding)
        .longValueExact());
  }

  /**
   * Returns the smaller of this count and another.
   *
   * @param other the other count, not null
   * @return the smaller count, not null
   */
  public TokenCount min(TokenCount other) {
    return count <= other.count ? this : other;
  }

  /**
   * Returns the larger of this count and another.
   *
   * @param other the other count, not null
   * @return the larger count, not null
   */
  public TokenCount max(TokenCount other) {
    return count >= other.count ? this : other;
  }

  //-----------------------------------------------------------------------
  /**
   * Converts this count to millions of tokens, exactly.
   *
   * @return the number of millions, for example 0.0015 for 1500 tokens, not null
   */
  public BigDecimal toMillions() {
    return BigDecimal.valueOf(count).movePointLeft(6);
  }

  /**
   * Returns the time it takes to produce or consume this many tokens at a rate.
   *
   * <p>The time is rounded to the nearest nanosecond.
   *
   * @param rate the rate, positive, not null
   * @return the duration, not null
   * @throws IllegalArgumentException if the rate is zero
   * @throws ArithmeticException if the duration does not fit a {@link Duration}
   */
  public Duration timeAt(TokenRate rate) {
    Objects.requireNonNull(rate, "rate");
    if (rate.isZero()) {
      throw new IllegalArgumentException("Token rate must be positive to compute a time: " + rate);
    }
    return Durations.ofSeconds(count / rate.tokensPerSecond());
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this count to another.
   *
   * @param other the other count, not null
   * @return negative, zero or positive as this count is less than, equal to or greater than the
   *     other
   */
  @Override
  public int compareTo(TokenCount other) {
    return Long.compare(count, other.count);
  }

  /**
   * Checks if this count equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is a token count with the same count
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TokenCount && ((TokenCount) obj).count == count;
  }

  /**
   * Returns a hash code for this count.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(count);
  }

  /**
   * Returns the text form, such as {@code 1500 tokens} ({@code 1 token} for one).
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return count == 1 ? "1 token" : count + SUFFIX;
  }
}
