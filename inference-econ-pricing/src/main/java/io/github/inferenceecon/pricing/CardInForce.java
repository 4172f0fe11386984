/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The card taken to be in force on a date, and why when its dates do not show it, such as
 * 'anthropic claude-sonnet-4 3/15, assumed on 2026-07-20: no earlier price is known'.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCardInForce.class)
@JsonDeserialize(as = ImmutableCardInForce.class)
public abstract class CardInForce {

  CardInForce() {}

  /**
   * Obtains a card known to have been in force.
   *
   * @param card the card, not null
   * @return the result, not null
   */
  public static CardInForce of(CatalogCard card) {
    return ImmutableCardInForce.builder().card(card).build();
  }

  /**
   * Obtains a card assumed to have been in force.
   *
   * @param card the card, not null
   * @param reason why it is assumed, not blank, not null
   * @return the result, not null
   * @throws IllegalArgumentException if the reason is blank
   */
  public static CardInForce assumed(CatalogCard card, String reason) {
    return ImmutableCardInForce.builder().card(card).dateAssumption(reason).build();
  }

  /**
   * Returns the card.
   *
   * @return the card, not null
   */
  public abstract CatalogCard card();

  /**
   * Returns why the card is assumed in force on the date, when its dates do not show it.
   *
   * @return the reason, or empty when the card is known to have been in force
   */
  public abstract Optional<String> dateAssumption();

  /**
   * Checks if the card is assumed rather than known to have been in force.
   *
   * @return true if assumed
   */
  @JsonIgnore
  public final boolean isDateAssumed() {
    return dateAssumption().isPresent();
  }

  @Value.Check
  protected final void check() {
    if (dateAssumption().isPresent() && dateAssumption().get().isBlank()) {
      throw new IllegalArgumentException("Date assumption must not be blank: ''");
    }
  }
}
