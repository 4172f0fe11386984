/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link PriceCatalog#cheapest(OfferCriteria)} ranks offers by, such as '3 million input
 * and 1 million output tokens, open-weight models with a context window of at least 128,000
 * tokens, at Together or Groq'.
 *
 * <p>The model: a token mix (uncached input and output tokens) whose cost at each card's base
 * rates is the ranking metric; the currency offers must be in (USD unless set: offers in other
 * currencies are left out, never converted); and the filters: providers (empty for all), open
 * weights only, a minimum context window (models whose window is not known are then left out),
 * batch prices only (cards without a batch discount are then left out), and a date (the cards
 * in force then, instead of each model's current card).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferCriteria.class)
@JsonDeserialize(as = ImmutableOfferCriteria.class)
public abstract class OfferCriteria {

  OfferCriteria() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableOfferCriteria.builder();
  }

  /**
   * Builds an {@link OfferCriteria}; the input and output tokens are required.
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
    public abstract Builder from(OfferCriteria instance);

    /**
     * Sets the uncached input tokens of the mix. Required (see
     * {@link OfferCriteria#inputTokens() inputTokens}).
     *
     * @param inputTokens the input tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code inputTokens} is null
     */
    public abstract Builder inputTokens(TokenCount inputTokens);

    /**
     * Sets the output tokens of the mix. Required (see
     * {@link OfferCriteria#outputTokens() outputTokens}).
     *
     * @param outputTokens the output tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code outputTokens} is null
     */
    public abstract Builder outputTokens(TokenCount outputTokens);

    /**
     * Sets the currency offers must be priced in. Optional (see
     * {@link OfferCriteria#currency() currency}).
     *
     * @param currency the currency, USD unless set, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code currency} is null
     */
    public abstract Builder currency(Currency currency);

    /**
     * Adds an element to {@link OfferCriteria#providers() providers}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addProviders(String element);

    /**
     * Adds elements to {@link OfferCriteria#providers() providers}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addProviders(String... elements);

    /**
     * Sets the providers to search, by id or alias. Replaces any elements added before. Optional:
     * if not set, {@link OfferCriteria#providers() providers} is empty.
     *
     * @param elements the providers, empty for all, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder providers(Iterable<String> elements);

    /**
     * Adds elements to {@link OfferCriteria#providers() providers}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllProviders(Iterable<String> elements);

    /**
     * Sets whether only models known to have published weights are offered. Optional (see
     * {@link OfferCriteria#isOpenWeightsOnly() openWeightsOnly}).
     *
     * @param openWeightsOnly true if open weights only
     * @return this builder, not null
     */
    public abstract Builder openWeightsOnly(boolean openWeightsOnly);

    /**
     * Sets whether batch prices are ranked: each card's rates less its batch discount, and only
     * cards with a batch discount. Optional (see {@link OfferCriteria#isBatch() batch}).
     *
     * @param batch true for batch prices
     * @return this builder, not null
     */
    public abstract Builder batch(boolean batch);

    /**
     * Sets the smallest context window an offer's model must have. Optional: if not set,
     * {@link OfferCriteria#minContextWindow() minContextWindow} is empty.
     *
     * @param minContextWindow the minimum, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code minContextWindow} is null
     */
    public abstract Builder minContextWindow(TokenCount minContextWindow);

    /**
     * Sets {@link OfferCriteria#minContextWindow() minContextWindow} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param minContextWindow the minimum, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code minContextWindow} is null
     */
    public abstract Builder minContextWindow(Optional<? extends TokenCount> minContextWindow);

    /**
     * Sets the date whose prices are ranked. Optional: if not set,
     * {@link OfferCriteria#asOf() asOf} is empty.
     *
     * @param asOf the date (UTC), not null
     * @return this builder, not null
     * @throws NullPointerException if {@code asOf} is null
     */
    public abstract Builder asOf(LocalDate asOf);

    /**
     * Sets {@link OfferCriteria#asOf() asOf} to the value of an {@code Optional}, or to empty when
     * it is empty.
     *
     * @param asOf the date (UTC), or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code asOf} is null
     */
    public abstract Builder asOf(Optional<? extends LocalDate> asOf);

    /**
     * Builds the {@link OfferCriteria}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link OfferCriteria} (the
     *     message names the field, the value and the rule)
     */
    public abstract OfferCriteria build();
  }

  /**
   * Obtains criteria for a token mix with no filters.
   *
   * @param inputTokens the uncached input tokens, not null
   * @param outputTokens the output tokens, not null
   * @return the criteria, not null
   * @throws IllegalArgumentException if both counts are zero
   */
  public static OfferCriteria of(TokenCount inputTokens, TokenCount outputTokens) {
    return builder().inputTokens(inputTokens).outputTokens(outputTokens).build();
  }

  /**
   * Returns the uncached input tokens of the mix.
   *
   * @return the input tokens, not null
   */
  public abstract TokenCount inputTokens();

  /**
   * Returns the output tokens of the mix.
   *
   * @return the output tokens, not null
   */
  public abstract TokenCount outputTokens();

  /**
   * Returns the currency offers must be priced in.
   *
   * @return the currency, USD unless set, not null
   */
  @Value.Default
  public Currency currency() {
    return Money.USD;
  }

  /**
   * Returns the providers to search, by id or alias.
   *
   * @return the providers, empty for all, not null
   */
  public abstract Set<String> providers();

  /**
   * Checks if only models known to have published weights are offered.
   *
   * @return true if open weights only
   */
  @Value.Default
  public boolean isOpenWeightsOnly() {
    return false;
  }

  /**
   * Checks if batch prices are ranked: each card's rates less its batch discount, and only cards
   * with a batch discount.
   *
   * @return true for batch prices
   */
  @Value.Default
  public boolean isBatch() {
    return false;
  }

  /**
   * Returns the smallest context window an offer's model must have.
   *
   * @return the minimum, or empty for no minimum
   */
  public abstract Optional<TokenCount> minContextWindow();

  /**
   * Returns the date whose prices are ranked.
   *
   * @return the date (UTC), or empty for each model's current card
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the number of tokens in the mix.
   *
   * @return the input plus output tokens, positive, not null
   */
  public final TokenCount totalTokens() {
    return inputTokens().plus(outputTokens());
  }

  @Value.Check
  protected final void check() {
    if (inputTokens().isZero() && outputTokens().isZero()) {
      throw new IllegalArgumentException("Offer token mix must not be empty: " + inputTokens()
          + " + " + outputTokens());
    }
  }
}
