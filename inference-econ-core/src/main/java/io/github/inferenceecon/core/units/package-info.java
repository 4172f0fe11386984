/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Quantities and their units: token counts, data sizes, work and rates, power, energy and
 * emissions.
 *
 * <p>Exact counts ({@link io.github.inferenceecon.core.units.TokenCount},
 * {@link io.github.inferenceecon.core.units.ByteSize}) are {@code long}s that never go negative
 * and throw {@link java.lang.ArithmeticException} on overflow. Physical and estimated
 * quantities ({@link io.github.inferenceecon.core.units.FlopCount},
 * {@link io.github.inferenceecon.core.units.FlopRate},
 * {@link io.github.inferenceecon.core.units.ByteRate},
 * {@link io.github.inferenceecon.core.units.TokenRate},
 * {@link io.github.inferenceecon.core.units.Power},
 * {@link io.github.inferenceecon.core.units.Energy}) are finite, non-negative {@code double}s.
 * Time is {@link java.time.Duration}; {@link io.github.inferenceecon.core.units.Durations} is
 * the one boundary where {@code double} seconds become a {@code Duration}.
 *
 * <p>Conversions between quantities are named: a size over a bandwidth is a time
 * ({@code ByteSize.timeAt(ByteRate)}), tokens over a token rate is a time
 * ({@code TokenCount.timeAt(TokenRate)}), power over a time is energy
 * ({@code Power.energyOver(Duration)}).
 *
 * <pre>{@code
 * ByteSize weights = ByteSize.parse("16.06 GB");
 * Duration floor = weights.timeAt(ByteRate.parse("3.35 TB/s"));   // PT0.00479403S
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.units;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
