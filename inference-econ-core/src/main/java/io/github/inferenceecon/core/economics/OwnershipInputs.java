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
    return new Builder();
  }

  /**
   * Builds an {@link OwnershipInputs}; purchase price, life, utilisation and rental price are
   * required.
   */
  public static final class Builder extends ImmutableOwnershipInputs.Builder {
    Builder() {}
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
