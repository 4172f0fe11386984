/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

final class CostComponentTest {

  static final TokenPrice USD_3 = TokenPrice.perMillion("USD", "3");
  static final CostComponent INPUT_2000 = CostComponent.priced("input", TokenCount.of(2_000),
      USD_3);

  @Test
  void priced_costsTokensTimesRate() {
    // 2,000 x 3 / 1e6 = 0.006
    assertThat(INPUT_2000.cost()).contains(Money.of("USD", "0.006"));
    assertThat(INPUT_2000.pricePerMillion()).contains(Money.of("USD", "3"));
    assertThat(INPUT_2000.isPriced()).isTrue();
    assertThat(INPUT_2000.line()).isEqualTo("2000 tokens x USD 3 per 1M = USD 0.006");
    assertThat(INPUT_2000).hasToString("input: 2000 tokens x USD 3 per 1M = USD 0.006");
  }

  @Test
  void priced_perThousandPrice_shownPerMillion() {
    CostComponent c = CostComponent.priced("output", TokenCount.of(10),
        TokenPrice.of(Money.of("USD", "0.015"), TokenCount.ofThousands(1)));

    assertThat(c.pricePerMillion()).contains(Money.of("USD", "15"));
    assertThat(c.cost()).contains(Money.of("USD", "0.00015"));
  }

  @Test
  void unpriced_hasNoRateNoCostAndSaysWhy() {
    CostComponent c = CostComponent.unpriced("cachedInput", TokenCount.of(8_000),
        "the card has no cache-read price");

    assertThat(c.isPriced()).isFalse();
    assertThat(c.cost()).isEmpty();
    assertThat(c.line()).isEqualTo("8000 tokens x unpriced (the card has no cache-read price)");
  }

  @Test
  void build_costNotTokensTimesRate_throws() {
    assertThatThrownBy(() -> CostComponent.builder().name("input").tokens(TokenCount.of(2_000))
        .pricePerMillion(Money.of("USD", "3")).cost(Money.of("USD", "0.007")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost component cost must equal tokens x rate: input USD 0.007 "
            + "(expected USD 0.006)");
  }

  @Test
  void build_rateWithoutCost_throws() {
    assertThatThrownBy(() -> CostComponent.builder().name("input").tokens(TokenCount.of(1))
        .pricePerMillion(Money.of("USD", "3")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost component must have both a rate and a cost, or neither: input");
  }

  @Test
  void build_unpricedWithoutNote_throws() {
    assertThatThrownBy(() -> CostComponent.builder().name("input").tokens(TokenCount.of(1))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unpriced cost component must say why in its note: input");
  }

  @Test
  void build_blankName_throws() {
    assertThatThrownBy(() -> CostComponent.priced(" ", TokenCount.ZERO, USD_3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost component name must not be blank: ' '");
  }

  @Test
  void build_blankNote_throws() {
    assertThatThrownBy(() -> CostComponent.unpriced("x", TokenCount.ZERO, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost component note must not be blank: ''");
  }

  @Test
  void build_negativeRate_throws() {
    assertThatThrownBy(() -> CostComponent.builder().name("x").tokens(TokenCount.ZERO)
        .pricePerMillion(Money.of("USD", "-1")).cost(Money.of("USD", "0")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost component rate must not be negative: USD -1");
  }

  @Test
  void build_costInOtherCurrency_throws() {
    assertThatThrownBy(() -> CostComponent.builder().name("x").tokens(TokenCount.of(1_000_000))
        .pricePerMillion(Money.of("USD", "1")).cost(Money.of("EUR", "1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cost component cost must equal tokens x rate");
    assertThatThrownBy(() -> Money.of("USD", "1").plus(Money.of("EUR", "1")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void priced_nulls_throw() {
    assertThatThrownBy(() -> CostComponent.priced("x", TokenCount.ZERO, null))
        .isInstanceOf(NullPointerException.class).hasMessage("price");
    assertThatThrownBy(() -> CostComponent.priced("x", null, USD_3))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equals_sameParts_equal() {
    assertThat(CostComponent.priced("input", TokenCount.of(2_000), USD_3))
        .isEqualTo(INPUT_2000).hasSameHashCodeAs(INPUT_2000);
    assertThat(CostComponent.priced("input", TokenCount.of(2_001), USD_3))
        .isNotEqualTo(INPUT_2000);
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(INPUT_2000, CostComponent.class)).isEqualTo(INPUT_2000);
    CostComponent unpriced = CostComponent.unpriced("x", TokenCount.of(3), "why");
    assertThat(CostTesting.roundTrip(unpriced, CostComponent.class)).isEqualTo(unpriced);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableCostComponent.class);
  }
}
