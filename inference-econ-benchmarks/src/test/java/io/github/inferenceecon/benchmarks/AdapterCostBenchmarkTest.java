/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

/** {@link AdapterCostBenchmark} measures the requests it says, priced as worked out by hand. */
final class AdapterCostBenchmarkTest {

  @Test
  void benchmarks_priceTheHandWorkedRequests() {
    AdapterCostBenchmark benchmark = new AdapterCostBenchmark();
    benchmark.setUp();
    // gpt-4o-mini: 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 90 + 30 + 180 = 300 per 1M
    assertThat(benchmark.openAi().total()).isEqualTo(Money.of("USD", "0.0003"));
    assertThat(benchmark.langChain4j().total()).isEqualTo(Money.of("USD", "0.0003"));
    // claude-sonnet-4: 2,000 x 3 + 8,000 x 0.30 + 1,000 x 3.75 + 700 x 15
    // = 6,000 + 2,400 + 3,750 + 10,500 = 22,650 per 1M
    assertThat(benchmark.anthropic().total()).isEqualTo(Money.of("USD", "0.02265"));
  }
}
