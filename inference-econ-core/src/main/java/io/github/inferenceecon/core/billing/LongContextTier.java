/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.units.TokenCount;
import org.immutables.value.Value;

/**
 * Rates that apply once a request's input passes a threshold, such as 'above 200,000 input
 * tokens, every token of the request at 6.00 input / 22.50 output'.
 *
 * <p>Whether all tokens of the request move to these rates, or only the input beyond the
 * threshold, is part of the price card ({@link LongContextRule}).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableLongContextTier.class)
@JsonDeserialize(as = ImmutableLongContextTier.class)
public abstract class LongContextTier {

  LongContextTier() {}

  /**
   * Obtains an instance of {@code LongContextTier}.
   *
   * @param threshold the input length the tier starts above, positive, not null
   * @param rule which tokens move to the tier's rates, not null
   * @param rates the tier's rates, not null
   * @return the tier, not null
   * @throws IllegalArgumentException if the threshold is zero
   */
  public static LongContextTier of(TokenCount threshold, LongContextRule rule, TokenRates rates) {
    return ImmutableLongContextTier.of(threshold, rule, rates);
  }

  /**
   * Returns the input length above which the tier applies (a request with exactly this many
   * input tokens stays at the base rates).
   *
   * @return the threshold, positive, not null
   */
  @Value.Parameter(order = 0)
  public abstract TokenCount threshold();

  /**
   * Returns which tokens move to the tier's rates.
   *
   * @return the rule, not null
   */
  @Value.Parameter(order = 1)
  public abstract LongContextRule rule();

  /**
   * Returns the tier's rates.
   *
   * @return the rates, not null
   */
  @Value.Parameter(order = 2)
  public abstract TokenRates rates();

  @Value.Check
  protected final void check() {
    if (threshold().isZero()) {
      throw new IllegalArgumentException("Long-context threshold must be positive: "
          + threshold());
    }
  }
}
