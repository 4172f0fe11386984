/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.economics.BreakEven;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cheapest self-hosted choice and the cheapest API side by side, with the monthly volume
 * above which self-hosting costs no more, such as 'self-hosted USD 6574.37 against API USD
 * 15779.10 per month; self-hosting is cheaper from 1.9 million requests per month'.
 *
 * <p>The model: the two {@link Choice}s and the {@link BreakEven} between the API's price card
 * and the self-hosted choice. The break-even's setup is the self-hosted choice's hardware and
 * layout with, as its minimum fleet, one replica (or the replicas one instance holds, for an
 * instance price); its throughput is that of one replica at its capacity under the targets (the
 * highest rate whose latencies meet them), and its utilisation the plan request's. So beyond the
 * break-even the fleet grows a replica at a time as the planner sizes it.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableSelfHostedVsApi.class)
@JsonDeserialize(as = ImmutableSelfHostedVsApi.class)
public abstract class SelfHostedVsApi {

  SelfHostedVsApi() {}

  /**
   * Obtains a comparison.
   *
   * @param selfHosted the self-hosted choice, not null
   * @param api the API choice, not null
   * @param breakEven the break-even between them, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if a choice is of the wrong kind
   */
  public static SelfHostedVsApi of(Choice selfHosted, Choice api, BreakEven breakEven) {
    return ImmutableSelfHostedVsApi.of(selfHosted, api, breakEven);
  }

  /**
   * Returns the self-hosted choice.
   *
   * @return the choice, not null
   */
  @Value.Parameter(order = 0)
  public abstract Choice selfHosted();

  /**
   * Returns the API choice.
   *
   * @return the choice, not null
   */
  @Value.Parameter(order = 1)
  public abstract Choice api();

  /**
   * Returns the break-even between the API's card and the self-hosted setup.
   *
   * @return the break-even, not null
   */
  @Value.Parameter(order = 2)
  public abstract BreakEven breakEven();

  /**
   * Checks if self-hosting costs strictly less per month at the plan's traffic.
   *
   * @return true if the self-hosted choice is cheaper
   */
  @JsonIgnore
  public boolean isSelfHostingCheaper() {
    return selfHosted().monthlyCost().isLessThan(api().monthlyCost());
  }

  /**
   * Returns the monthly cost of the API minus that of self-hosting: positive when self-hosting
   * saves money.
   *
   * @return the difference, not null
   */
  @JsonIgnore
  public Money monthlySaving() {
    return api().monthlyCost().minus(selfHosted().monthlyCost());
  }

  /**
   * Returns the monthly request volume from which self-hosting costs no more than the API.
   *
   * @return the volume, or empty when the API is cheaper at any volume
   */
  @JsonIgnore
  public Optional<BigDecimal> breakEvenRequestsPerMonth() {
    return breakEven().breakEvenRequestsPerMonth();
  }

  /**
   * Returns the text form: both choices, which is cheaper, and the break-even volume.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Self-hosted: " + selfHosted() + "\nAPI: " + api() + "\n"
        + (isSelfHostingCheaper() ? "Self-hosting saves " + Texts.money(monthlySaving())
            : "The API saves " + Texts.money(monthlySaving().negated())) + " per month; "
        + breakEvenRequestsPerMonth().map(v -> "break-even at "
            + Texts.num(v.doubleValue()) + " requests per month")
            .orElse("no break-even: the API is cheaper at any volume");
  }

  @Value.Check
  protected final void check() {
    if (!selfHosted().isSelfHosted() || api().isSelfHosted()) {
      throw new IllegalArgumentException("Comparison needs a self-hosted and an API choice: "
          + selfHosted().candidate().kind() + "/" + api().candidate().kind());
    }
  }
}
