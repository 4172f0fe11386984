/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.units.TokenCount;
import java.util.Objects;

/**
 * Thrown when a request does not fit a model's context window or maximum output, such as
 * "Request input of 300000 tokens exceeds the context window of anthropic model
 * 'claude-sonnet-4-5': 200000 tokens".
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class ContextWindowExceededException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String provider;
  private final String model;
  private final TokenCount requested;
  private final TokenCount limit;

  /**
   * Creates an exception.
   *
   * @param provider the provider id, not null
   * @param model the model id, not null
   * @param part {@code input} (the context window) or {@code output} (the maximum output), not
   *     null
   * @param requested the tokens the request has, not null
   * @param limit the model's limit, not null
   */
  public ContextWindowExceededException(String provider, String model, String part,
      TokenCount requested, TokenCount limit) {
    super("Request " + Objects.requireNonNull(part, "part") + " of "
        + Objects.requireNonNull(requested, "requested").count() + " tokens exceeds the "
        + ("output".equals(part) ? "maximum output" : "context window") + " of "
        + Objects.requireNonNull(provider, "provider") + " model '"
        + Objects.requireNonNull(model, "model") + "': "
        + Objects.requireNonNull(limit, "limit").count() + " tokens");
    this.provider = provider;
    this.model = model;
    this.requested = requested;
    this.limit = limit;
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
   * Returns the tokens the request has.
   *
   * @return the tokens, not null
   */
  public TokenCount requested() {
    return requested;
  }

  /**
   * Returns the model's limit: its context window, or its maximum output.
   *
   * @return the limit, not null
   */
  public TokenCount limit() {
    return limit;
  }
}
