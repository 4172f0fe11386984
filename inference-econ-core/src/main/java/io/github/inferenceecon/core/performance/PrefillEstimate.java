/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.units.TokenRate;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The prefill of a batch of prompts, such as '8 prompts of 2,000 tokens on Llama-3.1-8B on one
 * H100: 574 ms to the first tokens, compute-bound'.
 *
 * <p>Each prompt of {@link #promptTokens()} tokens finds {@link #cachedPrefixTokens()} of them in
 * a prompt cache and computes the rest ({@link #computedTokens()}); a fully cached prompt still
 * computes its last token, whose logits give the first output token (as vLLM does). The pass
 * ({@link #pass()}) covers the whole batch; with pipeline parallelism the batch is split into
 * micro-batches that fill the pipeline. {@link #timeToFirstToken()} is the time from the start
 * of the prefill to the first output token of every prompt, with no queueing.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrefillEstimate.class)
@JsonDeserialize(as = ImmutablePrefillEstimate.class)
public abstract class PrefillEstimate {

  PrefillEstimate() {}

  static ImmutablePrefillEstimate.Builder builder() {
    return ImmutablePrefillEstimate.builder();
  }

  /**
   * Returns the tokens of each prompt, cached ones included.
   *
   * @return the tokens, not negative
   */
  public abstract long promptTokens();

  /**
   * Returns the tokens of each prompt found in a prompt cache.
   *
   * @return the tokens, from 0 to {@link #promptTokens()}
   */
  public abstract long cachedPrefixTokens();

  /**
   * Returns the tokens each prompt computes: the uncached ones, at least 1 for a non-empty
   * prompt.
   *
   * @return the tokens, not negative
   */
  public abstract long computedTokens();

  /**
   * Returns the number of prompts prefilled together.
   *
   * @return the batch, positive
   */
  public abstract int batch();

  /**
   * Returns the breakdown of the forward pass over the batch (one micro-batch with pipeline
   * parallelism).
   *
   * @return the breakdown, not null
   */
  public abstract PassBreakdown pass();

  /**
   * Returns the time until every prompt of the batch has its first output token.
   *
   * @return the time, not null
   */
  public abstract Duration timeToFirstToken();

  /**
   * Returns the prompt tokens computed per second by one replica.
   *
   * @return the rate, not null
   */
  public abstract TokenRate throughput();

  /**
   * Returns the resource that limits the prefill.
   *
   * @return the bound, not null
   */
  @JsonIgnore
  public Bound bound() {
    return pass().bound();
  }

  /**
   * Returns the text form, such as
   * {@code prefill 8 x 2000 tokens (0 cached): TTFT 574.0 ms, 27874 tokens/s; pass ...}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "prefill " + batch() + " x " + promptTokens() + " tokens (" + cachedPrefixTokens()
        + " cached): TTFT " + Text.ms(timeToFirstToken()) + ", " + Text.rate(throughput())
        + "; pass "
        + pass();
  }
}
