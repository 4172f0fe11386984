/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link LangChain4jUsages} against LangChain4j's own usage types, built with their builders:
 * one test per kind of token, each priced at the bundled catalog and compared with the same
 * request written directly as an {@link ApiUsage} and worked out by hand; then the refusals.
 *
 * <p>Prices (USD per million tokens, bundled catalog): gpt-4o-mini input 0.15, cached 0.075,
 * output 0.60; gpt-5-mini output 2.00; gpt-5.1 priority 2.50 / 0.25 / 20.00; claude-sonnet-4
 * input 3, cache reads 0.30, 5-minute writes 3.75, 1-hour writes 6, output 15; claude-sonnet-5
 * input 2, cache reads 0.20, output 10, batch 50% off.
 */
final class LangChain4jUsagesTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();
  private static final LangChain4jUsages STRICT = LangChain4jUsages.defaults();

  // ---------------------------------------------------------------- fixtures

  static OpenAiTokenUsage openAi(Integer input, Integer cached, Integer output,
      Integer reasoning) {
    return OpenAiTokenUsage.builder()
        .inputTokenCount(input)
        .inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder().cachedTokens(cached)
            .build())
        .outputTokenCount(output)
        .outputTokensDetails(OpenAiTokenUsage.OutputTokensDetails.builder()
            .reasoningTokens(reasoning).build())
        .totalTokenCount(input == null || output == null ? null : input + output)
        .build();
  }

  /** As LangChain4j passes on the Messages API's usage: input excludes cache reads and writes. */
  static AnthropicTokenUsage anthropic(Integer input, Integer reads, Integer writes,
      Integer output) {
    return AnthropicTokenUsage.builder()
        .inputTokenCount(input)
        .cacheReadInputTokens(reads)
        .cacheCreationInputTokens(writes)
        .outputTokenCount(output)
        .build();
  }

  static ChatResponse response(String model, TokenUsage usage, String serviceTier) {
    return ChatResponse.builder()
        .aiMessage(AiMessage.from("ok"))
        .metadata(OpenAiChatResponseMetadata.builder().id("chatcmpl-test").modelName(model)
            .tokenUsage(usage).serviceTier(serviceTier).build())
        .build();
  }

  private static ApiCost price(String provider, String model, ApiUsage usage) {
    return CATALOG.cost(provider, model, usage);
  }

  // ---------------------------------------------------------------- OpenAI convention

  @Test
  void openAi_plainInput_costsInputRate() {
    // gpt-4o-mini, 1,000 input tokens: 1,000 x 0.15 / 1M = USD 0.00015
    ApiUsage usage = STRICT.toApiUsage(openAi(1_000, 0, 0, 0));
    assertThat(usage).isEqualTo(ApiUsage.of(1_000, 0));
    assertThat(price("openai", "gpt-4o-mini", usage).total())
        .isEqualTo(Money.of("USD", "0.00015"));
  }

  @Test
  void openAi_cachedInput_isPartOfTheInput() {
    // 1,000 input tokens of which 400 cached: 600 x 0.15 + 400 x 0.075 = 120 per 1M
    ApiUsage usage = STRICT.toApiUsage(openAi(1_000, 400, 0, 0));
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(400)).outputTokens(TokenCount.ZERO).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("openai", "gpt-4o-mini", usage);
    assertThat(cost).isEqualTo(price("openai", "gpt-4o-mini", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.00012"));
  }

  @Test
  void openAi_output_costsOutputRate() {
    // 300 output tokens: 300 x 0.60 = 180 per 1M = USD 0.00018
    ApiUsage usage = STRICT.toApiUsage(openAi(0, 0, 300, 0));
    assertThat(price("openai", "gpt-4o-mini", usage).total())
        .isEqualTo(Money.of("USD", "0.00018"));
  }

  @Test
  void openAi_reasoning_isPartOfTheOutput() {
    // gpt-5-mini, 300 output tokens of which 100 reasoning: 300 x 2.00 = USD 0.0006
    ApiUsage usage = STRICT.toApiUsage(openAi(0, 0, 300, 100));
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.ZERO)
        .outputTokens(TokenCount.of(300)).reasoningTokens(TokenCount.of(100)).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("openai", "gpt-5-mini", usage);
    assertThat(cost).isEqualTo(price("openai", "gpt-5-mini", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0006"));
  }

  @Test
  void openAi_serviceTier_fromTheResponseMetadata() {
    // gpt-5.1 at priority, 1,000 input (400 cached), 300 output (100 reasoning):
    // 600 x 2.50 + 400 x 0.25 + 300 x 20 = 1,500 + 100 + 6,000 = 7,600 per 1M = USD 0.0076
    ChatResponse response = response("gpt-5.1-2025-11-13", openAi(1_000, 400, 300, 100),
        "priority");
    ApiUsage usage = STRICT.toApiUsage(response);
    assertThat(usage.serviceTier()).contains("priority");
    assertThat(price("openai", response.modelName(), usage).total())
        .isEqualTo(Money.of("USD", "0.0076"));
    assertThat(STRICT.toApiUsage(response("gpt-5.1", openAi(1, 0, 1, 0), "default"))
        .serviceTier()).isEmpty();
    assertThat(STRICT.toApiUsage(response("gpt-5.1", openAi(1, 0, 1, 0), "fast"))
        .serviceTier()).contains("priority");
    assertThat(STRICT.toApiUsage(response("gpt-5.1", openAi(1, 0, 1, 0), null))
        .serviceTier()).isEmpty();
  }

  @Test
  void openAi_autoTier_throws() {
    assertThatThrownBy(() -> STRICT.toApiUsage(response("gpt-5.1", openAi(1, 0, 1, 0),
        "auto"))).isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'OpenAiChatResponseMetadata.serviceTier' must name a tier "
            + "billed per token that served the request: 'auto'");
  }

  @Test
  void openAi_batch_fromTheCaller() {
    // LangChain4j does not call the Batch API; a caller pricing batch results says so.
    ApiUsage usage = STRICT.toApiUsage(openAi(1_000, 400, 300, 0)).withBatch(true);
    assertThat(usage.isBatch()).isTrue();
    // The bundled gpt-4o-mini card has no batch price: unpriced, never a guess.
    assertThat(price("openai", "gpt-4o-mini", usage).isFullyPriced()).isFalse();
  }

  @Test
  void openAi_missingDetails_throw() {
    OpenAiTokenUsage noCached = OpenAiTokenUsage.builder().inputTokenCount(1_000)
        .outputTokenCount(10).outputTokensDetails(OpenAiTokenUsage.OutputTokensDetails
            .builder().reasoningTokens(0).build()).build();
    assertThatThrownBy(() -> STRICT.toApiUsage(noCached))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'OpenAiTokenUsage.inputTokensDetails.cachedTokens' is required: null");
    assertThatThrownBy(() -> STRICT.toApiUsage(openAi(1_000, 0, 10, null)))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'OpenAiTokenUsage.outputTokensDetails.reasoningTokens' is required: null");
    assertThatThrownBy(() -> STRICT.toApiUsage(openAi(null, 0, 10, 0)))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'OpenAiTokenUsage.inputTokenCount' is required: null");
  }

  @Test
  void openAi_inconsistentCounts_throw() {
    assertThatThrownBy(() -> STRICT.toApiUsage(openAi(1_000, 1_200, 10, 0)))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'OpenAiTokenUsage.inputTokensDetails.cachedTokens' must not exceed "
            + "OpenAiTokenUsage.inputTokenCount, which includes it: 1200 > 1000");
    assertThatThrownBy(() -> STRICT.toApiUsage(openAi(1_000, 0, 10, 11)))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageContaining("'OpenAiTokenUsage.outputTokensDetails.reasoningTokens'");
    OpenAiTokenUsage badTotal = OpenAiTokenUsage.builder().inputTokenCount(1_000)
        .outputTokenCount(10).totalTokenCount(5).build();
    assertThatThrownBy(() -> STRICT.toApiUsage(badTotal))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'OpenAiTokenUsage.totalTokenCount' must equal inputTokenCount + "
            + "outputTokenCount: 5 != 1000 + 10");
    assertThatThrownBy(() -> STRICT.toApiUsage(openAi(-1, 0, 10, 0)))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'OpenAiTokenUsage.inputTokenCount' must not be negative: -1");
  }

  // ---------------------------------------------------------------- Anthropic convention

  @Test
  void anthropic_plainInput_costsInputRate() {
    // claude-sonnet-4, 2,000 input tokens: 2,000 x 3 = USD 0.006
    ApiUsage usage = STRICT.toApiUsage(anthropic(2_000, 0, 0, 0));
    assertThat(usage).isEqualTo(ApiUsage.of(2_000, 0));
    assertThat(price("anthropic", "claude-sonnet-4", usage).total())
        .isEqualTo(Money.of("USD", "0.006"));
  }

  @Test
  void anthropic_cacheReads_areAddedToTheInput() {
    // 2,000 input tokens exclude 8,000 cache reads: 2,000 x 3 + 8,000 x 0.30 = USD 0.0084
    ApiUsage usage = STRICT.toApiUsage(anthropic(2_000, 8_000, 0, 0));
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.ZERO).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("anthropic", "claude-sonnet-4", usage);
    assertThat(cost).isEqualTo(price("anthropic", "claude-sonnet-4", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0084"));
  }

  @Test
  void anthropic_fiveMinuteCacheWrites_needTheirTtl() {
    // 2,000 input tokens plus 1,000 written with the default 5-minute lifetime:
    // 2,000 x 3 + 1,000 x 3.75 = 9,750 per 1M = USD 0.00975
    AnthropicTokenUsage u = anthropic(2_000, 0, 1_000, 0);
    assertThatThrownBy(() -> STRICT.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field 'AnthropicTokenUsage.cacheCreationInputTokens' "
            + "must be zero unless the cache time-to-live is named");
    ApiUsage usage = STRICT.withCacheWriteTtl(Duration.ofMinutes(5)).toApiUsage(u);
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(3_000))
        .cacheWriteTokens(Map.of(Duration.ofMinutes(5), TokenCount.of(1_000)))
        .outputTokens(TokenCount.ZERO).build();
    assertThat(usage).isEqualTo(byHand);
    assertThat(price("anthropic", "claude-sonnet-4", usage).total())
        .isEqualTo(Money.of("USD", "0.00975"));
  }

  @Test
  void anthropic_oneHourCacheWrites_costTheOneHourRate() {
    // 2,000 input tokens plus 500 written for 1 hour: 2,000 x 3 + 500 x 6 = USD 0.009
    ApiUsage usage = STRICT.withCacheWriteTtl(Duration.ofHours(1))
        .toApiUsage(anthropic(2_000, 0, 500, 0));
    assertThat(usage.cacheWriteTokens()).isEqualTo(Map.of(Duration.ofHours(1),
        TokenCount.of(500)));
    assertThat(price("anthropic", "claude-sonnet-4", usage).total())
        .isEqualTo(Money.of("USD", "0.009"));
  }

  @Test
  void anthropic_output_costsOutputRate() {
    // 700 output tokens (thinking included, billed as output): 700 x 15 = USD 0.0105
    ApiUsage usage = STRICT.toApiUsage(anthropic(0, 0, 0, 700));
    assertThat(usage).isEqualTo(ApiUsage.of(0, 700));
    assertThat(price("anthropic", "claude-sonnet-4", usage).total())
        .isEqualTo(Money.of("USD", "0.0105"));
  }

  @Test
  void anthropic_batch_fromTheCaller() {
    // claude-sonnet-5 at 50% off: (2,000 x 2 + 8,000 x 0.20 + 700 x 10) x 0.5 = USD 0.0063
    ApiUsage usage = STRICT.toApiUsage(anthropic(2_000, 8_000, 0, 700)).withBatch(true);
    assertThat(price("anthropic", "claude-sonnet-5", usage).total())
        .isEqualTo(Money.of("USD", "0.0063"));
  }

  @Test
  void anthropic_nullCacheCounts_areNone() {
    assertThat(STRICT.toApiUsage(anthropic(2_000, null, null, 10)))
        .isEqualTo(ApiUsage.of(2_000, 10));
  }

  @Test
  void anthropic_nullOutput_throws() {
    assertThatThrownBy(() -> STRICT.toApiUsage(anthropic(2_000, 0, 0, null)))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'AnthropicTokenUsage.outputTokenCount' is required: null");
  }

  // ---------------------------------------------------------------- other types

  @Test
  void plainTokenUsage_throwsUnlessAccepted() {
    TokenUsage plain = new TokenUsage(1_000, 300);
    assertThatThrownBy(() -> STRICT.toApiUsage(plain))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field 'TokenUsage' must "
            + "carry the provider's cached and reasoning counts, or be accepted as uncached with "
            + "LangChain4jUsages.acceptingPlainTokenUsage: a plain TokenUsage");
    // Accepted: 1,000 x 0.15 + 300 x 0.60 = 150 + 180 = 330 per 1M = USD 0.00033
    ApiUsage usage = STRICT.acceptingPlainTokenUsage().toApiUsage(plain);
    assertThat(usage).isEqualTo(ApiUsage.of(1_000, 300));
    assertThat(price("openai", "gpt-4o-mini", usage).total())
        .isEqualTo(Money.of("USD", "0.00033"));
    assertThatThrownBy(() -> STRICT.acceptingPlainTokenUsage().toApiUsage(new TokenUsage(5)))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'TokenUsage.outputTokenCount' is required: null");
  }

  @Test
  void unknownSubclass_throws() {
    TokenUsage other = new TokenUsage(1, 2) {};
    assertThatThrownBy(() -> STRICT.acceptingPlainTokenUsage().toApiUsage(other))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageContaining("must be a usage whose counting convention is known");
  }

  @Test
  void responseWithoutUsage_throws() {
    ChatResponse response = ChatResponse.builder().aiMessage(AiMessage.from("ok"))
        .modelName("gpt-4o-mini").build();
    assertThatThrownBy(() -> STRICT.toApiUsage(response))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'ChatResponse.metadata.tokenUsage' is required: null");
  }

  @Test
  void options_areReportedAndImmutable() {
    LangChain4jUsages both = STRICT.withCacheWriteTtl(Duration.ofMinutes(5))
        .acceptingPlainTokenUsage();
    assertThat(STRICT.cacheWriteTtl()).isEmpty();
    assertThat(STRICT.isAcceptingPlainTokenUsage()).isFalse();
    assertThat(both.cacheWriteTtl()).contains(Duration.ofMinutes(5));
    assertThat(both.isAcceptingPlainTokenUsage()).isTrue();
    assertThat(STRICT).hasToString("LangChain4jUsages[strict]");
    assertThat(both)
        .hasToString("LangChain4jUsages[cacheWriteTtl=PT5M, acceptingPlainTokenUsage]");
    assertThatThrownBy(() -> STRICT.withCacheWriteTtl(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache time-to-live must be positive: PT-1S");
  }

  @Test
  void nulls_throw() {
    assertThatThrownBy(() -> STRICT.toApiUsage((TokenUsage) null))
        .isInstanceOf(NullPointerException.class).hasMessage("usage");
    assertThatThrownBy(() -> STRICT.toApiUsage((ChatResponse) null))
        .isInstanceOf(NullPointerException.class).hasMessage("response");
    assertThatThrownBy(() -> STRICT.withCacheWriteTtl(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ttl");
  }
}
