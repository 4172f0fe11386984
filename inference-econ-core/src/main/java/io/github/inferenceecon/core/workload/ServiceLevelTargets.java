/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Latency targets a deployment must meet, such as 'time to first token under 2 s and time per
 * output token under 200 ms, at the 99th percentile' (the MLPerf Llama-2-70B server constraints).
 *
 * <p>Either target may be absent (not constrained). The percentile applies to both; 0.5 is the
 * median, 0.99 the 99th percentile.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceLevelTargets.class)
@JsonDeserialize(as = ImmutableServiceLevelTargets.class)
public abstract class ServiceLevelTargets {

  ServiceLevelTargets() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableServiceLevelTargets.builder();
  }

  /**
   * Builds a {@link ServiceLevelTargets}; every attribute is optional.
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
    public abstract Builder from(ServiceLevelTargets instance);

    /**
     * Sets the most time from a request's arrival to its first output token. Optional: if not set,
     * {@link ServiceLevelTargets#timeToFirstToken() timeToFirstToken} is empty.
     *
     * @param timeToFirstToken the target, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code timeToFirstToken} is null
     */
    public abstract Builder timeToFirstToken(Duration timeToFirstToken);

    /**
     * Sets {@link ServiceLevelTargets#timeToFirstToken() timeToFirstToken} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param timeToFirstToken the target, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code timeToFirstToken} is null
     */
    public abstract Builder timeToFirstToken(Optional<? extends Duration> timeToFirstToken);

    /**
     * Sets the most time between consecutive output tokens. Optional: if not set,
     * {@link ServiceLevelTargets#timePerOutputToken() timePerOutputToken} is empty.
     *
     * @param timePerOutputToken the target, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code timePerOutputToken} is null
     */
    public abstract Builder timePerOutputToken(Duration timePerOutputToken);

    /**
     * Sets {@link ServiceLevelTargets#timePerOutputToken() timePerOutputToken} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param timePerOutputToken the target, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code timePerOutputToken} is null
     */
    public abstract Builder timePerOutputToken(Optional<? extends Duration> timePerOutputToken);

    /**
     * Sets the percentile the targets apply at, 0.9 by default. Optional (see
     * {@link ServiceLevelTargets#percentile() percentile}).
     *
     * @param percentile the percentile, in (0, 1)
     * @return this builder, not null
     */
    public abstract Builder percentile(double percentile);

    /**
     * Builds the {@link ServiceLevelTargets}.
     *
     * @return the new instance, not null
     * @throws IllegalArgumentException if the values break a rule of {@link ServiceLevelTargets}
     *     (the message names the field, the value and the rule)
     */
    public abstract ServiceLevelTargets build();
  }

  /**
   * Obtains targets for both latencies at a percentile.
   *
   * @param timeToFirstToken the most time to the first output token, positive, not null
   * @param timePerOutputToken the most time per later output token, positive, not null
   * @param percentile the percentile the targets apply at, in (0, 1)
   * @return the targets, not null
   */
  public static ServiceLevelTargets of(Duration timeToFirstToken, Duration timePerOutputToken,
      double percentile) {
    return builder().timeToFirstToken(timeToFirstToken).timePerOutputToken(timePerOutputToken)
        .percentile(percentile).build();
  }

  /**
   * Obtains targets that constrain nothing.
   *
   * @return the targets, not null
   */
  public static ServiceLevelTargets none() {
    return builder().build();
  }

  /**
   * Returns the most time from a request's arrival to its first output token.
   *
   * @return the target, or empty when unconstrained
   */
  public abstract Optional<Duration> timeToFirstToken();

  /**
   * Returns the most time between consecutive output tokens.
   *
   * @return the target, or empty when unconstrained
   */
  public abstract Optional<Duration> timePerOutputToken();

  /**
   * Returns the percentile the targets apply at, 0.9 by default.
   *
   * @return the percentile, in (0, 1)
   */
  @Value.Default
  public double percentile() {
    return 0.9;
  }

  @Value.Check
  protected final void check() {
    if (!(percentile() > 0 && percentile() < 1)) {
      throw new IllegalArgumentException("Percentile must be in (0, 1): " + percentile());
    }
    timeToFirstToken().ifPresent(d -> positive(d, "Time-to-first-token target"));
    timePerOutputToken().ifPresent(d -> positive(d, "Time-per-output-token target"));
  }

  private static void positive(Duration d, String what) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
  }
}
