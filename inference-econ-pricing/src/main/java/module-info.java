/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * inference-econ pricing: bundled, dated API price catalogs of the model providers (primary
 * figures over the genai-prices feed as a secondary layer, each card with its tier), with price
 * history, model-name matching, look-up and cheapest-offer search.
 *
 * <pre>{@code
 * PriceCatalog catalog = PriceCatalog.bundled();
 * ApiCost cost = catalog.costAsOf("google", "gemini-2.0-flash-lite",
 *     ApiUsage.of(TokenCount.ofMillions(1), TokenCount.ofMillions(1)),
 *     LocalDate.of(2025, 11, 15));                                  // USD 0.375, SECONDARY
 * ApiPriceCard r1 = catalog.cardAsOf("deepseek", "deepseek-reasoner",
 *     LocalDate.of(2025, 6, 1));                                     // 0.55 / 2.19
 * List<Offer> cheapest = catalog.primaryOnly().cheapest(OfferCriteria.builder()
 *     .inputTokens(TokenCount.ofMillions(3)).outputTokens(TokenCount.ofMillions(1))
 *     .openWeightsOnly(true).build());
 * PriceCatalog mine = PriceCatalog.load(Path.of("my-prices.json")).mergedOver(catalog);
 * }</pre>
 */
module io.github.inferenceecon.pricing {
  requires transitive io.github.inferenceecon.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.inferenceecon.pricing;

  opens io.github.inferenceecon.pricing to com.fasterxml.jackson.databind;
}
