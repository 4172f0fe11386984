/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a self-hosted fleet costs per request and per month for a traffic profile, in two views:
 * usage-based (pay only for the device time the traffic takes, grossed up by the utilisation)
 * and reserved (pay for every hour of the whole fleet).
 *
 * <p>The model: the {@link SelfHostedSetup}, the {@link TrafficProfile} and the precision of each
 * division; every figure is derived from them. The mean request has the profile's mean input and
 * output lengths (fractional tokens are kept); input tokens served from the prefix cache
 * ({@link TrafficProfile#cacheHitRate()}) are taken to need no prefill. A month is an average
 * Gregorian month, {@value TrafficProfile#SECONDS_PER_MONTH} seconds or 730.485 hours.
 *
 * <ul>
 *   <li><b>Usage-based</b>: {@code requestsPerMonth x costPerRequest}, the request costed by the
 *       busy replica-time it takes, grossed up by the utilisation; right for autoscaled or
 *       serverless capacity running at the setup's utilisation.</li>
 *   <li><b>Reserved</b>: {@code fleetHourlyCost x 730.485}, whatever the traffic; also per
 *       request and per million tokens served (input plus output).</li>
 *   <li><b>Capacity</b>: the load factor is the busy replica-time the traffic needs over the
 *       replica-time available at the setup's utilisation; above 1 the fleet is too small, the
 *       reserved figures understate the cost and {@link #requiredReplicas()} says how many
 *       replicas would serve it.</li>
 * </ul>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSelfHostedMonthlyCost.class)
@JsonDeserialize(as = ImmutableSelfHostedMonthlyCost.class)
@JsonIgnoreProperties(allowGetters = true, value = {
    "unitCost", "requestsPerMonth", "inputTokensPerRequest", "prefillTokensPerRequest",
    "outputTokensPerRequest", "costPerRequest", "usageBasedMonthly", "reservedMonthly",
    "reservedCostPerRequest", "reservedCostPerMillionTokens", "loadFactor", "requiredReplicas",
    "assumptions"})
public abstract class SelfHostedMonthlyCost {

  SelfHostedMonthlyCost() {}

  /**
   * Obtains the monthly cost of serving a traffic profile with a setup, at
   * {@link SelfHostedCost#DEFAULT_CONTEXT}.
   *
   * @param setup the setup, not null
   * @param traffic the traffic profile, not null
   * @return the cost, not null
   */
  public static SelfHostedMonthlyCost of(SelfHostedSetup setup, TrafficProfile traffic) {
    return of(setup, traffic, SelfHostedCost.DEFAULT_CONTEXT);
  }

  /**
   * Obtains the monthly cost of serving a traffic profile with a setup.
   *
   * @param setup the setup, not null
   * @param traffic the traffic profile, not null
   * @param context the precision and rounding of each division, with a positive precision, not
   *     null
   * @return the cost, not null
   * @throws IllegalArgumentException if the precision is zero (unlimited)
   */
  public static SelfHostedMonthlyCost of(SelfHostedSetup setup, TrafficProfile traffic,
      MathContext context) {
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(context, "context");
    Decimals.checkPrecision(context.getPrecision());
    return ImmutableSelfHostedMonthlyCost.builder().setup(setup).traffic(traffic)
        .precision(context.getPrecision()).rounding(context.getRoundingMode()).build();
  }

  /**
   * Returns the setup.
   *
   * @return the setup, not null
   */
  public abstract SelfHostedSetup setup();

  /**
   * Returns the traffic profile.
   *
   * @return the traffic, not null
   */
  public abstract TrafficProfile traffic();

  /**
   * Returns the number of significant digits each division keeps.
   *
   * @return the precision, positive
   */
  public abstract int precision();

  /**
   * Returns the rounding of each division.
   *
   * @return the rounding mode, not null
   */
  public abstract RoundingMode rounding();

  /**
   * Returns the precision and rounding as a {@link MathContext}.
   *
   * @return the context, not null
   */
  @JsonIgnore
  public MathContext mathContext() {
    return Decimals.context(precision(), rounding());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the per-million costs of the setup.
   *
   * @return the unit cost, not null
   */
  @Value.Derived
  public SelfHostedCost unitCost() {
    return SelfHostedCost.of(setup(), mathContext());
  }

  /**
   * Returns the mean number of requests in a month: requests per second x 2,629,746, exactly.
   *
   * @return the requests per month, positive, not null
   */
  @Value.Derived
  public BigDecimal requestsPerMonth() {
    return Decimals.of(traffic().requestsPerSecond()).multiply(Decimals.SECONDS_PER_MONTH);
  }

  /**
   * Returns the mean input tokens of a request, cached ones included.
   *
   * @return the mean input tokens, not negative, not null
   */
  @Value.Derived
  public BigDecimal inputTokensPerRequest() {
    return Decimals.of(traffic().inputLength().mean());
  }

  /**
   * Returns the mean input tokens of a request that need prefill: the input not served from the
   * prefix cache.
   *
   * @return the mean prefill tokens, not negative, not null
   */
  @Value.Derived
  public BigDecimal prefillTokensPerRequest() {
    return inputTokensPerRequest()
        .multiply(BigDecimal.ONE.subtract(Decimals.of(traffic().cacheHitRate())));
  }

  /**
   * Returns the mean output tokens of a request.
   *
   * @return the mean output tokens, not negative, not null
   */
  @Value.Derived
  public BigDecimal outputTokensPerRequest() {
    return Decimals.of(traffic().outputLength().mean());
  }

  /**
   * Returns the cost of the mean request: the busy replica-time it takes, grossed up by the
   * utilisation, at the fleet's hourly cost per replica, divided once:
   * {@code fleetHourlyCost x (prefill / prefillRate + output / decodeRate) / (replicas x 3,600 x
   * utilisation)}. It agrees with {@link SelfHostedCost#costOfTokens} at the unit cost's rates
   * to the precision.
   *
   * @return the cost per request, not negative, not null
   */
  @Value.Derived
  public Money costPerRequest() {
    return busyCost(BigDecimal.ONE);
  }

  /**
   * Returns the usage-based monthly cost: requests per month x cost per request, computed with
   * one division.
   *
   * @return the line, not null
   */
  @Value.Derived
  public CostLine usageBasedMonthly() {
    return CostLine.builder().name("usage-based per month").quantity(requestsPerMonth())
        .unit("requests").rate(costPerRequest()).rateUnit("request")
        .amount(busyCost(requestsPerMonth())).build();
  }

  /** fleet x requests x (prefill x decode + output x prefillRate) / (3600 u replicas rates). */
  private Money busyCost(BigDecimal requests) {
    Money fleet = setup().fleetHourlyCost();
    BigDecimal work = setup().throughput().busyWork(prefillTokensPerRequest(),
        outputTokensPerRequest());
    BigDecimal denominator = Decimals.SECONDS_PER_HOUR
        .multiply(Decimals.of(setup().utilisation()))
        .multiply(setup().throughput().rateProduct())
        .multiply(BigDecimal.valueOf(setup().replicas()));
    return Money.of(fleet.currency(), fleet.amount().multiply(requests).multiply(work)
        .divide(denominator, mathContext()));
  }

  /**
   * Returns the reserved monthly cost: billed units x 730.485 hours at the hourly price,
   * exactly.
   *
   * @return the line, not null
   */
  @Value.Derived
  public CostLine reservedMonthly() {
    HourlyPrice price = setup().hourlyPrice();
    return CostLine.exact("reserved per month",
        BigDecimal.valueOf(setup().billedUnits()).multiply(Decimals.HOURS_PER_MONTH),
        price.basis().unit() + "s", price.price(), price.basis().unit());
  }

  /**
   * Returns the usage-based monthly cost.
   *
   * @return the cost, not negative, not null
   */
  @JsonIgnore
  public Money usageBasedMonthlyCost() {
    return usageBasedMonthly().amount();
  }

  /**
   * Returns the reserved monthly cost.
   *
   * @return the cost, not negative, not null
   */
  @JsonIgnore
  public Money reservedMonthlyCost() {
    return reservedMonthly().amount();
  }

  /**
   * Returns the reserved monthly cost spread over the month's requests.
   *
   * @return the cost per request, not negative, not null
   */
  @Value.Derived
  public Money reservedCostPerRequest() {
    return reservedMonthlyCost().dividedBy(requestsPerMonth(), mathContext());
  }

  /**
   * Returns the reserved monthly cost spread over the month's tokens, input (cached included)
   * plus output, per million.
   *
   * @return the cost per million tokens, not negative, or empty when the traffic has no tokens
   */
  @Value.Derived
  public Optional<Money> reservedCostPerMillionTokens() {
    BigDecimal tokens = requestsPerMonth()
        .multiply(inputTokensPerRequest().add(outputTokensPerRequest()));
    if (tokens.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(reservedMonthlyCost().multipliedBy(Decimals.MILLION)
        .dividedBy(tokens, mathContext()));
  }

  /**
   * Returns the busy replica-time the traffic needs over the replica-time available at the
   * setup's utilisation: {@code rps x (prefill / prefillRate + output / decodeRate) /
   * (replicas x utilisation)}, divided once.
   *
   * @return the load factor, not negative, not null; above 1 the fleet is too small
   */
  @Value.Derived
  public BigDecimal loadFactor() {
    return demandNumerator().divide(demandDenominator()
        .multiply(BigDecimal.valueOf(setup().replicas())), mathContext());
  }

  /**
   * Returns the number of replicas that serve the traffic at the setup's utilisation, at least
   * one.
   *
   * @return the replicas needed, positive
   * @throws ArithmeticException if the count overflows an {@code int}
   */
  @Value.Derived
  public int requiredReplicas() {
    BigDecimal replicas = Decimals.ceiling(demandNumerator().divide(demandDenominator(),
        mathContext()));
    return Math.max(1, replicas.intValueExact());
  }

  /**
   * Checks if the setup's replicas can serve the traffic at its utilisation.
   *
   * @return true if the load factor is at most 1
   */
  @JsonIgnore
  public boolean isCapacitySufficient() {
    return loadFactor().compareTo(BigDecimal.ONE) <= 0;
  }

  /**
   * Returns this cost for the fleet the traffic needs: the setup with
   * {@link #requiredReplicas()} replicas, at the same traffic and precision. Its
   * {@link #reservedMonthlyCost()} is what reserving just enough replicas costs.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the cost of the sized fleet, this instance when the fleet already has that many
   *     replicas, not null
   */
  public SelfHostedMonthlyCost withRequiredReplicas() {
    int required = requiredReplicas();
    return required == setup().replicas() ? this
        : of(setup().withReplicas(required), traffic(), mathContext());
  }

  /** rps x (prefill x decode + output x prefillRate). */
  private BigDecimal demandNumerator() {
    return Decimals.of(traffic().requestsPerSecond()).multiply(setup().throughput()
        .busyWork(prefillTokensPerRequest(), outputTokensPerRequest()));
  }

  /** prefillRate x decodeRate x utilisation. */
  private BigDecimal demandDenominator() {
    return setup().throughput().rateProduct().multiply(Decimals.of(setup().utilisation()));
  }

  /**
   * Returns the assumptions used, in words.
   *
   * @return the assumptions, not null
   */
  @Value.Derived
  public List<String> assumptions() {
    List<String> out = new ArrayList<>(unitCost().assumptions());
    out.add("Mean request: " + SiFormat.plain(inputTokensPerRequest()) + " input tokens ("
        + SiFormat.plain(prefillTokensPerRequest()) + " prefilled, the rest served from the "
        + "prefix cache at no cost) and " + SiFormat.plain(outputTokensPerRequest())
        + " output tokens");
    out.add("Month: 2629746 s (730.485 h); " + SiFormat.plain(requestsPerMonth())
        + " requests at " + traffic().requestsPerSecond() + " requests/s");
    out.add(isCapacitySufficient()
        ? "Load factor " + SiFormat.plain(loadFactor()) + ": the " + setup().replicas()
            + " replica(s) can serve the traffic"
        : "Load factor " + SiFormat.plain(loadFactor()) + ": the fleet is too small; "
            + requiredReplicas() + " replicas are needed and the reserved figures understate "
            + "the cost");
    return List.copyOf(out);
  }

  /**
   * Returns the text form, an invoice of the per-request and monthly figures in both views.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Self-hosted monthly: ").append(setup());
    b.append("\n  per request: ").append(costPerRequest());
    b.append("\n  ").append(usageBasedMonthly());
    b.append("\n  ").append(reservedMonthly());
    b.append("\n  reserved per request: ").append(reservedCostPerRequest());
    reservedCostPerMillionTokens().ifPresent(m -> b.append("\n  reserved per 1M tokens: ")
        .append(m));
    for (String a : assumptions()) {
      b.append("\n  - ").append(a);
    }
    return b.toString();
  }

  @Value.Check
  protected final void check() {
    Decimals.checkPrecision(precision());
  }
}
