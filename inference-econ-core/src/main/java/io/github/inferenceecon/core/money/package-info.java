/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Exact money and unit prices: {@link io.github.inferenceecon.core.money.Money},
 * {@link io.github.inferenceecon.core.money.TokenPrice} (money per N tokens, as published),
 * {@link io.github.inferenceecon.core.money.HourlyPrice} (money per device-hour or
 * instance-hour) and {@link io.github.inferenceecon.core.money.EnergyPrice} (money per kWh);
 * {@link io.github.inferenceecon.core.money.CostLine}, one line of an explained cost (quantity x
 * rate = money), shared by every cost result.
 *
 * <p>Money is a {@link java.math.BigDecimal} with an explicit {@link java.util.Currency}; it
 * rounds only where a caller passes a rounding rule, and never converts currencies.
 *
 * <pre>{@code
 * TokenPrice input = TokenPrice.perMillion("USD", "3.00");
 * Money cost = input.costOf(TokenCount.of(2_000));          // USD 0.006, exact
 * Money invoice = cost.roundedToCurrency(RoundingMode.HALF_EVEN);   // USD 0.01
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.money;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
