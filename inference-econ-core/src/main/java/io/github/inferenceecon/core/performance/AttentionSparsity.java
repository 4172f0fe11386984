/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Sparse attention at long context, such as 'beyond the first 4,096 tokens, skip 75% of the
 * attention work'.
 *
 * <p>The model: every query attends densely to the first {@link #denseTokens()} keys of its
 * context and skips a fraction {@link #skippedFraction()} of the keys beyond them, so a query
 * over {@code K} keys costs {@code min(K, D) + (1 - s) max(0, K - D)} key positions, in both
 * attention FLOPs and KV cache reads. Only attention shrinks: the projections and feed-forward
 * layers, and the KV cache held in memory, are unchanged. The cost grows continuously with the
 * context, so a longer context never costs less.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableAttentionSparsity.class)
@JsonDeserialize(as = ImmutableAttentionSparsity.class)
public abstract class AttentionSparsity {

  AttentionSparsity() {}

  /**
   * Obtains an instance of {@code AttentionSparsity}.
   *
   * @param skippedFraction the fraction {@code s} of keys beyond the dense span that are
   *     skipped, in [0, 1)
   * @param denseTokens the keys {@code D} every query attends to densely, not negative
   * @return the sparsity, not null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static AttentionSparsity of(double skippedFraction, long denseTokens) {
    return ImmutableAttentionSparsity.of(skippedFraction, denseTokens);
  }

  /**
   * Obtains dense attention: nothing skipped.
   *
   * @return the sparsity, not null
   */
  public static AttentionSparsity none() {
    return of(0, 0);
  }

  /**
   * Returns the fraction of keys beyond the dense span that are skipped, {@code s}.
   *
   * @return the fraction, in [0, 1)
   */
  @Value.Parameter(order = 0)
  public abstract double skippedFraction();

  /**
   * Returns the keys every query attends to densely, {@code D}.
   *
   * @return the token count, not negative
   */
  @Value.Parameter(order = 1)
  public abstract long denseTokens();

  /**
   * Returns the text form, such as {@code skip 0.75 beyond 4096 tokens}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "skip " + skippedFraction() + " beyond " + denseTokens() + " tokens";
  }

  @Value.Check
  protected final void check() {
    double s = skippedFraction();
    if (!(s >= 0 && s < 1)) {
      throw new IllegalArgumentException("Skipped fraction must be in [0, 1): " + s);
    }
    if (denseTokens() < 0) {
      throw new IllegalArgumentException("Dense tokens must not be negative: " + denseTokens());
    }
  }
}
