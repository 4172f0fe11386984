/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Energy: the kilowatt-hours, electricity cost and emissions of self-hosted tokens.
 *
 * <p>{@link io.github.inferenceecon.core.energy.EnergyCost#of EnergyCost.of} gives kWh,
 * electricity cost and gCO2e per million tokens of a
 * {@link io.github.inferenceecon.core.selfhosted.SelfHostedSetup} from a
 * {@link io.github.inferenceecon.core.energy.PowerDraw}, PUE, electricity price and grid carbon
 * intensity ({@link io.github.inferenceecon.core.energy.EnergyInputs}), as an
 * {@link io.github.inferenceecon.core.energy.EnergyCost}. This package builds on
 * {@code selfhosted}; nothing there depends on it.
 *
 * <pre>{@code
 * EnergyCost energy = EnergyCost.of(h100, EnergyInputs.builder()
 *     .draw(PowerDraw.atTdp(Power.ofWatts(700)))
 *     .pue(1.2)
 *     .build());
 * energy.energyPerMillionOutput();   // 0.0778 kWh = 700 W x 1.2 x 1e6 / 3000 tokens/s
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.energy;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
