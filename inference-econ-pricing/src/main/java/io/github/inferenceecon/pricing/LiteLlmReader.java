/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.CacheWritePrice;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.billing.LongContextTier;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a user's LiteLLM {@code model_prices_and_context_window.json} (the format LiteLLM
 * documents as its "sample spec"), with {@link JsonCursor}: a file with a problem yields
 * nothing, and every problem names the file, the JSON path and the field.
 *
 * <p>What is read, per entry: {@code litellm_provider} (LiteLLM's {@code gemini},
 * {@code vertex_ai-*}, {@code bedrock}, {@code bedrock_converse}, {@code azure},
 * {@code together_ai} and {@code fireworks_ai} are inference-econ's {@code google},
 * {@code google-vertex}, {@code amazon-bedrock}, {@code azure-openai}, {@code together} and
 * {@code fireworks}); {@code mode} (only {@code chat}, {@code completion} and {@code responses}
 * entries, or entries without a mode, are price cards); the prices per token
 * {@code input_cost_per_token}, {@code output_cost_per_token} (both required for a card),
 * {@code cache_read_input_token_cost}, {@code cache_creation_input_token_cost} (a five-minute
 * write), {@code cache_creation_input_token_cost_above_1hr}, {@code
 * output_cost_per_reasoning_token}, {@code input_cost_per_token_batches} and
 * {@code output_cost_per_token_batches} (the {@code batch} service tier), and the
 * {@code *_above_200k_tokens} input, output and cache-read prices (a long-context tier for every
 * token above 200,000 input tokens); {@code max_input_tokens} and {@code max_output_tokens}; and
 * {@code aliases}. Prices are kept per token, as LiteLLM writes them. The key's
 * {@code provider/} prefix is dropped from the model id when it repeats the provider. Other
 * fields are ignored, since LiteLLM adds fields often; the {@code sample_spec} entry is skipped.
 *
 * <p>LiteLLM's file has no price dates and is a third party's compilation: every card is
 * {@link SourceTier#SECONDARY}, listed on the date the caller gives, with the file as its
 * source.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
final class LiteLlmReader {

  private static final Map<String, String> PROVIDER_IDS = Map.of(
      "gemini", "google",
      "bedrock", "amazon-bedrock",
      "bedrock_converse", "amazon-bedrock",
      "azure", "azure-openai",
      "together_ai", "together",
      "fireworks_ai", "fireworks");
  private static final Set<String> PRICED_MODES = Set.of("chat", "completion", "responses");
  private static final BigDecimal MAX_PER_TOKEN = BigDecimal.ONE;
  private static final TokenCount ONE = TokenCount.of(1);

  private LiteLlmReader() {}

  /**
   * Reads a file.
   *
   * @param in the JSON, not null; not closed
   * @param source the file's name for messages and as every card's source, not null
   * @param listedOn the date the prices were read, not null
   * @return one document per provider, not null
   * @throws InvalidJsonException if the file is not valid, naming every problem
   * @throws IOException if reading fails
   */
  static List<CatalogReader.Document> read(InputStream in, String source, LocalDate listedOn)
      throws IOException {
    JsonCursor root = JsonCursor.read(in, source).object();
    Map<String, List<CatalogModel>> byProvider = new LinkedHashMap<>();
    Map<String, NameMatcher.Builder<CatalogModel>> names = new LinkedHashMap<>();
    for (JsonCursor entry : root.fields()) {
      if (entry.name().equals("sample_spec")) {
        continue;
      }
      try {
        CatalogModel model = model(entry, source, listedOn);
        if (model != null && names.computeIfAbsent(model.provider(),
            p -> NameMatcher.builder(p.concat(" model"))).addFree(model.id(), model.aliases(),
            model)) {
          byProvider.computeIfAbsent(model.provider(), p -> new ArrayList<>()).add(model);
        }
      } catch (InvalidJsonException e) {
        entry.recover(e);
      }
    }
    root.throwIfProblems();
    List<CatalogReader.Document> docs = new ArrayList<>();
    for (Map.Entry<String, List<CatalogModel>> e : byProvider.entrySet()) {
      docs.add(new CatalogReader.Document(source, CatalogProvider.of(e.getKey()), e.getValue(),
          names.get(e.getKey()).build(), List.of(), listedOn));
    }
    return docs;
  }

  private static @Nullable CatalogModel model(JsonCursor e, String source, LocalDate listedOn) {
    e.object();
    JsonCursor mode = e.optional("mode");
    if (mode != null && !PRICED_MODES.contains(mode.text())) {
      return null;
    }
    JsonCursor input = e.optional("input_cost_per_token");
    JsonCursor output = e.optional("output_cost_per_token");
    if (input == null || output == null) {
      return null;
    }
    String liteProvider = e.field("litellm_provider").text();
    String provider = liteProvider.startsWith("vertex_ai") ? "google-vertex"
        : PROVIDER_IDS.getOrDefault(liteProvider, liteProvider);
    String id = e.name();
    if (id.startsWith(liteProvider + "/") && id.length() > liteProvider.length() + 1) {
      id = id.substring(liteProvider.length() + 1);
    }
    TokenRates.Builder rates = TokenRates.builder().input(price(input)).output(price(output));
    JsonCursor cached = e.optional("cache_read_input_token_cost");
    if (cached != null) {
      rates.cachedInput(price(cached));
    }
    JsonCursor write = e.optional("cache_creation_input_token_cost");
    if (write != null) {
      rates.addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5), price(write)));
    }
    JsonCursor write1h = e.optional("cache_creation_input_token_cost_above_1hr");
    if (write1h != null) {
      rates.addCacheWrites(CacheWritePrice.of(Duration.ofHours(1), price(write1h)));
    }
    JsonCursor reasoning = e.optional("output_cost_per_reasoning_token");
    if (reasoning != null) {
      rates.reasoning(price(reasoning));
    }
    ApiPriceCard.Builder card = ApiPriceCard.builder().provider(provider).model(id)
        .tier(SourceTier.SECONDARY).source(source);
    try {
      TokenRates base = rates.build();
      card.rates(base);
      JsonCursor batchIn = e.optional("input_cost_per_token_batches");
      JsonCursor batchOut = e.optional("output_cost_per_token_batches");
      if (batchIn != null && batchOut != null) {
        card.putServiceTiers(ApiPriceCard.BATCH, TokenRates.of(price(batchIn), price(batchOut)));
      }
      JsonCursor longIn = e.optional("input_cost_per_token_above_200k_tokens");
      JsonCursor longOut = e.optional("output_cost_per_token_above_200k_tokens");
      if (longIn != null && longOut != null) {
        TokenRates.Builder lr = TokenRates.builder().input(price(longIn))
            .output(price(longOut));
        JsonCursor longCached = e.optional("cache_read_input_token_cost_above_200k_tokens");
        if (longCached != null) {
          lr.cachedInput(price(longCached));
        }
        card.longContext(LongContextTier.of(TokenCount.of(200_000), LongContextRule.ALL_TOKENS,
            lr.build()));
      }
      CatalogModel.Builder m = CatalogModel.builder().provider(provider).id(id)
          .aliases(CatalogReader.texts(e, "aliases"))
          .cards(List.of(CatalogCard.builder().priceCard(card.build()).listedOn(listedOn)
              .note("LiteLLM-format file " + source + " (mode " + (mode == null ? "unstated"
                  : mode.text()) + ")").build()));
      JsonCursor window = e.optional("max_input_tokens");
      if (window != null) {
        m.contextWindow(TokenCount.of(window.whole(1, 1_000_000_000_000L)));
      }
      JsonCursor maxOutput = e.optional("max_output_tokens");
      if (maxOutput != null) {
        m.maxOutputTokens(TokenCount.of(maxOutput.whole(1, 1_000_000_000_000L)));
      }
      return m.build();
    } catch (IllegalArgumentException ex) {
      throw e.fail(ex);
    }
  }

  private static TokenPrice price(JsonCursor at) {
    return TokenPrice.of(Money.of(Money.USD, at.decimal(BigDecimal.ZERO, MAX_PER_TOKEN)), ONE);
  }
}
