/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.format.ComputeFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The README's examples, compiled and run: each tagged region is the text of a Java block of
 * {@code README.md} (checked by the build's {@code ReadmeExamplesTest}), and the assertions after
 * it check the values the README's comments give.
 */
final class ReadmeExamplesTest {

  @Test
  void catalogs_giveTheFiguresTheReadmeShows() {
    // tag::catalogs[]
    HardwareCatalogs catalogs = HardwareCatalogs.bundled();            // all three, one call

    AcceleratorEntry h100 = catalogs.accelerators().get("H100 SXM5 80GB"); // id or alias, any case
    h100.memory();                      // Optional[80 GiB]
    h100.memoryBandwidth();             // Optional[3.35 TB/s]
    h100.peak(ComputeFormat.BF16);      // Optional[989 TFLOP/s]   (dense)
    h100.sourcesOf("memoryBandwidth");  // NVIDIA's own source and the date it was read
    h100.conflicts();                   // 3.35 TB/s chosen over 3.2 TB/s, with the reason
    AcceleratorSpec spec = catalogs.accelerators().spec("h100");   // core type for calculators

    CloudOffer best = catalogs.cloudOffers().cheapestFor("h100", PricingModel.ON_DEMAND).orElseThrow();
    best.perDeviceHour();               // USD 2.99 per device-hour (DigitalOcean, 23.92 for 8 GPUs)

    catalogs.energy().defaultPue();     // 1.58, Uptime Institute industry average 2023
    catalogs.warnIfStale(HardwareCatalogs.DEFAULT_STALENESS_THRESHOLD, Clock.systemUTC());

    AcceleratorEntry l40s = catalogs.accelerators().get("l40s");
    l40s.tierOf("densePeak.BF16");      // Optional[PRIMARY]   (NVIDIA's aiconfigurator)
    l40s.tierOf("densePeak.FP16");      // Optional[SECONDARY] (a reseller's copy of NVIDIA's table)
    HardwareCatalogs primary = catalogs.primaryOnly();   // primary figures and offers alone
    // end::catalogs[]

    assertThat(h100.memory()).hasToString("Optional[80 GiB]");
    assertThat(h100.memoryBandwidth()).hasToString("Optional[3.35 TB/s]");
    assertThat(h100.peak(ComputeFormat.BF16)).hasToString("Optional[989 TFLOP/s]");
    assertThat(h100.sourcesOf("memoryBandwidth")).isNotEmpty()
        .allSatisfy(source -> {
          assertThat(source.url()).containsIgnoringCase("nvidia");
          assertThat(source.tier()).isEqualTo(SourceTier.PRIMARY);
        });
    assertThat(h100.conflicts()).anySatisfy(conflict -> {
      assertThat(conflict.figure()).isEqualTo("memoryBandwidth");
      assertThat(conflict.chosen()).contains("3.35");
    });
    assertThat(spec.memory()).isEqualTo(h100.memory().orElseThrow());
    assertThat(best.perDeviceHour()).hasToString("USD 2.99 per device-hour");
    assertThat(best.provider()).isEqualTo("DigitalOcean");
    assertThat(best.acceleratorCount()).isEqualTo(8);
    assertThat(best.price().toString()).startsWith("USD 23.92 ");
    assertThat(catalogs.energy().defaultPue().orElseThrow().value()).isEqualByComparingTo("1.58");
    assertThat(primary.accelerators().get("l40s").tierOf("densePeak.FP16")).isEmpty();
  }

  /** Compiled, not run: the files are the user's. */
  static HardwareCatalogs userFiles() throws IOException {
    // tag::user-files[]
    HardwareCatalogs mine = HardwareCatalogs.overBundled()
        .accelerators(Path.of("my-accelerators.json"))
        .cloudOffers(Path.of("my-offers.json"))     // may name my accelerators, by id or alias
        .energy(Path.of("my-energy.json"))
        .load();
    // end::user-files[]
    return mine;
  }
}
