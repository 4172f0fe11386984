/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.units.ByteRate;
import org.immutables.value.Value;

/**
 * A device's scale-up interconnect, such as 'NVLink 4, 900 GB/s bidirectional per GPU'.
 *
 * <p>The model is a name, the bandwidth of one device as published, and whether that figure is
 * per direction or the total of both directions ({@link BandwidthBasis}); tensor-parallel
 * traffic uses {@link #perDirection()}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableInterconnect.class)
@JsonDeserialize(as = ImmutableInterconnect.class)
public abstract class Interconnect {

  Interconnect() {}

  /**
   * Obtains an instance of {@code Interconnect}.
   *
   * @param name the name, such as {@code NVLink 4}, not blank, not null
   * @param bandwidth the published bandwidth of one device, positive, not null
   * @param basis how the figure is stated, not null
   * @return the interconnect, not null
   * @throws IllegalArgumentException if the name is blank or the bandwidth zero
   */
  public static Interconnect of(String name, ByteRate bandwidth, BandwidthBasis basis) {
    return ImmutableInterconnect.of(name, bandwidth, basis);
  }

  /**
   * Returns the name, such as {@code NVLink 4}.
   *
   * @return the name, not null
   */
  @Value.Parameter(order = 0)
  public abstract String name();

  /**
   * Returns the bandwidth of one device as published.
   *
   * @return the bandwidth, not null
   */
  @Value.Parameter(order = 1)
  public abstract ByteRate bandwidth();

  /**
   * Returns how the published bandwidth is stated.
   *
   * @return the basis, not null
   */
  @Value.Parameter(order = 2)
  public abstract BandwidthBasis basis();

  /**
   * Returns the bandwidth in one direction: the published figure, or half of it when it is the
   * total of both directions.
   *
   * @return the one-way bandwidth, not null
   */
  @JsonIgnore
  public ByteRate perDirection() {
    return basis() == BandwidthBasis.BIDIRECTIONAL ? bandwidth().dividedBy(2) : bandwidth();
  }

  @Value.Check
  protected final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Interconnect name must not be blank: ''");
    }
    if (bandwidth().isZero()) {
      throw new IllegalArgumentException("Interconnect bandwidth must be positive: "
          + bandwidth());
    }
  }
}
