/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static io.github.inferenceecon.core.CostFixtures.CACHED_10K;
import static io.github.inferenceecon.core.CostFixtures.SONNET_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class ApiCostTest {

  static final ApiCost SONNET_4_CACHED =
      ApiCost.of(SONNET_4, CACHED_10K);

  static ApiCost.Builder minimal() {
    return ApiCost.builder().provider("p").model("m").currency(Money.USD);
  }

  @Test
  void toString_readsLikeAnInvoice() {
    assertThat(SONNET_4_CACHED.toString()).isEqualTo(String.join("\n",
        "anthropic claude-sonnet-4 [PRIMARY]",
        "  input        2000 tokens x USD 3 per 1M = USD 0.006",
        "  cachedInput  8000 tokens x USD 0.3 per 1M = USD 0.0024",
        "  output       1000 tokens x USD 15 per 1M = USD 0.015",
        "  total        USD 0.0234",
        "  - Cache reads (8000) and cache writes (0) are counted within the 10000 input tokens, "
            + "reasoning (0) within the 1000 output tokens; each token is billed once",
        "  - Base rates (default service tier)",
        "  - No long-context tier on the card",
        "  - No batch discount",
        "  source: https://platform.claude.com/docs/en/docs/about-claude/pricing"));
  }

  @Test
  void toString_withDate_showsIt() {
    ApiCost cost = ApiCost.of(ApiCostRulesTest.GPT_4O, ApiUsage.of(1, 1));

    assertThat(cost.toString()).startsWith("openai gpt-4o (prices from 2024-10-01) [PRIMARY]\n");
  }

  @Test
  void component_unknownName_empty() {
    assertThat(SONNET_4_CACHED.component("reasoning")).isEmpty();
    assertThat(SONNET_4_CACHED.unpricedComponents()).isEmpty();
  }

  @Test
  void total_noComponents_zeroInCurrency() {
    assertThat(minimal().build().total()).isEqualTo(Money.zero(Money.USD));
    assertThat(minimal().build().isFullyPriced()).isTrue();
  }

  @Test
  void json_hasTotalAndRoundTrips() {
    String json = CostTesting.json(SONNET_4_CACHED);

    assertThat(json).contains("\"total\":{\"amount\":\"0.0234\",\"currency\":\"USD\"}")
        .contains("\"fullyPriced\":true");
    assertThat(CostTesting.roundTrip(SONNET_4_CACHED, ApiCost.class)).isEqualTo(SONNET_4_CACHED);
  }

  @Test
  void build_duplicateComponentNames_throws() {
    CostComponent input = CostComponent.priced("input", TokenCount.of(1),
        TokenPrice.perMillion("USD", "1"));

    assertThatThrownBy(() -> minimal().addComponents(input, input).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost component names must be distinct: 'input'");
  }

  @Test
  void build_duplicateComponentNamesInALongBill_throws() {
    // past 16 components the names are checked through a set rather than pair by pair
    ApiCost.Builder distinct = minimal();
    for (int i = 0; i < 20; i++) {
      distinct.addComponents(CostComponent.priced("c" + i, TokenCount.of(1),
          TokenPrice.perMillion("USD", "1")));
    }
    assertThat(distinct.build().components()).hasSize(20);

    ApiCost.Builder repeated = minimal().from(distinct.build())
        .addComponents(CostComponent.unpriced("c3", TokenCount.of(2), "no price"));
    assertThatThrownBy(repeated::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost component names must be distinct: 'c3'");
  }

  @Test
  void build_componentInOtherCurrency_throws() {
    CostComponent eur = CostComponent.priced("input", TokenCount.of(1),
        TokenPrice.perMillion("EUR", "1"));

    assertThatThrownBy(() -> minimal().addComponents(eur).build())
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void build_discountWithoutBatch_throws() {
    assertThatThrownBy(() -> minimal().batchDiscount(BigDecimal.ONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Batch discount applies only to batch usage: 1");
  }

  @Test
  void build_discountOutOfRange_throws() {
    assertThatThrownBy(() -> minimal().batch(true).batchDiscount(new BigDecimal("1.5")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Batch discount must be in [0, 1]: 1.5");
  }

  @Test
  void build_blankProviderOrModel_throws() {
    assertThatThrownBy(() -> minimal().provider("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost provider must not be blank: ''");
    assertThatThrownBy(() -> minimal().model(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost model must not be blank: ''");
  }

  @Test
  void component_null_throws() {
    assertThatThrownBy(() -> SONNET_4_CACHED.component(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void equals_sameInputs_equal() {
    ApiCost again = ApiCost.of(SONNET_4,
        CACHED_10K);

    assertThat(again).isEqualTo(SONNET_4_CACHED).hasSameHashCodeAs(SONNET_4_CACHED);
    assertThat(again.effectiveFrom()).isEmpty();
    assertThat(ApiCost.of(ApiCostRulesTest.GPT_4O, ApiUsage.of(1, 1))
        .effectiveFrom()).contains(LocalDate.of(2024, 10, 1));
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableApiCost.class);
  }
}
