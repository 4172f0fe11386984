/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import org.immutables.value.Value;

/**
 * One model's price for a token mix, as {@link PriceCatalog#cheapest(OfferCriteria)} ranks it,
 * such as 'groq openai/gpt-oss-20b: USD 0.525 for 3,000,000 input and 1,000,000 output tokens'.
 *
 * <p>The model: the model, the card whose rates were used, the token mix and its exact cost;
 * the blended price is that cost per token of the mix, kept as published money over a token
 * count so that no division is rounded.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOffer.class)
@JsonDeserialize(as = ImmutableOffer.class)
public abstract class Offer {

  Offer() {}

  /**
   * Obtains an offer.
   *
   * @param model the model, not null
   * @param card the card whose rates were used, one of the model's cards, not null
   * @param tokens the number of tokens in the mix, positive, not null
   * @param cost the exact cost of the mix, not negative, not null
   * @return the offer, not null
   * @throws IllegalArgumentException if the card is not the model's, the token count is zero or
   *     the cost is negative
   */
  public static Offer of(CatalogModel model, CatalogCard card, TokenCount tokens, Money cost) {
    return ImmutableOffer.of(model, card, tokens, cost);
  }

  /**
   * Returns the model.
   *
   * @return the model, not null
   */
  @Value.Parameter(order = 0)
  public abstract CatalogModel model();

  /**
   * Returns the card whose rates were used.
   *
   * @return the card, not null
   */
  @Value.Parameter(order = 1)
  public abstract CatalogCard card();

  /**
   * Returns the number of tokens in the mix.
   *
   * @return the tokens, positive, not null
   */
  @Value.Parameter(order = 2)
  public abstract TokenCount tokens();

  /**
   * Returns the exact cost of the mix.
   *
   * @return the cost, not negative, not null
   */
  @Value.Parameter(order = 3)
  public abstract Money cost();

  /**
   * Returns the blended price: the cost of the mix over its token count, such as
   * {@code USD 10 per 4000000 tokens}; {@link TokenPrice#costOf} gives it per million exactly
   * when the division terminates.
   *
   * @return the blended price, not null
   */
  @JsonIgnore
  public final TokenPrice blendedPrice() {
    return TokenPrice.of(cost(), tokens());
  }

  /**
   * Returns the provider id of the model.
   *
   * @return the provider, not null
   */
  @JsonIgnore
  public final String provider() {
    return model().provider();
  }

  @Value.Check
  protected final void check() {
    if (!model().cards().contains(card())) {
      throw new IllegalArgumentException("Offer card must be one of the model's cards: "
          + model().provider() + " " + model().id());
    }
    if (tokens().isZero()) {
      throw new IllegalArgumentException("Offer token count must be positive: " + tokens());
    }
    if (cost().isNegative()) {
      throw new IllegalArgumentException("Offer cost must not be negative: " + cost());
    }
  }

  @Override
  public String toString() {
    return "Offer{" + model().provider() + " " + model().id() + ": " + cost() + " for "
        + tokens() + "}";
  }
}
