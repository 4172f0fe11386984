/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a catalog knows a model but not its price, such as "No price card for
 * amazon-bedrock model 'claude-sonnet-4': no price was sourced for it" or "No known price for
 * deepseek model 'deepseek-reasoner' on 2025-10-01: the price known from 2025-09-05 changed on a
 * date that was not published, before the next known price, which was listed on 2026-04-26 (no
 * effective date published)".
 *
 * <p>It is never replaced by a guess: a model without a sourced price, or a day for which the
 * catalog does not know which price was in force, is an error, not a zero.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class PriceNotKnownException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String provider;
  private final String model;
  private final @Nullable LocalDate date;

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
   * @return the date, or empty when the model has no price card at all
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }
}
