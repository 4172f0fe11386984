/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A self-hosted serving fleet as the cost layer sees it, such as '2 replicas of 4 x H100 at
 * USD 3 per device-hour, 60% utilised, each replica prefilling 40,000 and decoding 3,000
 * tokens/s'.
 *
 * <p>The model:
 * <ul>
 *   <li>the rental (or internal) {@link HourlyPrice}, per device-hour or per instance-hour; an
 *       instance price needs {@link #devicesPerInstance()}, and whole instances are paid for
 *       even when the replicas leave some of their devices unused;</li>
 *   <li>the devices one model replica spans ({@link #devicesPerReplica()}, the tensor- times
 *       pipeline-parallel degree, 1 by default) and the number of replicas
 *       ({@link #replicas()}, 1 by default);</li>
 *   <li>the utilisation, the fraction of paid time in (0, 1] that the replicas spend serving at
 *       the given {@link #throughput()}; idle time is still paid for, so every per-token cost
 *       is divided by it;</li>
 *   <li>the {@link Throughput} of one busy replica.</li>
 * </ul>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSelfHostedSetup.class)
@JsonDeserialize(as = ImmutableSelfHostedSetup.class)
public abstract class SelfHostedSetup {

  SelfHostedSetup() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableSelfHostedSetup.builder();
  }

  /**
   * Builds a {@link SelfHostedSetup}; hourly price, utilisation and throughput are required.
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
    public abstract Builder from(SelfHostedSetup instance);

    /**
     * Sets the price of one device-hour or one instance-hour. Required (see
     * {@link SelfHostedSetup#hourlyPrice() hourlyPrice}).
     *
     * @param hourlyPrice the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code hourlyPrice} is null
     */
    public abstract Builder hourlyPrice(HourlyPrice hourlyPrice);

    /**
     * Sets the number of devices in one rented instance; required when the price is per
     * instance-hour, and absent (or 1) when it is per device-hour. Optional: if not set,
     * {@link SelfHostedSetup#devicesPerInstance() devicesPerInstance} is empty.
     *
     * @param devicesPerInstance the devices per instance, positive
     * @return this builder, not null
     */
    public abstract Builder devicesPerInstance(int devicesPerInstance);

    /**
     * Sets {@link SelfHostedSetup#devicesPerInstance() devicesPerInstance} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param devicesPerInstance the devices per instance, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code devicesPerInstance} is null
     */
    public abstract Builder devicesPerInstance(OptionalInt devicesPerInstance);

    /**
     * Sets the number of devices one model replica spans; 1 by default. Optional (see
     * {@link SelfHostedSetup#devicesPerReplica() devicesPerReplica}).
     *
     * @param devicesPerReplica the devices per replica, positive
     * @return this builder, not null
     */
    public abstract Builder devicesPerReplica(int devicesPerReplica);

    /**
     * Sets the number of replicas; 1 by default. Optional (see
     * {@link SelfHostedSetup#replicas() replicas}).
     *
     * @param replicas the replica count, positive
     * @return this builder, not null
     */
    public abstract Builder replicas(int replicas);

    /**
     * Sets the fraction of paid time the replicas spend serving at
     * {@link SelfHostedSetup#throughput()}. Required (see
     * {@link SelfHostedSetup#utilisation() utilisation}).
     *
     * @param utilisation the utilisation, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder utilisation(double utilisation);

    /**
     * Sets the throughput of one busy replica. Required (see
     * {@link SelfHostedSetup#throughput() throughput}).
     *
     * @param throughput the throughput, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code throughput} is null
     */
    public abstract Builder throughput(Throughput throughput);

    /**
     * Builds the {@link SelfHostedSetup}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link SelfHostedSetup} (the
     *     message names the field, the value and the rule)
     */
    public abstract SelfHostedSetup build();

    /**
     * Sets the devices per replica and the replica count from a deployment's parallel layout.
     *
     * @param deployment the deployment, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code deployment} is null
     */
    public Builder layout(Deployment deployment) {
      Objects.requireNonNull(deployment, "deployment");
      devicesPerReplica(deployment.devicesPerReplica());
      replicas(deployment.replicas());
      return this;
    }
  }

  /**
   * Obtains a single-replica setup priced per device-hour.
   *
   * @param pricePerDeviceHour the price of one device for one hour, not null
   * @param devicesPerReplica the devices the replica spans, positive
   * @param utilisation the fraction of paid time spent serving, in (0, 1]
   * @param throughput the replica's busy throughput, not null
   * @return the setup, not null
   * @throws IllegalArgumentException if the price is per instance-hour, the device count is not
   *     positive, or the utilisation is outside (0, 1]
   */
  public static SelfHostedSetup of(HourlyPrice pricePerDeviceHour, int devicesPerReplica,
      double utilisation, Throughput throughput) {
    return builder().hourlyPrice(pricePerDeviceHour).devicesPerReplica(devicesPerReplica)
        .utilisation(utilisation).throughput(throughput).build();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the price of one device-hour or one instance-hour.
   *
   * @return the price, not null
   */
  public abstract HourlyPrice hourlyPrice();

  /**
   * Returns the number of devices in one rented instance; required when the price is per
   * instance-hour, and absent (or 1) when it is per device-hour.
   *
   * @return the devices per instance, positive, or empty
   */
  public abstract OptionalInt devicesPerInstance();

  /**
   * Returns the number of devices one model replica spans; 1 by default.
   *
   * @return the devices per replica, positive
   */
  @Value.Default
  public int devicesPerReplica() {
    return 1;
  }

  /**
   * Returns the number of replicas; 1 by default.
   *
   * @return the replica count, positive
   */
  @Value.Default
  public int replicas() {
    return 1;
  }

  /**
   * Returns the fraction of paid time the replicas spend serving at {@link #throughput()}.
   *
   * @return the utilisation, in (0, 1]
   */
  public abstract double utilisation();

  /**
   * Returns the throughput of one busy replica.
   *
   * @return the throughput, not null
   */
  public abstract Throughput throughput();

  //-----------------------------------------------------------------------
  /**
   * Returns the number of devices the replicas use: devices per replica times replicas.
   *
   * @return the devices in use, positive
   * @throws ArithmeticException if the product overflows an {@code int}
   */
  @JsonIgnore
  public int devices() {
    return Math.multiplyExact(devicesPerReplica(), replicas());
  }

  /**
   * Returns the number of units the price is paid for: devices for a device-hour price, whole
   * instances (rounded up) for an instance-hour price.
   *
   * @return the paid units, positive
   */
  @JsonIgnore
  public int billedUnits() {
    return hourlyPrice().billedUnits(devices(), devicesPerInstance());
  }

  /**
   * Returns the number of devices paid for: the devices in use, or every device of the whole
   * instances rented.
   *
   * @return the paid devices, positive
   */
  @JsonIgnore
  public int paidDevices() {
    if (hourlyPrice().basis() == PriceBasis.DEVICE) {
      return devices();
    }
    return Math.multiplyExact(billedUnits(), devicesPerInstance().orElseThrow());
  }

  /**
   * Returns what the whole fleet costs per hour, busy or idle: the hourly price times the
   * billed units, exactly.
   *
   * @return the fleet's hourly cost, not null
   */
  @JsonIgnore
  public Money fleetHourlyCost() {
    return hourlyPrice().price().multipliedBy(billedUnits());
  }

  /**
   * Returns a copy of this setup with another utilisation.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param utilisation the utilisation, in (0, 1]
   * @return the new instance, not null
   * @throws IllegalArgumentException if the utilisation is outside (0, 1]
   */
  public SelfHostedSetup withUtilisation(double utilisation) {
    return builder().from(this).utilisation(utilisation).build();
  }

  /**
   * Returns a copy of this setup with another replica count.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param replicas the replica count, positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the count is not positive
   */
  public SelfHostedSetup withReplicas(int replicas) {
    return builder().from(this).replicas(replicas).build();
  }

  /**
   * Returns the text form, such as
   * {@code 2 x 4 devices at USD 3 per device-hour, utilisation 0.6, prefill 40000 tokens/s,
   * decode 3000 tokens/s}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return replicas() + " x " + devicesPerReplica() + " devices at " + hourlyPrice()
        + devicesPerInstance().stream().mapToObj(n -> " (" + n + " devices per instance)")
            .findFirst().orElse("")
        + ", utilisation " + utilisation() + ", " + throughput();
  }

  @Value.Check
  protected final void check() {
    Checks.positive(devicesPerReplica(), "Devices per replica");
    Checks.positive(replicas(), "Replica count");
    Checks.fractionPositive(utilisation(), "Utilisation");
    hourlyPrice().checkDevicesPerInstance(devicesPerInstance());
    devices();
  }
}
