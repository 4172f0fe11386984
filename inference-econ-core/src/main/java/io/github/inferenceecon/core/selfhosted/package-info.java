/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Self-hosted cost: turning hardware time into money per token.
 *
 * <p>{@link io.github.inferenceecon.core.selfhosted.SelfHostedCost#of SelfHostedCost.of} turns a
 * {@link io.github.inferenceecon.core.selfhosted.SelfHostedSetup} (hourly price, devices,
 * utilisation, {@link io.github.inferenceecon.core.selfhosted.Throughput}) into cost per million
 * input and output tokens ({@link io.github.inferenceecon.core.selfhosted.SelfHostedCost}) and,
 * for a traffic profile, per request and per month, usage-based and reserved
 * ({@link io.github.inferenceecon.core.selfhosted.SelfHostedMonthlyCost}).
 *
 * <p>{@link io.github.inferenceecon.core.selfhosted.SelfHostedEstimate} is the whole chain in one
 * call: the memory fit of a deployment, its serving estimate, the one bridge from the performance
 * model ({@link io.github.inferenceecon.core.selfhosted.Throughput#from Throughput.from}) and the
 * cost, with the assumptions it applied.
 *
 * <p>Money is exact: where a division by a physical ({@code double}) rate is needed, the rate
 * enters through {@link java.math.BigDecimal#valueOf(double)} and the quotient is rounded once to
 * a caller-supplied {@link java.math.MathContext}, by default
 * {@link io.github.inferenceecon.core.selfhosted.SelfHostedCost#DEFAULT_CONTEXT}
 * ({@code DECIMAL64}). Rounding to cents happens only where the caller asks. Every result
 * explains itself as lines of quantity x rate = money
 * ({@link io.github.inferenceecon.core.money.CostLine}) with the assumptions used, reads like an
 * invoice in {@code toString}, and round-trips through
 * {@link io.github.inferenceecon.core.json.InferenceEconJson#newMapper()}.
 *
 * <pre>{@code
 * SelfHostedCost h100 = SelfHostedCost.of(SelfHostedSetup.of(
 *     HourlyPrice.perDeviceHour(Money.of("USD", "3.00")), 1, 1.0,
 *     Throughput.ofTokensPerSecond(30_000, 3_000)));
 * h100.costPerMillionOutput();             // USD 0.2777777777777778
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.selfhosted;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
