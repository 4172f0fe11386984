/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class OwnershipCalculatorTest {

  @Test
  void compare_defaultContext_isDecimal64() {
    OwnershipComparison c = OwnershipCalculator.compare(OwnershipComparisonTest.BUY_25K);

    assertThat(c.mathContext()).isEqualTo(MathContext.DECIMAL64);
    assertThat(c).isEqualTo(OwnershipComparison.of(OwnershipComparisonTest.BUY_25K,
        MathContext.DECIMAL64));
  }

  @Test
  void compare_callerContext_used() {
    // 25,000 / 35,063.28 = 0.713 at 3 digits
    OwnershipComparison c = OwnershipCalculator.compare(OwnershipComparisonTest.BUY_25K,
        new MathContext(3));

    assertThat(c.ownedLines().get(0).amount().amount()).isEqualByComparingTo("0.713");
  }
}
