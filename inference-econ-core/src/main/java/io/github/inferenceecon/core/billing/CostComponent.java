/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an API bill: a number of tokens of one kind at one rate, such as
 * '2000 tokens x USD 3 per 1M = USD 0.006' for the uncached input of a request.
 *
 * <p>The model: a name saying which tokens these are ({@code input}, {@code cachedInput},
 * {@code cacheWrite5m}, {@code cacheWrite1h}, {@code output}, {@code reasoning}, and for the part
 * of a prompt beyond a long-context threshold {@code longContextInput} and the like); the token
 * count; the rate per million tokens actually charged (after any batch discount); the cost; and
 * an optional note explaining the rate. A component whose tokens the price card does not price is
 * <em>unpriced</em>: its rate and cost are empty, never a silent zero, and its note says why.
 *
 * <p>Amounts are exact: {@code cost = tokens x pricePerMillion / 1,000,000}, with no rounding.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostComponent.class)
@JsonDeserialize(as = ImmutableCostComponent.class)
public abstract class CostComponent {


  CostComponent() {}

  /**
   * Returns a new builder.
   *
   * <p>Most callers obtain components from {@link ApiCost#of(ApiPriceCard, ApiUsage)}; the
   * builder exists for JSON and tests. The built component is checked: the cost must equal
   * tokens times rate.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableCostComponent.builder();
  }

  /**
   * Builds a {@link CostComponent}; name and tokens are required.
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
    public abstract Builder from(CostComponent instance);

    /**
     * Sets the name saying which tokens these are, such as {@code input} or {@code cacheWrite5m}.
     * Required (see {@link CostComponent#name() name}).
     *
     * @param name the name, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(String name);

    /**
     * Sets the number of tokens. Required (see {@link CostComponent#tokens() tokens}).
     *
     * @param tokens the tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code tokens} is null
     */
    public abstract Builder tokens(TokenCount tokens);

    /**
     * Sets the rate charged per million tokens, after any batch discount. Optional: if not set,
     * {@link CostComponent#pricePerMillion() pricePerMillion} is empty.
     *
     * @param pricePerMillion the rate, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pricePerMillion} is null
     */
    public abstract Builder pricePerMillion(Money pricePerMillion);

    /**
     * Sets {@link CostComponent#pricePerMillion() pricePerMillion} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param pricePerMillion the rate, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pricePerMillion} is null
     */
    public abstract Builder pricePerMillion(Optional<? extends Money> pricePerMillion);

    /**
     * Sets the exact cost: tokens times the rate per million, divided by a million. Optional: if
     * not set, {@link CostComponent#cost() cost} is empty.
     *
     * @param cost the cost, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code cost} is null
     */
    public abstract Builder cost(Money cost);

    /**
     * Sets {@link CostComponent#cost() cost} to the value of an {@code Optional}, or to empty when
     * it is empty.
     *
     * @param cost the cost, not negative, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code cost} is null
     */
    public abstract Builder cost(Optional<? extends Money> cost);

    /**
     * Sets a note explaining the rate, such as "billed at the output rate", or why the component is
     * unpriced. Optional: if not set, {@link CostComponent#note() note} is empty.
     *
     * @param note the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(String note);

    /**
     * Sets {@link CostComponent#note() note} to the value of an {@code Optional}, or to empty when
     * it is empty.
     *
     * @param note the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Builds the {@link CostComponent}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link CostComponent} (the
     *     message names the field, the value and the rule)
     */
    public abstract CostComponent build();
  }

  /**
   * Obtains a priced component: tokens at a price, costed exactly.
   *
   * @param name the component name, such as {@code input}, not blank, not null
   * @param tokens the number of tokens, not null
   * @param price the price actually charged, not null
   * @return the component, not null
   * @throws IllegalArgumentException if the name is blank
   * @throws ArithmeticException if the price's denominator is not a product of 2s and 5s and the
   *     quotient does not terminate
   */
  public static CostComponent priced(String name, TokenCount tokens, TokenPrice price) {
    Objects.requireNonNull(price, "price");
    return pricedBuilder(name, tokens, price).build();
  }

  /**
   * Obtains a priced component with a note explaining the rate, such as "billed at the output
   * rate", in one build rather than a priced component copied with the note.
   */
  static CostComponent priced(String name, TokenCount tokens, TokenPrice price, String note) {
    Objects.requireNonNull(price, "price");
    return pricedBuilder(name, tokens, price).note(note).build();
  }

  private static Builder pricedBuilder(String name, TokenCount tokens, TokenPrice price) {
    return builder().name(name).tokens(tokens)
        .pricePerMillion(price.toPerMillion().price())
        .cost(price.costOf(tokens));
  }

  /**
   * Obtains an unpriced component: tokens the price card has no price for.
   *
   * @param name the component name, such as {@code cachedInput}, not blank, not null
   * @param tokens the number of tokens, not null
   * @param reason why there is no price, such as "the card has no cache-read price", not blank,
   *     not null
   * @return the component, not null
   * @throws IllegalArgumentException if the name or reason is blank
   */
  public static CostComponent unpriced(String name, TokenCount tokens, String reason) {
    return builder().name(name).tokens(tokens).note(reason).build();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the name saying which tokens these are, such as {@code input} or
   * {@code cacheWrite5m}.
   *
   * @return the name, not blank, not null
   */
  public abstract String name();

  /**
   * Returns the number of tokens.
   *
   * @return the tokens, not null
   */
  public abstract TokenCount tokens();

  /**
   * Returns the rate charged per million tokens, after any batch discount.
   *
   * @return the rate, or empty when the component is unpriced
   */
  public abstract Optional<Money> pricePerMillion();

  /**
   * Returns the exact cost: tokens times the rate per million, divided by a million.
   *
   * @return the cost, not negative, or empty when the component is unpriced
   */
  public abstract Optional<Money> cost();

  /**
   * Returns a note explaining the rate, such as "billed at the output rate", or why the
   * component is unpriced.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Checks if the component has a price.
   *
   * @return true if priced, false if unpriced
   */
  @JsonIgnore
  public boolean isPriced() {
    return cost().isPresent();
  }

  /**
   * Returns the human-readable line, such as {@code 2000 tokens x USD 3 per 1M = USD 0.006}, or
   * {@code 8000 tokens x unpriced (the card has no cache-read price)}.
   *
   * @return the line, not null
   */
  @JsonIgnore
  public String line() {
    if (pricePerMillion().isEmpty()) {
      return tokens() + " x unpriced" + note().map(n -> " (" + n + ")").orElse("");
    }
    return tokens() + " x " + pricePerMillion().get() + " per 1M = " + cost().orElseThrow()
        + note().map(n -> " (" + n + ")").orElse("");
  }

  /**
   * Returns the text form: the name and the line, such as
   * {@code input: 2000 tokens x USD 3 per 1M = USD 0.006}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return name() + ": " + line();
  }

  @Value.Check
  protected final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Cost component name must not be blank: '" + name()
          + "'");
    }
    if (note().isPresent() && note().get().isBlank()) {
      throw new IllegalArgumentException("Cost component note must not be blank: '"
          + note().get() + "'");
    }
    if (pricePerMillion().isPresent() != cost().isPresent()) {
      throw new IllegalArgumentException("Cost component must have both a rate and a cost, or "
          + "neither: " + name());
    }
    if (pricePerMillion().isEmpty() && note().isEmpty()) {
      throw new IllegalArgumentException("Unpriced cost component must say why in its note: "
          + name());
    }
    if (pricePerMillion().isPresent()) {
      Money rate = pricePerMillion().get();
      Money cost = cost().get();
      if (rate.isNegative()) {
        throw new IllegalArgumentException("Cost component rate must not be negative: " + rate);
      }
      // compared as numbers: Money keeps one canonical form per value, so this is the Money
      // equality without normalising a second amount (every priced component is checked); by
      // the sign of the difference, as compareTo first works out both numbers' digit counts
      // when their scales differ, which they do here (the product has the rate's scale plus 6)
      BigDecimal expected = rate.amount().multiply(BigDecimal.valueOf(tokens().count()))
          .movePointLeft(6);
      if (!rate.currency().equals(cost.currency())
          || expected.subtract(cost.amount()).signum() != 0) {
        throw new IllegalArgumentException("Cost component cost must equal tokens x rate: "
            + name() + " " + cost + " (expected " + Money.of(rate.currency(), expected) + ")");
      }
    }
  }
}
