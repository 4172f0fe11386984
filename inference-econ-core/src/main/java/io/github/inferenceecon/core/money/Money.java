/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.inferenceecon.core.InputValues;
import io.github.inferenceecon.core.internal.SiFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money in one currency, such as 'USD 0.0234'.
 *
 * <p>The model is a {@link Currency} and a {@link BigDecimal} of any scale, the meaning of
 * Joda-Money's {@code BigMoney}. The amount may be negative (a margin or a saving can be). The
 * scale is normalised when an instance is made: trailing zeros are stripped and a negative scale
 * becomes zero, so that {@code USD 1.50} and {@code USD 1.5} are equal and {@code equals} agrees
 * with {@code compareTo}.
 *
 * <p>Rounding: exact operations ({@code plus}, {@code minus}, {@code multipliedBy}) never round.
 * Every operation that can lose precision takes a {@link RoundingMode} or a
 * {@link MathContext}. Rounding to the currency's decimal places happens only at the explicit
 * boundary {@link #roundedToCurrency(RoundingMode)}, for invoices and reports. A {@code double}
 * is accepted only by {@link #ofDouble}, through {@link BigDecimal#valueOf(double)}. Mixing
 * currencies throws {@link CurrencyMismatchException}; currencies are never converted.
 *
 * <p>The text form is {@code "<code> <plain amount>"}, for example {@code USD 0.0234}. The JSON
 * form is {@code {"amount": "0.0234", "currency": "USD"}}, with the amount as an exact decimal
 * string.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"amount", "currency"})
public final class Money implements Comparable<Money> {

  /** The United States dollar, the currency of most published prices. */
  public static final Currency USD = Currency.getInstance("USD");

  /**
   * The most digits an amount may have before, and after, the point once trailing zeros are
   * stripped: far beyond any price or bill, and small enough that no arithmetic on an amount
   * takes long.
   */
  public static final int MAX_DIGITS = 1000;

  private final Currency currency;
  private final BigDecimal amount;

  private Money(Currency currency, BigDecimal amount) {
    this.currency = currency;
    this.amount = amount;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code Money} from a currency and an amount.
   *
   * <p>The amount is kept exactly; only its scale is normalised (trailing zeros stripped, a
   * negative scale set to zero).
   *
   * @param currency the currency, not null
   * @param amount the amount, at most {@value #MAX_DIGITS} digits before and after the point
   *     once trailing zeros are stripped, not null
   * @return the money, not null
   * @throws IllegalArgumentException if the amount has more digits than that
   */
  public static Money of(Currency currency, BigDecimal amount) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    return new Money(currency, normalise(amount));
  }

  /**
   * Obtains an instance of {@code Money} from a currency code and a decimal text.
   *
   * @param currencyCode the ISO 4217 code, such as {@code USD}, not null
   * @param amount the amount as a plain decimal, such as {@code 0.15}, not null
   * @return the money, not null
   * @throws IllegalArgumentException if the code is not a known currency, the amount is not a
   *     decimal or has more than {@value #MAX_DIGITS} digits before or after the point
   */
  public static Money of(String currencyCode, String amount) {
    Objects.requireNonNull(currencyCode, "currencyCode");
    Objects.requireNonNull(amount, "amount");
    return of(currency(currencyCode), decimal(amount, "Money amount"));
  }

  /**
   * Obtains an instance of {@code Money} from a {@code double}, through
   * {@link BigDecimal#valueOf(double)}.
   *
   * <p>{@code ofDouble(USD, 0.1)} is exactly {@code USD 0.1}: the decimal is the shortest one
   * that the {@code double} prints as, not its binary expansion.
   *
   * @param currency the currency, not null
   * @param amount the amount, finite
   * @return the money, not null
   * @throws IllegalArgumentException if the amount is NaN or infinite
   */
  public static Money ofDouble(Currency currency, double amount) {
    Objects.requireNonNull(currency, "currency");
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("Money amount must be finite: " + amount);
    }
    return of(currency, BigDecimal.valueOf(amount));
  }

  /**
   * Obtains zero in a currency.
   *
   * @param currency the currency, not null
   * @return zero money, not null
   */
  public static Money zero(Currency currency) {
    return of(currency, BigDecimal.ZERO);
  }

  /**
   * Obtains the exact sum of several amounts of money in one currency.
   *
   * @param currency the currency of the total, needed when there are no amounts, not null
   * @param monies the amounts to add, not null, no null elements
   * @return the total, zero when there are none, not null
   * @throws CurrencyMismatchException if an amount is in another currency
   */
  public static Money total(Currency currency, Iterable<Money> monies) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(monies, "monies");
    BigDecimal sum = BigDecimal.ZERO;
    for (Money m : monies) {
      Objects.requireNonNull(m, "monies element");
      if (!m.currency.equals(currency)) {
        throw new CurrencyMismatchException(currency, m.currency);
      }
      sum = sum.add(m.amount);
    }
    return of(currency, sum);
  }

  /**
   * Obtains an instance of {@code Money} from a text such as {@code USD 0.0234}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the money, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int space = s.indexOf(' ');
    if (space == 3) {
      try {
        return of(Currency.getInstance(s.substring(0, 3)), new BigDecimal(s.substring(4).trim()));
      } catch (IllegalArgumentException e) {
        throw SiFormat.cannotParse(text, "Money", e);
      }
    }
    throw SiFormat.cannotParse(text, "Money", null);
  }

  @JsonCreator
  static Money fromJson(
      @JsonProperty(value = "amount", required = true) String amount,
      @JsonProperty(value = "currency", required = true) String currency) {
    return of(currency, amount);
  }

  static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown currency code '" + InputValues.shown(code) + "'",
          e);
    }
  }

  static BigDecimal decimal(String text, String what) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(InputValues.rejected(what, text,
          "must be a decimal number"), e);
    }
  }

  private static BigDecimal normalise(BigDecimal amount) {
    if (amount.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    // checked before setScale, which would expand 1E+999999999 to a billion digits
    long scale = stripped.scale();
    if (scale > MAX_DIGITS || stripped.precision() - scale > MAX_DIGITS) {
      throw new IllegalArgumentException("Money amount must have at most " + MAX_DIGITS
          + " digits before and after the point: " + InputValues.shown(amount.toString()));
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the currency.
   *
   * @return the currency, not null
   */
  @JsonIgnore
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the exact amount, with trailing zeros stripped and a scale of at least zero.
   *
   * @return the amount, not null
   */
  @JsonIgnore
  public BigDecimal amount() {
    return amount;
  }

  @JsonProperty("amount")
  String amountText() {
    return amount.toPlainString();
  }

  @JsonProperty("currency")
  String currencyCode() {
    return currency.getCurrencyCode();
  }

  /**
   * Checks if the amount is zero.
   *
   * @return true if zero
   */
  @JsonIgnore
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Checks if the amount is negative.
   *
   * @return true if less than zero
   */
  @JsonIgnore
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Checks if the amount is positive.
   *
   * @return true if greater than zero
   */
  @JsonIgnore
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Checks if this money is greater than another in the same currency.
   *
   * @param other the other money, not null
   * @return true if this amount is strictly greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Checks if this money is less than another in the same currency.
   *
   * @param other the other money, not null
   * @return true if this amount is strictly less
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Checks if this money is in the same currency as another.
   *
   * @param other the other money, not null
   * @return true if the currencies are equal
   */
  public boolean isSameCurrency(Money other) {
    return currency.equals(other.currency);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this money with another added, exactly.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the money to add, in the same currency, not null
   * @return the new instance, not null
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    checkCurrency(other);
    return other.amount.signum() == 0 ? this : of(currency, amount.add(other.amount));
  }

  /**
   * Returns a copy of this money with another subtracted, exactly.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param other the money to subtract, in the same currency, not null
   * @return the new instance, not null
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    checkCurrency(other);
    return other.amount.signum() == 0 ? this : of(currency, amount.subtract(other.amount));
  }

  /**
   * Returns a copy of this money multiplied by a decimal factor, exactly.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor, not null
   * @return the new instance, not null
   */
  public Money multipliedBy(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return of(currency, amount.multiply(factor));
  }

  /**
   * Returns a copy of this money multiplied by a whole factor, exactly.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param factor the factor
   * @return the new instance, not null
   */
  public Money multipliedBy(long factor) {
    return of(currency, amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * Returns a copy of this money divided by a divisor, exactly.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, not zero, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the divisor is zero or the quotient does not terminate (use
   *     an overload with a rounding rule)
   */
  public Money dividedBy(BigDecimal divisor) {
    Objects.requireNonNull(divisor, "divisor");
    checkDivisor(divisor);
    return of(currency, amount.divide(divisor));
  }

  /**
   * Returns a copy of this money divided by a divisor, rounded to a scale.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, not zero, not null
   * @param scale the number of decimal places of the result
   * @param rounding the rounding mode, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the divisor is zero, or rounding is needed under
   *     {@code UNNECESSARY}
   */
  public Money dividedBy(BigDecimal divisor, int scale, RoundingMode rounding) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    checkDivisor(divisor);
    return of(currency, amount.divide(divisor, scale, rounding));
  }

  /**
   * Returns a copy of this money divided by a divisor, rounded to a precision.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param divisor the divisor, not zero, not null
   * @param context the precision and rounding of the result, not null
   * @return the new instance, not null
   * @throws ArithmeticException if the divisor is zero, or rounding is needed under
   *     {@code UNNECESSARY}
   */
  public Money dividedBy(BigDecimal divisor, MathContext context) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(context, "context");
    checkDivisor(divisor);
    return of(currency, amount.divide(divisor, context));
  }

  /**
   * Returns a copy of this money with the sign reversed.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the new instance, not null
   */
  public Money negated() {
    return of(currency, amount.negate());
  }

  /**
   * Returns a copy of this money with a non-negative amount.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the new instance, not null
   */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * Returns a copy of this money rounded to the currency's decimal places (two for USD).
   *
   * <p>This is the boundary for invoices and reports. This instance is immutable and unaffected
   * by this method.
   *
   * @param rounding the rounding mode, not null
   * @return the new instance, not null
   * @throws ArithmeticException if rounding is needed under {@code UNNECESSARY}
   */
  public Money roundedToCurrency(RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return of(currency, amount.setScale(digits, rounding));
  }

  /**
   * Returns a copy of this money rounded to a number of decimal places.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param scale the number of decimal places
   * @param rounding the rounding mode, not null
   * @return the new instance, not null
   * @throws ArithmeticException if rounding is needed under {@code UNNECESSARY}
   */
  public Money rounded(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return of(currency, amount.setScale(scale, rounding));
  }

  private void checkCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  private static void checkDivisor(BigDecimal divisor) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Cannot divide by zero");
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this money to another in the same currency, by amount.
   *
   * @param other the other money, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkCurrency(other);
    return amount.compareTo(other.amount);
  }

  /**
   * Checks if this money equals another: same currency and same amount.
   *
   * @param obj the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Money)) {
      return false;
    }
    Money other = (Money) obj;
    return currency.equals(other.currency) && amount.equals(other.amount);
  }

  /**
   * Returns a hash code for this money.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /**
   * Returns the text form, such as {@code USD 0.0234}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
