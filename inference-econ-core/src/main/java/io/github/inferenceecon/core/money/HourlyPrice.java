/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.units.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Currency;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A rental price per hour of one device or one instance, such as 'USD 3 per device-hour'.
 *
 * <p>The model is an amount of {@link Money} (not negative) and a {@link PriceBasis} saying
 * what one hour rents. Costs for whole or decimal hours are exact; a {@link Duration} is a
 * number of seconds, and dividing by 3,600 does not terminate in general, so
 * {@link #costFor(Duration, MathContext)} takes the precision to keep.
 *
 * <p>The text form is {@code "<money> per <basis>"}, for example
 * {@code USD 98.32 per instance-hour}. The JSON form is
 * {@code {"amount": "98.32", "currency": "USD", "per": "instance-hour"}}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"amount", "currency", "per"})
public final class HourlyPrice {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final String PER = " per ";

  private final Money price;
  private final PriceBasis basis;

  private HourlyPrice(Money price, PriceBasis basis) {
    this.price = price;
    this.basis = basis;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an instance of {@code HourlyPrice} from a price and what it rents.
   *
   * @param price the price of one hour, not negative, not null
   * @param basis what one hour rents, not null
   * @return the hourly price, not null
   * @throws IllegalArgumentException if the price is negative
   */
  public static HourlyPrice of(Money price, PriceBasis basis) {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(basis, "basis");
    if (price.isNegative()) {
      throw new IllegalArgumentException("Hourly price must not be negative: " + price);
    }
    return new HourlyPrice(price, basis);
  }

  /**
   * Obtains the price of one device for one hour.
   *
   * @param price the price, not negative, not null
   * @return the hourly price, not null
   * @throws IllegalArgumentException if the price is negative
   */
  public static HourlyPrice perDeviceHour(Money price) {
    return of(price, PriceBasis.DEVICE);
  }

  /**
   * Obtains the price of one instance for one hour.
   *
   * @param price the price, not negative, not null
   * @return the hourly price, not null
   * @throws IllegalArgumentException if the price is negative
   */
  public static HourlyPrice perInstanceHour(Money price) {
    return of(price, PriceBasis.INSTANCE);
  }

  /**
   * Obtains an instance of {@code HourlyPrice} from a text such as
   * {@code USD 3 per device-hour}.
   *
   * <p>This is the exact inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the hourly price, not null
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static HourlyPrice parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int at = s.indexOf(PER);
    if (at > 0) {
      try {
        return of(Money.parse(s.substring(0, at)),
            PriceBasis.ofUnit(s.substring(at + PER.length()).trim()));
      } catch (IllegalArgumentException e) {
        throw SiFormat.cannotParse(text, "HourlyPrice", e);
      }
    }
    throw SiFormat.cannotParse(text, "HourlyPrice", null);
  }

  @JsonCreator
  static HourlyPrice fromJson(
      @JsonProperty(value = "amount", required = true) String amount,
      @JsonProperty(value = "currency", required = true) String currency,
      @JsonProperty(value = "per", required = true) String per) {
    return of(Money.of(currency, amount), PriceBasis.ofUnit(per));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the price of one hour.
   *
   * @return the price, not negative, not null
   */
  @JsonIgnore
  public Money price() {
    return price;
  }

  /**
   * Returns what one hour rents.
   *
   * @return the basis, not null
   */
  @JsonIgnore
  public PriceBasis basis() {
    return basis;
  }

  /**
   * Returns the currency of the price.
   *
   * @return the currency, not null
   */
  @JsonIgnore
  public Currency currency() {
    return price.currency();
  }

  @JsonProperty("amount")
  String amountText() {
    return price.amount().toPlainString();
  }

  @JsonProperty("currency")
  String currencyCode() {
    return price.currency().getCurrencyCode();
  }

  @JsonProperty("per")
  String perText() {
    return basis.unit();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the exact cost of a decimal number of hours.
   *
   * @param hours the number of hours, not negative, not null
   * @return the cost, not null
   * @throws IllegalArgumentException if the hours are negative
   */
  public Money costForHours(BigDecimal hours) {
    Objects.requireNonNull(hours, "hours");
    Checks.notNegative(hours, "Hours");
    return price.multipliedBy(hours);
  }

  /**
   * Returns the cost of a duration, to a precision.
   *
   * @param duration the time rented, not negative, not null
   * @param context the precision and rounding of the result, not null
   * @return the cost, not null
   * @throws IllegalArgumentException if the duration is negative
   */
  public Money costFor(Duration duration, MathContext context) {
    Durations.requireNotNegative(duration);
    Objects.requireNonNull(context, "context");
    BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds())
        .add(BigDecimal.valueOf(duration.getNano(), 9));
    return Money.of(price.currency(),
        price.amount().multiply(seconds).divide(SECONDS_PER_HOUR, context));
  }

  /**
   * Converts a price per instance-hour to a price per device-hour, exactly.
   *
   * <p>A price that is already per device is returned unchanged only when
   * {@code devicesPerInstance} is 1.
   *
   * @param devicesPerInstance the number of devices in one instance, positive
   * @return the price per device-hour, not null
   * @throws IllegalArgumentException if the count is not positive, or this price is per device
   *     and the count is not 1
   * @throws ArithmeticException if the quotient does not terminate (use the overload with a
   *     {@link MathContext})
   */
  public HourlyPrice perDevice(int devicesPerInstance) {
    checkDevices(devicesPerInstance);
    if (basis == PriceBasis.DEVICE) {
      return this;
    }
    return perDeviceHour(price.dividedBy(BigDecimal.valueOf(devicesPerInstance)));
  }

  /**
   * Converts a price per instance-hour to a price per device-hour, to a precision.
   *
   * @param devicesPerInstance the number of devices in one instance, positive
   * @param context the precision and rounding of the result, not null
   * @return the price per device-hour, not null
   * @throws IllegalArgumentException if the count is not positive, or this price is per device
   *     and the count is not 1
   */
  public HourlyPrice perDevice(int devicesPerInstance, MathContext context) {
    Objects.requireNonNull(context, "context");
    checkDevices(devicesPerInstance);
    if (basis == PriceBasis.DEVICE) {
      return this;
    }
    return perDeviceHour(price.dividedBy(BigDecimal.valueOf(devicesPerInstance), context));
  }

  /**
   * Checks the devices per instance that go with this price: required, and positive, for a
   * price per instance-hour; 1 or absent for a price per device-hour.
   *
   * @param devicesPerInstance the devices in one instance, or empty, not null
   * @throws IllegalArgumentException if the count is not positive, missing for a price per
   *     instance-hour, or other than 1 for a price per device-hour
   */
  public void checkDevicesPerInstance(OptionalInt devicesPerInstance) {
    Objects.requireNonNull(devicesPerInstance, "devicesPerInstance");
    if (devicesPerInstance.isPresent()) {
      Checks.positive(devicesPerInstance.getAsInt(), "Devices per instance");
    }
    if (basis == PriceBasis.INSTANCE && devicesPerInstance.isEmpty()) {
      throw new IllegalArgumentException("Devices per instance must be given for a price per "
          + "instance-hour: " + this);
    }
    if (basis == PriceBasis.DEVICE && devicesPerInstance.isPresent()
        && devicesPerInstance.getAsInt() != 1) {
      throw new IllegalArgumentException("Devices per instance must be 1 or absent for a price "
          + "per device-hour: " + devicesPerInstance.getAsInt());
    }
  }

  /**
   * Returns the units this price is paid for to run some devices: the devices themselves for a
   * price per device-hour, the whole instances (rounded up) for a price per instance-hour.
   *
   * @param devices the devices in use, positive
   * @param devicesPerInstance the devices in one instance, required for a price per
   *     instance-hour, not null
   * @return the units paid for, positive
   * @throws IllegalArgumentException if the count is not positive
   * @throws java.util.NoSuchElementException if the price is per instance-hour and the devices
   *     per instance are absent
   */
  public int billedUnits(int devices, OptionalInt devicesPerInstance) {
    Checks.positive(devices, "Device count");
    if (basis == PriceBasis.DEVICE) {
      return devices;
    }
    int perInstance = devicesPerInstance.orElseThrow();
    return devices / perInstance + (devices % perInstance == 0 ? 0 : 1);
  }

  private void checkDevices(int devicesPerInstance) {
    Checks.positive(devicesPerInstance, "Devices per instance");
    if (basis == PriceBasis.DEVICE && devicesPerInstance != 1) {
      throw new IllegalArgumentException("Price is already per device-hour; devices per instance "
          + "must be 1: " + devicesPerInstance);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Checks if this price equals another: same money and basis.
   *
   * @param obj the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof HourlyPrice)) {
      return false;
    }
    HourlyPrice other = (HourlyPrice) obj;
    return price.equals(other.price) && basis == other.basis;
  }

  /**
   * Returns a hash code for this price.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return price.hashCode() * 31 + basis.hashCode();
  }

  /**
   * Returns the text form, such as {@code USD 3 per device-hour}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return price + PER + basis.unit();
  }
}
