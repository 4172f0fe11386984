/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The monthly volume above which self-hosting a model costs no more than buying it from an API,
 * and the cost of each at any volume.
 *
 * <pre>{@code
 * BreakEven b = BreakEven.of(card, ApiUsage.of(1_000, 500), setup);
 * b.breakEvenRequestsPerMonth();          // Optional[...], or empty if the API always wins
 * b.apiCostAt(new BigDecimal("1e7"));     // 10 million requests via the API
 * b.selfHostedCostAt(new BigDecimal("1e7"));
 * }</pre>
 *
 * <p>The model: a price card, the usage of one typical request, a {@link SelfHostedSetup} and the
 * precision of each division; every figure is derived.
 * <ul>
 *   <li><b>API</b>: {@code volume x apiCostPerRequest}, linear. The request must be fully priced
 *       at the card.</li>
 *   <li><b>Self-hosted, reserved</b>: replicas are paid for every hour. The setup's replica count
 *       is the minimum fleet; more replicas are added, whole, as the volume needs them. One
 *       replica-month costs {@code fleetHourlyCost x 730.485 / replicas} and serves
 *       {@code utilisation x 2,629,746 s / busySecondsPerRequest} requests, where a request keeps
 *       a replica busy for {@code prefill / prefillRate + output / decodeRate} seconds (input read
 *       from the cache needs no prefill; cache writes do). The self-hosted cost is a
 *       staircase.</li>
 *   <li><b>Break-even</b>: the smallest volume {@code V*} such that the self-hosted cost is at
 *       most the API cost at {@code V*} and at every larger volume. It exists exactly when a full
 *       replica costs less per request than the API
 *       ({@code a x capacity > R}, with {@code a} the API cost per request, {@code R} the
 *       replica-month cost and {@code capacity} the requests per replica-month); it is
 *       {@code k x R / a} with {@code k = max(minimumReplicas, ceil(R / (a x capacity - R)))},
 *       the first replica count from which no later step of the staircase rises above the API
 *       line. The quotient is rounded up (ceiling) to the precision, so that self-hosting is
 *       never dearer at {@code V*}.</li>
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
@JsonSerialize(as = ImmutableBreakEven.class)
@JsonDeserialize(as = ImmutableBreakEven.class)
@JsonIgnoreProperties(allowGetters = true, value = {
    "apiCost", "busySecondsPerRequest", "requestsPerReplicaMonth", "replicaMonthlyCost",
    "selfHostedCostPerRequestAtCapacity", "breakEvenRequestsPerMonth", "assumptions"})
public abstract class BreakEven {

  BreakEven() {}

  /**
   * Obtains the break-even between an API price card and a self-hosted setup at
   * {@link SelfHostedCost#DEFAULT_CONTEXT}.
   *
   * @param card the API price card, not null
   * @param request the usage of one typical request, with at least one token, not null
   * @param setup the self-hosted setup, whose replica count is the minimum fleet, not null
   * @return the break-even, not null
   * @throws IllegalArgumentException if the request is not fully priced at the card or has no
   *     tokens
   * @throws CurrencyMismatchException if the card and the hourly price differ in currency
   */
  public static BreakEven of(ApiPriceCard card, ApiUsage request, SelfHostedSetup setup) {
    return of(card, request, setup, SelfHostedCost.DEFAULT_CONTEXT);
  }

  /**
   * Obtains the break-even between an API price card and a self-hosted setup.
   *
   * @param card the API price card, not null
   * @param request the usage of one typical request, with at least one token, not null
   * @param setup the self-hosted setup, whose replica count is the minimum fleet, not null
   * @param context the precision and rounding of each division, positive precision, not null
   * @return the break-even, not null
   * @throws IllegalArgumentException if the request is not fully priced at the card, has no
   *     tokens, or the precision is zero
   * @throws CurrencyMismatchException if the card and the hourly price differ in currency
   */
  public static BreakEven of(ApiPriceCard card, ApiUsage request, SelfHostedSetup setup,
      MathContext context) {
    Objects.requireNonNull(context, "context");
    Decimals.checkPrecision(context.getPrecision());
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(setup, "setup");
    if (!card.currency().equals(setup.hourlyPrice().currency())) {
      throw new CurrencyMismatchException(card.currency(), setup.hourlyPrice().currency());
    }
    return ImmutableBreakEven.builder().card(card).request(request).setup(setup)
        .precision(context.getPrecision()).rounding(context.getRoundingMode()).build();
  }

  /**
   * Returns the API price card.
   *
   * @return the card, not null
   */
  public abstract ApiPriceCard card();

  /**
   * Returns the usage of one typical request.
   *
   * @return the request, not null
   */
  public abstract ApiUsage request();

  /**
   * Returns the self-hosted setup; its replica count is the minimum fleet.
   *
   * @return the setup, not null
   */
  public abstract SelfHostedSetup setup();

  /**
   * Returns the number of significant digits each division keeps.
   *
   * @return the precision, positive
   */
  public abstract int precision();

  /**
   * Returns the rounding of each division (the break-even volume always rounds up).
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
   * Returns the explained API cost of one request.
   *
   * @return the API cost, fully priced, not null
   */
  @Value.Derived
  public ApiCost apiCost() {
    ApiCost cost = ApiCost.of(card(), request());
    if (!cost.isFullyPriced()) {
      throw new IllegalArgumentException("Request must be fully priced at the card to find a "
          + "break-even: unpriced " + cost.unpricedComponents().get(0).name());
    }
    return cost;
  }

  /**
   * Returns the API cost of one request.
   *
   * @return the cost, not negative, not null
   */
  @JsonIgnore
  public Money apiCostPerRequest() {
    return apiCost().total();
  }

  /**
   * Returns the seconds one request keeps a replica busy:
   * {@code prefill / prefillRate + output / decodeRate}, divided once.
   *
   * @return the busy seconds, positive, not null
   */
  @Value.Derived
  public BigDecimal busySecondsPerRequest() {
    return busyNumerator().divide(busyDenominator(), mathContext());
  }

  /**
   * Returns the requests one replica serves in a month at the setup's utilisation:
   * {@code utilisation x 2,629,746 / busySecondsPerRequest}, divided once.
   *
   * @return the capacity, positive, not null
   */
  @Value.Derived
  public BigDecimal requestsPerReplicaMonth() {
    return Decimals.of(setup().utilisation()).multiply(Decimals.SECONDS_PER_MONTH)
        .multiply(busyDenominator()).divide(busyNumerator(), mathContext());
  }

  /**
   * Returns what one replica costs per month, reserved: the fleet's hourly cost x 730.485 over
   * the replicas.
   *
   * @return the replica-month cost, not negative, not null
   */
  @Value.Derived
  public Money replicaMonthlyCost() {
    return setup().fleetHourlyCost().multipliedBy(Decimals.HOURS_PER_MONTH)
        .dividedBy(BigDecimal.valueOf(setup().replicas()), mathContext());
  }

  /**
   * Returns the self-hosted cost of a request when replicas are full: replica-month cost over
   * capacity.
   *
   * @return the marginal cost per request, not negative, not null
   */
  @Value.Derived
  public Money selfHostedCostPerRequestAtCapacity() {
    return replicaMonthlyCost().dividedBy(requestsPerReplicaMonth(), mathContext());
  }

  /**
   * Returns the monthly request volume from which self-hosting costs no more than the API, at
   * that volume and every larger one.
   *
   * @return the volume in requests per month, or empty when the API is cheaper at any volume
   */
  @Value.Derived
  public Optional<BigDecimal> breakEvenRequestsPerMonth() {
    BigDecimal a = apiCostPerRequest().amount();
    BigDecimal r = replicaMonthlyCost().amount();
    BigDecimal cap = requestsPerReplicaMonth();
    BigDecimal gap = a.multiply(cap).subtract(r);
    if (gap.signum() <= 0) {
      return Optional.empty();
    }
    MathContext up = new MathContext(precision(), RoundingMode.CEILING);
    BigDecimal k = Decimals.ceiling(r.divide(gap, up))
        .max(BigDecimal.valueOf(setup().replicas()));
    BigDecimal v = k.multiply(r).divide(a, up);
    while (v.compareTo(k.multiply(cap)) > 0) {
      // Rounding up pushed the volume past its step: the next step holds the break-even.
      k = k.add(BigDecimal.ONE);
      v = k.multiply(r).divide(a, up);
    }
    return Optional.of(v);
  }

  /**
   * Returns the break-even volume in tokens (input plus output) per month.
   *
   * @return the tokens per month, or empty when the API is cheaper at any volume
   */
  @JsonIgnore
  public Optional<BigDecimal> breakEvenTokensPerMonth() {
    BigDecimal perRequest = BigDecimal.valueOf(request().totalTokens().count());
    return breakEvenRequestsPerMonth().map(v -> v.multiply(perRequest));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the replicas a monthly volume needs: at least the setup's, and enough for the
   * volume, counted exactly.
   *
   * @param requestsPerMonth the volume, not negative, not null
   * @return the replicas, positive
   * @throws IllegalArgumentException if the volume is negative
   * @throws ArithmeticException if the count overflows a {@code long}
   */
  public long replicasAt(BigDecimal requestsPerMonth) {
    checkVolume(requestsPerMonth);
    BigDecimal cap = requestsPerReplicaMonth();
    BigDecimal whole = requestsPerMonth.divideToIntegralValue(cap);
    if (requestsPerMonth.compareTo(whole.multiply(cap)) > 0) {
      whole = whole.add(BigDecimal.ONE);
    }
    return Math.max(setup().replicas(), whole.longValueExact());
  }

  /**
   * Returns the reserved self-hosted cost of a monthly volume: replicas needed x replica-month
   * cost.
   *
   * @param requestsPerMonth the volume, not negative, not null
   * @return the cost, not negative, not null
   * @throws IllegalArgumentException if the volume is negative
   */
  public Money selfHostedCostAt(BigDecimal requestsPerMonth) {
    return replicaMonthlyCost().multipliedBy(replicasAt(requestsPerMonth));
  }

  /**
   * Returns the API cost of a monthly volume: volume x API cost per request, exactly.
   *
   * @param requestsPerMonth the volume, not negative, not null
   * @return the cost, not negative, not null
   * @throws IllegalArgumentException if the volume is negative
   */
  public Money apiCostAt(BigDecimal requestsPerMonth) {
    checkVolume(requestsPerMonth);
    return apiCostPerRequest().multipliedBy(requestsPerMonth);
  }

  /**
   * Checks if self-hosting costs strictly less than the API at a monthly volume.
   *
   * @param requestsPerMonth the volume, not negative, not null
   * @return true if self-hosting is cheaper
   * @throws IllegalArgumentException if the volume is negative
   */
  public boolean isSelfHostingCheaperAt(BigDecimal requestsPerMonth) {
    return selfHostedCostAt(requestsPerMonth).isLessThan(apiCostAt(requestsPerMonth));
  }

  /**
   * Returns the assumptions used, in words.
   *
   * @return the assumptions, not null
   */
  @Value.Derived
  public List<String> assumptions() {
    return List.of(
        "Request: " + request(),
        "API: " + card().provider() + " " + card().model() + " at " + apiCostPerRequest()
            + " per request",
        "Self-hosted: reserved replicas paid every hour, at least " + setup().replicas()
            + ", added whole as volume grows; " + replicaMonthlyCost() + " per replica-month, "
            + SiFormat.plain(requestsPerReplicaMonth()) + " requests per replica-month",
        "Replica busy " + SiFormat.plain(busySecondsPerRequest()) + " s per request at "
            + setup().throughput() + "; cache reads need no prefill",
        "Month: 730.485 h; divisions rounded once to " + precision() + " significant digits");
  }

  /**
   * Returns the text form: the break-even volume and both cost lines' slopes.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Break-even: ").append(card().provider()).append(' ')
        .append(card().model()).append(" against self-hosting");
    b.append("\n  API per request: ").append(apiCostPerRequest());
    b.append("\n  self-hosted per request at capacity: ")
        .append(selfHostedCostPerRequestAtCapacity());
    b.append("\n  break-even: ").append(breakEvenRequestsPerMonth()
        .map(v -> SiFormat.plain(v) + " requests per month")
        .orElse("none; the API is cheaper at any volume"));
    for (String a : assumptions()) {
      b.append("\n  - ").append(a);
    }
    return b.toString();
  }

  @Value.Check
  protected final void check() {
    Decimals.checkPrecision(precision());
    if (!card().currency().equals(setup().hourlyPrice().currency())) {
      throw new CurrencyMismatchException(card().currency(), setup().hourlyPrice().currency());
    }
  }

  //-----------------------------------------------------------------------
  private BigDecimal prefillTokens() {
    return BigDecimal.valueOf(request().computedInputTokens().count());
  }

  /** prefill x decodeRate + output x prefillRate. */
  private BigDecimal busyNumerator() {
    BigDecimal n = setup().throughput().busyWork(prefillTokens(),
        BigDecimal.valueOf(request().outputTokens().count()));
    if (n.signum() == 0) {
      throw new IllegalArgumentException("Request must have prefill or output tokens to find a "
          + "break-even: " + request());
    }
    return n;
  }

  /** prefillRate x decodeRate. */
  private BigDecimal busyDenominator() {
    return setup().throughput().rateProduct();
  }

  private static void checkVolume(BigDecimal requestsPerMonth) {
    Objects.requireNonNull(requestsPerMonth, "requestsPerMonth");
    if (requestsPerMonth.signum() < 0) {
      throw new IllegalArgumentException("Monthly volume must not be negative: "
          + requestsPerMonth.toPlainString());
    }
  }
}
