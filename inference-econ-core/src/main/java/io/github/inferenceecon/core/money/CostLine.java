/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.SiFormat;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an explained result: a quantity at a rate giving an amount of money, such as
 * 'output per 1M tokens: 0.09259259259259259 device-hours x USD 3 per device-hour =
 * USD 0.2777777777777778'.
 *
 * <p>The model: a name, the quantity and its unit, the rate and what it is per, the amount, and an
 * optional note saying how the quantity was found. Where the quantity is exact (a number of hours
 * or kilowatt-hours) the amount is exactly quantity x rate. Where the quantity comes from a
 * division that does not terminate (device-hours per million tokens), the amount is the quotient
 * rounded <em>once</em> to the caller's precision, and the quantity shown is rounded to the same
 * precision, so quantity x rate agrees with the amount to that precision.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostLine.class)
@JsonDeserialize(as = ImmutableCostLine.class)
public abstract class CostLine {

  CostLine() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableCostLine.builder();
  }

  /**
   * Builds a {@link CostLine}; every attribute but the note is required.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(CostLine instance);

    /**
     * Sets the line's name, such as {@code output per 1M tokens}. Required (see
     * {@link CostLine#name() name}).
     *
     * @param name the name, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(String name);

    /**
     * Sets the quantity, such as a number of device-hours. Required (see
     * {@link CostLine#quantity() quantity}).
     *
     * @param quantity the quantity, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code quantity} is null
     */
    public abstract Builder quantity(BigDecimal quantity);

    /**
     * Sets the quantity's unit, such as {@code device-hours} or {@code kWh}. Required (see
     * {@link CostLine#unit() unit}).
     *
     * @param unit the unit, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code unit} is null
     */
    public abstract Builder unit(String unit);

    /**
     * Sets the rate, such as {@code USD 3}. Required (see {@link CostLine#rate() rate}).
     *
     * @param rate the rate, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code rate} is null
     */
    public abstract Builder rate(Money rate);

    /**
     * Sets what the rate is per, such as {@code device-hour}. Required (see
     * {@link CostLine#rateUnit() rateUnit}).
     *
     * @param rateUnit the rate's unit, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code rateUnit} is null
     */
    public abstract Builder rateUnit(String rateUnit);

    /**
     * Sets the amount of money. Required (see {@link CostLine#amount() amount}).
     *
     * @param amount the amount, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code amount} is null
     */
    public abstract Builder amount(Money amount);

    /**
     * Sets how the quantity was found, such as
     * {@code 1000000 tokens / (3000 tokens/s x 3600 s/h x utilisation 1)}. Optional: if not set,
     * {@link CostLine#note() note} is empty.
     *
     * @param note the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(String note);

    /**
     * Sets {@link CostLine#note() note} to the value of an {@code Optional}, or to empty when it is
     * empty.
     *
     * @param note the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Builds the {@link CostLine}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link CostLine} (the message
     *     names the field, the value and the rule)
     */
    public abstract CostLine build();
  }

  /**
   * Obtains a line whose amount is exactly quantity x rate.
   *
   * @param name the line's name, not blank, not null
   * @param quantity the quantity, not negative, not null
   * @param unit the quantity's unit, such as {@code device-hours}, not blank, not null
   * @param rate the rate, not null
   * @param rateUnit what the rate is per, such as {@code device-hour}, not blank, not null
   * @return the line, not null
   * @throws IllegalArgumentException if a text is blank or the quantity is negative
   */
  public static CostLine exact(String name, BigDecimal quantity, String unit, Money rate,
      String rateUnit) {
    return builder().name(name).quantity(quantity).unit(unit).rate(rate).rateUnit(rateUnit)
        .amount(rate.multipliedBy(quantity)).build();
  }

  /**
   * Returns the line's name, such as {@code output per 1M tokens}.
   *
   * @return the name, not blank, not null
   */
  public abstract String name();

  /**
   * Returns the quantity, such as a number of device-hours.
   *
   * @return the quantity, not negative, not null
   */
  public abstract BigDecimal quantity();

  /**
   * Returns the quantity's unit, such as {@code device-hours} or {@code kWh}.
   *
   * @return the unit, not blank, not null
   */
  public abstract String unit();

  /**
   * Returns the rate, such as {@code USD 3}.
   *
   * @return the rate, not null
   */
  public abstract Money rate();

  /**
   * Returns what the rate is per, such as {@code device-hour}.
   *
   * @return the rate's unit, not blank, not null
   */
  public abstract String rateUnit();

  /**
   * Returns the amount of money.
   *
   * @return the amount, not null
   */
  public abstract Money amount();

  /**
   * Returns how the quantity was found, such as
   * {@code 1000000 tokens / (3000 tokens/s x 3600 s/h x utilisation 1)}.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the human-readable line, such as
   * {@code 0.09259259259259259 device-hours x USD 3 per device-hour = USD 0.2777777777777778}.
   *
   * @return the line, not null
   */
  @JsonIgnore
  public String line() {
    return SiFormat.plain(quantity()) + " " + unit() + " x " + rate() + " per " + rateUnit()
        + " = " + amount() + note().map(n -> " [" + n + "]").orElse("");
  }

  /**
   * Returns the text form: the name and the line.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return name() + ": " + line();
  }

  @Value.Check
  protected final void check() {
    for (String s : new String[] {name(), unit(), rateUnit()}) {
      if (s.isBlank()) {
        throw new IllegalArgumentException("Cost line texts must not be blank: '" + s + "'");
      }
    }
    if (quantity().signum() < 0) {
      throw new IllegalArgumentException("Cost line quantity must not be negative: "
          + quantity().toPlainString());
    }
    if (!rate().isSameCurrency(amount())) {
      throw new CurrencyMismatchException(rate().currency(),
          amount().currency());
    }
  }
}
