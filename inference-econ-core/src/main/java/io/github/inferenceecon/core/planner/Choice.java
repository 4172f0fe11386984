/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.CostComponent;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A feasible candidate with what it costs and how fast it serves the traffic, such as
 * 'Llama-3.1-8B on 1 x h100 (tp=1, pp=1; BF16): 3 replicas, USD 6574.37 per month, TTFT 98.1 ms
 * and TPOT 21.3 ms at p90'.
 *
 * <p>The model: the {@link Candidate}; the monthly cost of serving the traffic (an average
 * Gregorian month of 2,629,746 s, 730.485 h); the requests in that month and the tokens of a
 * request; and the details of how it was bought:
 * <ul>
 *   <li><b>self-hosted</b>: the {@link HardwareOption}, the {@link Deployment} with the replica
 *       count the traffic needs, and the {@link ServingEstimate} of the fleet at the traffic's
 *       rate. The monthly cost is that of the whole fleet, reserved: the units billed (devices,
 *       or whole instances) x the hourly price x 730.485 h, exactly. The input and output split
 *       charges device time to prompt and output tokens in proportion to the time each phase
 *       takes at that operating point ({@link io.github.inferenceecon.core.selfhosted.Throughput});
 *   <li><b>API</b>: the {@link ApiOption} and the exact {@link ApiCost} of the traffic's mean
 *       request; the monthly cost is that cost x the requests per month, exactly. The input
 *       price per million covers the input, cache-read and cache-write components, the output
 *       price the output and reasoning components.
 * </ul>
 * The costs per million tokens, input and output together and split between them, are derived
 * from these on first use, each division rounded once to 16 significant digits
 * ({@link io.github.inferenceecon.core.selfhosted.SelfHostedCost#DEFAULT_CONTEXT}).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChoice.class)
@JsonDeserialize(as = ImmutableChoice.class)
@JsonIgnoreProperties(allowGetters = true, value = {
    "costPerMillionTokens", "costPerMillionInput", "costPerMillionOutput"})
public abstract class Choice {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  Choice() {}

  static ImmutableChoice.Builder builder() {
    return ImmutableChoice.builder();
  }

  /**
   * Returns the candidate.
   *
   * @return the candidate, not null
   */
  public abstract Candidate candidate();

  /**
   * Returns the cost of serving the traffic for an average month.
   *
   * @return the cost, not negative, not null
   */
  public abstract Money monthlyCost();

  /**
   * Returns the mean number of requests in an average month: requests per second x 2,629,746.
   *
   * @return the requests, positive, not null
   */
  public abstract BigDecimal requestsPerMonth();

  /**
   * Returns the mean input tokens of a request, cached ones included: the traffic's mean when
   * self-hosted, the whole tokens of the mean request an API bills.
   *
   * @return the tokens, not negative, not null
   */
  public abstract BigDecimal inputTokensPerRequest();

  /**
   * Returns the mean output tokens of a request: the traffic's mean when self-hosted, the whole
   * tokens of the mean request an API bills.
   *
   * @return the tokens, positive, not null
   */
  public abstract BigDecimal outputTokensPerRequest();

  /**
   * Returns the hardware option of a self-hosted choice.
   *
   * @return the option, or empty for an API
   */
  public abstract Optional<HardwareOption> hardware();

  /**
   * Returns the deployment of a self-hosted choice, with the replicas the traffic needs.
   *
   * @return the deployment, or empty for an API
   */
  public abstract Optional<Deployment> deployment();

  /**
   * Returns the serving estimate of a self-hosted choice: the fleet at the traffic's rate, with
   * latencies at the targets' percentile.
   *
   * @return the estimate, or empty for an API
   */
  public abstract Optional<ServingEstimate> serving();

  /**
   * Returns the API option of an API choice.
   *
   * @return the option, or empty when self-hosted
   */
  public abstract Optional<ApiOption> api();

  /**
   * Returns the exact API cost of the traffic's mean request.
   *
   * @return the cost, fully priced, or empty when self-hosted
   */
  public abstract Optional<ApiCost> apiCost();

  //-----------------------------------------------------------------------
  /**
   * Returns the monthly cost per million tokens served, input (cached included) and output
   * together: {@code monthlyCost x 1,000,000 / (requestsPerMonth x (input + output))}.
   *
   * @return the cost, not negative, not null
   */
  @Value.Lazy
  @JsonProperty
  public Money costPerMillionTokens() {
    return perMillion(monthlyCost(), inputTokensPerRequest().add(outputTokensPerRequest()));
  }

  /**
   * Returns the cost per million input tokens, cached ones included: the monthly cost's share
   * of prefill time (self-hosted) or the input, cache-read and cache-write components (API).
   *
   * @return the cost, not negative, or empty when a request has no input
   */
  @Value.Lazy
  @JsonProperty
  public Optional<Money> costPerMillionInput() {
    if (inputTokensPerRequest().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(perMillion(inputSide(), inputTokensPerRequest()));
  }

  /**
   * Returns the cost per million output tokens: the monthly cost's share of decode time
   * (self-hosted) or the output and reasoning components (API).
   *
   * @return the cost, not negative, not null
   */
  @Value.Lazy
  @JsonProperty
  public Money costPerMillionOutput() {
    return perMillion(monthlyCost().minus(inputSide()), outputTokensPerRequest());
  }

  /** The part of the monthly cost charged to input tokens. */
  private Money inputSide() {
    if (isSelfHosted()) {
      double share = Math.max(0, Math.min(1, serving().get().prefillShare()));
      return monthlyCost().multipliedBy(BigDecimal.valueOf(share));
    }
    Money input = Money.zero(monthlyCost().currency());
    for (CostComponent c : apiCost().get().components()) {
      if (!c.name().equals("output") && !c.name().equals("reasoning")) {
        input = input.plus(c.cost().orElseThrow());
      }
    }
    return input.multipliedBy(requestsPerMonth());
  }

  private Money perMillion(Money monthly, BigDecimal tokensPerRequest) {
    return monthly.multipliedBy(MILLION).dividedBy(requestsPerMonth().multiply(tokensPerRequest),
        SelfHostedCost.DEFAULT_CONTEXT);
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if this choice is self-hosted.
   *
   * @return true if self-hosted, false for an API
   */
  @JsonIgnore
  public boolean isSelfHosted() {
    return candidate().kind() == Candidate.Kind.SELF_HOSTED;
  }

  /**
   * Returns the replicas of a self-hosted choice.
   *
   * @return the replicas, positive, or empty for an API
   */
  @JsonIgnore
  public OptionalInt replicas() {
    return deployment().map(d -> OptionalInt.of(d.replicas())).orElse(OptionalInt.empty());
  }

  /**
   * Returns the devices in use of a self-hosted choice: devices per replica x replicas.
   *
   * @return the devices, positive, or empty for an API
   */
  @JsonIgnore
  public OptionalInt devices() {
    return deployment().map(d -> OptionalInt.of(d.devices())).orElse(OptionalInt.empty());
  }

  /**
   * Returns the units the hourly price of a self-hosted choice is paid for: devices, or whole
   * instances.
   *
   * @return the units, positive, or empty for an API
   */
  @JsonIgnore
  public OptionalInt billedUnits() {
    return deployment().map(d -> OptionalInt.of(hardware().get().billedUnits(d.devices())))
        .orElse(OptionalInt.empty());
  }

  /**
   * Returns the time to first token of a self-hosted choice at the targets' percentile.
   *
   * @return the time, or empty for an API (no latency model)
   */
  @JsonIgnore
  public Optional<Duration> timeToFirstToken() {
    return serving().map(ServingEstimate::timeToFirstTokenAtPercentile);
  }

  /**
   * Returns the time per output token of a self-hosted choice at the targets' percentile.
   *
   * @return the time, or empty for an API (no latency model)
   */
  @JsonIgnore
  public Optional<Duration> timePerOutputToken() {
    return serving().map(ServingEstimate::timePerOutputTokenAtPercentile);
  }

  /**
   * Returns the text form, such as {@code Llama-3.1-8B on 1 x h100 (tp=1, pp=1; ...): USD
   * 6574.37 per month, USD 0.4053 per 1M tokens; 3 replicas, TTFT 98.1 ms, TPOT 21.3 ms at p90}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(candidate()).append(": ")
        .append(Texts.money(monthlyCost())).append(" per month, ")
        .append(Texts.unitMoney(costPerMillionTokens())).append(" per 1M tokens");
    serving().ifPresent(s -> b.append("; ").append(replicas().getAsInt())
        .append(" replica(s), TTFT ").append(Texts.duration(s.timeToFirstTokenAtPercentile()))
        .append(", TPOT ").append(Texts.duration(s.timePerOutputTokenAtPercentile())).append(" at ")
        .append(Texts.percentile(s.percentile())));
    return b.toString();
  }

  @Value.Check
  protected final void check() {
    boolean selfHosted = isSelfHosted();
    if (selfHosted != hardware().isPresent() || selfHosted != deployment().isPresent()
        || selfHosted != serving().isPresent() || selfHosted == api().isPresent()
        || selfHosted == apiCost().isPresent()) {
      throw new IllegalArgumentException("Choice must have the details of exactly its kind: "
          + candidate().kind());
    }
    if (monthlyCost().isNegative()) {
      throw new IllegalArgumentException("Monthly cost must not be negative: " + monthlyCost());
    }
    if (requestsPerMonth().signum() <= 0) {
      throw new IllegalArgumentException("Requests per month must be positive: "
          + requestsPerMonth().toPlainString());
    }
    if (inputTokensPerRequest().signum() < 0) {
      throw new IllegalArgumentException("Input tokens per request must not be negative: "
          + inputTokensPerRequest().toPlainString());
    }
    if (outputTokensPerRequest().signum() <= 0) {
      throw new IllegalArgumentException("Output tokens per request must be positive: "
          + outputTokensPerRequest().toPlainString());
    }
  }
}
