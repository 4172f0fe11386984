/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;

/** The bundled catalogs, loaded once per run. */
final class Catalogs {

  private Catalogs() {}

  private static final class Hardware {
    static final HardwareCatalogs BUNDLED = HardwareCatalogs.bundled();
  }

  private static final class PrimaryHardware {
    static final HardwareCatalogs BUNDLED = HardwareCatalogs.bundled().primaryOnly();
  }

  private static final class Prices {
    static final PriceCatalog BUNDLED = PriceCatalog.bundled();
  }

  /**
   * The bundled hardware catalogs, or their primary figures alone.
   *
   * @param primaryOnly whether to leave out the figures only secondary sources publish
   * @return the catalogs
   */
  static HardwareCatalogs hardware(boolean primaryOnly) {
    return primaryOnly ? PrimaryHardware.BUNDLED : Hardware.BUNDLED;
  }

  /**
   * Resolves an {@code --api} argument, {@code PROVIDER:MODEL}, to its current price card.
   *
   * @param api the argument
   * @return the card
   * @throws IllegalArgumentException if the argument is not of that form, or the provider or
   *     model is unknown
   */
  static ApiPriceCard card(String api) {
    int colon = api.indexOf(':');
    if (colon <= 0 || colon == api.length() - 1) {
      throw new IllegalArgumentException("--api must be PROVIDER:MODEL: '" + api + "'");
    }
    return prices().card(api.substring(0, colon), api.substring(colon + 1));
  }

  static PriceCatalog prices() {
    return Prices.BUNDLED;
  }
}
