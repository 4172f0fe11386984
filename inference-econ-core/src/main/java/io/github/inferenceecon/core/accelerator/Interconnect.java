/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.units.ByteRate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A device's scale-up interconnect, such as 'NVLink 4, 900 GB/s bidirectional per GPU'.
 *
 * <p>The model is a name, the bandwidth of one device as published, whether that figure is
 * per direction or the total of both directions ({@link BandwidthBasis}), and, where known, the
 * scale-up domain: how many devices the link connects at that bandwidth (8 on an HGX H100
 * board, 72 in a GB200 NVL72 rack). Tensor-parallel traffic uses {@link #perDirection()}.
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
    return ImmutableInterconnect.of(name, bandwidth, basis, Optional.empty());
  }

  /**
   * Obtains an instance of {@code Interconnect} with its scale-up domain.
   *
   * @param name the name, such as {@code NVLink 5}, not blank, not null
   * @param bandwidth the published bandwidth of one device, positive, not null
   * @param basis how the figure is stated, not null
   * @param domainSize the devices the link connects at this bandwidth, positive
   * @return the interconnect, not null
   * @throws IllegalArgumentException if the name is blank, the bandwidth zero or the domain
   *     size not positive
   */
  public static Interconnect of(String name, ByteRate bandwidth, BandwidthBasis basis,
      int domainSize) {
    return ImmutableInterconnect.of(name, bandwidth, basis, Optional.of(domainSize));
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
   * Returns the scale-up domain: how many devices this link connects at its bandwidth, such as
   * 8 on an HGX board or 72 in an NVL72 rack.
   *
   * @return the device count, positive, or empty when not known (a layout is then assumed to
   *     stay within one domain)
   */
  @Value.Parameter(order = 3)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Integer> domainSize();

  /**
   * Returns a copy of this interconnect with a scale-up domain.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param devices the devices the link connects at its bandwidth, positive
   * @return the new instance, not null
   * @throws IllegalArgumentException if the count is not positive
   */
  public Interconnect withDomainSize(int devices) {
    return of(name(), bandwidth(), basis(), devices);
  }

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
    if (domainSize().isPresent() && domainSize().get() <= 0) {
      throw new IllegalArgumentException("Interconnect domain size must be positive: "
          + domainSize().get());
    }
  }
}
