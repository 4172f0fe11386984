/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's LiteLLM {@code model_prices_and_context_window.json}, from small fixtures written
 * from LiteLLM's documented sample spec (https://docs.litellm.ai/docs/provider_registration/
 * add_model_pricing). The figures are invented for the tests; no LiteLLM data is used.
 */
final class LiteLlmReaderTest {

  private static final LocalDate LISTED = LocalDate.of(2026, 10, 1);

  static final String FILE = """
      {
        "sample_spec": {
          "input_cost_per_token": 0.0, "output_cost_per_token": 0.0,
          "litellm_provider": "one of https://docs.litellm.ai/docs/providers",
          "max_input_tokens": "max input tokens, if the provider specifies it",
          "mode": "one of: chat, embedding, completion"
        },
        "my-chat": {
          "litellm_provider": "openai", "mode": "chat",
          "max_input_tokens": 128000, "max_output_tokens": 16384, "max_tokens": 16384,
          "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05,
          "cache_read_input_token_cost": 1.25e-06,
          "input_cost_per_token_batches": 1.25e-06, "output_cost_per_token_batches": 5e-06,
          "supports_vision": true, "aliases": ["my-chat-2026-01-01"]
        },
        "gemini/my-long": {
          "litellm_provider": "gemini", "mode": "chat",
          "input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05,
          "input_cost_per_token_above_200k_tokens": 2.5e-06,
          "output_cost_per_token_above_200k_tokens": 1.5e-05
        },
        "bedrock/my-claude": {
          "litellm_provider": "bedrock", "mode": "chat",
          "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
          "cache_creation_input_token_cost": 3.75e-06,
          "cache_creation_input_token_cost_above_1hr": 6e-06,
          "output_cost_per_reasoning_token": 2e-05
        },
        "my-embedding": {
          "litellm_provider": "openai", "mode": "embedding", "input_cost_per_token": 1e-07
        }
      }
      """;

  private static PriceCatalog load(String json) throws IOException {
    return PriceCatalog.loadLiteLlm(CatalogFixtures.stream(json), "prices.json", LISTED);
  }

  @Test
  void load_chatModels_becomeSecondaryCardsPerToken() throws IOException {
    PriceCatalog catalog = load(FILE);
    // the sample spec and the embedding model are left out
    assertThat(catalog).hasToString("PriceCatalog[3 providers, 3 models, 3 priced]");
    CatalogModel chat = catalog.model("openai", "my-chat-2026-01-01");
    assertThat(chat.contextWindow()).contains(TokenCount.of(128_000));
    assertThat(chat.maxOutputTokens()).contains(TokenCount.of(16_384));
    CatalogCard card = chat.cards().get(0);
    assertThat(card.tier()).isEqualTo(SourceTier.SECONDARY);
    assertThat(card.listedOn()).contains(LISTED);
    assertThat(card.source()).contains("prices.json");
    // 1,000 input x 0.0000025 + 1,000 output x 0.00001 = 0.0025 + 0.01 = 0.0125
    ApiCost cost = catalog.costAsOf("openai", "my-chat", ApiUsage.of(TokenCount.of(1_000),
        TokenCount.of(1_000)), LISTED);
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0125"));
    // batch: 1,000 x 0.00000125 + 1,000 x 0.000005 = 0.00625
    ApiCost batch = catalog.costAsOf("openai", "my-chat", ApiUsage.builder()
        .inputTokens(TokenCount.of(1_000)).outputTokens(TokenCount.of(1_000)).batch(true)
        .build(), LISTED);
    assertThat(batch.total()).isEqualTo(Money.of("USD", "0.00625"));
  }

  @Test
  void load_providerPrefixAndIds_mapToInferenceEcons() throws IOException {
    PriceCatalog catalog = load(FILE);
    ApiPriceCard longCard = catalog.model("google", "my-long").cards().get(0).priceCard();
    assertThat(longCard.longContext()).hasValueSatisfying(t ->
        assertThat(t.threshold()).isEqualTo(TokenCount.of(200_000)));
    ApiPriceCard claude = catalog.model("amazon-bedrock", "my-claude").cards().get(0)
        .priceCard();
    assertThat(claude.rates().cacheWrite(Duration.ofHours(1))).isPresent();
    assertThat(claude.rates().reasoning()).isPresent();
  }

  @Test
  void load_mergedOverTheBundledCatalog_addsTheUsersModels() throws IOException {
    PriceCatalog merged = load(FILE).mergedOver(PriceCatalog.bundled());
    assertThat(merged.model("openai", "my-chat").cards()).hasSize(1);
    assertThat(merged.model("openai", "gpt-4o").isPriced()).isTrue();
  }

  @Test
  void load_malformedPrice_namesFilePathAndField(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("model_prices.json"), FILE.replaceFirst(
        "\"output_cost_per_token\": 1e-05", "\"output_cost_per_token\": \"cheap\""),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PriceCatalog.loadLiteLlm(file, LISTED))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.path()).isEqualTo("my-chat.output_cost_per_token");
          assertThat(e.field()).contains("output_cost_per_token");
          assertThat(e.rule()).isEqualTo("Value must be a decimal number");
          assertThat(e).hasMessage("Invalid JSON in '" + file + "' at "
              + "my-chat.output_cost_per_token: Value must be a decimal number: \"cheap\"");
        });
  }

  @Test
  void load_severalProblems_reportsEachAndLoadsNothing() {
    String bad = FILE.replace("\"max_input_tokens\": 128000", "\"max_input_tokens\": 1.5")
        .replace("\"litellm_provider\": \"bedrock\", ", "");
    assertThatThrownBy(() -> load(bad))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.problemCount()).isEqualTo(2);
          assertThat(e.path()).isEqualTo("my-chat.max_input_tokens");
          assertThat(e.otherProblems().get(0).path())
              .isEqualTo("bedrock/my-claude.litellm_provider");
        });
  }

  @Test
  void load_notAnObject_throws() {
    assertThatThrownBy(() -> load("[]"))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage("Invalid JSON in 'prices.json': Value must be an object: [...]");
  }
}
