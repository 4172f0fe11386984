/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.units.TokenCount;
import org.immutables.value.Value;

/**
 * The traffic a deployment must serve, such as '5 requests per second, prompts log-normal around
 * 1,500 tokens, answers log-normal around 300 tokens, 40% of prompt tokens cache hits'.
 *
 * <p>The model: the mean request rate (requests per second, arrivals assumed Poisson), the input
 * and output {@link LengthDistribution}s, the fraction of input tokens a prompt (prefix) cache
 * serves, and the fraction of output tokens that are hidden reasoning.
 *
 * <p>Months are average Gregorian months of 30.436875 days (2,629,746 seconds).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrafficProfile.class)
@JsonDeserialize(as = ImmutableTrafficProfile.class)
public abstract class TrafficProfile {

  /** Seconds in an average Gregorian month (365.2425 / 12 days). */
  public static final long SECONDS_PER_MONTH = Decimals.SECONDS_IN_AVERAGE_MONTH;

  TrafficProfile() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableTrafficProfile.builder();
  }

  /**
   * Builds a {@link TrafficProfile}; the rate and both length distributions are required.
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
    public abstract Builder from(TrafficProfile instance);

    /**
     * Sets the mean arrival rate in requests per second. Required (see
     * {@link TrafficProfile#requestsPerSecond() requestsPerSecond}).
     *
     * @param requestsPerSecond the rate, finite and positive
     * @return this builder, not null
     */
    public abstract Builder requestsPerSecond(double requestsPerSecond);

    /**
     * Sets the distribution of input (prompt) lengths. Required (see
     * {@link TrafficProfile#inputLength() inputLength}).
     *
     * @param inputLength the distribution, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code inputLength} is null
     */
    public abstract Builder inputLength(LengthDistribution inputLength);

    /**
     * Sets the distribution of output (generated) lengths. Required (see
     * {@link TrafficProfile#outputLength() outputLength}).
     *
     * @param outputLength the distribution, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code outputLength} is null
     */
    public abstract Builder outputLength(LengthDistribution outputLength);

    /**
     * Sets the fraction of input tokens served from a prompt cache, 0 by default. Optional (see
     * {@link TrafficProfile#cacheHitRate() cacheHitRate}).
     *
     * @param cacheHitRate the fraction, in [0, 1]
     * @return this builder, not null
     */
    public abstract Builder cacheHitRate(double cacheHitRate);

    /**
     * Sets the fraction of output tokens that are hidden reasoning, 0 by default. Optional (see
     * {@link TrafficProfile#reasoningFraction() reasoningFraction}).
     *
     * @param reasoningFraction the fraction, in [0, 1]
     * @return this builder, not null
     */
    public abstract Builder reasoningFraction(double reasoningFraction);

    /**
     * Builds the {@link TrafficProfile}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link TrafficProfile} (the
     *     message names the field, the value and the rule)
     */
    public abstract TrafficProfile build();
  }

  /**
   * Obtains a profile of requests of fixed lengths at a rate, nothing cached.
   *
   * @param requestsPerSecond the mean arrival rate, finite and positive
   * @param inputTokens the input length of every request, not negative
   * @param outputTokens the output length of every request, not negative
   * @return the profile, not null
   */
  public static TrafficProfile fixed(double requestsPerSecond, long inputTokens,
      long outputTokens) {
    return builder().requestsPerSecond(requestsPerSecond)
        .inputLength(LengthDistribution.fixed(inputTokens))
        .outputLength(LengthDistribution.fixed(outputTokens))
        .build();
  }

  /**
   * Returns the mean arrival rate in requests per second.
   *
   * @return the rate, finite and positive
   */
  public abstract double requestsPerSecond();

  /**
   * Returns the distribution of input (prompt) lengths.
   *
   * @return the distribution, not null
   */
  public abstract LengthDistribution inputLength();

  /**
   * Returns the distribution of output (generated) lengths.
   *
   * @return the distribution, not null
   */
  public abstract LengthDistribution outputLength();

  /**
   * Returns the fraction of input tokens served from a prompt cache, 0 by default.
   *
   * @return the fraction, in [0, 1]
   */
  @Value.Default
  public double cacheHitRate() {
    return 0;
  }

  /**
   * Returns the fraction of output tokens that are hidden reasoning, 0 by default.
   *
   * @return the fraction, in [0, 1]
   */
  @Value.Default
  public double reasoningFraction() {
    return 0;
  }

  /**
   * Returns the mean request: mean input and output lengths rounded to whole tokens, with the
   * cached and reasoning shares applied and rounded down.
   *
   * @return the mean request, not null
   */
  @JsonIgnore
  public Request meanRequest() {
    long input = Math.round(inputLength().mean());
    long output = Math.round(outputLength().mean());
    return Request.builder()
        .inputTokens(TokenCount.of(input))
        .outputTokens(TokenCount.of(output))
        .cachedInputTokens(TokenCount.of((long) Math.floor(input * cacheHitRate())))
        .reasoningTokens(TokenCount.of((long) Math.floor(output * reasoningFraction())))
        .build();
  }

  /**
   * Returns the mean number of requests in an average month.
   *
   * @return the requests per month, finite and positive
   */
  @JsonIgnore
  public double requestsPerMonth() {
    return requestsPerSecond() * SECONDS_PER_MONTH;
  }

  /**
   * Returns a copy of this profile with another request rate.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param requestsPerSecond the rate, finite and positive
   * @return the new instance, not null
   */
  public TrafficProfile withRequestsPerSecond(double requestsPerSecond) {
    return builder().from(this).requestsPerSecond(requestsPerSecond).build();
  }

  /**
   * Returns a copy of this profile with another cache-hit rate.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param cacheHitRate the fraction, in [0, 1]
   * @return the new instance, not null
   */
  public TrafficProfile withCacheHitRate(double cacheHitRate) {
    return builder().from(this).cacheHitRate(cacheHitRate).build();
  }

  @Value.Check
  protected final void check() {
    Checks.finitePositive(requestsPerSecond(), "Request rate");
    Checks.fraction(cacheHitRate(), "Cache-hit rate");
    Checks.fraction(reasoningFraction(), "Reasoning fraction");
  }
}
