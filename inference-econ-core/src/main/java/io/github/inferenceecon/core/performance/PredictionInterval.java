/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.TokenRate;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * A prediction interval for the model's estimates in one regime, such as '80% of held-out
 * MLPerf rows measured between 0.78x and 1.21x of the estimate'.
 *
 * <p>The stored model is the interval's {@link #coverage()}, the ratios of measured to estimated
 * throughput at its lower and upper quantiles ({@link #lowRatio()} and {@link #highRatio()}),
 * how many calibration rows they come from and which rows ({@link #basis()}). A throughput
 * estimate {@code x} has the range {@code [x lowRatio, x highRatio]}; a time (time to first
 * token, time per output token) is inversely proportional to the rate its phase runs at, so a
 * time estimate {@code t} has the range {@code [t / highRatio, t / lowRatio]}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePredictionInterval.class)
@JsonDeserialize(as = ImmutablePredictionInterval.class)
public abstract class PredictionInterval {

  PredictionInterval() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutablePredictionInterval.builder();
  }

  /** Builds a {@link PredictionInterval}; every attribute is required. */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(PredictionInterval instance);

    /**
     * Sets the share of held-out rows the interval is meant to cover, such as 0.8. Required.
     *
     * @param coverage the coverage, in (0, 1)
     * @return this builder, not null
     */
    public abstract Builder coverage(double coverage);

    /**
     * Sets the ratio of measured to estimated throughput at the lower quantile. Required.
     *
     * @param lowRatio the ratio, positive and finite
     * @return this builder, not null
     */
    public abstract Builder lowRatio(double lowRatio);

    /**
     * Sets the ratio of measured to estimated throughput at the upper quantile. Required.
     *
     * @param highRatio the ratio, at least the low ratio
     * @return this builder, not null
     */
    public abstract Builder highRatio(double highRatio);

    /**
     * Sets the number of calibration rows the quantiles were taken from. Required.
     *
     * @param rows the count, positive
     * @return this builder, not null
     */
    public abstract Builder rows(int rows);

    /**
     * Sets which rows the quantiles were taken from. Required.
     *
     * @param basis the description, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code basis} is null
     */
    public abstract Builder basis(String basis);

    /**
     * Builds the {@link PredictionInterval}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link PredictionInterval}
     *     (the message names the field, the value and the rule)
     */
    public abstract PredictionInterval build();
  }

  /**
   * Returns the share of held-out rows the interval is meant to cover, such as 0.8.
   *
   * @return the coverage, in (0, 1)
   */
  public abstract double coverage();

  /**
   * Returns the ratio of measured to estimated throughput at the interval's lower quantile.
   *
   * @return the ratio, positive and finite
   */
  public abstract double lowRatio();

  /**
   * Returns the ratio of measured to estimated throughput at the interval's upper quantile.
   *
   * @return the ratio, at least {@link #lowRatio()}
   */
  public abstract double highRatio();

  /**
   * Returns the number of calibration rows the quantiles were taken from.
   *
   * @return the count, positive
   */
  public abstract int rows();

  /**
   * Returns which rows the quantiles were taken from, such as
   * {@code NVIDIA Hopper, FP8, dense (held out by accelerator)}.
   *
   * @return the description, not null
   */
  public abstract String basis();

  /**
   * Returns the lower end of the interval around a throughput estimate.
   *
   * @param estimate the estimate, not null
   * @return the lower end, not null
   */
  public TokenRate low(TokenRate estimate) {
    return TokenRate.of(estimate.tokensPerSecond() * lowRatio());
  }

  /**
   * Returns the upper end of the interval around a throughput estimate.
   *
   * @param estimate the estimate, not null
   * @return the upper end, not null
   */
  public TokenRate high(TokenRate estimate) {
    return TokenRate.of(estimate.tokensPerSecond() * highRatio());
  }

  /**
   * Returns the lower end of the interval around a time estimate: the time at the higher rate.
   *
   * @param estimate the estimate, not null
   * @return the lower end, not null
   */
  public Duration low(Duration estimate) {
    return Durations.ofSeconds(Durations.toSeconds(estimate) / highRatio());
  }

  /**
   * Returns the upper end of the interval around a time estimate: the time at the lower rate.
   *
   * @param estimate the estimate, not null
   * @return the upper end, not null
   */
  public Duration high(Duration estimate) {
    return Durations.ofSeconds(Durations.toSeconds(estimate) / lowRatio());
  }

  /**
   * Returns the text form, such as {@code 80% in [0.78x, 1.21x] (52 rows: NVIDIA Hopper, FP8, dense)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Math.round(coverage() * 100) + "% in [" + Text.num(lowRatio()) + "x, "
        + Text.num(highRatio()) + "x] (" + rows() + " rows: " + basis() + ")";
  }

  @Value.Check
  protected final void check() {
    if (!(coverage() > 0 && coverage() < 1)) {
      throw new IllegalArgumentException("Interval coverage must be in (0, 1): " + coverage());
    }
    Checks.finitePositive(lowRatio(), "Interval low ratio");
    Checks.finitePositive(highRatio(), "Interval high ratio");
    if (highRatio() < lowRatio()) {
      throw new IllegalArgumentException("Interval high ratio must not be below the low ratio: "
          + highRatio() + "/" + lowRatio());
    }
    Checks.positive(rows(), "Interval rows");
    Checks.notBlank(basis(), "Interval basis");
  }
}
