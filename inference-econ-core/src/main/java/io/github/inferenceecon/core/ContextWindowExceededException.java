/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import io.github.inferenceecon.core.units.TokenCount;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a token count exceeds a model's limit: its context window, or its maximum output.
 * Both sides of the library throw it:
 * <ul>
 *   <li>a self-hosted sequence, prompt and output together, longer than the model's window
 *       ({@code ModelArchitecture.contextLength()}, for an imported configuration
 *       {@code max_position_embeddings} with its RoPE scaling applied), such as "Context of
 *       1000200 tokens exceeds the 131072-token context window of model 'Llama-3.1-8B'";</li>
 *   <li>an API request beyond the window or maximum output a provider lists for the model, such
 *       as "Request input of 300000 tokens exceeds the context window of anthropic model
 *       'claude-sonnet-4-5': 200000 tokens".</li>
 * </ul>
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class ContextWindowExceededException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The limit of a model that a token count exceeds. */
  public enum Kind {
    /** The context window: prompt and output together (for an API, the request's input). */
    CONTEXT_WINDOW,
    /** The most tokens the model generates in one response. */
    MAXIMUM_OUTPUT
  }

  /** The provider id of an API request; null for a self-hosted sequence. */
  private final @Nullable String provider;
  /** The model's name or id. */
  private final String model;
  /** The limit exceeded. */
  private final Kind kind;
  /** The tokens the sequence or request has. */
  private final TokenCount requested;
  /** The model's limit, in tokens. */
  private final TokenCount limit;

  /**
   * Creates an exception for a self-hosted sequence longer than the model's context window.
   *
   * @param model the model's name, not null
   * @param requested the tokens of the sequence, prompt and output together, not null
   * @param window the model's context window, not null
   */
  public ContextWindowExceededException(String model, TokenCount requested, TokenCount window) {
    super("Context of " + Objects.requireNonNull(requested, "requested").count()
        + " tokens exceeds the " + Objects.requireNonNull(window, "window").count()
        + "-token context window of model '" + Objects.requireNonNull(model, "model") + "'");
    this.provider = null;
    this.model = model;
    this.kind = Kind.CONTEXT_WINDOW;
    this.requested = requested;
    this.limit = window;
  }

  /**
   * Creates an exception for an API request beyond a limit the provider lists for the model.
   *
   * @param provider the provider id, not null
   * @param model the model id, not null
   * @param kind the limit exceeded: {@link Kind#CONTEXT_WINDOW} by the request's input,
   *     {@link Kind#MAXIMUM_OUTPUT} by its output, not null
   * @param requested the tokens the request has, not null
   * @param limit the model's limit, not null
   */
  public ContextWindowExceededException(String provider, String model, Kind kind,
      TokenCount requested, TokenCount limit) {
    super("Request " + (Objects.requireNonNull(kind, "kind") == Kind.MAXIMUM_OUTPUT
        ? "output" : "input") + " of " + Objects.requireNonNull(requested, "requested").count()
        + " tokens exceeds the " + (kind == Kind.MAXIMUM_OUTPUT ? "maximum output"
        : "context window") + " of " + Objects.requireNonNull(provider, "provider")
        + " model '" + Objects.requireNonNull(model, "model") + "': "
        + Objects.requireNonNull(limit, "limit").count() + " tokens");
    this.provider = provider;
    this.model = model;
    this.kind = kind;
    this.requested = requested;
    this.limit = limit;
  }

  /**
   * Returns the provider id, for an API request.
   *
   * @return the provider, or empty for a self-hosted model
   */
  public Optional<String> provider() {
    return Optional.ofNullable(provider);
  }

  /**
   * Returns the model: the provider's model id, or the self-hosted model's name.
   *
   * @return the model, not null
   */
  public String model() {
    return model;
  }

  /**
   * Returns which limit is exceeded.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the tokens asked for: the sequence's, or the request's input or output.
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
