/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.TokenRate;
import io.github.inferenceecon.core.workload.Request;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deployment serving requests in steady state, such as 'Llama-3.1-8B on one H100 at 5
 * requests/s of 1,000 prompt and 200 output tokens: 1,000 output tokens/s with 8.6 sequences in
 * flight, TTFT 44 ms, TPOT 8.6 ms'.
 *
 * <p>Throughput counts output tokens. Per replica, per device (per replica over the devices of a
 * replica) and for the whole deployment (all replicas). {@link #concurrency()} is the mean number
 * of sequences in flight per replica, at most {@link #memoryLimit()}, the most that the memory
 * left for KV cache holds at the mean context.
 *
 * <p>Latencies: {@link #timeToFirstToken()} and {@link #timePerOutputToken()} are means;
 * {@link #percentile()} gives the percentile of the two {@code AtPercentile} figures. The model
 * is deterministic: the spread of the time to first token comes from the spread of prompt
 * lengths and of where in an iteration a request arrives; the time per output token is the same
 * for every request, so its percentile equals its mean. Queueing beyond the next iteration is not
 * modelled, so latencies hold below saturation.
 *
 * <p>{@link #prefillShare()} is the share of device time spent on prefill, which a cost model
 * uses to attribute device time to input and output tokens. With continuous batching it is the
 * time the prefill tokens add to the steady-state iterations (their mean time minus that of the
 * same iterations without them) over their mean time; with static batching, the prefill pass
 * over the batch's total time. Prompts are whole: when fewer than one prompt (or prefill chunk)
 * falls in an iteration on average, some iterations hold one and the rest none, so at one
 * sequence in flight the prefill share is the time to first token over the request's whole
 * time, and the throughput counts both.
 *
 * <p>{@link #predictionInterval()} is the calibration's interval for the deployment's regime;
 * {@link #outputThroughputRange()}, {@link #timeToFirstTokenRange()} and {@link
 * #timePerOutputTokenRange()} apply it to the estimates.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServingEstimate.class)
@JsonDeserialize(as = ImmutableServingEstimate.class)
public abstract class ServingEstimate {

  ServingEstimate() {}

  static ImmutableServingEstimate.Builder builder() {
    return ImmutableServingEstimate.builder();
  }

  /**
   * Returns a one-line description of the deployment.
   *
   * @return the description, not null
   */
  public abstract String deployment();

  /**
   * Returns how sequences are batched.
   *
   * @return the batching, not null
   */
  public abstract Batching batching();

  /**
   * Returns the mean request served, lengths rounded to whole tokens.
   *
   * @return the request, not null
   */
  public abstract Request request();

  /**
   * Returns the mean number of sequences in flight on one replica.
   *
   * @return the concurrency, finite and not negative
   */
  public abstract double concurrency();

  /**
   * Returns the most sequences one replica's memory holds at the mean context (at the final
   * context for static batching).
   *
   * @return the limit, positive
   */
  public abstract long memoryLimit();

  /**
   * Checks if the concurrency reached the memory limit (as many sequences as memory holds, or
   * more were asked for).
   *
   * @return true if memory set the concurrency
   */
  public abstract boolean isMemoryLimited();

  /**
   * Returns the output tokens per second of the whole deployment, all replicas.
   *
   * @return the rate, not null
   */
  public abstract TokenRate outputThroughput();

  /**
   * Returns the output tokens per second of one replica.
   *
   * @return the rate, not null
   */
  public abstract TokenRate outputThroughputPerReplica();

  /**
   * Returns the output tokens per second per device.
   *
   * @return the rate, not null
   */
  public abstract TokenRate outputThroughputPerDevice();

  /**
   * Returns the requests completed per second by the whole deployment.
   *
   * @return the rate, finite and not negative
   */
  public abstract double requestsPerSecond();

  /**
   * Returns the mean time from a request's admission to its first output token.
   *
   * @return the time, not null
   */
  public abstract Duration timeToFirstToken();

  /**
   * Returns the mean time between two output tokens of a request.
   *
   * @return the time, not null
   */
  public abstract Duration timePerOutputToken();

  /**
   * Returns the percentile of {@link #timeToFirstTokenAtPercentile()} and
   * {@link #timePerOutputTokenAtPercentile()}.
   *
   * @return the percentile, in (0, 1)
   */
  public abstract double percentile();

  /**
   * Returns the time to first token at {@link #percentile()}.
   *
   * @return the time, not null
   */
  public abstract Duration timeToFirstTokenAtPercentile();

  /**
   * Returns the time per output token at {@link #percentile()}, equal to the mean in this
   * deterministic model.
   *
   * @return the time, not null
   */
  public abstract Duration timePerOutputTokenAtPercentile();

  /**
   * Returns the mean time from admission to the last output token.
   *
   * @return the time, not null
   */
  public abstract Duration endToEndLatency();

  /**
   * Returns the time of one iteration (continuous batching) or the mean decode step (static
   * batching).
   *
   * @return the time, not null
   */
  public abstract Duration iterationTime();

  /**
   * Returns the expected tokens each decoding sequence gains per iteration: 1, or more with
   * speculative decoding.
   *
   * @return the tokens, at least 1
   */
  public abstract double tokensPerIteration();

  /**
   * Returns the resource that limits the prefill of one prompt.
   *
   * @return the bound, not null
   */
  public abstract Bound prefillBound();

  /**
   * Returns the resource that limits the decode steps.
   *
   * @return the bound, not null
   */
  public abstract Bound decodeBound();

  /**
   * Returns the share of device time spent on prefill.
   *
   * @return the share, in [0, 1]
   */
  public abstract double prefillShare();

  /**
   * Returns the memory in use on the most loaded device: weights, activations, overhead and the
   * KV cache of the concurrency.
   *
   * @return the size, not null
   */
  public abstract ByteSize memoryPerDevice();

  /**
   * Returns the KV cache of the concurrency on the most loaded device.
   *
   * @return the size, not null
   */
  public abstract ByteSize kvCachePerDevice();

  /**
   * Returns the prediction interval of the deployment's regime, from the calibration's residuals.
   *
   * @return the interval, or empty when the model has none (uncalibrated efficiencies)
   */
  public abstract Optional<PredictionInterval> predictionInterval();

  /**
   * Returns the range the prediction interval puts around the output throughput of the whole
   * deployment.
   *
   * @return the range, or empty without an interval
   */
  @JsonIgnore
  public Optional<Range<TokenRate>> outputThroughputRange() {
    return predictionInterval().map(i -> Range.of(i.low(outputThroughput()),
        i.high(outputThroughput())));
  }

  /**
   * Returns the range the prediction interval puts around the mean time to first token.
   *
   * @return the range, or empty without an interval
   */
  @JsonIgnore
  public Optional<Range<Duration>> timeToFirstTokenRange() {
    return predictionInterval().map(i -> Range.of(i.low(timeToFirstToken()),
        i.high(timeToFirstToken())));
  }

  /**
   * Returns the range the prediction interval puts around the mean time per output token.
   *
   * @return the range, or empty without an interval
   */
  @JsonIgnore
  public Optional<Range<Duration>> timePerOutputTokenRange() {
    return predictionInterval().map(i -> Range.of(i.low(timePerOutputToken()),
        i.high(timePerOutputToken())));
  }

  /**
   * Returns the share of device time spent on decode: {@code 1 - prefillShare()}.
   *
   * @return the share, in [0, 1]
   */
  @JsonIgnore
  public double decodeShare() {
    return 1 - prefillShare();
  }

  /**
   * Returns a readable summary, one item per line.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    Request r = request();
    StringBuilder b = new StringBuilder();
    b.append(deployment()).append(", ").append(batching()).append(" batching, requests of ")
        .append(r.inputTokens().count()).append(" in (").append(r.cachedInputTokens().count())
        .append(" cached) / ").append(r.outputTokens().count()).append(" out\n");
    line(b, "concurrency", Text.num(concurrency()) + " per replica (memory limit "
        + memoryLimit() + (isMemoryLimited() ? ", reached)" : ")"));
    line(b, "throughput", Text.rate(outputThroughput()) + " output ("
        + Text.rate(outputThroughputPerReplica()) + " per replica, "
        + Text.rate(outputThroughputPerDevice()) + " per device), "
        + Text.num(requestsPerSecond()) + " requests/s");
    line(b, "TTFT", Text.ms(timeToFirstToken()) + " mean, " + Text.ms(
        timeToFirstTokenAtPercentile()) + " at p" + Text.num(percentile() * 100));
    line(b, "TPOT", Text.ms(timePerOutputToken()) + " mean, " + Text.ms(
        timePerOutputTokenAtPercentile()) + " at p" + Text.num(percentile() * 100));
    line(b, "end to end", Text.ms(endToEndLatency()));
    line(b, "iteration", Text.ms(iterationTime()) + ", " + Text.num(tokensPerIteration())
        + " tokens/sequence");
    line(b, "bounds", "prefill " + prefillBound() + ", decode " + decodeBound());
    line(b, "device time", "prefill " + Text.num(prefillShare() * 100) + "%, decode "
        + Text.num(decodeShare() * 100) + "%");
    line(b, "memory", memoryPerDevice().toDisplayString() + " per device (KV "
        + kvCachePerDevice().toDisplayString() + ")");
    predictionInterval().ifPresent(i -> line(b, "range", Text.rate(i.low(outputThroughput()))
        + " to " + Text.rate(i.high(outputThroughput())) + " output, " + i));
    return b.toString();
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append("  ").append(label).append(": ").append(value).append('\n');
  }

  @Value.Check
  protected final void check() {
    Checks.finiteNotNegative(concurrency(), "Concurrency");
    Checks.positive(memoryLimit(), "Memory limit");
    Checks.finiteNotNegative(requestsPerSecond(), "Request rate");
    if (!(percentile() > 0 && percentile() < 1)) {
      throw new IllegalArgumentException("Percentile must be in (0, 1): " + percentile());
    }
    if (!(tokensPerIteration() >= 1) || !Double.isFinite(tokensPerIteration())) {
      throw new IllegalArgumentException("Tokens per iteration must be at least 1: "
          + tokensPerIteration());
    }
    Checks.fraction(prefillShare(), "Prefill share");
  }
}
