/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class SpendProjectionProperties {

  static Gen<SpendProjection> projections() {
    return CostGenerators.positiveUsdAmounts().zip(Generate.range(1, 3_000),
        Generate.range(0, 1_000), Generate.range(1, 500), Generate.range(0, 10),
        (price, fall, growth, perQuery, years) -> SpendProjection.builder()
            .basePricePerMillion(price).baseQueries(new BigDecimal("1000000"))
            .baseTokensPerQuery(new BigDecimal("1000"))
            .priceFallFactorPerYear(BigDecimal.valueOf(fall, 2))
            .queryGrowthRatePerYear(BigDecimal.valueOf(growth, 2))
            .tokensPerQueryGrowthFactorPerYear(BigDecimal.valueOf(perQuery, 2))
            .years(years).build());
  }

  @Test
  void spendChangesByTheYearlyFactor() {
    qt().forAll(projections()).checkAssert(p -> {
      for (int t = 1; t < p.projection().size(); t++) {
        BigDecimal before = p.projection().get(t - 1).spend().amount();
        BigDecimal after = p.projection().get(t).spend().amount();
        if (before.signum() > 0) {
          CostTesting.assertClose(after.divide(before, MathContext.DECIMAL64),
              p.spendGrowthFactorPerYear(), "1e-13");
        }
      }
    });
  }

  @Test
  void rising_exactlyWhenDemandInTokensOutgrowsThePriceFall() {
    qt().forAll(projections()).checkAssert(p -> {
      BigDecimal demand = BigDecimal.ONE.add(p.queryGrowthRatePerYear())
          .multiply(p.tokensPerQueryGrowthFactorPerYear());
      assertThat(p.isSpendRising())
          .isEqualTo(demand.compareTo(p.priceFallFactorPerYear()) > 0);
      assertThat(p.projection()).hasSize(p.years() + 1);
    });
  }

  @Test
  void json_roundTrips() {
    qt().withExamples(100).forAll(projections()).checkAssert(p ->
        assertThat(CostTesting.roundTrip(p, SpendProjection.class)).isEqualTo(p));
  }
}
