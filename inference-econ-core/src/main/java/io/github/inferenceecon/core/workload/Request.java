/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.units.TokenCount;
import org.immutables.value.Value;

/**
 * One inference request, such as '10,000 input tokens (8,000 of them served from a prompt cache)
 * and 1,000 output tokens'.
 *
 * <p>Cached input tokens are a subset of the input tokens (the prefix that a prompt cache
 * serves), and reasoning tokens a subset of the output tokens (generated but not shown); neither
 * is ever counted twice. {@link #uncachedInputTokens()} and {@link #visibleOutputTokens()} give
 * the remainders.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequest.class)
@JsonDeserialize(as = ImmutableRequest.class)
public abstract class Request {

  Request() {}

  /**
   * Obtains a request with input and output tokens, nothing cached and no reasoning.
   *
   * @param inputTokens the input (prompt) tokens, not null
   * @param outputTokens the output (generated) tokens, not null
   * @return the request, not null
   */
  public static Request of(TokenCount inputTokens, TokenCount outputTokens) {
    return builder().inputTokens(inputTokens).outputTokens(outputTokens).build();
  }

  /**
   * Obtains a request with input and output token counts, nothing cached and no reasoning.
   *
   * @param inputTokens the number of input tokens, not negative
   * @param outputTokens the number of output tokens, not negative
   * @return the request, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Request of(long inputTokens, long outputTokens) {
    return of(TokenCount.of(inputTokens), TokenCount.of(outputTokens));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableRequest.builder();
  }

  /**
   * Builds a {@link Request}; input and output tokens are required.
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
    public abstract Builder from(Request instance);

    /**
     * Sets the input (prompt) tokens, cached ones included. Required (see
     * {@link Request#inputTokens() inputTokens}).
     *
     * @param inputTokens the input tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code inputTokens} is null
     */
    public abstract Builder inputTokens(TokenCount inputTokens);

    /**
     * Sets the output (generated) tokens, reasoning tokens included. Required (see
     * {@link Request#outputTokens() outputTokens}).
     *
     * @param outputTokens the output tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code outputTokens} is null
     */
    public abstract Builder outputTokens(TokenCount outputTokens);

    /**
     * Sets the input tokens served from a prompt cache, a subset of the input; zero by default.
     * Optional (see {@link Request#cachedInputTokens() cachedInputTokens}).
     *
     * @param cachedInputTokens the cached input tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code cachedInputTokens} is null
     */
    public abstract Builder cachedInputTokens(TokenCount cachedInputTokens);

    /**
     * Sets the output tokens spent on hidden reasoning, a subset of the output; zero by default.
     * Optional (see {@link Request#reasoningTokens() reasoningTokens}).
     *
     * @param reasoningTokens the reasoning tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code reasoningTokens} is null
     */
    public abstract Builder reasoningTokens(TokenCount reasoningTokens);

    /**
     * Builds the {@link Request}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link Request} (the message
     *     names the field, the value and the rule)
     */
    public abstract Request build();
  }

  /**
   * Returns the input (prompt) tokens, cached ones included.
   *
   * @return the input tokens, not null
   */
  public abstract TokenCount inputTokens();

  /**
   * Returns the output (generated) tokens, reasoning tokens included.
   *
   * @return the output tokens, not null
   */
  public abstract TokenCount outputTokens();

  /**
   * Returns the input tokens served from a prompt cache, a subset of the input; zero by default.
   *
   * @return the cached input tokens, not null
   */
  @Value.Default
  public TokenCount cachedInputTokens() {
    return TokenCount.ZERO;
  }

  /**
   * Returns the output tokens spent on hidden reasoning, a subset of the output; zero by default.
   *
   * @return the reasoning tokens, not null
   */
  @Value.Default
  public TokenCount reasoningTokens() {
    return TokenCount.ZERO;
  }

  /**
   * Returns the input tokens not served from a cache: input minus cached input.
   *
   * @return the uncached input tokens, not null
   */
  public TokenCount uncachedInputTokens() {
    return inputTokens().minus(cachedInputTokens());
  }

  /**
   * Returns the output tokens that are not reasoning: output minus reasoning.
   *
   * @return the visible output tokens, not null
   */
  public TokenCount visibleOutputTokens() {
    return outputTokens().minus(reasoningTokens());
  }

  /**
   * Returns all tokens of the request: input plus output.
   *
   * @return the total, not null
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public TokenCount totalTokens() {
    return inputTokens().plus(outputTokens());
  }

  @Value.Check
  protected final void check() {
    if (cachedInputTokens().isGreaterThan(inputTokens())) {
      throw new IllegalArgumentException("Cached input tokens must not exceed input tokens: "
          + cachedInputTokens().count() + "/" + inputTokens().count());
    }
    if (reasoningTokens().isGreaterThan(outputTokens())) {
      throw new IllegalArgumentException("Reasoning tokens must not exceed output tokens: "
          + reasoningTokens().count() + "/" + outputTokens().count());
    }
  }
}
