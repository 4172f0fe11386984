/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Why a candidate cannot serve the traffic, such as 'Llama-3.1-70B on 1 x h100 (tp=1, pp=1;
 * BF16): does not fit: 131.5 GiB per device (weights and one sequence of 1100 tokens) &gt; budget
 * 72.00 GiB'.
 *
 * <p>The model: the {@link Candidate}, the {@link Reason}s it fails for (at least one, each once,
 * in the order of the enum) and a message for people that gives the figures behind every reason,
 * separated by {@code "; "}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableRejection.class)
@JsonDeserialize(as = ImmutableRejection.class)
public abstract class Rejection {

  /** Why a candidate fails. */
  public enum Reason {
    /**
     * The weights, runtime overhead and the KV cache of one sequence of the traffic's mean
     * context do not fit in a device's memory budget.
     */
    DOES_NOT_FIT,
    /**
     * The time to first token at the targets' percentile exceeds its target even when each
     * replica is lightly loaded (a billionth of the traffic), so no number of replicas helps.
     */
    MISSES_TTFT,
    /**
     * The time per output token exceeds its target even when each replica is lightly loaded.
     */
    MISSES_TPOT,
    /** The accelerator has no published dense peak in the compute format of the precision. */
    UNSUPPORTED_FORMAT,
    /**
     * A request of the percentile input and output lengths is longer than the model's context
     * window.
     */
    CONTEXT_WINDOW_TOO_SHORT,
    /** The API price card does not price every kind of token of the mean request. */
    UNPRICED,
    /**
     * The parallel layout is impossible: the tensor-parallel degree does not divide the model's
     * heads, the pipeline is deeper than the model, the accelerator has no scale-up interconnect
     * for a multi-device replica, or a replica does not divide an instance.
     */
    INVALID_LAYOUT,
    /**
     * The targets are met lightly loaded, but even the largest fleet allowed
     * ({@link PlanRequest#maxReplicas()}) cannot serve the traffic within memory, the
     * concurrency cap and the targets.
     */
    TOO_MANY_REPLICAS
  }

  Rejection() {}

  /**
   * Obtains a rejection.
   *
   * @param candidate the candidate, not null
   * @param reasons the reasons, not empty, each once, in the order of the enum, not null
   * @param message the figures behind every reason, not blank, not null
   * @return the rejection, not null
   * @throws IllegalArgumentException if the reasons are empty, repeat or are out of order, or
   *     the message is blank
   */
  public static Rejection of(Candidate candidate, List<Reason> reasons, String message) {
    return ImmutableRejection.of(candidate, reasons, message);
  }

  /**
   * Returns the candidate.
   *
   * @return the candidate, not null
   */
  @Value.Parameter(order = 0)
  public abstract Candidate candidate();

  /**
   * Returns the reasons, each once, in the order of the enum.
   *
   * @return the reasons, not empty, not null
   */
  @Value.Parameter(order = 1)
  public abstract List<Reason> reasons();

  /**
   * Returns the message: the figures behind every reason, such as
   * {@code misses TTFT: 2.31 s at p90 > 2 s; misses TPOT: 250 ms at p90 > 200 ms}.
   *
   * @return the message, not blank, not null
   */
  @Value.Parameter(order = 2)
  public abstract String message();

  /**
   * Returns the first reason.
   *
   * @return the reason, not null
   */
  @JsonIgnore
  public Reason reason() {
    return reasons().get(0);
  }

  /**
   * Checks if the candidate fails for a reason.
   *
   * @param reason the reason, not null
   * @return true if the reason is among {@link #reasons()}
   */
  public boolean hasReason(Reason reason) {
    return reasons().contains(Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Returns the text form: the candidate and the message.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return candidate() + ": " + message();
  }

  @Value.Check
  protected final void check() {
    if (reasons().isEmpty()) {
      throw new IllegalArgumentException("Rejection must have a reason: " + candidate());
    }
    for (int i = 1; i < reasons().size(); i++) {
      if (reasons().get(i).compareTo(reasons().get(i - 1)) <= 0) {
        throw new IllegalArgumentException("Rejection reasons must be distinct and in order: "
            + reasons());
      }
    }
    Checks.notBlank(message(), "Rejection message");
  }
}
