/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.hardware.AcceleratorEntry;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.hardware.ScaleUpLink;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.util.Map;

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

  /**
   * Resolves a {@code --gpu} argument, filling figures the catalog lacks from the user's own.
   *
   * @param catalogs the hardware catalogs to resolve it in
   * @param name the id or alias
   * @param memoryBandwidth the memory bandwidth to use when the catalog has none, or null
   * @param linkBandwidth the scale-up bandwidth per direction to use, or null
   * @param densePeaks dense peaks by compute format to add where the catalog has none
   * @return the spec
   * @throws IllegalArgumentException if unknown (with suggestions) or lacking figures
   */
  static AcceleratorSpec accelerator(HardwareCatalogs catalogs, String name,
      String memoryBandwidth, String linkBandwidth, Map<String, String> densePeaks) {
    AcceleratorEntry entry = catalogs.accelerators().get(name);
    if (entry.memory().isEmpty()) {
      throw new IllegalArgumentException("Accelerator '" + entry.id()
          + "' has no sourced memory capacity in the catalog");
    }
    ByteRate bandwidth = entry.memoryBandwidth().orElseGet(() -> {
      if (memoryBandwidth == null) {
        throw new IllegalArgumentException("Accelerator '" + entry.id() + "' has no sourced "
            + "memory bandwidth in the catalog; give one with --memory-bandwidth (e.g. "
            + "'3.9 TB/s')");
      }
      return ByteRate.parse(memoryBandwidth);
    });
    AcceleratorSpec.Builder b = AcceleratorSpec.builder().id(entry.id()).vendor(entry.vendor())
        .name(entry.name()).memory(entry.memory().get()).memoryBandwidth(bandwidth)
        .putAllDensePeak(entry.densePeak()).putAllSparsePeak(entry.sparsePeak());
    entry.thermalDesignPower().ifPresent(b::thermalDesignPower);
    // the rule AcceleratorEntry.spec() applies; spec() itself is empty without a bandwidth
    entry.scaleUp().flatMap(ScaleUpLink::toInterconnect)
        .ifPresent(b::scaleUp);
    for (Map.Entry<String, String> e : densePeaks.entrySet()) {
      ComputeFormat format = ComputeFormat.of(e.getKey());
      if (!entry.densePeak().containsKey(format)) {
        b.putDensePeak(format, FlopRate.parse(e.getValue()));
      }
    }
    if (linkBandwidth != null) {
      b.scaleUp(Interconnect.of("user-supplied",
          ByteRate.parse(linkBandwidth),
          BandwidthBasis.PER_DIRECTION));
    }
    return b.build();
  }
}
