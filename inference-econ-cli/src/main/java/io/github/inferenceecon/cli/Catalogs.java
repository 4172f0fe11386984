/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;

/** The bundled catalogs, loaded once per run. */
final class Catalogs {

  private Catalogs() {}

  private static final class Hardware {
    static final HardwareCatalogs BUNDLED = HardwareCatalogs.bundled();
  }

  private static final class Prices {
    static final PriceCatalog BUNDLED = PriceCatalog.bundled();
  }

  static HardwareCatalogs hardware() {
    return Hardware.BUNDLED;
  }

  static PriceCatalog prices() {
    return Prices.BUNDLED;
  }

  /**
   * Resolves a {@code --gpu} argument: a catalog id or alias.
   *
   * @param name the id or alias
   * @return the spec
   * @throws IllegalArgumentException if unknown (with suggestions) or lacking memory figures
   */
  static AcceleratorSpec accelerator(String name) {
    return hardware().accelerators().get(name).requireSpec();
  }
}
