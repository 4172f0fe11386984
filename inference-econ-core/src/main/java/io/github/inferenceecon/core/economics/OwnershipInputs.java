/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.energy.EnergyInputs;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The figures for buying a device against renting it, such as 'buy at USD 25,000, keep 48 months,
 * host at USD 150 per month, power at 700 W TDP with PUE 1.2 and USD 0.10 per kWh; or rent at
 * USD 3 per device-hour'.
 *
 * <p>The model, per device: the purchase price (including whatever share of server, network and
 * installation the caller assigns to one device); an optional residual value at the end of the
 * life; the life in months over which the purchase is amortised; optional hosting (space,
 * cooling, operations) per device-month; optional {@link EnergyInputs} for the power an owned
 * device draws at the stated utilisation; and the rental price it is compared with, per
 * device-hour or per instance-hour (with the devices per instance). Rental prices are taken to
 * include power and hosting. A figure left out is reported as left out in the comparison's
 * assumptions, never silently zero. All money shares one currency.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOwnershipInputs.class)
@JsonDeserialize(as = ImmutableOwnershipInputs.class)
public abstract class OwnershipInputs {

  OwnershipInputs() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableOwnershipInputs.builder();
  }

  /**
   * Builds an {@link OwnershipInputs}; purchase price, life, utilisation and rental price are
   * required.
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
    public abstract Builder from(OwnershipInputs instance);

    /**
     * Sets the purchase price of one device. Required (see
     * {@link OwnershipInputs#purchasePricePerDevice() purchasePricePerDevice}).
     *
     * @param purchasePricePerDevice the price, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code purchasePricePerDevice} is null
     */
    public abstract Builder purchasePricePerDevice(Money purchasePricePerDevice);

    /**
     * Sets what one device is worth at the end of its life. Optional: if not set,
     * {@link OwnershipInputs#residualValuePerDevice() residualValuePerDevice} is empty.
     *
     * @param residualValuePerDevice the residual value, not negative, not above the purchase price,
     *     not null
     * @return this builder, not null
     * @throws NullPointerException if {@code residualValuePerDevice} is null
     */
    public abstract Builder residualValuePerDevice(Money residualValuePerDevice);

    /**
     * Sets {@link OwnershipInputs#residualValuePerDevice() residualValuePerDevice} to the value of
     * an {@code Optional}, or to empty when it is empty.
     *
     * @param residualValuePerDevice the residual value, not negative, not above the purchase price,
     *     or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code residualValuePerDevice} is null
     */
    public abstract Builder residualValuePerDevice(
        Optional<? extends Money> residualValuePerDevice);

    /**
     * Sets the life in months over which the purchase is amortised. Required (see
     * {@link OwnershipInputs#lifeMonths() lifeMonths}).
     *
     * @param lifeMonths the life, positive
     * @return this builder, not null
     */
    public abstract Builder lifeMonths(int lifeMonths);

    /**
     * Sets the hosting cost of one device per month: space, cooling, network, operations. Optional:
     * if not set, {@link OwnershipInputs#hostingPerDeviceMonth() hostingPerDeviceMonth} is empty.
     *
     * @param hostingPerDeviceMonth the hosting cost, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code hostingPerDeviceMonth} is null
     */
    public abstract Builder hostingPerDeviceMonth(Money hostingPerDeviceMonth);

    /**
     * Sets {@link OwnershipInputs#hostingPerDeviceMonth() hostingPerDeviceMonth} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param hostingPerDeviceMonth the hosting cost, not negative, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code hostingPerDeviceMonth} is null
     */
    public abstract Builder hostingPerDeviceMonth(Optional<? extends Money> hostingPerDeviceMonth);

    /**
     * Sets the power, PUE and electricity price of an owned device. Optional: if not set,
     * {@link OwnershipInputs#energy() energy} is empty.
     *
     * @param energy the energy inputs, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code energy} is null
     */
    public abstract Builder energy(EnergyInputs energy);

    /**
     * Sets {@link OwnershipInputs#energy() energy} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param energy the energy inputs, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code energy} is null
     */
    public abstract Builder energy(Optional<? extends EnergyInputs> energy);

    /**
     * Sets the fraction of time the owned device is busy, which sets its average power draw.
     * Required (see {@link OwnershipInputs#utilisation() utilisation}).
     *
     * @param utilisation the utilisation, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder utilisation(double utilisation);

    /**
     * Sets the rental price compared against. Required (see
     * {@link OwnershipInputs#rentalPrice() rentalPrice}).
     *
     * @param rentalPrice the rental price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code rentalPrice} is null
     */
    public abstract Builder rentalPrice(HourlyPrice rentalPrice);

    /**
     * Sets the number of devices in a rented instance; required when the rental price is per
     * instance-hour. Optional: if not set,
     * {@link OwnershipInputs#rentalDevicesPerInstance() rentalDevicesPerInstance} is empty.
     *
     * @param rentalDevicesPerInstance the devices per instance, positive
     * @return this builder, not null
     */
    public abstract Builder rentalDevicesPerInstance(int rentalDevicesPerInstance);

    /**
     * Sets {@link OwnershipInputs#rentalDevicesPerInstance() rentalDevicesPerInstance} to the value
     * of an {@code Optional}, or to empty when it is empty.
     *
     * @param rentalDevicesPerInstance the devices per instance, positive, or empty for none, not
     *     null
     * @return this builder, not null
     * @throws NullPointerException if {@code rentalDevicesPerInstance} is null
     */
    public abstract Builder rentalDevicesPerInstance(OptionalInt rentalDevicesPerInstance);

    /**
     * Builds the {@link OwnershipInputs}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link OwnershipInputs} (the
     *     message names the field, the value and the rule)
     */
    public abstract OwnershipInputs build();
  }

  /**
   * Returns the purchase price of one device.
   *
   * @return the price, not negative, not null
   */
  public abstract Money purchasePricePerDevice();

  /**
   * Returns what one device is worth at the end of its life.
   *
   * @return the residual value, not negative, not above the purchase price, or empty for none
   */
  public abstract Optional<Money> residualValuePerDevice();

  /**
   * Returns the life in months over which the purchase is amortised.
   *
   * @return the life, positive
   */
  public abstract int lifeMonths();

  /**
   * Returns the hosting cost of one device per month: space, cooling, network, operations.
   *
   * @return the hosting cost, not negative, or empty when not included
   */
  public abstract Optional<Money> hostingPerDeviceMonth();

  /**
   * Returns the power, PUE and electricity price of an owned device.
   *
   * @return the energy inputs, which state an electricity price, or empty when power is not
   *     included
   */
  public abstract Optional<EnergyInputs> energy();

  /**
   * Returns the fraction of time the owned device is busy, which sets its average power draw.
   *
   * @return the utilisation, in (0, 1]
   */
  public abstract double utilisation();

  /**
   * Returns the rental price compared against.
   *
   * @return the rental price, not null
   */
  public abstract HourlyPrice rentalPrice();

  /**
   * Returns the number of devices in a rented instance; required when the rental price is per
   * instance-hour.
   *
   * @return the devices per instance, positive, or empty
   */
  public abstract OptionalInt rentalDevicesPerInstance();

  /**
   * Returns the currency of every amount.
   *
   * @return the currency, not null
   */
  @JsonIgnore
  public Currency currency() {
    return purchasePricePerDevice().currency();
  }

  @Value.Check
  protected final void check() {
    Currency c = currency();
    Checks.positive(lifeMonths(), "Life in months");
    Checks.fractionPositive(utilisation(), "Utilisation");
    notNegative(purchasePricePerDevice(), "Purchase price");
    residualValuePerDevice().ifPresent(r -> {
      same(c, r);
      notNegative(r, "Residual value");
      if (r.isGreaterThan(purchasePricePerDevice())) {
        throw new IllegalArgumentException("Residual value must not exceed the purchase price: "
            + r + "/" + purchasePricePerDevice());
      }
    });
    hostingPerDeviceMonth().ifPresent(h -> {
      same(c, h);
      notNegative(h, "Hosting cost");
    });
    energy().ifPresent(e -> same(c, e.electricityPrice().orElseThrow(() ->
        new IllegalArgumentException("Energy inputs must state an electricity price to price "
            + "owned devices' power: " + e)).price()));
    same(c, rentalPrice().price());
    rentalPrice().checkDevicesPerInstance(rentalDevicesPerInstance());
  }

  private static void same(Currency c, Money m) {
    if (!m.currency().equals(c)) {
      throw new CurrencyMismatchException(c, m.currency());
    }
  }

  private static void notNegative(Money m, String what) {
    if (m.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + m);
    }
  }
}
