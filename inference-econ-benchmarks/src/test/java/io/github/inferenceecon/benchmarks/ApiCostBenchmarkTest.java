/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.CostComponent;
import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

final class ApiCostBenchmarkTest {

  private static final Money USD_0_006 = Money.of("USD", "0.006");
  private static final Money USD_0_0024 = Money.of("USD", "0.0024");
  private static final Money USD_0_015 = Money.of("USD", "0.015");
  private static final Money USD_0_0234 = Money.of("USD", "0.0234");

  //-----------------------------------------------------------------------
  // cost
  //-----------------------------------------------------------------------
  @Test
  void cost_cachedRequestAtBundledSonnet4_isHandWorkedTotal() {
    // Bundled card: USD 3 input, 0.30 cache reads, 15 output per million tokens.
    // uncached input 2,000 x 3 / 1M = 0.006; cache reads 8,000 x 0.30 / 1M = 0.0024;
    // output 1,000 x 15 / 1M = 0.015; total 0.0234
    ApiCostBenchmark benchmark = new ApiCostBenchmark();
    benchmark.setUp();
    ApiCost cost = benchmark.cost();
    assertThat(cost.provider()).isEqualTo("anthropic");
    assertThat(cost.model()).isEqualTo("claude-sonnet-4");
    assertThat(cost.component("input").flatMap(CostComponent::cost)).hasValue(USD_0_006);
    assertThat(cost.component("cachedInput").flatMap(CostComponent::cost)).hasValue(USD_0_0024);
    assertThat(cost.component("output").flatMap(CostComponent::cost)).hasValue(USD_0_015);
    assertThat(cost.total()).isEqualTo(USD_0_0234);
    assertThat(cost.isFullyPriced()).isTrue();
  }

  //-----------------------------------------------------------------------
  // lookupAndCost
  //-----------------------------------------------------------------------
  @Test
  void lookupAndCost_dateAndBedrockProfile_areTheSameHandWorkedTotal() {
    // the Claude API card (3 / 0.30 / 15, listed 2026-11-27, in force on 2026-12-01) and
    // Bedrock's (3 / 0.30 / 15 on the page of 2025-07-20): 0.006 + 0.0024 + 0.015 = 0.0234
    ApiCostBenchmark benchmark = new ApiCostBenchmark();
    benchmark.setUp();
    ApiCost direct = benchmark.lookupAndCost();
    assertThat(direct.model()).isEqualTo("claude-sonnet-4");
    assertThat(direct.total()).isEqualTo(USD_0_0234);
    assertThat(direct.isDateAssumed()).isFalse();
    ApiCost bedrock = benchmark.lookupAndCostBedrockProfile();
    assertThat(bedrock.provider()).isEqualTo("amazon-bedrock");
    assertThat(bedrock.total()).isEqualTo(USD_0_0234);
  }
}
