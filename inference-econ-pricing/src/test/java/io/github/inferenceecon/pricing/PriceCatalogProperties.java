/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static io.github.inferenceecon.pricing.PricingGenerators.batchPricedModels;
import static io.github.inferenceecon.pricing.PricingGenerators.pricedModels;
import static io.github.inferenceecon.pricing.PricingGenerators.tokenCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Laws of look-up, ranking, ratios and merging of {@link PriceCatalog}. */
final class PriceCatalogProperties {

  private static final PriceCatalog BUNDLED = PriceCatalog.bundled();

  private static PriceCatalog catalogOf(List<CatalogModel> models) {
    return PriceCatalog.of(List.of(CatalogProvider.of("p")), models);
  }

  /** Flips the case of each letter whose bit is set in the mask. */
  private static String mixedCase(String name, long mask) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean flip = ((mask >>> (i % 64)) & 1L) == 1L;
      b.append(flip ? (Character.isUpperCase(c) ? Character.toLowerCase(c)
          : Character.toUpperCase(c)) : c);
    }
    return b.toString();
  }

  @Test
  void model_anyCaseOfABundledName_findsItsModel() {
    List<Map.Entry<String, CatalogModel>> names = new ArrayList<>();
    for (CatalogModel model : BUNDLED.models()) {
      for (String name : model.names()) {
        names.add(Map.entry(name, model));
      }
    }
    qt().forAll(Generate.pick(names), longs().all()).checkAssert((entry, mask) -> {
      CatalogModel model = entry.getValue();
      String name = mixedCase(entry.getKey(), mask);
      assertThat(BUNDLED.model(mixedCase(model.provider(), ~mask), name)).isSameAs(model);
    });
  }

  @Test
  void cheapest_isSortedAndEachCostIsTheExactCostOfTheMix() {
    qt().forAll(pricedModels(), tokenCounts(), tokenCounts())
        .assuming((models, in, out) -> !(in.isZero() && out.isZero()))
        .checkAssert((models, in, out) -> {
          List<Offer> offers = catalogOf(models).cheapest(OfferCriteria.of(in, out));
          assertThat(offers).hasSameSizeAs(models);
          for (int i = 0; i < offers.size(); i++) {
            Offer offer = offers.get(i);
            TokenRates rates = offer.card().priceCard().rates();
            assertThat(offer.cost()).isEqualTo(rates.input().costOf(in)
                .plus(rates.output().costOf(out)));
            assertThat(offer.tokens()).isEqualTo(in.plus(out));
            if (i > 0) {
              assertThat(offer.cost()).isGreaterThanOrEqualTo(offers.get(i - 1).cost());
            }
          }
        });
  }

  @Test
  void cheapest_batch_isTheStandardCostLessTheDiscountAndNeverDearer() {
    qt().forAll(batchPricedModels(), tokenCounts(), tokenCounts())
        .assuming((models, in, out) -> !(in.isZero() && out.isZero()))
        .checkAssert((models, in, out) -> {
          PriceCatalog catalog = catalogOf(models);
          List<Offer> batch = catalog.cheapest(OfferCriteria.builder().inputTokens(in)
              .outputTokens(out).batch(true).build());
          assertThat(batch).hasSameSizeAs(models);
          for (Offer offer : batch) {
            Money standard = catalog.cheapest(OfferCriteria.of(in, out)).stream()
                .filter(o -> o.model().equals(offer.model())).findFirst().orElseThrow().cost();
            BigDecimal discount = offer.card().priceCard().batchDiscount().orElseThrow();
            assertThat(offer.cost()).isEqualTo(standard.multipliedBy(BigDecimal.ONE
                .subtract(discount)));
            assertThat(offer.cost()).isLessThanOrEqualTo(standard);
          }
        });
  }

  @Test
  void outputToInputRatios_minMedianMaxAreOrderedAndEveryModelCounts() {
    qt().forAll(pricedModels()).checkAssert(models -> {
      PriceCatalog catalog = catalogOf(models);
      boolean anyRatio = models.stream()
          .anyMatch(m -> !m.cards().get(0).priceCard().rates().input().isZero());
      if (anyRatio) {
        RatioSummary summary = catalog.outputToInputRatios(6, RoundingMode.HALF_EVEN);
        assertThat(summary.min()).isLessThanOrEqualTo(summary.median());
        assertThat(summary.median()).isLessThanOrEqualTo(summary.max());
        assertThat(summary.count() + summary.excluded().size()).isEqualTo(models.size());
      }
    });
  }

  @Test
  void mergedOver_emptyBaseAndItself_leaveTheCatalogUnchanged() {
    qt().forAll(pricedModels()).checkAssert(models -> {
      PriceCatalog catalog = catalogOf(models);
      PriceCatalog empty = PriceCatalog.of(List.of(CatalogProvider.of("p")), List.of());
      assertThat(catalog.mergedOver(empty).models()).isEqualTo(catalog.models());
      assertThat(catalog.mergedOver(catalog).models()).isEqualTo(catalog.models());
      assertThat(empty.mergedOver(catalog).models()).isEqualTo(catalog.models());
    });
  }
}
