/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.util.List;

/**
 * Every catalog the library bundles: the API price catalog, the hardware catalogs (accelerator
 * specs, cloud offers and energy figures) and the known model architectures.
 *
 * <p>Each is read and validated on first use and cached for the life of the JVM, so only the
 * first {@link #load()} in a JVM measures loading.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BundledCatalogs {

  private final PriceCatalog prices;
  private final HardwareCatalogs hardware;
  private final List<ModelArchitecture> architectures;

  private BundledCatalogs(PriceCatalog prices, HardwareCatalogs hardware,
      List<ModelArchitecture> architectures) {
    this.prices = prices;
    this.hardware = hardware;
    this.architectures = architectures;
  }

  /**
   * Loads every bundled catalog, or returns the cached ones after the first call.
   *
   * @return the catalogs, not null
   */
  static BundledCatalogs load() {
    return new BundledCatalogs(PriceCatalog.bundled(), HardwareCatalogs.bundled(),
        KnownArchitectures.all());
  }

  /**
   * Returns the API price catalog.
   *
   * @return the catalog, not null
   */
  PriceCatalog prices() {
    return prices;
  }

  /**
   * Returns the hardware catalogs.
   *
   * @return the catalogs, not null
   */
  HardwareCatalogs hardware() {
    return hardware;
  }

  /**
   * Returns the known architectures.
   *
   * @return the architectures, not null
   */
  List<ModelArchitecture> architectures() {
    return architectures;
  }
}
