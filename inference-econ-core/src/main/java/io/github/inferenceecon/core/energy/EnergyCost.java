/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.units.CarbonMass;
import io.github.inferenceecon.core.units.Energy;
import io.github.inferenceecon.core.units.TokenRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The energy, electricity cost and emissions of a million self-hosted tokens, such as '0.0778 kWh,
 * USD 0.00778 and 31.1 gCO2e per million output tokens' for one H100 at its 700 W TDP, PUE 1.2,
 * decoding 3,000 tokens/s, at USD 0.10 per kWh and 400 gCO2e/kWh.
 *
 * <pre>{@code
 * EnergyInputs energy = EnergyInputs.builder()
 *     .draw(PowerDraw.atTdp(Power.ofWatts(700)))
 *     .pue(1.2)
 *     .electricityPrice(EnergyPrice.perKilowattHour(Money.of("USD", "0.10")))
 *     .carbonIntensity(CarbonIntensity.of(400))
 *     .build();
 * EnergyCost cost = EnergyCost.of(h100, energy);
 * cost.energyPerMillionOutput();   // 0.0778 kWh = 700 W x 1.2 x 1e6 / 3000 tokens/s
 * }</pre>
 *
 * <p>The model: a {@link SelfHostedSetup} (devices per replica, utilisation, throughput) and
 * {@link EnergyInputs}; every figure is derived from them. A million output tokens keep a replica
 * busy for {@code 1,000,000 / decode} seconds; over the same useful time its devices, at
 * utilisation {@code u}, are powered for {@code 1/u} as long, drawing the average draw at
 * {@code u}, times the PUE:
 * <pre>
 * energy = devicesPerReplica x averageDraw(u) x PUE x 1,000,000 / (rate x u)
 * </pre>
 * and likewise for input with the prefill rate. Only the devices the replicas use count; devices
 * of a rented instance left unused are not powered here.
 *
 * <p>Energy and emissions are physical {@code double} quantities. Cost is the electricity price
 * times the kilowatt-hours converted with {@link BigDecimal#valueOf(double)}, multiplied
 * exactly. Without an electricity price in the inputs the cost is absent, and without a carbon
 * intensity the emissions are; the energy is always there.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnergyCost.class)
@JsonDeserialize(as = ImmutableEnergyCost.class)
@JsonIgnoreProperties(allowGetters = true, value = {
    "energyPerMillionInput", "energyPerMillionOutput", "inputPerMillion", "outputPerMillion",
    "carbonPerMillionInput", "carbonPerMillionOutput", "assumptions"})
public abstract class EnergyCost {

  EnergyCost() {}

  /**
   * Obtains the energy cost of a setup.
   *
   * @param setup the setup, not null
   * @param inputs the power, PUE, price and carbon figures, not null
   * @return the energy cost, not null
   */
  public static EnergyCost of(SelfHostedSetup setup, EnergyInputs inputs) {
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(inputs, "inputs");
    return ImmutableEnergyCost.builder().setup(setup).inputs(inputs).build();
  }

  /**
   * Returns the setup.
   *
   * @return the setup, not null
   */
  public abstract SelfHostedSetup setup();

  /**
   * Returns the energy inputs.
   *
   * @return the inputs, not null
   */
  public abstract EnergyInputs inputs();

  //-----------------------------------------------------------------------
  /**
   * Returns the facility energy of a million input (prefill) tokens.
   *
   * @return the energy, not null
   */
  @Value.Derived
  public Energy energyPerMillionInput() {
    return energyPerMillion(setup().throughput().prefill());
  }

  /**
   * Returns the facility energy of a million output (decode) tokens.
   *
   * @return the energy, not null
   */
  @Value.Derived
  public Energy energyPerMillionOutput() {
    return energyPerMillion(setup().throughput().decode());
  }

  /**
   * Returns the line for the electricity of a million input tokens: kWh x price per kWh.
   *
   * @return the line, exact, or empty without an electricity price
   */
  @Value.Derived
  public Optional<CostLine> inputPerMillion() {
    return line("input per 1M tokens", energyPerMillionInput());
  }

  /**
   * Returns the line for the electricity of a million output tokens: kWh x price per kWh.
   *
   * @return the line, exact, or empty without an electricity price
   */
  @Value.Derived
  public Optional<CostLine> outputPerMillion() {
    return line("output per 1M tokens", energyPerMillionOutput());
  }

  /**
   * Returns the electricity cost of a million input tokens.
   *
   * @return the cost, not negative, or empty without an electricity price
   */
  @JsonIgnore
  public Optional<Money> costPerMillionInput() {
    return inputPerMillion().map(CostLine::amount);
  }

  /**
   * Returns the electricity cost of a million output tokens.
   *
   * @return the cost, not negative, or empty without an electricity price
   */
  @JsonIgnore
  public Optional<Money> costPerMillionOutput() {
    return outputPerMillion().map(CostLine::amount);
  }

  /**
   * Returns the emissions of a million input tokens.
   *
   * @return the emissions, or empty without a carbon intensity
   */
  @Value.Derived
  public Optional<CarbonMass> carbonPerMillionInput() {
    Energy energy = energyPerMillionInput();
    return inputs().carbonIntensity().map(c -> c.emissionsOf(energy));
  }

  /**
   * Returns the emissions of a million output tokens.
   *
   * @return the emissions, or empty without a carbon intensity
   */
  @Value.Derived
  public Optional<CarbonMass> carbonPerMillionOutput() {
    Energy energy = energyPerMillionOutput();
    return inputs().carbonIntensity().map(c -> c.emissionsOf(energy));
  }

  /**
   * Returns the assumptions used, in words.
   *
   * @return the assumptions, not null
   */
  @Value.Derived
  public List<String> assumptions() {
    SelfHostedSetup s = setup();
    List<String> out = new ArrayList<>(List.of(
        "Power per device: " + inputs().draw() + "; average "
            + inputs().draw().averageAt(s.utilisation()) + " at utilisation "
            + s.utilisation(),
        "PUE " + inputs().pue() + ": facility power is device power x PUE",
        s.devicesPerReplica() + " device(s) per replica; paid-but-unused devices not counted",
        "Energy per token includes idle time: 1/utilisation of the busy time"));
    // the electricity and grid figures stated, as one assumption, or none when neither is
    List<String> stated = new ArrayList<>(2);
    inputs().electricityPrice().ifPresent(p -> stated.add("Electricity " + p));
    inputs().carbonIntensity().ifPresent(c -> stated.add((stated.isEmpty() ? "Grid " : "grid ")
        + c));
    if (!stated.isEmpty()) {
      out.add(String.join(", ", stated));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the text form, an invoice of the energy, cost and emissions per million tokens.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Energy: ").append(setup());
    b.append("\n  ").append(perMillion("input per 1M tokens", energyPerMillionInput(),
        inputPerMillion(), carbonPerMillionInput()));
    b.append("\n  ").append(perMillion("output per 1M tokens", energyPerMillionOutput(),
        outputPerMillion(), carbonPerMillionOutput()));
    for (String a : assumptions()) {
      b.append("\n  - ").append(a);
    }
    return b.toString();
  }

  //-----------------------------------------------------------------------
  private Energy energyPerMillion(TokenRate rate) {
    double u = setup().utilisation();
    double watts = inputs().facilityPowerAt(u).watts() * setup().devicesPerReplica();
    double seconds = 1e6 / (rate.tokensPerSecond() * u);
    double joules = watts * seconds;
    if (!Double.isFinite(joules)) {
      throw new ArithmeticException("Energy overflow: " + joules);
    }
    return Energy.ofJoules(joules);
  }

  private Optional<CostLine> line(String name, Energy energy) {
    return inputs().electricityPrice().map(p -> CostLine.exact(name,
        Decimals.of(energy.toKilowattHours()), "kWh", p.price(), "kWh"));
  }

  /** The cost line of a million tokens, or their energy without a price; and the emissions. */
  private static String perMillion(String name, Energy energy, Optional<CostLine> cost,
      Optional<CarbonMass> carbon) {
    return cost.map(CostLine::toString).orElse(name + ": " + energy)
        + carbon.map(c -> "; " + c).orElse("");
  }
}
