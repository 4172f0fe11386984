/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a price is not known: a catalog knows a model but not its price ("No price card
 * for amazon-bedrock model 'claude-sonnet-4': no price was sourced for it"), not on a date ("No
 * known price for deepseek model 'deepseek-reasoner' on 2025-10-01: ..."), or a cost has a
 * component its card does not price ("No price for the input of openai model 'gpt-4o-mini':
 * the card has no batch price").
 *
 * <p>It is never replaced by a guess: a model without a sourced price, a day for which the
 * catalog does not know which price was in force, or a kind of token a card does not price is
 * an error, not a zero.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class PriceNotKnownException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The provider id. */
  private final String provider;
  /** The model id. */
  private final String model;
  /** The date that was asked for; null when absent. */
  private final @Nullable LocalDate date;
  /** The name of the cost component that has no price, such as {@code cachedInput}; null when absent. */
  private final @Nullable String component;

  /**
   * Creates an exception for a model that has no price card at all.
   *
   * @param provider the provider id, not null
   * @param model the model id, not null
   * @param reason why, starting in lower case, not null
   */
  public PriceNotKnownException(String provider, String model, String reason) {
    super("No price card for " + Objects.requireNonNull(provider, "provider") + " model '"
        + Objects.requireNonNull(model, "model") + "': "
        + Objects.requireNonNull(reason, "reason"));
    this.provider = provider;
    this.model = model;
    this.date = null;
    this.component = null;
  }

  /**
   * Creates an exception for a date on which no price of a model is known to have been in force.
   *
   * @param provider the provider id, not null
   * @param model the model id, not null
   * @param date the date, not null
   * @param reason why, starting in lower case, not null
   */
  public PriceNotKnownException(String provider, String model, LocalDate date, String reason) {
    super("No known price for " + Objects.requireNonNull(provider, "provider") + " model '"
        + Objects.requireNonNull(model, "model") + "' on " + Objects.requireNonNull(date, "date")
        + ": " + Objects.requireNonNull(reason, "reason"));
    this.provider = provider;
    this.model = model;
    this.date = date;
    this.component = null;
  }

  /**
   * Creates an exception for a component of a cost that its card does not price.
   *
   * @param cost the cost, not null
   * @param component the unpriced component, not null
   * @return the exception, not null
   */
  static PriceNotKnownException ofComponent(ApiCost cost, CostComponent component) {
    return new PriceNotKnownException(cost, component);
  }

  private PriceNotKnownException(ApiCost cost, CostComponent component) {
    super("No price for the " + component.name() + " of " + cost.provider() + " model '"
        + cost.model() + "': " + component.note().orElse("the card has no such rate")
        + " (" + component.tokens() + ")");
    this.provider = cost.provider();
    this.model = cost.model();
    this.date = null;
    this.component = component.name();
  }

  /**
   * Returns the provider id.
   *
   * @return the provider, not null
   */
  public String provider() {
    return provider;
  }

  /**
   * Returns the model id.
   *
   * @return the model, not null
   */
  public String model() {
    return model;
  }

  /**
   * Returns the date that was asked for.
   *
   * @return the date, or empty when no date was asked for
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the name of the cost component that has no price, such as {@code cachedInput}.
   *
   * @return the component, or empty when the whole model or date is unpriced
   */
  public Optional<String> component() {
    return Optional.ofNullable(component);
  }
}
