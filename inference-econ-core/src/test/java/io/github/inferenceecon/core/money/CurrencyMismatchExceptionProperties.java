/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class CurrencyMismatchExceptionProperties {

  /** Every currency the JDK knows, in a stable order. */
  private static Gen<Currency> anyCurrencies() {
    List<Currency> all = new ArrayList<>(Currency.getAvailableCurrencies());
    all.sort(Comparator.comparing(Currency::getCurrencyCode));
    return arbitrary().pick(all);
  }

  @Test
  void message_namesBothCodesInOrder() {
    qt().forAll(anyCurrencies(), anyCurrencies()).checkAssert((first, second) ->
        assertThat(new CurrencyMismatchException(first, second)).hasMessage(
            "Currencies differ: " + first.getCurrencyCode() + "/" + second.getCurrencyCode()));
  }

  @Test
  void getters_returnTheCurrenciesGiven() {
    qt().forAll(anyCurrencies(), anyCurrencies()).checkAssert((first, second) -> {
      CurrencyMismatchException e = new CurrencyMismatchException(first, second);
      assertThat(e.first()).isEqualTo(first);
      assertThat(e.second()).isEqualTo(second);
    });
  }

  @Test
  void moneyPlus_otherCurrency_reportsReceiverFirst() {
    qt().forAll(anyCurrencies(), anyCurrencies()).checkAssert((first, second) -> {
      Money a = Money.zero(first);
      Money b = Money.zero(second);
      if (first.equals(second)) {
        assertThat(a.plus(b)).isEqualTo(a);
      } else {
        try {
          a.plus(b);
          throw new AssertionError("expected a CurrencyMismatchException");
        } catch (CurrencyMismatchException e) {
          assertThat(e.first()).isEqualTo(first);
          assertThat(e.second()).isEqualTo(second);
        }
      }
    });
  }
}
