/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.TokenRate;
import java.time.Duration;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One decode step of a batch at a context length, such as 'Llama-3.1-8B on one H100 at batch
 * 1 and 1,000 tokens of context: 8.2 ms per output token, memory-bandwidth-bound'.
 *
 * <p>Each of {@link #batch()} sequences has {@link #context()} tokens cached and generates the
 * next. Without speculative decoding an iteration is one forward pass and yields one token per
 * sequence. With speculative decoding an iteration is {@code k} draft steps, each costing
 * {@code c} plain steps, plus one target pass over {@code k + 1} positions per sequence, and
 * yields {@link #tokensPerIteration()} tokens per sequence on average. With pipeline
 * parallelism the batch runs as up to {@code pp} micro-batches that keep every stage busy;
 * {@link #pass()} is one micro-batch's traversal of all stages.
 *
 * <p>{@link #computeBoundBatch()} is the smallest batch at which the step's compute time
 * reaches its memory time at this context: its arithmetic intensity (FLOPs per byte) reaches the
 * achieved balance point {@link #balancePoint()} (achieved FLOP/s over achieved bytes/s). It is
 * empty when the KV cache reads grow as fast as the FLOPs, so that no batch is compute-bound.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecodeEstimate.class)
@JsonDeserialize(as = ImmutableDecodeEstimate.class)
public abstract class DecodeEstimate {

  DecodeEstimate() {}

  static ImmutableDecodeEstimate.Builder builder() {
    return ImmutableDecodeEstimate.builder();
  }

  /**
   * Returns the sequences decoding together on one replica.
   *
   * @return the batch, positive
   */
  public abstract int batch();

  /**
   * Returns the tokens each sequence has cached before the step.
   *
   * @return the context, not negative
   */
  public abstract long context();

  /**
   * Returns the breakdown of one target forward pass (one micro-batch with pipeline
   * parallelism).
   *
   * @return the breakdown, not null
   */
  public abstract PassBreakdown pass();

  /**
   * Returns the draft model's time per iteration, zero without speculative decoding.
   *
   * @return the time, not null
   */
  public abstract Duration draftTime();

  /**
   * Returns the time of one iteration: the target pass plus the draft time.
   *
   * @return the time, not null
   */
  public abstract Duration iterationTime();

  /**
   * Returns the expected tokens each sequence gains per iteration: 1, or
   * {@link SpeculativeDecoding#expectedTokensPerPass()} with speculative decoding.
   *
   * @return the tokens, at least 1
   */
  public abstract double tokensPerIteration();

  /**
   * Returns the time between two output tokens of one sequence: the iteration time over the
   * tokens per iteration.
   *
   * @return the time, not null
   */
  public abstract Duration timePerOutputToken();

  /**
   * Returns the output tokens one replica generates per second at this batch.
   *
   * @return the rate, not null
   */
  public abstract TokenRate throughputPerReplica();

  /**
   * Returns the output tokens per second per device of the replica.
   *
   * @return the rate, not null
   */
  public abstract TokenRate throughputPerDevice();

  /**
   * Returns the achieved balance point: the achieved FLOP/s over the achieved bytes/s, the
   * arithmetic intensity above which a pass is compute-bound.
   *
   * @return the balance point in FLOP per byte, positive
   */
  public abstract double balancePoint();

  /**
   * Returns the smallest batch at which the step turns compute-bound at this context.
   *
   * @return the batch, or empty if no batch up to {@code Integer.MAX_VALUE} is
   */
  public abstract OptionalLong computeBoundBatch();

  /**
   * Returns the resource that limits the step.
   *
   * @return the bound, not null
   */
  @JsonIgnore
  public Bound bound() {
    return pass().bound();
  }

  /**
   * Returns the text form, such as
   * {@code decode batch 1 at 1000 tokens: 8.150 ms/token, 122.7 tokens/s per device, ...}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "decode batch " + batch() + " at " + context() + " tokens: "
        + Text.ms(timePerOutputToken()) + "/token, " + Text.rate(throughputPerDevice())
        + " per device, "
        + "balance " + Text.num(balancePoint()) + " FLOP/B, compute-bound from batch "
        + (computeBoundBatch().isPresent() ? Long.toString(computeBoundBatch().getAsLong())
            : "never")
        + (tokensPerIteration() > 1 ? ", " + Text.num(tokensPerIteration())
            + " tokens/iteration, draft " + Text.ms(draftTime()) : "")
        + "; pass " + pass();
  }

  @Value.Check
  protected final void check() {
    Checks.positive(batch(), "Batch");
    Checks.notNegative(context(), "Context length");
  }
}
