/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the pricing module's types, built from their parts. */
final class PricingGenerators {

  static final LocalDate BASE_DATE = LocalDate.of(2024, 1, 1);

  private PricingGenerators() {}

  /** Prices from USD 0 to USD 100 per million tokens, three decimal places. */
  static Gen<TokenPrice> tokenPrices() {
    return integers().between(0, 100_000)
        .map(n -> TokenPrice.perMillion(Money.of(Money.USD, BigDecimal.valueOf(n, 3))));
  }

  /** Prices from USD 0.001 to USD 100 per million tokens. */
  static Gen<TokenPrice> positiveTokenPrices() {
    return integers().between(1, 100_000)
        .map(n -> TokenPrice.perMillion(Money.of(Money.USD, BigDecimal.valueOf(n, 3))));
  }

  /** Token counts from 0 to 10^9. */
  static Gen<TokenCount> tokenCounts() {
    return longs().between(0, 1_000_000_000L).map(TokenCount::of);
  }

  /** Input and output rates. */
  static Gen<TokenRates> rates() {
    return tokenPrices().zip(tokenPrices(), TokenRates::of);
  }

  /** Strictly increasing dates from {@link #BASE_DATE}, one to six of them. */
  static Gen<List<LocalDate>> increasingDates() {
    return lists().of(integers().between(1, 400)).ofSizeBetween(1, 6).map(gaps -> {
      List<LocalDate> dates = new ArrayList<>();
      LocalDate d = BASE_DATE;
      for (int gap : gaps) {
        d = d.plusDays(gap);
        dates.add(d);
      }
      return dates;
    });
  }

  /** A day offset from {@link #BASE_DATE}, from 0 to 3,000 days. */
  static Gen<LocalDate> dates() {
    return integers().between(0, 3_000).map(BASE_DATE::plusDays);
  }

  /** A price card of model 'p/m' in force from a date. */
  static CatalogCard datedCard(String provider, String model, LocalDate from, TokenRates rates) {
    return CatalogCard.of(ApiPriceCard.builder().provider(provider).model(model).rates(rates)
        .effectiveFrom(from).source("https://example.com/" + provider).build());
  }

  /** A price card of model 'p/m' without an effective date, listed on a date. */
  static CatalogCard listedCard(String provider, String model, LocalDate listedOn,
      TokenRates rates) {
    return CatalogCard.builder().priceCard(ApiPriceCard.builder().provider(provider).model(model)
        .rates(rates).source("https://example.com/" + provider).build())
        .listedOn(listedOn).build();
  }

  /** A model whose cards start on strictly increasing dates, with random rates. */
  static Gen<CatalogModel> datedModels(String provider, String model) {
    return increasingDates().zip(lists().of(rates()).ofSize(6), (dates, rates) -> {
      List<CatalogCard> cards = new ArrayList<>();
      for (int i = 0; i < dates.size(); i++) {
        cards.add(datedCard(provider, model, dates.get(i), rates.get(i)));
      }
      return CatalogModel.builder().provider(provider).id(model).cards(cards).build();
    });
  }

  /**
   * Single-card models 'm0', 'm1', ... of provider 'p' with random rates and batch discounts
   * from 0 to 1 in hundredths.
   */
  static Gen<List<CatalogModel>> batchPricedModels() {
    return lists().of(rates().zip(integers().between(0, 100), (r, d) -> Map.entry(r, d)))
        .ofSizeBetween(1, 12).map(entries -> {
          List<CatalogModel> models = new ArrayList<>();
          for (int i = 0; i < entries.size(); i++) {
            ApiPriceCard card = ApiPriceCard.builder().provider("p").model("m" + i)
                .rates(entries.get(i).getKey()).effectiveFrom(BASE_DATE)
                .batchDiscount(BigDecimal.valueOf(entries.get(i).getValue(), 2)).build();
            models.add(CatalogModel.builder().provider("p").id("m" + i)
                .addCards(CatalogCard.of(card)).build());
          }
          return models;
        });
  }

  /** Single-card models 'm0', 'm1', ... of provider 'p' with random rates. */
  static Gen<List<CatalogModel>> pricedModels() {
    return lists().of(rates()).ofSizeBetween(1, 12).map(rates -> {
      List<CatalogModel> models = new ArrayList<>();
      for (int i = 0; i < rates.size(); i++) {
        models.add(CatalogModel.builder().provider("p").id("m" + i)
            .addCards(datedCard("p", "m" + i, BASE_DATE, rates.get(i))).build());
      }
      return models;
    });
  }
}
