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
    return new Builder();
  }

  /** Builds an {@link OfferCriteria}; the input and output tokens are required. */
  public static final class Builder extends ImmutableOfferCriteria.Builder {
    Builder() {}
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
