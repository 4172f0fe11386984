/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.billing.PriceCardGenerators.priceCards;
import static io.github.inferenceecon.core.billing.PriceCardGenerators.tokenRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

final class ApiPriceCardProperties {

  @Test
  void isInForceOn_exactlyFromStartToBeforeEnd() {
    qt().forAll(priceCards(), longs().between(0, 5_000)).checkAssert((card, offset) -> {
      LocalDate date = LocalDate.of(2022, 1, 1).plusDays(offset);
      boolean afterStart = card.effectiveFrom().map(f -> !date.isBefore(f)).orElse(true);
      boolean beforeEnd = card.effectiveUntil().map(date::isBefore).orElse(true);

      assertThat(card.isInForceOn(date)).isEqualTo(afterStart && beforeEnd);
    });
  }

  @Test
  void everyPriceOnACard_sharesItsCurrency() {
    qt().forAll(priceCards()).checkAssert(card -> {
      assertThat(card.rates().output().currency()).isEqualTo(card.currency());
      card.longContext().ifPresent(t ->
          assertThat(t.rates().input().currency()).isEqualTo(card.currency()));
      card.serviceTiers().values().forEach(r ->
          assertThat(r.input().currency()).isEqualTo(card.currency()));
    });
  }

  @Test
  void cacheWrite_findsEveryListedTtl() {
    qt().forAll(tokenRates(Currency.getInstance("EUR"))).checkAssert(rates ->
        rates.cacheWrites().forEach(w ->
            assertThat(rates.cacheWrite(w.ttl())).contains(w.price())));
  }

  @Test
  void json_roundTrips() {
    qt().forAll(priceCards()).checkAssert(card ->
        assertThat(jsonRoundTrip(card, ApiPriceCard.class)).isEqualTo(card));
  }
}
