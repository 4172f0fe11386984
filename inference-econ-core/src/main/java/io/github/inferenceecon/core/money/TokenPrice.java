/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A price for tokens stored the way it is published, such as 'USD 0.15 per 1000000 tokens'.
 *
 * <p>The model is an amount of {@link Money} (not negative) and the number of tokens it buys
 * (positive). "USD 0.15 per million tokens" is stored as {@code USD 0.15} and
 * {@code 1000000 tokens}, not as a per-token price of {@code 0.00000015}, so the published figure
 * survives unchanged.
 *
 * <p>Costs are exact: {@link #costOf(TokenCount)} multiplies first and then divides, and throws
 * {@link ArithmeticException} rather than guess when the division does not terminate (it always
 * terminates for a power-of-ten denominator such as a million). The overload with a
 * {@link RoundingMode} rounds such a quotient to the scale of the price plus the number of digits
 * of the denominator, which is exact whenever the denominator is a power of ten.
 *
 * <p>The text form is {@code "<money> per <count> tokens"}, for example
 * {@code USD 0.15 per 1000000 tokens}. The JSON form is
 * {@code {"amount": "0.15", "currency": "USD", "perTokens": 1000000}}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons. Two prices are equal when both the amount and the denominator are equal, so
 * {@code USD 0.15 per 1000000 tokens} does not equal {@code USD 0.00015 per 1000 tokens}; compare
 * {@link #costOf} results to compare what they charge.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"amount", "currency", "perTokens"})
public final class TokenPrice {

  private static final TokenCount MILLION = TokenCount.ofMillions(1);
  private static final String PER = " per ";

  private final Money price;
  private final TokenCount per;

  private TokenPrice(Money price, TokenCount per) {
    this.price = price;
    this.per = per;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code TokenPrice} from a price and the number of tokens it buys.
   *
   * @param price the price, not negative, not null
   * @param per the number of tokens the price buys, positive, not null
   * @return the token price, not null
   * @throws IllegalArgumentException if the price is negative or the count is zero
   */
  public static TokenPrice of(Money price, TokenCount per) {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(per, "per");
    if (price.isNegative()) {
      throw new IllegalArgumentException("Token price must not be negative: " + price);
    }
    if (per.isZero()) {
      throw new IllegalArgumentException("Token price denominator must be positive: " + per);
    }
    return new TokenPrice(price, per);
  }

  /**
   * Obtains an instance of {@code TokenPrice} for a price per million tokens, the usual form of
   * API price lists.
   *
   * @param price the price of one million tokens, not negative, not null
   * @return the token price, not null
   * @throws IllegalArgumentException if the price is negative
   */
  public static TokenPrice perMillion(Money price) {
    return of(price, MILLION);
  }

  /**
   * Obtains an instance of {@code TokenPrice} for a price per million tokens from a currency code
   * and a decimal text, such as {@code perMillion("USD", "0.15")}.
   *
   * @param currencyCode the ISO 4217 code, not null
   * @param amount the price of one million tokens as a plain decimal, not negative, not null
   * @return the token price, not null
   * @throws IllegalArgumentException if the code or amount is invalid, or the amount is negative
   */
  public static TokenPrice perMillion(String currencyCode, String amount) {
    return perMillion(Money.of(currencyCode, amount));
  }

  /**
   * Obtains an instance of {@code TokenPrice} from a text such as
   * {@code USD 0.15 per 1000000 tokens}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the token price, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static TokenPrice parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int at = s.indexOf(PER);
    if (at > 0) {
      try {
        return of(Money.parse(s.substring(0, at)), TokenCount.parse(s.substring(at + PER.length())));
      } catch (IllegalArgumentException e) {
        throw SiFormat.cannotParse(text, "TokenPrice", e);
      }
    }
    throw SiFormat.cannotParse(text, "TokenPrice", null);
  }

  @JsonCreator
  static TokenPrice fromJson(
      @JsonProperty(value = "amount", required = true) String amount,
      @JsonProperty(value = "currency", required = true) String currency,
      @JsonProperty(value = "perTokens", required = true) long perTokens) {
    return of(Money.of(currency, amount), TokenCount.of(perTokens));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the published price of {@link #per()} tokens.
   *
   * @return the price, not negative, not null
   */
  @JsonIgnore
  public Money price() {
    return price;
  }

  /**
   * Returns the number of tokens the price buys.
   *
   * @return the denominator, positive, not null
   */
  @JsonIgnore
  public TokenCount per() {
    return per;
  }

  /**
   * Returns the currency of the price.
   *
   * @return the currency, not null
   */
  @JsonIgnore
  public Currency currency() {
    return price.currency();
  }

  @JsonProperty("amount")
  String amountText() {
    return price.amount().toPlainString();
  }

  @JsonProperty("currency")
  String currencyCode() {
    return price.currency().getCurrencyCode();
  }

  @JsonProperty("perTokens")
  long perTokens() {
    return per.count();
  }

  /**
   * Checks if the price is zero (the tokens are free).
   *
   * @return true if the price is zero
   */
  @JsonIgnore
  public boolean isZero() {
    return price.isZero();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the exact cost of a number of tokens at this price.
   *
   * <p>The price is multiplied by the count and then divided by the denominator.
   *
   * @param tokens the number of tokens, not null
   * @return the cost, not negative, not null
   * @throws ArithmeticException if the quotient does not terminate (only possible when the
   *     denominator is not a product of 2s and 5s)
   */
  public Money costOf(TokenCount tokens) {
    Objects.requireNonNull(tokens, "tokens");
    BigDecimal product = price.amount().multiply(BigDecimal.valueOf(tokens.count()));
    return Money.of(price.currency(), Decimals.divideExact(product, per.count()));
  }

  /**
   * Returns the cost of a number of tokens at this price, rounding a quotient that does not
   * terminate.
   *
   * <p>The quotient is rounded to the scale of the price plus the number of digits of the
   * denominator; when the denominator is a power of ten the result is exact and equals
   * {@link #costOf(TokenCount)}.
   *
   * @param tokens the number of tokens, not null
   * @param rounding the rounding mode, not null
   * @return the cost, not negative, not null
   * @throws ArithmeticException if rounding is needed under {@code UNNECESSARY}
   */
  public Money costOf(TokenCount tokens, RoundingMode rounding) {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal product = price.amount().multiply(BigDecimal.valueOf(tokens.count()));
    int scale = Math.max(price.amount().scale(), 0) + Long.toString(per.count()).length();
    return Money.of(price.currency(),
        product.divide(BigDecimal.valueOf(per.count()), scale, rounding));
  }

  /**
   * Returns this price multiplied by a factor, such as 0.5 for a batch discount of 50%.
   *
   * <p>The denominator is kept. A factor of one (at any scale) returns this price, which the
   * product would equal, amounts being normalised. This instance is immutable and unaffected by
   * this method.
   *
   * @param factor the factor, not negative, not null
   * @return the product, not null
   * @throws IllegalArgumentException if the factor is negative
   */
  public TokenPrice multipliedBy(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    Checks.notNegative(factor, "Price factor");
    // a price with no batch discount is multiplied by one on every priced request
    return factor.compareTo(BigDecimal.ONE) == 0 ? this : of(price.multipliedBy(factor), per);
  }

  /**
   * Converts this price to a price per million tokens, exactly.
   *
   * @return the price per million tokens, not null
   * @throws ArithmeticException if the conversion does not terminate
   */
  public TokenPrice toPerMillion() {
    if (per.equals(MILLION)) {
      return this;
    }
    return perMillion(costOf(MILLION));
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if this price equals another: same amount, currency and denominator.
   *
   * @param obj the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof TokenPrice)) {
      return false;
    }
    TokenPrice other = (TokenPrice) obj;
    return price.equals(other.price) && per.equals(other.per);
  }

  /**
   * Returns a hash code for this price.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return price.hashCode() * 31 + per.hashCode();
  }

  /**
   * Returns the text form, such as {@code USD 0.15 per 1000000 tokens}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return price + PER + per;
  }
}
