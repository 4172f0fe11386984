/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import java.util.Objects;

/**
 * Thrown when a self-hosted sequence is longer than the model's context window, such as
 * "Context of 1000200 tokens exceeds the 131072-token context window of model 'Llama-3.1-8B'".
 *
 * <p>The window is {@link ModelArchitecture#contextLength()}: for an imported configuration,
 * {@code max_position_embeddings} with its RoPE scaling applied.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class ContextLengthExceededException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final long contextTokens;
  private final int contextLength;

  /**
   * Creates an exception.
   *
   * @param model the model's name, not null
   * @param contextTokens the tokens of the sequence, prompt and output together
   * @param contextLength the model's context window, in tokens
   */
  public ContextLengthExceededException(String model, long contextTokens, int contextLength) {
    super("Context of " + contextTokens + " tokens exceeds the " + contextLength
        + "-token context window of model '" + Objects.requireNonNull(model, "model") + "'");
    this.model = model;
    this.contextTokens = contextTokens;
    this.contextLength = contextLength;
  }

  /**
   * Returns the model's name.
   *
   * @return the name, not null
   */
  public String model() {
    return model;
  }

  /**
   * Returns the tokens of the sequence that does not fit.
   *
   * @return the tokens
   */
  public long contextTokens() {
    return contextTokens;
  }

  /**
   * Returns the model's context window.
   *
   * @return the window, in tokens
   */
  public int contextLength() {
    return contextLength;
  }
}
