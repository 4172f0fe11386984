/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.units.Energy;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A price of electricity per kilowatt-hour, such as 'USD 0.0815 per kWh'.
 *
 * <p>The model is an amount of {@link Money}, not negative, for one kilowatt-hour. Energy is a
 * physical {@code double} quantity; {@link #costOf(Energy)} converts it to a decimal with
 * {@link BigDecimal#valueOf(double)} (the one boundary) and multiplies exactly.
 *
 * <p>The text form is {@code "<money> per kWh"}; the JSON form is
 * {@code {"amount": "0.0815", "currency": "USD", "per": "kWh"}}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"amount", "currency", "per"})
public final class EnergyPrice {

  private static final String SUFFIX = " per kWh";

  private final Money price;

  private EnergyPrice(Money price) {
    this.price = price;
  }

  /**
   * Obtains an instance of {@code EnergyPrice} from the price of one kilowatt-hour.
   *
   * @param price the price of one kWh, not negative, not null
   * @return the energy price, not null
   * @throws IllegalArgumentException if the price is negative
   */
  public static EnergyPrice perKilowattHour(Money price) {
    Objects.requireNonNull(price, "price");
    if (price.isNegative()) {
      throw new IllegalArgumentException("Energy price must not be negative: " + price);
    }
    return new EnergyPrice(price);
  }

  /**
   * Obtains an instance of {@code EnergyPrice} from a text such as {@code USD 0.0815 per kWh}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the energy price, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static EnergyPrice parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith(SUFFIX)) {
      try {
        return perKilowattHour(Money.parse(s.substring(0, s.length() - SUFFIX.length())));
      } catch (IllegalArgumentException e) {
        throw SiFormat.cannotParse(text, "EnergyPrice", e);
      }
    }
    throw SiFormat.cannotParse(text, "EnergyPrice", null);
  }

  @JsonCreator
  static EnergyPrice fromJson(
      @JsonProperty(value = "amount", required = true) String amount,
      @JsonProperty(value = "currency", required = true) String currency,
      @JsonProperty(value = "per") @Nullable String per) {
    if (per != null && !"kWh".equals(per)) {
      throw new IllegalArgumentException("Energy price must be per 'kWh': '" + per + "'");
    }
    return perKilowattHour(Money.of(currency, amount));
  }

  /**
   * Returns the price of one kilowatt-hour.
   *
   * @return the price, not negative, not null
   */
  @JsonIgnore
  public Money price() {
    return price;
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

  @JsonProperty("per")
  String perText() {
    return "kWh";
  }

  /**
   * Returns the cost of an amount of energy at this price.
   *
   * <p>The energy in kilowatt-hours becomes a decimal through
   * {@link BigDecimal#valueOf(double)}; the multiplication is then exact.
   *
   * @param energy the energy, not null
   * @return the cost, not negative, not null
   */
  public Money costOf(Energy energy) {
    Objects.requireNonNull(energy, "energy");
    return price.multipliedBy(BigDecimal.valueOf(energy.toKilowattHours()));
  }

  /**
   * Checks if this price equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if the other object is an energy price with equal money
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof EnergyPrice && ((EnergyPrice) obj).price.equals(price);
  }

  /**
   * Returns a hash code for this price.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return price.hashCode();
  }

  /**
   * Returns the text form, such as {@code USD 0.0815 per kWh}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return price + SUFFIX;
  }
}
