/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;
import org.junit.jupiter.api.Test;

final class CatalogLoadBenchmarkTest {

  private final CatalogLoadBenchmark benchmark = new CatalogLoadBenchmark();

  @Test
  void allCatalogs_getsAFirstAnswerFromEveryBundledCatalog() {
    BundledCatalogs.FirstAnswers answers = benchmark.allCatalogs();
    // 10,000 x 3 + 1,000 x 15, per million = 0.03 + 0.015
    assertThat(answers.cost.total().amount()).isEqualByComparingTo("0.045");
    // H100 SXM: 80 GiB of HBM3, as the bundled entry has it
    assertThat(answers.accelerator.memory()).isEqualTo(ByteSize.ofGibibytes(80));
    // DigitalOcean's 8 x H100 on demand: USD 23.92 per instance-hour
    assertThat(answers.offer.price().price().amount()).isEqualByComparingTo("23.92");
    // the Uptime Institute's industry average for 2023
    assertThat(answers.pue.value()).isEqualByComparingTo("1.58");
    // Llama-3.1-70B: num_hidden_layers 80
    assertThat(answers.architecture.layers()).isEqualTo(80);
  }

  @Test
  void allCatalogsInFull_readsEveryBundledCatalog() {
    BundledCatalogs all = benchmark.allCatalogsInFull();
    assertThat(all.prices()).isSameAs(PriceCatalog.bundled());
    assertThat(all.hardware()).isSameAs(HardwareCatalogs.bundled());
    assertThat(all.architectures()).isSameAs(KnownArchitectures.all()).hasSize(25);
    assertThat(all.prices().providers()).isNotEmpty();
    assertThat(all.hardware().accelerators().all()).isNotEmpty();
    assertThat(all.hardware().cloudOffers().all()).isNotEmpty();
    assertThat(all.hardware().energy().pue()).isNotEmpty();
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

  @Test
  void oneArchitecture_isLlama31_70b() {
    assertThat(benchmark.oneArchitecture()).isSameAs(KnownArchitectures.get("llama-3.1-70b"));
    assertThat(benchmark.oneArchitecture().name()).isEqualTo("Llama-3.1-70B");
  }
}
