/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.assertImmutable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Currency;
import org.junit.jupiter.api.Test;

final class CurrencyMismatchExceptionTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(CurrencyMismatchException.class);
  }

  @Test
  void class_isAnIllegalArgumentException() {
    assertThat(new CurrencyMismatchException(USD, EUR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  //--- CurrencyMismatchException(Currency, Currency) --------------------------------------------

  @Test
  void constructor_usdEur_buildsMessage() {
    assertThat(new CurrencyMismatchException(USD, EUR))
        .hasMessage("Currencies differ: USD/EUR")
        .hasNoCause();
  }

  @Test
  void constructor_order_isKept() {
    assertThat(new CurrencyMismatchException(EUR, USD)).hasMessage("Currencies differ: EUR/USD");
  }

  @Test
  void constructor_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> new CurrencyMismatchException(null, EUR))
        .withMessage("first");
    assertThatNullPointerException().isThrownBy(() -> new CurrencyMismatchException(USD, null))
        .withMessage("second");
  }

  //--- first() / second() -----------------------------------------------------------------------

  @Test
  void first_isReceiverCurrency() {
    assertThat(new CurrencyMismatchException(USD, EUR).first()).isEqualTo(USD);
  }

  @Test
  void second_isArgumentCurrency() {
    assertThat(new CurrencyMismatchException(USD, EUR).second()).isEqualTo(EUR);
  }

  @Test
  void getters_fromMoneyPlus_nameBothSides() {
    CurrencyMismatchException e =
        catchMismatch(() -> Money.of("EUR", "1").plus(Money.of("USD", "1")));
    assertThat(e.first()).isEqualTo(EUR);
    assertThat(e.second()).isEqualTo(USD);
  }

  private static CurrencyMismatchException catchMismatch(Runnable action) {
    try {
      action.run();
    } catch (CurrencyMismatchException e) {
      return e;
    }
    throw new AssertionError("expected a CurrencyMismatchException");
  }
}
