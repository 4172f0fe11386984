/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Cost and economics: turning tokens, hardware and time into money, exactly and explainably,
 * for both ways of buying inference.
 *
 * <ul>
 *   <li><b>API</b>: {@link io.github.inferenceecon.core.cost.ApiCostCalculator} prices an
 *       {@link io.github.inferenceecon.core.cost.ApiUsage} at an
 *       {@link io.github.inferenceecon.core.cost.ApiPriceCard} (cache reads and writes, reasoning,
 *       batch, service and long-context tiers) into an
 *       {@link io.github.inferenceecon.core.cost.ApiCost} of
 *       {@link io.github.inferenceecon.core.cost.CostComponent}s. Unpriced tokens are explicit,
 *       never a silent zero.</li>
 *   <li><b>Self-hosted</b>: {@link io.github.inferenceecon.core.cost.SelfHostedCostCalculator}
 *       turns a {@link io.github.inferenceecon.core.cost.SelfHostedSetup} (hourly price, devices,
 *       utilisation, {@link io.github.inferenceecon.core.cost.Throughput}) into cost per million
 *       input and output tokens ({@link io.github.inferenceecon.core.cost.SelfHostedCost}) and,
 *       for a traffic profile, per request and per month, usage-based and reserved
 *       ({@link io.github.inferenceecon.core.cost.SelfHostedMonthlyCost}).</li>
 *   <li><b>Energy</b>: {@link io.github.inferenceecon.core.cost.EnergyCostCalculator} gives kWh,
 *       electricity cost and gCO2e per million tokens from a
 *       {@link io.github.inferenceecon.core.cost.PowerDraw}, PUE, price and grid intensity
 *       ({@link io.github.inferenceecon.core.cost.EnergyInputs}).</li>
 *   <li><b>Decisions</b>: buying against renting
 *       ({@link io.github.inferenceecon.core.cost.OwnershipCalculator}), the volume above which
 *       self-hosting beats an API ({@link io.github.inferenceecon.core.cost.BreakEvenCalculator}),
 *       a provider's {@link io.github.inferenceecon.core.cost.UnitEconomics}, training against
 *       cumulative inference ({@link io.github.inferenceecon.core.cost.LifetimeCost}) and total
 *       spend as prices fall and demand grows
 *       ({@link io.github.inferenceecon.core.cost.SpendProjection}).</li>
 * </ul>
 *
 * <p>Money is exact: API costs never round; where a division by a physical ({@code double})
 * rate is needed, the rate enters through {@link java.math.BigDecimal#valueOf(double)} and the
 * quotient is rounded once to a caller-supplied {@link java.math.MathContext}, by default
 * {@link io.github.inferenceecon.core.cost.SelfHostedCostCalculator#DEFAULT_CONTEXT}
 * ({@code DECIMAL64}). Rounding to cents happens only where the caller asks. Every result
 * explains itself as lines of quantity x rate = money ({@link
 * io.github.inferenceecon.core.cost.CostLine}) with the assumptions used, reads like an invoice
 * in {@code toString}, and round-trips through
 * {@link io.github.inferenceecon.core.json.InferenceEconJson#newMapper()}.
 *
 * <pre>{@code
 * ApiCost bill = ApiCostCalculator.cost(sonnet4, ApiUsage.builder()
 *     .inputTokens(TokenCount.of(10_000))
 *     .cachedInputTokens(TokenCount.of(8_000))
 *     .outputTokens(TokenCount.of(1_000))
 *     .build());
 * bill.total();                            // USD 0.0234, exactly
 *
 * SelfHostedCost h100 = SelfHostedCostCalculator.cost(SelfHostedSetup.of(
 *     HourlyPrice.perDeviceHour(Money.of("USD", "3.00")), 1, 1.0,
 *     Throughput.ofTokensPerSecond(30_000, 3_000)));
 * h100.costPerMillionOutput();             // USD 0.2777777777777778
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.cost;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
