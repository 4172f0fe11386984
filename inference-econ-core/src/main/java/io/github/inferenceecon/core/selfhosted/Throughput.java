/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.units.TokenRate;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The sustained token rates of one model replica while it is busy, such as 'prefill 30,000
 * tokens/s, decode 3,000 tokens/s'.
 *
 * <p>The model: the rate at which a replica processes prompt (input) tokens and the rate at
 * which it generates output tokens, each the aggregate over all requests in flight at the
 * operating point (batch size, context length, precision) the caller has in mind. These are the
 * outputs of a performance model or of a measurement; the cost layer takes them as given and
 * does not depend on how they were found. Both rates are physical {@code double} quantities,
 * finite and positive.
 *
 * <p>Cost attribution: the replica is taken to spend {@code input / prefill} seconds on a
 * request's prompt and {@code output / decode} seconds on its answer, so device time is charged
 * to input and output tokens in proportion to the time each takes.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableThroughput.class)
@JsonDeserialize(as = ImmutableThroughput.class)
public abstract class Throughput {

  Throughput() {}

  /**
   * Obtains the throughput of one replica from a performance model's serving estimate,
   * attributing device time by the estimate's prefill and decode shares. This is the one bridge
   * from the performance model to the cost layer: {@link SelfHostedEstimate} and the planner's
   * break-even both cross it.
   *
   * <p>With {@code R} requests per second per replica (its output throughput over the mean
   * request's output tokens), prefill share {@code p}, {@code I} computed (uncached) input tokens
   * and {@code O} output tokens per request: prefill rate {@code I x R / p}, decode rate
   * {@code O x R / (1 - p)}. Cached input tokens skip prefill, so they cost no device time here.
   *
   * @param estimate the serving estimate, not null
   * @return the throughput, not null
   * @throws IllegalArgumentException if the estimate has no output, no prefill work (every
   *     input token cached) or no decode time (one output token, which the prefill pass
   *     produces); {@link #isDerivableFrom(ServingEstimate)} tells beforehand
   */
  public static Throughput from(ServingEstimate estimate) {
    Objects.requireNonNull(estimate, "estimate");
    String problem = problem(estimate);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    double output = estimate.request().outputTokens().count();
    double prefillTokens = estimate.request().uncachedInputTokens().count();
    double prefillShare = estimate.prefillShare();
    double requestsPerSecond = estimate.outputThroughputPerReplica().tokensPerSecond() / output;
    return ofTokensPerSecond(prefillTokens * requestsPerSecond / prefillShare,
        output * requestsPerSecond / (1 - prefillShare));
  }

  /**
   * Checks if a serving estimate spends time on both prefill and decode work, so that
   * {@link #from(ServingEstimate)} can attribute its device time to input and output tokens.
   *
   * @param estimate the serving estimate, not null
   * @return true if {@code from} accepts the estimate
   */
  public static boolean isDerivableFrom(ServingEstimate estimate) {
    return problem(Objects.requireNonNull(estimate, "estimate")) == null;
  }

  /** Why {@link #from} cannot attribute an estimate's time, or null if it can. */
  private static @Nullable String problem(ServingEstimate estimate) {
    double outputRate = estimate.outputThroughputPerReplica().tokensPerSecond();
    double prefillShare = estimate.prefillShare();
    if (estimate.request().outputTokens().count() <= 0 || outputRate <= 0
        || prefillShare >= 1) {
      return "Serving estimate must produce output tokens to derive a throughput: "
          + estimate.outputThroughputPerReplica();
    }
    if (estimate.request().uncachedInputTokens().count() <= 0 || prefillShare <= 0) {
      return "Serving estimate has no prefill work to price input tokens by: prefill share "
          + prefillShare;
    }
    return null;
  }

  /**
   * Obtains an instance of {@code Throughput} from the prefill and decode rates of one replica.
   *
   * @param prefill the rate of processing input tokens, positive, not null
   * @param decode the rate of generating output tokens, positive, not null
   * @return the throughput, not null
   * @throws IllegalArgumentException if a rate is zero
   */
  public static Throughput of(TokenRate prefill, TokenRate decode) {
    return ImmutableThroughput.of(prefill, decode);
  }

  /**
   * Obtains an instance of {@code Throughput} from rates in tokens per second.
   *
   * @param prefillTokensPerSecond the rate of processing input tokens, finite and positive
   * @param decodeTokensPerSecond the rate of generating output tokens, finite and positive
   * @return the throughput, not null
   * @throws IllegalArgumentException if a rate is NaN, infinite, zero or negative
   */
  public static Throughput ofTokensPerSecond(double prefillTokensPerSecond,
      double decodeTokensPerSecond) {
    return of(TokenRate.of(prefillTokensPerSecond), TokenRate.of(decodeTokensPerSecond));
  }

  /**
   * Returns the rate at which one busy replica processes input (prompt) tokens.
   *
   * @return the prefill rate, positive, not null
   */
  @Value.Parameter(order = 0)
  public abstract TokenRate prefill();

  /**
   * Returns the rate at which one busy replica generates output tokens.
   *
   * @return the decode rate, positive, not null
   */
  @Value.Parameter(order = 1)
  public abstract TokenRate decode();

  /**
   * Returns the text form, such as {@code prefill 30000 tokens/s, decode 3000 tokens/s}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "prefill " + prefill() + ", decode " + decode();
  }

  /**
   * Returns the busy time of one request scaled by {@link #rateProduct()}, exactly:
   * {@code prefillTokens x decodeRate + outputTokens x prefillRate}. Divided by
   * {@link #rateProduct()} it is the seconds a replica spends on the request; the two are kept
   * apart so that a caller divides once, at its own precision.
   *
   * @param prefillTokens the tokens the request prefills, not negative, not null
   * @param outputTokens the tokens the request decodes, not negative, not null
   * @return the exact scaled busy time, not null
   */
  public BigDecimal busyWork(BigDecimal prefillTokens, BigDecimal outputTokens) {
    return prefillTokens.multiply(Decimals.of(decode().tokensPerSecond()))
        .add(outputTokens.multiply(Decimals.of(prefill().tokensPerSecond())));
  }

  /**
   * Returns {@code prefillRate x decodeRate}, exactly: the scale of {@link #busyWork}.
   *
   * @return the product of the two rates in tokens per second, positive, not null
   */
  public BigDecimal rateProduct() {
    return Decimals.of(prefill().tokensPerSecond())
        .multiply(Decimals.of(decode().tokensPerSecond()));
  }

  @Value.Check
  protected final void check() {
    if (prefill().isZero()) {
      throw new IllegalArgumentException("Prefill rate must be positive: " + prefill());
    }
    if (decode().isZero()) {
      throw new IllegalArgumentException("Decode rate must be positive: " + decode());
    }
  }
}
