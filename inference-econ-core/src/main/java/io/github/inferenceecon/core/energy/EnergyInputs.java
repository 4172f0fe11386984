/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.energy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.CarbonIntensity;
import io.github.inferenceecon.core.units.Energy;
import io.github.inferenceecon.core.units.Power;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What powering a device costs and emits, such as '700 W at TDP, PUE 1.2, USD 0.10 per kWh,
 * 400 gCO2e/kWh'.
 *
 * <p>The model: the device's {@link PowerDraw}; the data centre's power usage effectiveness
 * (PUE, facility power over IT power, a {@code double} of at least 1); and, when known, the
 * electricity price and the grid's carbon intensity. Facility power per device is the device's
 * average draw times the PUE. None of these has a default: the caller states every figure, with
 * its source, and a figure not stated stays absent (energy is still estimated without a price or
 * an intensity; its cost or emissions are then absent, never zero).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnergyInputs.class)
@JsonDeserialize(as = ImmutableEnergyInputs.class)
public abstract class EnergyInputs {

  EnergyInputs() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableEnergyInputs.builder();
  }

  /**
   * Builds an {@link EnergyInputs}; the draw and the PUE are required, the electricity price and
   * the carbon intensity optional.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(EnergyInputs instance);

    /**
     * Sets the power one device draws. Required (see {@link EnergyInputs#draw() draw}).
     *
     * @param draw the draw, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code draw} is null
     */
    public abstract Builder draw(PowerDraw draw);

    /**
     * Sets the data centre's power usage effectiveness: facility power over IT power. Required (see
     * {@link EnergyInputs#pue() pue}).
     *
     * @param pue the PUE, finite and at least 1
     * @return this builder, not null
     */
    public abstract Builder pue(double pue);

    /**
     * Sets the price of electricity, if stated. Optional: if not set,
     * {@link EnergyInputs#electricityPrice() electricityPrice} is empty.
     *
     * @param electricityPrice the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code electricityPrice} is null
     */
    public abstract Builder electricityPrice(EnergyPrice electricityPrice);

    /**
     * Sets {@link EnergyInputs#electricityPrice() electricityPrice} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param electricityPrice the price, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code electricityPrice} is null
     */
    public abstract Builder electricityPrice(Optional<? extends EnergyPrice> electricityPrice);

    /**
     * Sets the carbon intensity of the electricity, if stated. Optional: if not set,
     * {@link EnergyInputs#carbonIntensity() carbonIntensity} is empty.
     *
     * @param carbonIntensity the intensity, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code carbonIntensity} is null
     */
    public abstract Builder carbonIntensity(CarbonIntensity carbonIntensity);

    /**
     * Sets {@link EnergyInputs#carbonIntensity() carbonIntensity} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param carbonIntensity the intensity, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code carbonIntensity} is null
     */
    public abstract Builder carbonIntensity(Optional<? extends CarbonIntensity> carbonIntensity);

    /**
     * Builds the {@link EnergyInputs}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link EnergyInputs} (the
     *     message names the field, the value and the rule)
     */
    public abstract EnergyInputs build();
  }

  /**
   * Returns the power one device draws.
   *
   * @return the draw, not null
   */
  public abstract PowerDraw draw();

  /**
   * Returns the data centre's power usage effectiveness: facility power over IT power.
   *
   * @return the PUE, finite and at least 1
   */
  public abstract double pue();

  /**
   * Returns the price of electricity, if stated.
   *
   * @return the price, or empty when not stated
   */
  public abstract Optional<EnergyPrice> electricityPrice();

  /**
   * Returns the carbon intensity of the electricity, if stated.
   *
   * @return the intensity, or empty when not stated
   */
  public abstract Optional<CarbonIntensity> carbonIntensity();

  /**
   * Returns the facility power of one device at a utilisation: its average draw times the PUE.
   *
   * @param utilisation the fraction of time busy, in [0, 1]
   * @return the facility power, not null
   * @throws IllegalArgumentException if the utilisation is outside [0, 1]
   */
  public Power facilityPowerAt(double utilisation) {
    return draw().averageAt(utilisation).multipliedBy(pue());
  }

  /**
   * Returns what powering one device for an hour costs at a utilisation, the kilowatt-hours
   * converted with {@link java.math.BigDecimal#valueOf(double)} and multiplied exactly.
   *
   * @param utilisation the fraction of time busy, in [0, 1]
   * @return the cost per device-hour, not negative, or empty without an electricity price
   * @throws IllegalArgumentException if the utilisation is outside [0, 1]
   */
  public Optional<Money> costPerDeviceHour(double utilisation) {
    Energy hour = facilityPowerAt(utilisation).energyOver(Duration.ofHours(1));
    return electricityPrice().map(price -> price.costOf(hour));
  }

  /**
   * Returns the text form, such as
   * {@code 700 W busy, 0 W idle; PUE 1.2; USD 0.1 per kWh; 400 gCO2e/kWh}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return draw() + "; PUE " + pue() + electricityPrice().map(p -> "; " + p).orElse("")
        + carbonIntensity().map(c -> "; " + c).orElse("");
  }

  @Value.Check
  protected final void check() {
    if (!Double.isFinite(pue()) || pue() < 1) {
      throw new IllegalArgumentException("PUE must be finite and at least 1: " + pue());
    }
  }
}
