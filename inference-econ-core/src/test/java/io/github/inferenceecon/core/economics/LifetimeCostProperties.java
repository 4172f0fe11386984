/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class LifetimeCostProperties {

  static Gen<LifetimeCost> lifetimes() {
    return Generate.longRange(0, 1_000_000_000L).zip(Generate.longRange(0, 100_000_000L),
        Generate.range(50, 150), (training, first, growthPercent) -> LifetimeCost.of(
            Money.of(Money.USD, BigDecimal.valueOf(training)),
            Money.of(Money.USD, BigDecimal.valueOf(first)),
            BigDecimal.valueOf(growthPercent, 2), MathContext.DECIMAL64));
  }

  @Test
  void monthsToOvertake_isTheFirstMonthCumulativeReachesTraining() {
    qt().withExamples(300).forAll(lifetimes()).checkAssert(l -> l.monthsToOvertake()
        .ifPresent(n -> {
          assertThat(l.cumulativeInferenceAfter(n)).isGreaterThanOrEqualTo(l.trainingCost());
          if (n > 0) {
            assertThat(l.cumulativeInferenceAfter(n - 1)).isLessThan(l.trainingCost());
          }
        }));
  }

  @Test
  void flat_monthsToOvertakeIsCeilingOfRatio() {
    qt().forAll(Generate.longRange(1, 1_000_000L), Generate.longRange(1_000, 1_000_000L))
        .checkAssert((training, monthly) -> {
          LifetimeCost l = LifetimeCost.ofFlat(Money.of(Money.USD, BigDecimal.valueOf(training)),
              Money.of(Money.USD, BigDecimal.valueOf(monthly)));
          long expected = (training + monthly - 1) / monthly;
          assertThat(l.monthsToOvertake()).hasValue((int) expected);
        });
  }

  @Test
  void cumulative_neverDecreases() {
    qt().withExamples(300).forAll(lifetimes(), Generate.range(0, 200)).checkAssert((l, n) ->
        assertThat(l.cumulativeInferenceAfter(n + 1))
            .isGreaterThanOrEqualTo(l.cumulativeInferenceAfter(n)));
  }

  @Test
  void json_roundTrips() {
    qt().withExamples(100).forAll(lifetimes()).checkAssert(l ->
        assertThat(CostTesting.roundTrip(l, LifetimeCost.class)).isEqualTo(l));
  }
}
