/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class SpendProjectionTest {

  /**
   * The article's trend figures (reference inference-economics-article.txt): unit prices fall
   * about 10x a year, demand grows over 300% a year. The base year (USD 10 per million, a
   * million queries of 1,000 tokens) is illustrative.
   */
  static SpendProjection.Builder articleTrend() {
    return SpendProjection.builder()
        .basePricePerMillion(Money.of("USD", "10"))
        .baseQueries(new BigDecimal("1000000"))
        .baseTokensPerQuery(new BigDecimal("1000"))
        .priceFallFactorPerYear(BigDecimal.TEN)
        .queryGrowthRatePerYear(new BigDecimal("3"))
        .years(3);
  }

  @Test
  void articleFiguresAlone_spendFalls() {
    // (1 + 3) x 1 / 10 = 0.4: with these two figures alone spend falls 60% a year.
    SpendProjection p = articleTrend().build();

    assertThat(p.spendGrowthFactorPerYear()).isEqualByComparingTo("0.4");
    assertThat(p.isSpendRising()).isFalse();
    // Year 0: 1e6 x 1,000 tokens x 10 / 1e6 = 10,000; year 1: 4e6 x 1,000 x 1 / 1e6 = 4,000.
    assertThat(p.projection().get(0).spend()).isEqualTo(Money.of("USD", "10000"));
    assertThat(p.projection().get(1).spend()).isEqualTo(Money.of("USD", "4000"));
  }

  @Test
  void reasoningTriplesTokensPerQuery_spendRisesAsPricesFall() {
    // (1 + 3) x 3 / 10 = 1.2: spend rises 20% a year while the unit price falls 10x.
    SpendProjection p = articleTrend()
        .tokensPerQueryGrowthFactorPerYear(new BigDecimal("3")).build();

    assertThat(p.spendGrowthFactorPerYear()).isEqualByComparingTo("1.2");
    assertThat(p.isSpendRising()).isTrue();
    assertThat(p.projection()).extracting(ProjectedYear::spend).containsExactly(
        Money.of("USD", "10000"), Money.of("USD", "12000"), Money.of("USD", "14400"),
        Money.of("USD", "17280"));
    ProjectedYear y3 = p.projection().get(3);
    // Year 3: price 10 / 1000 = 0.01; queries 64e6; tokens per query 27,000.
    assertThat(y3.pricePerMillion()).isEqualTo(Money.of("USD", "0.01"));
    assertThat(y3.queries()).isEqualByComparingTo("64000000");
    assertThat(y3.tokensPerQuery()).isEqualByComparingTo("27000");
    assertThat(y3.tokens()).isEqualByComparingTo("1728000000000");
    assertThat(p.totalSpend()).isEqualTo(Money.of("USD", "53680"));
  }

  @Test
  void toString_showsFactorAndYears() {
    assertThat(articleTrend().tokensPerQueryGrowthFactorPerYear(new BigDecimal("3")).build()
        .toString()).isEqualTo(String.join("\n",
            "Spend projection: prices / 10 a year, queries x 4, tokens per query x 3: spend x "
                + "1.2 a year (rising)",
            "  year 0: 1000000 queries x 1000 tokens at USD 10 per 1M = USD 10000",
            "  year 1: 4000000 queries x 3000 tokens at USD 1 per 1M = USD 12000",
            "  year 2: 16000000 queries x 9000 tokens at USD 0.1 per 1M = USD 14400",
            "  year 3: 64000000 queries x 27000 tokens at USD 0.01 per 1M = USD 17280"));
  }

  @Test
  void mathContext_setsPrecision() {
    SpendProjection p = articleTrend().priceFallFactorPerYear(new BigDecimal("3"))
        .mathContext(new MathContext(5)).build();

    // 10 / 3 = 3.3333 at 5 digits.
    assertThat(p.projection().get(1).pricePerMillion()).isEqualTo(Money.of("USD", "3.3333"));
    assertThat(p.precision()).isEqualTo(5);
  }

  @Test
  void invalid_throw() {
    assertThatThrownBy(() -> articleTrend().priceFallFactorPerYear(BigDecimal.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price fall factor must be positive: 0");
    assertThatThrownBy(() -> articleTrend().queryGrowthRatePerYear(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Query growth rate must be above -1: -1");
    assertThatThrownBy(() -> articleTrend().tokensPerQueryGrowthFactorPerYear(BigDecimal.ZERO)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tokens-per-query growth factor must be positive: 0");
    assertThatThrownBy(() -> articleTrend().years(101).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Years must be in [0, 100]: 101");
    assertThatThrownBy(() -> articleTrend().baseQueries(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Base queries must not be negative: -1");
    assertThatThrownBy(() -> articleTrend().baseTokensPerQuery(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Base tokens per query must not be negative: -1");
    assertThatThrownBy(() -> articleTrend().basePricePerMillion(Money.of("USD", "-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Base price must not be negative: USD -1");
    assertThatThrownBy(() -> articleTrend().mathContext(MathContext.UNLIMITED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
    assertThatThrownBy(() -> articleTrend().mathContext(null))
        .isInstanceOf(NullPointerException.class).hasMessage("context");
  }

  @Test
  void json_roundTrips() {
    SpendProjection p = articleTrend().build();

    assertThat(CostTesting.roundTrip(p, SpendProjection.class)).isEqualTo(p);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableSpendProjection.class);
    CostTesting.assertFieldsFinal(ImmutableProjectedYear.class);
  }

  @Test
  void projectedYear_jsonRoundTripsAndReads() {
    ProjectedYear y = articleTrend().build().projection().get(2);

    assertThat(CostTesting.roundTrip(y, ProjectedYear.class)).isEqualTo(y);
    assertThat(y).hasToString("year 2: 16000000 queries x 1000 tokens at USD 0.1 per 1M = "
        + "USD 1600");
  }
}
