/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inferenceecon.core.billing.LongContextRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of one price-catalog document (one provider), exactly as the schema
 * {@code price-catalog.schema.json} describes it.
 *
 * <p>These records only carry what {@link CatalogDocumentReader} read; {@link CatalogReader} checks
 * them and turns them into {@link CatalogProvider}, {@link CatalogModel} and {@link CatalogCard}.
 * Their Jackson annotations (which fields are required) are what the reader enforces; the tests
 * check the reader against Jackson's binding of these records. Not part of the public API.
 */
record CatalogDocument(
    @JsonProperty(required = true) int schemaVersion,
    @JsonProperty(required = true) ProviderDoc provider,
    @JsonProperty(required = true) String currency,
    @Nullable List<ModelDoc> models,
    @Nullable List<GapDoc> gaps) {

  /** The only schema version this reader understands. */
  static final int SCHEMA_VERSION = 1;

  /** The provider block. */
  record ProviderDoc(
      @JsonProperty(required = true) String id,
      @Nullable String name,
      @Nullable List<String> aliases,
      @Nullable String pricingUrl,
      @Nullable List<String> modelIdPrefixes,
      @Nullable String note) {}

  /** One model and its price cards. */
  record ModelDoc(
      @JsonProperty(required = true) String id,
      @Nullable String name,
      @Nullable List<String> aliases,
      @Nullable String aliasesNote,
      @Nullable Boolean openWeights,
      @Nullable String baseModel,
      @Nullable Long contextWindow,
      @Nullable Long maxOutputTokens,
      @Nullable String note,
      @Nullable List<ConflictDoc> conflicts,
      @Nullable List<CardDoc> cards) {}

  /** One price card. */
  record CardDoc(
      @Nullable LocalDate effectiveFrom,
      @Nullable LocalDate effectiveUntil,
      @Nullable LocalDate listedOn,
      @Nullable SourceDoc source,
      @JsonProperty(required = true) BigDecimal input,
      @JsonProperty(required = true) BigDecimal output,
      @Nullable BigDecimal cachedInput,
      @Nullable List<CacheWriteDoc> cacheWrites,
      @Nullable BigDecimal reasoning,
      @Nullable BigDecimal batchDiscount,
      @Nullable LongContextDoc longContext,
      @Nullable Map<String, RatesDoc> serviceTiers,
      @Nullable String note) {}

  /** Where a card's prices were read. */
  record SourceDoc(
      @JsonProperty(required = true) String url,
      @Nullable LocalDate read,
      @Nullable LocalDate sourceDate) {}

  /** A cache-write price and its time-to-live. */
  record CacheWriteDoc(
      @JsonProperty(required = true) Duration ttl,
      @JsonProperty(required = true) BigDecimal price) {}

  /** A set of rates (a service tier). */
  record RatesDoc(
      @JsonProperty(required = true) BigDecimal input,
      @JsonProperty(required = true) BigDecimal output,
      @Nullable BigDecimal cachedInput,
      @Nullable List<CacheWriteDoc> cacheWrites,
      @Nullable BigDecimal reasoning) {}

  /** A long-context tier: exactly one of the two thresholds. */
  record LongContextDoc(
      @Nullable Long aboveInputTokens,
      @Nullable Long fromInputTokens,
      @JsonProperty(required = true) LongContextRule appliesTo,
      @JsonProperty(required = true) BigDecimal input,
      @JsonProperty(required = true) BigDecimal output,
      @Nullable BigDecimal cachedInput,
      @Nullable List<CacheWriteDoc> cacheWrites,
      @Nullable BigDecimal reasoning) {}

  /** Two official sources that disagree, as the research recorded them. */
  record ConflictDoc(
      @Nullable String field,
      @JsonProperty(required = true) String detail,
      @Nullable List<String> sources,
      @Nullable String chosen) {}

  /** A figure that was looked for and could not be sourced. */
  record GapDoc(
      @JsonProperty(required = true) String model,
      @JsonProperty(required = true) String what,
      @JsonProperty(required = true) String reason) {}
}
