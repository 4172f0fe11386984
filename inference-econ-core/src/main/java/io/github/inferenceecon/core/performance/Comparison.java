/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * A what-if: the same scenario before and after one change, such as 'FP8 instead of BF16 for
 * Llama-3.1-8B on one H100 at 8 sequences: throughput x1.5, time per output token -3.0 ms,
 * memory per device -8.5 GiB'.
 *
 * <p>Ratios are after over before; changes are after minus before, negative when the change
 * saves.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComparison.class)
@JsonDeserialize(as = ImmutableComparison.class)
public abstract class Comparison {

  Comparison() {}

  /**
   * Obtains a comparison of two estimates.
   *
   * @param change a description of the change, not blank, not null
   * @param before the estimate before the change, not null
   * @param after the estimate after the change, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Comparison of(String change, ServingEstimate before, ServingEstimate after) {
    return ImmutableComparison.builder().change(change).before(before).after(after).build();
  }

  /**
   * Returns a description of the change.
   *
   * @return the description, not null
   */
  public abstract String change();

  /**
   * Returns the estimate before the change.
   *
   * @return the estimate, not null
   */
  public abstract ServingEstimate before();

  /**
   * Returns the estimate after the change.
   *
   * @return the estimate, not null
   */
  public abstract ServingEstimate after();

  /**
   * Returns the output throughput after over before.
   *
   * @return the ratio, not negative; infinite only if the throughput before was zero
   */
  @JsonIgnore
  public double throughputRatio() {
    return after().outputThroughput().tokensPerSecond()
        / before().outputThroughput().tokensPerSecond();
  }

  /**
   * Returns the change in output throughput of the whole deployment, in tokens per second.
   *
   * @return the change, negative when throughput falls
   */
  @JsonIgnore
  public double throughputChange() {
    return after().outputThroughput().tokensPerSecond()
        - before().outputThroughput().tokensPerSecond();
  }

  /**
   * Returns the change in mean time per output token.
   *
   * @return the change, negative when tokens come faster, not null
   */
  @JsonIgnore
  public Duration timePerOutputTokenChange() {
    return after().timePerOutputToken().minus(before().timePerOutputToken());
  }

  /**
   * Returns the change in mean time to first token.
   *
   * @return the change, negative when the first token comes sooner, not null
   */
  @JsonIgnore
  public Duration timeToFirstTokenChange() {
    return after().timeToFirstToken().minus(before().timeToFirstToken());
  }

  /**
   * Returns the change in mean end-to-end latency.
   *
   * @return the change, not null
   */
  @JsonIgnore
  public Duration endToEndLatencyChange() {
    return after().endToEndLatency().minus(before().endToEndLatency());
  }

  /**
   * Returns the change in memory in use per device, in bytes.
   *
   * @return the change, negative when memory is saved
   */
  @JsonIgnore
  public long memoryPerDeviceChange() {
    return Math.subtractExact(after().memoryPerDevice().toBytes(),
        before().memoryPerDevice().toBytes());
  }

  /**
   * Returns the change in KV cache per device, in bytes.
   *
   * @return the change, negative when KV cache memory is saved
   */
  @JsonIgnore
  public long kvCachePerDeviceChange() {
    return Math.subtractExact(after().kvCachePerDevice().toBytes(),
        before().kvCachePerDevice().toBytes());
  }

  /**
   * Returns the change in the most sequences memory holds per replica.
   *
   * @return the change, negative when fewer fit
   */
  @JsonIgnore
  public long memoryLimitChange() {
    return after().memoryLimit() - before().memoryLimit();
  }

  /**
   * Returns a readable summary of the change and its effects.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return change() + ": throughput x" + Text.num(throughputRatio()) + " ("
        + Text.rate(before().outputThroughput()) + " -> " + Text.rate(after().outputThroughput())
        + "), TPOT "
        + Text.ms(before().timePerOutputToken()) + " -> " + Text.ms(after().timePerOutputToken())
        + ", TTFT " + Text.ms(before().timeToFirstToken()) + " -> "
        + Text.ms(after().timeToFirstToken()) + ", memory per device "
        + before().memoryPerDevice().toDisplayString() + " -> "
        + after().memoryPerDevice().toDisplayString() + ", memory limit "
        + before().memoryLimit() + " -> " + after().memoryLimit() + " sequences";
  }

  @Value.Check
  protected final void check() {
    Checks.notBlank(change(), "Change description");
  }
}
