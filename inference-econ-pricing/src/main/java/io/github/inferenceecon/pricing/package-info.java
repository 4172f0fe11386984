/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * API price catalogs: the bundled, dated price cards of the model providers
 * ({@link io.github.inferenceecon.pricing.PriceCatalog#bundled()}), user catalogs loaded from JSON
 * (the catalog's own format, a genai-prices feed or a LiteLLM price file) and laid over them,
 * look-up by provider and model id as users type it, the card in force on a date, the cheapest
 * offers for a token mix, and the ratio of output to input prices.
 *
 * <p><b>Tiers.</b> Every card carries its {@link io.github.inferenceecon.core.SourceTier}. The
 * bundled catalog has two layers: 218 primary cards of 205 models read at the providers' own
 * pages, price records or repositories (each with its URL, date and, where the page was read
 * from a stored copy, the copy's URL), over 1,303 secondary cards from the genai-prices v2 feed
 * at commit 47df840a (2026-08-21): 1,370 priced models of 37 providers in all. A primary card
 * wins on every date it is in force;
 * {@link io.github.inferenceecon.pricing.PriceCatalog#disagreements(java.time.LocalDate)} lists
 * where the layers disagree and
 * {@link io.github.inferenceecon.pricing.PriceCatalog#primaryOnly()} drops the secondary layer.
 *
 * <p><b>Dates.</b> A card carries the date it took effect, or, where the provider published none,
 * the date of the listing it was read from ({@link io.github.inferenceecon.pricing.CatalogCard#listedOn()}).
 * How those dates decide which card was in force on a given day is described on
 * {@link io.github.inferenceecon.pricing.CatalogModel}; the
 * {@link io.github.inferenceecon.pricing.DatePolicy} says whether a card may be assumed where
 * the dates leave room for it (and the result then says so). Nothing is ever priced by default:
 * an unknown name throws {@link io.github.inferenceecon.core.UnknownNameException} with the
 * nearest known names, and a known model without a price, a day without a known price, or a
 * request needing a rate its card lacks throws
 * {@link io.github.inferenceecon.core.billing.PriceNotKnownException}.
 *
 * <p>The catalog format is described by the JSON Schema
 * {@code io/github/inferenceecon/pricing/price-catalog.schema.json} in this module's resources;
 * the bundled feed's by {@code genai-prices.schema.json}. The readers enforce every rule at load
 * (see {@code JsonCursor} in core); the schemas are for editors, and tests keep them in line with
 * the readers.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
