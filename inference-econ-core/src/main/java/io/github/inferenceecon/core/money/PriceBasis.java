/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

/**
 * What one unit of an hourly price rents: one device (one GPU or accelerator chip) or one whole
 * instance (a machine with one or more devices).
 *
 * <p>Cloud providers publish both kinds; an hourly price always says which, so that an
 * eight-GPU instance at USD 98.32 per hour is never mistaken for a per-GPU rate.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PriceBasis {
  /** The price rents one device for one hour ({@code device-hour}). */
  DEVICE("device-hour"),
  /** The price rents one whole instance for one hour ({@code instance-hour}). */
  INSTANCE("instance-hour");

  private final String unit;

  PriceBasis(String unit) {
    this.unit = unit;
  }

  /**
   * Returns the unit as it appears in the text form, {@code device-hour} or
   * {@code instance-hour}.
   *
   * @return the unit, not null
   */
  public String unit() {
    return unit;
  }

  static PriceBasis ofUnit(String unit) {
    for (PriceBasis basis : values()) {
      if (basis.unit.equals(unit)) {
        return basis;
      }
    }
    throw new IllegalArgumentException("Unknown price basis '" + unit
        + "' (known: device-hour, instance-hour)");
  }
}
