/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class LifetimeCostTest {

  /** Illustrative: training USD 100M; inference USD 10M in month 1, growing 10% a month. */
  static final LifetimeCost GROWING = LifetimeCost.of(Money.of("USD", "100000000"),
      Money.of("USD", "10000000"), new BigDecimal("1.1"), MathContext.DECIMAL64);
  /** Illustrative: training USD 100M; inference USD 30M every month. */
  static final LifetimeCost FLAT = LifetimeCost.ofFlat(Money.of("USD", "100000000"),
      Money.of("USD", "30000000"));

  @Test
  void monthsToOvertake_growing_handWorked() {
    // Cumulative after n months: 100M x (1.1^n - 1); reaches 100M when 1.1^n >= 2: n = 8
    // (1.1^7 = 1.949, 1.1^8 = 2.144).
    assertThat(GROWING.monthsToOvertake()).hasValue(8);
    assertThat(GROWING.cumulativeInferenceAfter(7)).isEqualTo(Money.of("USD", "94871710"));
    assertThat(GROWING.cumulativeInferenceAfter(8)).isEqualTo(Money.of("USD", "114358881"));
    assertThat(GROWING.inferenceInMonth(3)).isEqualTo(Money.of("USD", "12100000"));
  }

  @Test
  void monthsToOvertake_flat_ceilingOfRatio() {
    // 100M / 30M = 3.33: month 4.
    assertThat(FLAT.monthsToOvertake()).hasValue(4);
    assertThat(FLAT.cumulativeInferenceAfter(3)).isEqualTo(Money.of("USD", "90000000"));
    assertThat(FLAT.totalCostAfter(4)).isEqualTo(Money.of("USD", "220000000"));
    // 120M / 220M = 0.5454...
    assertThat(FLAT.inferenceShareAfter(4)).isEqualByComparingTo("0.5454545454545455");
    assertThat(FLAT.cumulativeInferenceAfter(0).isZero()).isTrue();
  }

  @Test
  void monthsToOvertake_decliningSpend_never() {
    // 10M halving each month sums to under 20M: never reaches 100M.
    LifetimeCost declining = LifetimeCost.of(Money.of("USD", "100000000"),
        Money.of("USD", "10000000"), new BigDecimal("0.5"), MathContext.DECIMAL64);

    assertThat(declining.monthsToOvertake()).isEmpty();
    assertThat(declining.toString()).endsWith("Inference does not overtake training within 1200 "
        + "months");
  }

  @Test
  void monthsToOvertake_freeTraining_zero() {
    assertThat(LifetimeCost.ofFlat(Money.zero(Money.USD), Money.of("USD", "1"))
        .monthsToOvertake()).hasValue(0);
  }

  @Test
  void inferenceShareAfter_nothingSpent_throwsArithmetic() {
    assertThatThrownBy(() -> LifetimeCost.ofFlat(Money.zero(Money.USD), Money.zero(Money.USD))
        .inferenceShareAfter(3))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("Cannot divide by zero: nothing spent after 3 months");
  }

  @Test
  void invalid_throw() {
    Money one = Money.of("USD", "1");
    assertThatThrownBy(() -> LifetimeCost.ofFlat(Money.of("USD", "-1"), one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Training cost must not be negative: USD -1");
    assertThatThrownBy(() -> LifetimeCost.ofFlat(one, Money.of("USD", "-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Inference spend must not be negative: USD -1");
    assertThatThrownBy(() -> LifetimeCost.of(one, one, BigDecimal.ZERO, MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Monthly growth factor must be positive: 0");
    assertThatThrownBy(() -> GROWING.inferenceInMonth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Month must be positive: 0");
    assertThatThrownBy(() -> GROWING.cumulativeInferenceAfter(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Month count must not be negative: -1");
    assertThatThrownBy(() -> LifetimeCost.of(one, one, BigDecimal.ONE, MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
  }

  @Test
  void mixedCurrencies_throw() {
    assertThatThrownBy(() -> LifetimeCost.ofFlat(Money.of("USD", "1"), Money.of("EUR", "1")))
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void toString_explains() {
    assertThat(GROWING).hasToString("Lifetime: Training once: USD 100000000; Inference: "
        + "USD 10000000 in month 1, x 1.1 each month; Cumulative inference reaches training "
        + "cost in month 8");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(GROWING, LifetimeCost.class)).isEqualTo(GROWING);
    assertThat(CostTesting.roundTrip(FLAT, LifetimeCost.class)).isEqualTo(FLAT);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableLifetimeCost.class);
  }
}
