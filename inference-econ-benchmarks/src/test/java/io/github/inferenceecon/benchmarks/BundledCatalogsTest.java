/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;
import org.junit.jupiter.api.Test;

final class BundledCatalogsTest {

  //-----------------------------------------------------------------------
  // load
  //-----------------------------------------------------------------------
  @Test
  void load_holdsTheEntriesTheOtherBenchmarksUse() {
    BundledCatalogs catalogs = BundledCatalogs.load().readInFull();
    assertThat(catalogs.prices().findCard(ApiCostBenchmark.PROVIDER, ApiCostBenchmark.MODEL))
        .isPresent();
    assertThat(catalogs.hardware().accelerators().find(SelfHostedEstimateBenchmark.ACCELERATOR))
        .isPresent();
    assertThat(catalogs.hardware().cloudOffers().find(SelfHostedEstimateBenchmark.OFFER))
        .isPresent();
    assertThat(catalogs.architectures()).extracting(ModelArchitecture::name)
        .contains("Llama-3.1-70B");
  }

  @Test
  void load_secondCall_returnsTheCachedInstances() {
    // Why the load benchmark measures one call per fresh JVM: later calls only read the cache.
    BundledCatalogs first = BundledCatalogs.load();
    BundledCatalogs second = BundledCatalogs.load();
    assertThat(second.prices()).isSameAs(first.prices()).isSameAs(PriceCatalog.bundled());
    assertThat(second.hardware()).isSameAs(first.hardware()).isSameAs(HardwareCatalogs.bundled());
    assertThat(second.architectures()).isSameAs(first.architectures())
        .isSameAs(KnownArchitectures.all());
  }
}
