/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.PriceCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The README's example, {@link UsageMetrics}, with Micrometer's real registry. */
final class UsageMetricsTest {

  @Test
  void record_twoCalls_countsTokensAndAddsTheCosts() {
    MeterRegistry registry = new SimpleMeterRegistry();
    UsageMetrics metrics = new UsageMetrics(registry);
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(400)).outputTokens(TokenCount.of(300)).build();
    // gpt-4o-mini: 600 x 0.15 + 400 x 0.075 + 300 x 0.60 = 300 per 1M = USD 0.0003 a call
    metrics.record(usage, PriceCatalog.bundled().cost("openai", "gpt-4o-mini", usage));
    metrics.record(usage, PriceCatalog.bundled().cost("openai", "gpt-4o-mini", usage));

    assertThat(registry.get(ApiUsageRecorder.TOKEN_USAGE).tag("gen_ai.token.type", "input")
        .summary().totalAmount()).isEqualTo(2_000);
    assertThat(registry.get(ApiUsageRecorder.COST).functionCounter().count()).isEqualTo(0.0006);
  }
}
