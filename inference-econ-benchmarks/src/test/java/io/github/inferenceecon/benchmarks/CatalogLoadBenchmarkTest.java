/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;
import org.junit.jupiter.api.Test;

final class CatalogLoadBenchmarkTest {

  private final CatalogLoadBenchmark benchmark = new CatalogLoadBenchmark();

  @Test
  void allCatalogs_loadsEveryBundledCatalog() {
    BundledCatalogs all = benchmark.allCatalogs();
    assertThat(all.prices()).isSameAs(PriceCatalog.bundled());
    assertThat(all.hardware()).isSameAs(HardwareCatalogs.bundled());
    assertThat(all.architectures()).isSameAs(KnownArchitectures.all());
    assertThat(all.prices().providers()).isNotEmpty();
    assertThat(all.hardware().accelerators().all()).isNotEmpty();
    assertThat(all.hardware().cloudOffers().all()).isNotEmpty();
    assertThat(all.architectures()).isNotEmpty();
  }

  @Test
  void priceCatalog_isTheBundledCatalog() {
    assertThat(benchmark.priceCatalog()).isSameAs(PriceCatalog.bundled());
  }

  @Test
  void priceCatalogFirstAnswer_pricesClaudeSonnet4() {
    // 10,000 x 3 + 1,000 x 15, per million = 0.03 + 0.015
    assertThat(benchmark.priceCatalogFirstAnswer().total().amount())
        .isEqualByComparingTo("0.045");
  }

  @Test
  void hardwareCatalogs_areTheBundledCatalogs() {
    assertThat(benchmark.hardwareCatalogs()).isSameAs(HardwareCatalogs.bundled());
  }

  @Test
  void knownArchitectures_areTheBundledArchitectures() {
    assertThat(benchmark.knownArchitectures()).isSameAs(KnownArchitectures.all());
  }
}
