/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static io.github.inferenceecon.core.CostFixtures.H100_60;
import static io.github.inferenceecon.core.CostFixtures.SONNET_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class BreakEvenCalculatorTest {

  @Test
  void breakEven_defaultContext_isDecimal64() {
    BreakEven b = BreakEvenTest.SONNET_VS_H100;

    assertThat(b.mathContext()).isEqualTo(MathContext.DECIMAL64);
    assertThat(b).isEqualTo(BreakEven.of(SONNET_4,
        BreakEvenTest.REQUEST_2000_500, H100_60,
        MathContext.DECIMAL64));
  }

  @Test
  void breakEven_callerContext_used() {
    BreakEven b = BreakEvenCalculator.breakEven(SONNET_4,
        BreakEvenTest.REQUEST_2000_500, H100_60, new MathContext(4));

    assertThat(b.busySecondsPerRequest()).isEqualByComparingTo("0.2333");
  }
}
