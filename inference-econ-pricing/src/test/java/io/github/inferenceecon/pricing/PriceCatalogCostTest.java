/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.PriceNotKnownException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Request costing through the bundled catalog and core's API cost calculator. */
final class PriceCatalogCostTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();

  private static final ApiUsage SONNET_REQUEST = ApiUsage.builder()
      .inputTokens(TokenCount.of(10_000)).cachedInputTokens(TokenCount.of(8_000))
      .outputTokens(TokenCount.of(1_000)).build();

  @Test
  void cost_claudeSonnet4_isExact() {
    // 2,000 uncached x 3.00/1e6 = 0.006; 8,000 cache reads x 0.30/1e6 = 0.0024;
    // 1,000 output x 15.00/1e6 = 0.015; total USD 0.0234, nothing rounded
    ApiCost cost = CATALOG.cost("anthropic", "claude-sonnet-4", SONNET_REQUEST);
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0234"));
    assertThat(cost.isFullyPriced()).isTrue();
  }

  @Test
  void cost_bySnapshotId_matchesTheSameCard() {
    assertThat(CATALOG.cost("Anthropic", "claude-sonnet-4-20250514", SONNET_REQUEST).total())
        .isEqualTo(Money.of("USD", "0.0234"));
  }

  @Test
  void cost_ofRequest_usesItsCachedAndReasoningSubsets() {
    Request request = Request.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.of(1_000)).build();
    assertThat(CATALOG.cost("anthropic", "claude-sonnet-4", request).total())
        .isEqualTo(Money.of("USD", "0.0234"));
  }

  @Test
  void costAsOf_gpt4o_usesTheCardOfTheDay() {
    // from 2024-10-01: 2.50 input, 1.25 cached input, 10.00 output per million.
    // 10,000 input of which 8,000 cached, 1,000 output:
    // 2,000 x 2.50/1e6 = 0.005; 8,000 x 1.25/1e6 = 0.01; 1,000 x 10/1e6 = 0.01 -> USD 0.025
    ApiCost cost = CATALOG.costAsOf("openai", "gpt-4o", SONNET_REQUEST,
        LocalDate.of(2025, 6, 1));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.025"));
  }

  @Test
  void costAsOf_deepseekReasoner_pricesOldUsageAtItsDay() {
    // R1 from 2025-01-20: 0.55 cache miss, 0.14 cache hit, 2.19 output per million.
    // 2,000 x 0.55/1e6 = 0.0011; 8,000 x 0.14/1e6 = 0.00112; 1,000 x 2.19/1e6 = 0.00219
    ApiCost cost = CATALOG.costAsOf("deepseek", "deepseek-reasoner", SONNET_REQUEST,
        LocalDate.of(2025, 6, 1));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.00441"));
  }

  @Test
  void cost_unknownModel_throwsWithSuggestions() {
    assertThatThrownBy(() -> CATALOG.cost("anthropic", "claude-sonet-4", SONNET_REQUEST))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("claude-sonnet-4");
  }

  @Test
  void cost_unpricedModel_neverPricesAtZero() {
    assertThatThrownBy(() -> CatalogFixtures.acme().cost("acme", "acme-next", SONNET_REQUEST))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No price card for acme model 'acme-next': no price was sourced for it");
  }
}
