/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class CostLineProperties {

  @Test
  void exact_amountEqualsQuantityTimesRate_andRoundTrips() {
    qt().forAll(Generate.longRange(0, 10_000_000), CostGenerators.usdAmounts())
        .checkAssert((n, rate) -> {
          BigDecimal quantity = BigDecimal.valueOf(n, 3);
          CostLine l = CostLine.exact("x", quantity, "h", rate, "h");
          assertThat(l.amount().amount()).isEqualByComparingTo(
              rate.amount().multiply(quantity));
          assertThat(CostTesting.roundTrip(l, CostLine.class)).isEqualTo(l);
        });
  }
}
