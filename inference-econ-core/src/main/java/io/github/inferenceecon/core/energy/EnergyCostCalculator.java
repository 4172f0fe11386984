/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import java.util.Objects;

/**
 * Turns power into money and emissions per token: the kilowatt-hours, electricity cost and
 * grams of CO2-equivalent of a million self-hosted input or output tokens.
 *
 * <pre>{@code
 * EnergyInputs energy = EnergyInputs.builder()
 *     .draw(PowerDraw.atTdp(Power.ofWatts(700)))
 *     .pue(1.2)
 *     .electricityPrice(EnergyPrice.perKilowattHour(Money.of("USD", "0.10")))
 *     .carbonIntensity(CarbonIntensity.of(400))
 *     .build();
 * EnergyCost cost = EnergyCostCalculator.cost(h100, energy);
 * cost.energyPerMillionOutput();   // 0.0778 kWh = 700 W x 1.2 x 1e6 / 3000 tokens/s
 * }</pre>
 *
 * <p>See {@link EnergyCost} for the model. This class is immutable and thread-safe.
 */
public final class EnergyCostCalculator {

  private EnergyCostCalculator() {}

  /**
   * Returns the energy, electricity cost and emissions per million tokens of a setup.
   *
   * @param setup the setup, not null
   * @param inputs the power, PUE, price and carbon figures, not null
   * @return the energy cost, not null
   */
  public static EnergyCost cost(SelfHostedSetup setup, EnergyInputs inputs) {
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(inputs, "inputs");
    return EnergyCost.of(setup, inputs);
  }
}
