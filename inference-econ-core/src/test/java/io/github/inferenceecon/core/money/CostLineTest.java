/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class CostLineTest {

  static final CostLine RESERVED_MONTH = CostLine.exact("reserved per month",
      new BigDecimal("730.485"), "device-hours", Money.of("USD", "3"), "device-hour");

  @Test
  void exact_amountIsQuantityTimesRate() {
    // 730.485 x 3 = 2,191.455
    assertThat(RESERVED_MONTH.amount()).isEqualTo(Money.of("USD", "2191.455"));
    assertThat(RESERVED_MONTH.line())
        .isEqualTo("730.485 device-hours x USD 3 per device-hour = USD 2191.455");
    assertThat(RESERVED_MONTH).hasToString("reserved per month: 730.485 device-hours x USD 3 "
        + "per device-hour = USD 2191.455");
  }

  @Test
  void line_withNote_appendsIt() {
    CostLine l = CostLine.builder().from(RESERVED_MONTH).note("one month").build();

    assertThat(l.line()).endsWith(" [one month]");
  }

  @Test
  void build_blankText_throws() {
    assertThatThrownBy(() -> CostLine.exact("", BigDecimal.ONE, "h", Money.of("USD", "1"), "h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost line texts must not be blank: ''");
  }

  @Test
  void build_negativeQuantity_throws() {
    assertThatThrownBy(() -> CostLine.exact("x", new BigDecimal("-1"), "h",
        Money.of("USD", "1"), "h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cost line quantity must not be negative: -1");
  }

  @Test
  void build_mixedCurrencies_throws() {
    assertThatThrownBy(() -> CostLine.builder().from(RESERVED_MONTH)
        .amount(Money.of("EUR", "1")).build())
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(RESERVED_MONTH, CostLine.class)).isEqualTo(RESERVED_MONTH);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableCostLine.class);
  }
}
