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

final class UnitEconomicsProperties {

  static Gen<UnitEconomics> economics() {
    return CostGenerators.positiveUsdAmounts().zip(CostGenerators.usdAmounts(),
        CostGenerators.utilisations(), (revenue, cost, u) ->
            UnitEconomics.of("unit", revenue, cost, u, MathContext.DECIMAL64));
  }

  @Test
  void marginPlusCost_isRevenue() {
    qt().forAll(economics()).checkAssert(e ->
        assertThat(e.margin().plus(e.cost())).isEqualTo(e.revenue()));
  }

  @Test
  void grossMarginPlusCostPerRevenue_isOne() {
    // Each figure is rounded to 16 significant digits, so the bound scales with their size.
    qt().forAll(economics()).checkAssert(e -> {
      BigDecimal error = e.grossMargin().add(e.costPerRevenue()).subtract(BigDecimal.ONE).abs();
      BigDecimal bound = e.grossMargin().abs().add(e.costPerRevenue().abs())
          .multiply(new BigDecimal("1e-15"));
      assertThat(error).isLessThanOrEqualTo(bound);
    });
  }

  @Test
  void costAtBreakEvenUtilisation_isRevenue() {
    qt().forAll(economics()).checkAssert(e -> {
      if (e.cost().isPositive() && e.canBreakEven()) {
        double u = e.breakEvenUtilisation().doubleValue();
        CostTesting.assertClose(e.costAt(u).amount(), e.revenue().amount(), "1e-12");
      }
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(economics()).checkAssert(e ->
        assertThat(CostTesting.roundTrip(e, UnitEconomics.class)).isEqualTo(e));
  }
}
