/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.PriceNotKnownException;
import static io.github.inferenceecon.pricing.PricingGenerators.datedModels;
import static io.github.inferenceecon.pricing.PricingGenerators.dates;
import static io.github.inferenceecon.pricing.PricingGenerators.listedCard;
import static io.github.inferenceecon.pricing.PricingGenerators.rates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Laws of the price-history look-up of {@link CatalogModel}. */
final class CatalogModelProperties {

  @Test
  void cardAsOf_datedHistory_isTheLastCardStartingOnOrBeforeTheDate() {
    qt().forAll(datedModels("p", "m"), dates()).checkAssert((model, date) -> {
      CatalogCard expected = null;
      for (CatalogCard card : model.cards()) {
        if (!card.effectiveFrom().orElseThrow().isAfter(date)) {
          expected = card;
        }
      }
      if (expected == null) {
        assertThatThrownBy(() -> model.cardAsOf(date))
            .isInstanceOf(PriceNotKnownException.class);
      } else {
        assertThat(model.cardAsOf(date)).isEqualTo(expected);
      }
    });
  }

  @Test
  void findCardAsOf_agreesWithCardAsOf() {
    qt().forAll(datedModels("p", "m"), dates()).checkAssert((model, date) -> {
      Optional<CatalogCard> found = model.findCardAsOf(date);
      if (found.isPresent()) {
        assertThat(model.cardAsOf(date)).isEqualTo(found.get());
      } else {
        assertThatThrownBy(() -> model.cardAsOf(date))
            .isInstanceOf(PriceNotKnownException.class);
      }
    });
  }

  @Test
  void undatedLatestCard_isInForceFromItsListingDateAndHidesTheUnpublishedChange() {
    qt().forAll(datedModels("p", "m"), integers().between(1, 200), rates(), dates())
        .checkAssert((dated, gap, rates, date) -> {
          List<CatalogCard> cards = new ArrayList<>(dated.cards());
          LocalDate lastFrom = cards.get(cards.size() - 1).effectiveFrom().orElseThrow();
          LocalDate listedOn = lastFrom.plusDays(gap);
          CatalogCard listed = listedCard("p", "m", listedOn, rates);
          cards.add(listed);
          CatalogModel model = CatalogModel.builder().from(dated).cards(cards).build();
          Optional<CatalogCard> found = model.findCardAsOf(date);
          if (!date.isBefore(listedOn)) {
            assertThat(found).contains(listed);
          } else if (date.isAfter(lastFrom)) {
            // the last dated price changed on an unpublished day before the listing
            assertThat(found).isEmpty();
          } else if (date.equals(lastFrom)) {
            assertThat(found).contains(cards.get(cards.size() - 2));
          } else {
            assertThat(found).isEqualTo(dated.findCardAsOf(date));
          }
        });
  }

  @Test
  void latestCard_isTheLastCard() {
    qt().forAll(datedModels("p", "m")).checkAssert(model ->
        assertThat(model.latestCard()).contains(model.cards().get(model.cards().size() - 1)));
  }
}
