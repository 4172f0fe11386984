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
    // the same body, its format told from it
    assertThat(benchmark.openAiChatTold()).isEqualTo(benchmark.openAiChat());
    // claude-sonnet-4: 2,000 x 3 + 8,000 x 0.30 + 1,000 x 3.75 + 700 x 15 = 22,650 per 1M
    assertThat(benchmark.anthropicStream().total()).isEqualTo(Money.of("USD", "0.02265"));
    // gemini-2.5-flash: 1,000 x 0.30 + (200 + 300) x 2.50 = 300 + 1,250 = 1,550 per 1M
    assertThat(benchmark.gemini().total()).isEqualTo(Money.of("USD", "0.00155"));
    // streamed, the same usage: the usage chunk, the last Gemini chunk
    assertThat(benchmark.openAiChatStream().total()).isEqualTo(Money.of("USD", "0.0003"));
    assertThat(benchmark.geminiStream().total()).isEqualTo(Money.of("USD", "0.00155"));
    // the Anthropic stream's usage as one message body
    assertThat(benchmark.anthropic().total()).isEqualTo(Money.of("USD", "0.02265"));
    // gpt-5-mini: 400 x 0.25 + 600 x 0.025 + 500 x 2.00 = 100 + 15 + 1,000 = 1,115 per 1M
    assertThat(benchmark.openAiResponses().total()).isEqualTo(Money.of("USD", "0.001115"));
    assertThat(benchmark.openAiResponsesStream().total()).isEqualTo(Money.of("USD", "0.001115"));
    // Claude Sonnet 4 on Bedrock: 2,000 x 3 + 8,000 x 0.30 + 700 x 15 = 6,000 + 2,400 + 10,500
    // = 18,900 per 1M
    assertThat(benchmark.bedrock().total()).isEqualTo(Money.of("USD", "0.0189"));
    assertThat(benchmark.bedrockStream().total()).isEqualTo(Money.of("USD", "0.0189"));
  }
}
