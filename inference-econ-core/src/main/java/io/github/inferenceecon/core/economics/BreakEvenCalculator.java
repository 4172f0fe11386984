/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.selfhosted.SelfHostedCostCalculator;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import java.math.MathContext;

/**
 * Finds the monthly volume above which self-hosting a model costs no more than an API price
 * card, and the cost of each at any volume.
 *
 * <pre>{@code
 * BreakEven b = BreakEvenCalculator.breakEven(card, ApiUsage.of(1_000, 500), setup);
 * b.breakEvenRequestsPerMonth();          // Optional[...], or empty if the API always wins
 * b.apiCostAt(new BigDecimal("1e7"));     // 10 million requests via the API
 * b.selfHostedCostAt(new BigDecimal("1e7"));
 * }</pre>
 *
 * <p>See {@link BreakEven} for the model. Divisions are rounded once each to the caller's
 * {@link MathContext}, by default {@link SelfHostedCostCalculator#DEFAULT_CONTEXT}. This class
 * is immutable and thread-safe.
 */
public final class BreakEvenCalculator {

  private BreakEvenCalculator() {}

  /**
   * Returns the break-even at {@link SelfHostedCostCalculator#DEFAULT_CONTEXT}.
   *
   * @param card the API price card, not null
   * @param request the usage of one typical request, with at least one token, not null
   * @param setup the self-hosted setup, whose replica count is the minimum fleet, not null
   * @return the break-even, not null
   * @throws IllegalArgumentException if the request is not fully priced at the card or has no
   *     tokens
   * @throws CurrencyMismatchException if the card and the hourly price differ in currency
   */
  public static BreakEven breakEven(ApiPriceCard card, ApiUsage request, SelfHostedSetup setup) {
    return breakEven(card, request, setup, SelfHostedCostCalculator.DEFAULT_CONTEXT);
  }

  /**
   * Returns the break-even, each division rounded once to a precision.
   *
   * @param card the API price card, not null
   * @param request the usage of one typical request, with at least one token, not null
   * @param setup the self-hosted setup, whose replica count is the minimum fleet, not null
   * @param context the precision and rounding, positive precision, not null
   * @return the break-even, not null
   * @throws IllegalArgumentException if the request is not fully priced at the card, has no
   *     tokens, or the precision is zero
   * @throws CurrencyMismatchException if the card and the hourly price differ in currency
   */
  public static BreakEven breakEven(ApiPriceCard card, ApiUsage request, SelfHostedSetup setup,
      MathContext context) {
    return BreakEven.of(card, request, setup, context);
  }
}
