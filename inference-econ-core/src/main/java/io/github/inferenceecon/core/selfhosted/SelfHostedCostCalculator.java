/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.units.TokenRate;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Turns hardware time into money per token: what self-hosted inference costs per million input
 * and output tokens, per request and per month.
 *
 * <pre>{@code
 * SelfHostedSetup h100 = SelfHostedSetup.of(
 *     HourlyPrice.perDeviceHour(Money.of("USD", "3.00")), 1, 1.0,
 *     Throughput.ofTokensPerSecond(30_000, 3_000));
 * SelfHostedCost cost = SelfHostedCostCalculator.cost(h100);
 * cost.costPerMillionOutput();   // USD 0.2777777777777778 = 3.00 / (3000 x 3600) x 1e6
 * }</pre>
 *
 * <p><b>Precision.</b> Throughputs and utilisation are physical {@code double} values. Each is
 * converted to a decimal with {@link BigDecimal#valueOf(double)} (the shortest decimal that
 * prints as that double), after which numerator and denominator are exact and divided
 * <em>once</em>, rounded to a {@link MathContext}. The overloads without one use
 * {@link #DEFAULT_CONTEXT}, {@link MathContext#DECIMAL64} (16 significant digits, half-even).
 * Nothing is rounded to the currency's decimal places; do that at the edge with
 * {@link io.github.inferenceecon.core.money.Money#roundedToCurrency(java.math.RoundingMode)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SelfHostedCostCalculator {

  /**
   * The precision used when the caller gives none: {@link MathContext#DECIMAL64}, 16 significant
   * digits, rounding half-even.
   */
  public static final MathContext DEFAULT_CONTEXT = MathContext.DECIMAL64;

  private SelfHostedCostCalculator() {}

  /**
   * Returns the per-million costs of a setup at {@link #DEFAULT_CONTEXT}.
   *
   * @param setup the setup, not null
   * @return the cost, not null
   */
  public static SelfHostedCost cost(SelfHostedSetup setup) {
    return cost(setup, DEFAULT_CONTEXT);
  }

  /**
   * Returns the per-million costs of a setup, each division rounded once to a precision.
   *
   * @param setup the setup, not null
   * @param context the precision and rounding, positive precision, not null
   * @return the cost, not null
   * @throws IllegalArgumentException if the precision is zero (unlimited)
   */
  public static SelfHostedCost cost(SelfHostedSetup setup, MathContext context) {
    Objects.requireNonNull(setup, "setup");
    return SelfHostedCost.of(setup, context);
  }

  /**
   * Returns the per-request and monthly costs of serving a traffic profile, usage-based and
   * reserved, at {@link #DEFAULT_CONTEXT}.
   *
   * @param setup the setup, not null
   * @param traffic the traffic, not null
   * @return the monthly cost, not null
   */
  public static SelfHostedMonthlyCost monthly(SelfHostedSetup setup, TrafficProfile traffic) {
    return monthly(setup, traffic, DEFAULT_CONTEXT);
  }

  /**
   * Returns the per-request and monthly costs of serving a traffic profile, usage-based and
   * reserved, each division rounded once to a precision.
   *
   * @param setup the setup, not null
   * @param traffic the traffic, not null
   * @param context the precision and rounding, positive precision, not null
   * @return the monthly cost, not null
   * @throws IllegalArgumentException if the precision is zero (unlimited)
   */
  public static SelfHostedMonthlyCost monthly(SelfHostedSetup setup, TrafficProfile traffic,
      MathContext context) {
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(traffic, "traffic");
    return SelfHostedMonthlyCost.of(setup, traffic, context);
  }

  /**
   * Returns the cost of a million tokens produced at a rate by hardware rented at an hourly
   * price: {@code price x units x 1,000,000 / (rate x 3,600 x utilisation)}, divided once.
   *
   * <p>For one H100 at USD 3.00 per device-hour producing 3,000 output tokens/s at full
   * utilisation this is {@code USD 0.2777777777777778} at {@link MathContext#DECIMAL64}.
   *
   * @param price the hourly price, per device-hour or per instance-hour, not null
   * @param units the number of devices (or instances) that together produce the rate, positive
   * @param utilisation the fraction of paid time spent producing at the rate, in (0, 1]
   * @param rate the rate the units produce together while busy, positive, not null
   * @param context the precision and rounding, positive precision, not null
   * @return the explained cost line, not null
   * @throws IllegalArgumentException if the units are not positive, the utilisation is outside
   *     (0, 1], the rate is zero or the precision is zero
   */
  public static CostLine perMillionTokens(HourlyPrice price, int units, double utilisation,
      TokenRate rate, MathContext context) {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(context, "context");
    Checks.positive(units, "Unit count");
    Checks.fractionPositive(utilisation, "Utilisation");
    if (rate.isZero()) {
      throw new IllegalArgumentException("Token rate must be positive: " + rate);
    }
    Decimals.checkPrecision(context.getPrecision());
    return SelfHostedCost.perMillion("per 1M tokens", price, units, 1, utilisation, rate,
        context);
  }
}
