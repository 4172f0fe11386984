/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.PriceBasis;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Hardware on offer to the planner: an accelerator at an hourly price, such as
 * 'aws-p5.48xlarge: NVIDIA H100 SXM at USD 98.32 per instance-hour, 8 devices per instance'.
 *
 * <p>The model: an id, unique within a {@link PlanRequest} (such as a cloud offer's id); the
 * {@link AcceleratorSpec}; the {@link HourlyPrice}, per device-hour or per instance-hour; for an
 * instance price, the devices in one instance; and optionally where the price came from. The
 * planner fills instances with whole replicas: a replica's devices must divide an instance's,
 * and whole instances are paid for (see {@link #billedUnits(int)}). A device-hour price pays for
 * the devices in use.
 *
 * <p>Callers fill options from the hardware module's catalogs; the planner takes them as plain
 * values.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHardwareOption.class)
@JsonDeserialize(as = ImmutableHardwareOption.class)
public abstract class HardwareOption {

  HardwareOption() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableHardwareOption.builder();
  }

  /**
   * Builds a {@link HardwareOption}; id, accelerator and price are required.
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
    public abstract Builder from(HardwareOption instance);

    /**
     * Sets the id, unique within a plan request, such as {@code aws-p5.48xlarge-us-east-1}.
     * Required (see {@link HardwareOption#id() id}).
     *
     * @param id the id, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the accelerator every device of this option is. Required (see
     * {@link HardwareOption#accelerator() accelerator}).
     *
     * @param accelerator the accelerator, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code accelerator} is null
     */
    public abstract Builder accelerator(AcceleratorSpec accelerator);

    /**
     * Sets the price of one device-hour or one instance-hour. Required (see
     * {@link HardwareOption#price() price}).
     *
     * @param price the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code price} is null
     */
    public abstract Builder price(HourlyPrice price);

    /**
     * Sets the devices in one instance; required for a price per instance-hour, absent (or 1) for a
     * price per device-hour. Optional: if not set,
     * {@link HardwareOption#devicesPerInstance() devicesPerInstance} is empty.
     *
     * @param devicesPerInstance the devices per instance, positive
     * @return this builder, not null
     */
    public abstract Builder devicesPerInstance(int devicesPerInstance);

    /**
     * Sets {@link HardwareOption#devicesPerInstance() devicesPerInstance} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param devicesPerInstance the devices per instance, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code devicesPerInstance} is null
     */
    public abstract Builder devicesPerInstance(OptionalInt devicesPerInstance);

    /**
     * Sets where the price came from, such as a catalog entry or a URL. Optional: if not set,
     * {@link HardwareOption#source() source} is empty.
     *
     * @param source the source, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(String source);

    /**
     * Sets {@link HardwareOption#source() source} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param source the source, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(Optional<String> source);

    /**
     * Builds the {@link HardwareOption}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link HardwareOption} (the
     *     message names the field, the value and the rule)
     */
    public abstract HardwareOption build();
  }

  /**
   * Obtains an option priced per device-hour.
   *
   * @param id the option's id, not blank, not null
   * @param accelerator the accelerator, not null
   * @param pricePerDeviceHour the price of one device for one hour, not null
   * @return the option, not null
   * @throws IllegalArgumentException if the id is blank or the price is per instance-hour
   */
  public static HardwareOption of(String id, AcceleratorSpec accelerator,
      HourlyPrice pricePerDeviceHour) {
    return builder().id(id).accelerator(accelerator).price(pricePerDeviceHour).build();
  }

  /**
   * Obtains an option priced per instance-hour.
   *
   * @param id the option's id, not blank, not null
   * @param accelerator the accelerator, not null
   * @param pricePerInstanceHour the price of one instance for one hour, not null
   * @param devicesPerInstance the devices in one instance, positive
   * @return the option, not null
   * @throws IllegalArgumentException if the id is blank, the price is per device-hour and the
   *     count is not 1, or the count is not positive
   */
  public static HardwareOption ofInstance(String id, AcceleratorSpec accelerator,
      HourlyPrice pricePerInstanceHour, int devicesPerInstance) {
    return builder().id(id).accelerator(accelerator).price(pricePerInstanceHour)
        .devicesPerInstance(devicesPerInstance).build();
  }

  /**
   * Returns the id, unique within a plan request, such as {@code aws-p5.48xlarge-us-east-1}.
   *
   * @return the id, not blank, not null
   */
  public abstract String id();

  /**
   * Returns the accelerator every device of this option is.
   *
   * @return the accelerator, not null
   */
  public abstract AcceleratorSpec accelerator();

  /**
   * Returns the price of one device-hour or one instance-hour.
   *
   * @return the price, not null
   */
  public abstract HourlyPrice price();

  /**
   * Returns the devices in one instance; required for a price per instance-hour, absent (or 1)
   * for a price per device-hour.
   *
   * @return the devices per instance, positive, or empty
   */
  public abstract OptionalInt devicesPerInstance();

  /**
   * Returns where the price came from, such as a catalog entry or a URL.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  //-----------------------------------------------------------------------
  /**
   * Checks if a replica of a number of devices can be placed on this option: always for a
   * device-hour price; for an instance price, when the replica's devices divide the instance's,
   * so that replicas fill instances and none spans two.
   *
   * @param devicesPerReplica the devices of one replica, positive
   * @return true if replicas of that size can be placed
   * @throws IllegalArgumentException if the count is not positive
   */
  public boolean fits(int devicesPerReplica) {
    Checks.positive(devicesPerReplica, "Devices per replica");
    return price().basis() == PriceBasis.DEVICE
        || devicesPerInstance().getAsInt() % devicesPerReplica == 0;
  }

  /**
   * Returns the number of units the price is paid for to run a number of devices: the devices
   * for a device-hour price, the whole instances (rounded up) for an instance-hour price.
   *
   * @param devices the devices in use, positive
   * @return the units paid for, positive
   * @throws IllegalArgumentException if the count is not positive
   */
  public int billedUnits(int devices) {
    return price().billedUnits(devices, devicesPerInstance());
  }

  /**
   * Returns a copy of this option with another price.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param price the price, on the same basis, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the basis differs from this option's
   */
  public HardwareOption withPrice(HourlyPrice price) {
    Objects.requireNonNull(price, "price");
    if (price.basis() != price().basis()) {
      throw new IllegalArgumentException("Price basis must stay " + price().basis().unit()
          + ": " + price);
    }
    return builder().from(this).price(price).build();
  }

  /**
   * Returns the text form, such as
   * {@code aws-p5: NVIDIA H100 SXM at USD 98.32 per instance-hour (8 devices per instance)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id() + ": " + accelerator() + " at " + price()
        + (price().basis() == PriceBasis.INSTANCE
            ? " (" + devicesPerInstance().getAsInt() + " devices per instance)" : "");
  }

  @Value.Check
  protected final void check() {
    Checks.notBlank(id(), "Hardware option id");
    price().checkDevicesPerInstance(devicesPerInstance());
  }
}
