/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static io.github.inferenceecon.core.CostFixtures.CACHED_10K;
import static io.github.inferenceecon.core.CostFixtures.H100_FULL_COST;
import static io.github.inferenceecon.core.CostFixtures.SONNET_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class UnitEconomicsTest {

  /**
   * The article's figure: OpenAI reportedly spent USD 1.35 for every USD 1 earned in 2025 (as
   * cited in the project's reference inference-economics-article.txt). The 60% utilisation is
   * illustrative.
   */
  static final UnitEconomics SPEND_1_35_PER_DOLLAR = UnitEconomics.of("dollar of revenue",
      Money.of("USD", "1"), Money.of("USD", "1.35"), 0.6, MathContext.DECIMAL64);

  @Test
  void of_articleFigure_135CentsPerDollar() {
    assertThat(SPEND_1_35_PER_DOLLAR.costPerRevenue()).isEqualByComparingTo("1.35");
    assertThat(SPEND_1_35_PER_DOLLAR.margin()).isEqualTo(Money.of("USD", "-0.35"));
    assertThat(SPEND_1_35_PER_DOLLAR.grossMargin()).isEqualByComparingTo("-0.35");
    // Cost scales as 1/utilisation: 0.6 x 1.35 / 1 = 0.81 breaks even.
    assertThat(SPEND_1_35_PER_DOLLAR.breakEvenUtilisation()).isEqualByComparingTo("0.81");
    assertThat(SPEND_1_35_PER_DOLLAR.canBreakEven()).isTrue();
    assertThat(SPEND_1_35_PER_DOLLAR.costAt(0.81)).isEqualTo(Money.of("USD", "1"));
  }

  @Test
  void of_withoutContext_dividesAtTheDefaultContext() {
    // USD 1 of cost for USD 3 of revenue: 1 / 3 = 0.3333333333333333 at 16 digits
    // (SelfHostedCost.DEFAULT_CONTEXT, DECIMAL64)
    UnitEconomics u = UnitEconomics.of("query", Money.of("USD", "3"), Money.of("USD", "1"), 1);

    assertThat(u).isEqualTo(UnitEconomics.of("query", Money.of("USD", "3"),
        Money.of("USD", "1"), 1, SelfHostedCost.DEFAULT_CONTEXT));
    assertThat(u.costPerRevenue()).isEqualByComparingTo(new BigDecimal("0.3333333333333333"));
    assertThat(UnitEconomics.of("dollar of revenue", Money.of("USD", "1"),
        Money.of("USD", "1.35"), 0.6)).isEqualTo(SPEND_1_35_PER_DOLLAR);
  }

  @Test
  void of_alreadyFullyUtilised_cannotBreakEven() {
    // At 80% the break-even utilisation is 0.8 x 1.35 = 1.08: no utilisation breaks even.
    UnitEconomics u = UnitEconomics.of("dollar of revenue", Money.of("USD", "1"),
        Money.of("USD", "1.35"), 0.8, MathContext.DECIMAL64);

    assertThat(u.breakEvenUtilisation()).isEqualByComparingTo("1.08");
    assertThat(u.canBreakEven()).isFalse();
    assertThat(u.assumptions().get(2)).endsWith("(above 1: no utilisation breaks even at this "
        + "price)");
  }

  @Test
  void ofOutputTokens_sonnetPriceAgainstH100Cost() {
    // Revenue USD 15 per 1M output (Sonnet 4), cost USD 0.2777777777777778 (one H100 at 3/h).
    UnitEconomics u = UnitEconomics.ofOutputTokens(
        SONNET_4.rates().output(), H100_FULL_COST);

    assertThat(u.unit()).isEqualTo("1M output tokens");
    assertThat(u.margin()).isEqualTo(Money.of("USD", "14.7222222222222222"));
    // 0.2777777777777778 / 15 = 0.018518518518518520 -> 16 digits
    assertThat(u.costPerRevenue()).isEqualByComparingTo("0.01851851851851852");
  }

  @Test
  void ofRequest_revenueIsApiBillCostIsSelfHosted() {
    // Revenue: the 0.0234 Sonnet bill. Cost: prefill 2,000 (8,000 cached) and 1,000 output on
    // one H100: 2,000 x 0.02777777777777778 / 1e6 + 1,000 x 0.2777777777777778 / 1e6.
    UnitEconomics u = UnitEconomics.ofRequest(SONNET_4,
        CACHED_10K, H100_FULL_COST);

    assertThat(u.revenue()).isEqualTo(Money.of("USD", "0.0234"));
    assertThat(u.cost()).isEqualTo(Money.of("USD", "0.00033333333333333336"));
  }

  @Test
  void ofRequest_unpriced_throws() {
    assertThatThrownBy(() -> UnitEconomics.ofRequest(SONNET_4,
        CACHED_10K.withBatch(true), H100_FULL_COST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Request must be fully priced at the card: unpriced input");
  }

  @Test
  void of_invalid_throw() {
    MathContext mc = MathContext.DECIMAL64;
    Money one = Money.of("USD", "1");
    assertThatThrownBy(() -> UnitEconomics.of("x", Money.zero(Money.USD), one, 0.5, mc))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Revenue must be positive: USD 0");
    assertThatThrownBy(() -> UnitEconomics.of("x", one, Money.of("USD", "-1"), 0.5, mc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost must not be negative: USD -1");
    assertThatThrownBy(() -> UnitEconomics.of("x", one, one, 1.5, mc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 1.5");
    assertThatThrownBy(() -> UnitEconomics.of(" ", one, one, 0.5, mc))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Unit must not be blank: ' '");
    assertThatThrownBy(() -> UnitEconomics.of("x", one, one, 0.5, MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
    assertThatThrownBy(() -> SPEND_1_35_PER_DOLLAR.costAt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 0.0");
  }

  @Test
  void of_mixedCurrencies_throws() {
    assertThatThrownBy(() -> UnitEconomics.of("x", Money.of("USD", "1"), Money.of("EUR", "1"),
        0.5, MathContext.DECIMAL64))
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void toString_summarises() {
    assertThat(SPEND_1_35_PER_DOLLAR).hasToString("per dollar of revenue: revenue USD 1, cost "
        + "USD 1.35, margin USD -0.35 (-0.35), 1.35 spent per unit of revenue, break-even "
        + "utilisation 0.81");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(SPEND_1_35_PER_DOLLAR, UnitEconomics.class))
        .isEqualTo(SPEND_1_35_PER_DOLLAR);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableUnitEconomics.class);
  }
}
