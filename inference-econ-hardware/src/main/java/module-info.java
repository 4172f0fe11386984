/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * inference-econ hardware: bundled, sourced catalogs of accelerator specifications and cloud
 * rental prices, and energy defaults (PUE, electricity prices, carbon intensities).
 *
 * <p>Every bundled figure names the page it was read from and the date it was read; a figure
 * that could not be sourced is absent (an empty {@code Optional}), never estimated. Users can
 * merge their own catalogs, in the documented JSON format (JSON Schemas ship in the jar), over
 * the bundled ones.
 *
 * <pre>{@code
 * HardwareCatalogs catalogs = HardwareCatalogs.bundled();
 * AcceleratorSpec h100 = catalogs.accelerators().spec("H100 SXM5 80GB");   // 80 GiB, 3.35 TB/s
 * Optional<CloudOffer> cheapest =
 *     catalogs.cloudOffers().cheapestFor("h100", PricingModel.ON_DEMAND);
 * HourlyPrice perGpu = cheapest.orElseThrow().perDeviceHour();   // USD 2.99 per device-hour
 * }</pre>
 *
 * <p>The bundled rental catalog covers AWS, CoreWeave, DigitalOcean, Nebius and RunPod: the
 * research behind it found no official price page for Google Cloud, Azure or Lambda.
 */
module io.github.inferenceecon.hardware {
  requires transitive io.github.inferenceecon.core;
  requires org.slf4j;
  // Compile-time annotations only, and never transitive: a module that reads this one must
  // compile without them (javac resolves a static transitive module for every reader).
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.inferenceecon.hardware;

  opens io.github.inferenceecon.hardware to com.fasterxml.jackson.databind;
}
