/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Speculative decoding with a draft model, such as 'draft 4 tokens, 80% accepted, draft step 5%
 * of a target step'.
 *
 * <p>Each iteration the draft proposes {@code k} tokens, one at a time, and the target verifies
 * them in one pass over {@code k + 1} positions per sequence. With each draft token accepted
 * independently with probability {@code a} (Leviathan, Kalman and Matias, "Fast Inference from
 * Transformers via Speculative Decoding", ICML 2023, arXiv 2211.17192), the expected tokens per
 * target pass are {@code (1 - a^(k+1)) / (1 - a)} (their equation 1), and with a draft step
 * costing {@code c} target steps the expected wall-time speed-up is
 * {@code (1 - a^(k+1)) / ((1 - a)(k c + 1))} (their theorem 3.8), which {@link #speedup()}
 * returns. That figure assumes a verification pass costs what a plain step does, true when
 * decode is memory-bound; {@link PerformanceModel} instead prices the verification pass over
 * {@code k + 1} positions with its roofline, so the gain shrinks as the batch turns
 * compute-bound. The draft model's own memory is not counted.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableSpeculativeDecoding.class)
@JsonDeserialize(as = ImmutableSpeculativeDecoding.class)
public abstract class SpeculativeDecoding {

  SpeculativeDecoding() {}

  /**
   * Obtains an instance of {@code SpeculativeDecoding}.
   *
   * @param draftTokens the tokens {@code k} the draft proposes per iteration, at least 1
   * @param acceptanceRate the probability {@code a} that a draft token is accepted, in [0, 1)
   * @param draftCostRatio the time {@code c} of one draft step as a fraction of a target step,
   *     finite and not negative
   * @return the configuration, not null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static SpeculativeDecoding of(int draftTokens, double acceptanceRate,
      double draftCostRatio) {
    return ImmutableSpeculativeDecoding.of(draftTokens, acceptanceRate, draftCostRatio);
  }

  /**
   * Returns the tokens the draft proposes per iteration, {@code k}.
   *
   * @return the count, at least 1
   */
  @Value.Parameter(order = 0)
  public abstract int draftTokens();

  /**
   * Returns the probability that one draft token is accepted, {@code a}.
   *
   * @return the rate, in [0, 1)
   */
  @Value.Parameter(order = 1)
  public abstract double acceptanceRate();

  /**
   * Returns the cost of one draft step as a fraction of a target step, {@code c}.
   *
   * @return the ratio, finite and not negative
   */
  @Value.Parameter(order = 2)
  public abstract double draftCostRatio();

  /**
   * Returns the expected tokens one target pass yields per sequence:
   * {@code (1 - a^(k+1)) / (1 - a)}, from 1 (nothing accepted) to {@code k + 1}.
   *
   * @return the expected tokens, at least 1
   */
  @JsonIgnore
  public double expectedTokensPerPass() {
    double a = acceptanceRate();
    return (1 - Math.pow(a, draftTokens() + 1)) / (1 - a);
  }

  /**
   * Returns Leviathan et al.'s expected wall-time speed-up:
   * {@code (1 - a^(k+1)) / ((1 - a)(k c + 1))}; at most 1 when nothing is accepted.
   *
   * @return the speed-up factor, positive
   */
  @JsonIgnore
  public double speedup() {
    return expectedTokensPerPass() / (draftTokens() * draftCostRatio() + 1);
  }

  /**
   * Returns the text form, such as {@code k=4, a=0.8, c=0.05}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "k=" + draftTokens() + ", a=" + acceptanceRate() + ", c=" + draftCostRatio();
  }

  @Value.Check
  protected final void check() {
    if (draftTokens() < 1) {
      throw new IllegalArgumentException("Draft tokens must be at least 1: " + draftTokens());
    }
    double a = acceptanceRate();
    if (!(a >= 0 && a < 1)) {
      throw new IllegalArgumentException("Acceptance rate must be in [0, 1): " + a);
    }
    double c = draftCostRatio();
    if (!Double.isFinite(c) || c < 0) {
      throw new IllegalArgumentException("Draft cost ratio must be finite and not negative: "
          + c);
    }
  }
}
