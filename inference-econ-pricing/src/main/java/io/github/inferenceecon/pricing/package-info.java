/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * API price catalogs: the bundled, dated price cards of the model providers
 * ({@link io.github.inferenceecon.pricing.PriceCatalog#bundled()}), user catalogs loaded from JSON
 * and merged over them, look-up by provider and model id or alias, the card in force on a date,
 * the cheapest offers for a token mix, and the ratio of output to input prices.
 *
 * <p>Every bundled card comes from the provider's own pages and carries its source URL and either
 * the date it took effect or, where the provider published none, the date of the listing it was
 * read from ({@link io.github.inferenceecon.pricing.CatalogCard#listedOn()}). How those dates
 * decide which card was in force on a given day is described on
 * {@link io.github.inferenceecon.pricing.CatalogModel}. Nothing is ever priced by default: an
 * unknown name throws {@link io.github.inferenceecon.core.UnknownNameException} with the nearest
 * known names, and a known model without a price, or a day without a known price, throws
 * {@link io.github.inferenceecon.core.cost.PriceNotKnownException}.
 *
 * <p>The catalog format is described by the JSON Schema
 * {@code io/github/inferenceecon/pricing/price-catalog.schema.json} in this module's resources.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
