/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class CostComponentProperties {

  @Test
  void priced_costEqualsTokenPriceCostOf() {
    qt().forAll(CostGenerators.tokenCounts(), CostGenerators.perMillionPrices())
        .checkAssert((tokens, price) -> assertThat(
            CostComponent.priced("input", tokens, price).cost()).contains(price.costOf(tokens)));
  }

  @Test
  void priced_additiveInTokens() {
    qt().forAll(CostGenerators.tokenCounts(), CostGenerators.tokenCounts(),
            CostGenerators.perMillionPrices())
        .checkAssert((a, b, price) -> assertThat(
            CostComponent.priced("x", a.plus(b), price).cost().orElseThrow()).isEqualTo(
                CostComponent.priced("x", a, price).cost().orElseThrow()
                    .plus(CostComponent.priced("x", b, price).cost().orElseThrow())));
  }

  @Test
  void build_costOneUnitInTheLastPlaceOff_throws() {
    // the check compares the cost with tokens x rate as numbers: any other amount is refused
    qt().forAll(CostGenerators.tokenCounts(), CostGenerators.perMillionPrices())
        .checkAssert((tokens, price) -> {
          CostComponent c = CostComponent.priced("input", tokens, price);
          Money cost = c.cost().orElseThrow();
          Money off = Money.of(cost.currency(), cost.amount()
              .add(BigDecimal.ONE.movePointLeft(cost.amount().scale() + 1)));
          assertThatThrownBy(() -> CostComponent.builder().from(c).cost(off).build())
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessage("Cost component cost must equal tokens x rate: input " + off
                  + " (expected " + cost + ")");
        });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(CostGenerators.tokenCounts(), CostGenerators.perMillionPrices())
        .checkAssert((tokens, price) -> {
          CostComponent c = CostComponent.priced("input", tokens, price);
          assertThat(CostTesting.roundTrip(c, CostComponent.class)).isEqualTo(c);
        });
  }
}
