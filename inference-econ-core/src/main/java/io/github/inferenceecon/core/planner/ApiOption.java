/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An API the planner compares with self-hosting: a price card with a display label, such as
 * 'sonnet: anthropic claude-sonnet-4'.
 *
 * <p>The model: a label, unique within a {@link PlanRequest}, and the {@link ApiPriceCard}. The
 * planner prices the traffic's mean request at the card's base rates (default service tier, not
 * batched) with {@link io.github.inferenceecon.core.billing.ApiCost#of}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableApiOption.class)
@JsonDeserialize(as = ImmutableApiOption.class)
public abstract class ApiOption {

  ApiOption() {}

  /**
   * Obtains an option from a label and a price card.
   *
   * @param label the label, not blank, not null
   * @param card the price card, not null
   * @return the option, not null
   * @throws IllegalArgumentException if the label is blank
   */
  public static ApiOption of(String label, ApiPriceCard card) {
    return ImmutableApiOption.of(label, card);
  }

  /**
   * Obtains an option labelled with the card's provider and model, such as
   * {@code anthropic/claude-sonnet-4}.
   *
   * @param card the price card, not null
   * @return the option, not null
   */
  public static ApiOption of(ApiPriceCard card) {
    return of(card.provider() + "/" + card.model(), card);
  }

  /**
   * Returns the label, unique within a plan request.
   *
   * @return the label, not blank, not null
   */
  @Value.Parameter(order = 0)
  public abstract String label();

  /**
   * Returns the price card.
   *
   * @return the card, not null
   */
  @Value.Parameter(order = 1)
  public abstract ApiPriceCard card();

  /**
   * Returns the text form, such as {@code sonnet: anthropic claude-sonnet-4}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return label() + ": " + card().provider() + " " + card().model();
  }

  @Value.Check
  protected final void check() {
    Checks.notBlank(label(), "API option label");
  }
}
