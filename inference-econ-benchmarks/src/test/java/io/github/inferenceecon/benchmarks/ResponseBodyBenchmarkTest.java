/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

/** {@link ResponseBodyBenchmark} measures the bodies it says, priced as worked out by hand. */
final class ResponseBodyBenchmarkTest {

  @Test
  void benchmarks_priceTheHandWorkedBodies() {
    ResponseBodyBenchmark benchmark = new ResponseBodyBenchmark();
    benchmark.setUp();
    // gpt-4o-mini: 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 90 + 30 + 180 = 300 per 1M
    assertThat(benchmark.openAiChat().total()).isEqualTo(Money.of("USD", "0.0003"));
    // claude-sonnet-4: 2,000 x 3 + 8,000 x 0.30 + 1,000 x 3.75 + 700 x 15 = 22,650 per 1M
    assertThat(benchmark.anthropicStream().total()).isEqualTo(Money.of("USD", "0.02265"));
    // gemini-2.5-flash: 1,000 x 0.30 + (200 + 300) x 2.50 = 300 + 1,250 = 1,550 per 1M
    assertThat(benchmark.gemini().total()).isEqualTo(Money.of("USD", "0.00155"));
  }
}
