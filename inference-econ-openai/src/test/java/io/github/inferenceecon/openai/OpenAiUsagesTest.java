/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.JsonMissing;
import com.openai.core.JsonValue;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseUsage;
import com.openai.models.responses.ToolChoiceOptions;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.CostComponent;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link OpenAiUsages} against the OpenAI SDK's own types, built with its builders: one test per
 * kind of token, each priced at the bundled catalog and compared with the same request written
 * directly as an {@link ApiUsage} and worked out by hand; then every refusal rule.
 *
 * <p>Prices (USD per million tokens, bundled catalog): gpt-4o-mini input 0.15, cached input
 * 0.075, output 0.60 (openai.com/index/api-prompt-caching); gpt-5-mini input 0.25, cached 0.025,
 * output 2.00; gpt-5.1 input 1.25, cached 0.125, output 10.00, priority tier 2.50 / 0.25 / 20.00.
 */
final class OpenAiUsagesTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();
  private static final String OPENAI = "openai";

  // ---------------------------------------------------------------- fixtures

  static CompletionUsage chatUsage(long prompt, long cached, long completion, long reasoning) {
    return CompletionUsage.builder()
        .promptTokens(prompt)
        .completionTokens(completion)
        .totalTokens(prompt + completion)
        .promptTokensDetails(CompletionUsage.PromptTokensDetails.builder()
            .cachedTokens(cached).audioTokens(0).build())
        .completionTokensDetails(CompletionUsage.CompletionTokensDetails.builder()
            .reasoningTokens(reasoning).audioTokens(0).acceptedPredictionTokens(0)
            .rejectedPredictionTokens(0).build())
        .build();
  }

  static ChatCompletion completion(String model, CompletionUsage usage,
      ChatCompletion.ServiceTier tier) {
    return ChatCompletion.builder()
        .id("chatcmpl-test")
        .choices(List.of())
        .created(1_767_225_600L)
        .model(model)
        .usage(usage)
        .serviceTier(tier)
        .build();
  }

  static ResponseUsage responseUsage(long input, long cached, long write30m, long write12h,
      long output, long reasoning) {
    ResponseUsage.InputTokensDetails.Builder in = ResponseUsage.InputTokensDetails.builder()
        .cachedTokens(cached).cacheWriteTokens(write30m + write12h);
    if (write30m + write12h > 0) {
      in.cacheWriteTokensDetails(ResponseUsage.InputTokensDetails.CacheWriteTokensDetails
          .builder().ttl30mTokens(write30m).ttl12hTokens(write12h).build());
    }
    return ResponseUsage.builder()
        .inputTokens(input)
        .inputTokensDetails(in.build())
        .outputTokens(output)
        .outputTokensDetails(ResponseUsage.OutputTokensDetails.builder()
            .reasoningTokens(reasoning).build())
        .totalTokens(input + output)
        .build();
  }

  static Response response(String model, ResponseUsage usage, Response.ServiceTier tier) {
    return Response.builder()
        .id("resp-test")
        .createdAt(1_767_225_600.0)
        .model(model)
        .output(List.of())
        .parallelToolCalls(true)
        .toolChoice(ToolChoiceOptions.AUTO)
        .tools(List.of())
        .usage(usage)
        .serviceTier(tier)
        .build();
  }

  private static ApiCost price(String model, ApiUsage usage) {
    return CATALOG.cost(OPENAI, model, usage);
  }

  // ---------------------------------------------------------------- one test per token kind

  @Test
  void toApiUsage_plainInput_costsInputRate() {
    // gpt-4o-mini, 1,000 prompt tokens, none cached, no output:
    // 1,000 x USD 0.15 / 1M = USD 0.00015
    ChatCompletion c = completion("gpt-4o-mini-2024-07-18", chatUsage(1_000, 0, 0, 0),
        ChatCompletion.ServiceTier.DEFAULT);
    ApiUsage usage = OpenAiUsages.toApiUsage(c);
    assertThat(usage).isEqualTo(ApiUsage.of(1_000, 0));
    ApiCost cost = price(c.model(), usage);
    assertThat(cost).isEqualTo(price("gpt-4o-mini", ApiUsage.of(1_000, 0)));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.00015"));
  }

  @Test
  void toApiUsage_cachedInput_isPartOfPromptTokens() {
    // gpt-4o-mini, 1,000 prompt tokens of which 400 cached (OpenAI counts them inside
    // prompt_tokens): 600 x 0.15 + 400 x 0.075 = 90 + 30 = 120 per 1M = USD 0.00012
    ChatCompletion c = completion("gpt-4o-mini", chatUsage(1_000, 400, 0, 0),
        ChatCompletion.ServiceTier.DEFAULT);
    ApiUsage usage = OpenAiUsages.toApiUsage(c);
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(400)).outputTokens(TokenCount.ZERO).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price(c.model(), usage);
    assertThat(cost).isEqualTo(price("gpt-4o-mini", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.00012"));
    assertThat(cost.component("input").orElseThrow().tokens()).isEqualTo(TokenCount.of(600));
  }

  @Test
  void toApiUsage_output_costsOutputRate() {
    // gpt-4o-mini, 300 completion tokens: 300 x 0.60 = 180 per 1M = USD 0.00018
    ChatCompletion c = completion("gpt-4o-mini", chatUsage(0, 0, 300, 0),
        ChatCompletion.ServiceTier.DEFAULT);
    ApiCost cost = price(c.model(), OpenAiUsages.toApiUsage(c));
    assertThat(cost).isEqualTo(price("gpt-4o-mini", ApiUsage.of(0, 300)));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.00018"));
  }

  @Test
  void toApiUsage_reasoning_isPartOfCompletionTokens() {
    // gpt-5-mini, 300 completion tokens of which 100 reasoning (inside completion_tokens), billed
    // as output: 200 x 2.00 + 100 x 2.00 = 600 per 1M = USD 0.0006 (not 400 x 2.00)
    ChatCompletion c = completion("gpt-5-mini-2025-08-07", chatUsage(0, 0, 300, 100),
        ChatCompletion.ServiceTier.DEFAULT);
    ApiUsage usage = OpenAiUsages.toApiUsage(c);
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.ZERO)
        .outputTokens(TokenCount.of(300)).reasoningTokens(TokenCount.of(100)).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price(c.model(), usage);
    assertThat(cost).isEqualTo(price("gpt-5-mini", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0006"));
    assertThat(cost.component("reasoning").orElseThrow().tokens()).isEqualTo(TokenCount.of(100));
    assertThat(cost.component("output").orElseThrow().tokens()).isEqualTo(TokenCount.of(200));
  }

  @Test
  void toApiUsage_responsesCacheWrites_mapToTheirLifetimes() {
    // Responses API, gpt-4o-mini: 1,000 input tokens of which 400 cache reads, 200 written with
    // 30-minute and 100 with 12-hour retention; 0 output. The uncached input is
    // 1,000 - 400 - 200 - 100 = 300 tokens: 300 x 0.15 + 400 x 0.075 = 45 + 30 = 75 per 1M.
    // The bundled card has no cache-write price, so the writes are unpriced, never zero.
    Response r = response("gpt-4o-mini", responseUsage(1_000, 400, 200, 100, 0, 0),
        Response.ServiceTier.DEFAULT);
    ApiUsage usage = OpenAiUsages.toApiUsage(r);
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(400))
        .cacheWriteTokens(Map.of(Duration.ofMinutes(30), TokenCount.of(200),
            Duration.ofHours(12), TokenCount.of(100)))
        .outputTokens(TokenCount.ZERO).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("gpt-4o-mini", usage);
    assertThat(cost).isEqualTo(price("gpt-4o-mini", byHand));
    assertThat(cost.component("input").orElseThrow().cost())
        .contains(Money.of("USD", "0.000045"));
    assertThat(cost.component("cachedInput").orElseThrow().cost())
        .contains(Money.of("USD", "0.00003"));
    assertThat(cost.unpricedComponents()).extracting(CostComponent::name)
        .containsExactly("cacheWrite30m", "cacheWrite12h");
  }

  @Test
  void toApiUsage_responsesReasoningAndCache_matchChatConvention() {
    // gpt-5-mini through the Responses API: 2,000 input tokens of which 1,500 cached, 500
    // output of which 300 reasoning. 500 x 0.25 + 1,500 x 0.025 + 200 x 2 + 300 x 2
    // = 125 + 37.5 + 400 + 600 = 1,162.5 per 1M = USD 0.0011625
    Response r = response("gpt-5-mini", responseUsage(2_000, 1_500, 0, 0, 500, 300),
        Response.ServiceTier.DEFAULT);
    ApiUsage usage = OpenAiUsages.toApiUsage(r);
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(2_000))
        .cachedInputTokens(TokenCount.of(1_500)).outputTokens(TokenCount.of(500))
        .reasoningTokens(TokenCount.of(300)).build();
    assertThat(usage).isEqualTo(byHand);
    assertThat(price("gpt-5-mini", usage).total()).isEqualTo(Money.of("USD", "0.0011625"));
  }

  @Test
  void toApiUsage_batch_fromTheCaller() {
    // A Batch API result holds an ordinary ChatCompletion; only the caller knows it was batched.
    // gpt-4o-mini, 1,000 prompt tokens (400 cached), 300 completion tokens.
    ChatCompletion c = completion("gpt-4o-mini", chatUsage(1_000, 400, 300, 0),
        ChatCompletion.ServiceTier.DEFAULT);
    ApiUsage usage = OpenAiUsages.toApiUsage(c).withBatch(true);
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(400)).outputTokens(TokenCount.of(300)).batch(true)
        .build();
    assertThat(usage).isEqualTo(byHand);
    // The bundled card carries no batch price: every component is unpriced, never a guess.
    ApiCost bundled = price("gpt-4o-mini", usage);
    assertThat(bundled).isEqualTo(price("gpt-4o-mini", byHand));
    assertThat(bundled.isFullyPriced()).isFalse();
    assertThat(bundled.components()).allSatisfy(component -> assertThat(component.note())
        .contains("the card has no batch price"));
    // At a card with OpenAI's published Batch API discount of 50%
    // (https://platform.openai.com/docs/guides/batch): (600 x 0.15 + 400 x 0.075 + 300 x 0.60)
    // x 0.5 = (90 + 30 + 180) x 0.5 = 150 per 1M = USD 0.00015
    ApiPriceCard withBatch = ApiPriceCard.builder().from(CATALOG.card(OPENAI, "gpt-4o-mini"))
        .batchDiscount(new BigDecimal("0.5")).build();
    assertThat(ApiCost.of(withBatch, usage).total())
        .isEqualTo(Money.of("USD", "0.00015"));
  }

  @Test
  void toApiUsage_priorityTier_usesTierRates() {
    // gpt-5.1 served at priority: 1,000 prompt tokens (400 cached), 300 completion tokens (100
    // reasoning): 600 x 2.50 + 400 x 0.25 + 200 x 20 + 100 x 20 = 1,500 + 100 + 4,000 + 2,000
    // = 7,600 per 1M = USD 0.0076 (at the default tier: 750 + 50 + 2,000 + 1,000 = USD 0.0038)
    CompletionUsage u = chatUsage(1_000, 400, 300, 100);
    ChatCompletion priority = completion("gpt-5.1-2025-11-13", u,
        ChatCompletion.ServiceTier.PRIORITY);
    ApiUsage usage = OpenAiUsages.toApiUsage(priority);
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(400)).outputTokens(TokenCount.of(300))
        .reasoningTokens(TokenCount.of(100)).serviceTier("priority").build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price(priority.model(), usage);
    assertThat(cost).isEqualTo(price("gpt-5.1", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0076"));
    assertThat(cost.serviceTier()).contains("priority");

    ChatCompletion standard = completion("gpt-5.1", u, ChatCompletion.ServiceTier.DEFAULT);
    assertThat(price("gpt-5.1", OpenAiUsages.toApiUsage(standard)).total())
        .isEqualTo(Money.of("USD", "0.0038"));
  }

  @Test
  void toApiUsage_fastTier_isPriority() {
    ChatCompletion c = completion("gpt-5.1", chatUsage(10, 0, 1, 0),
        ChatCompletion.ServiceTier.FAST);
    assertThat(OpenAiUsages.toApiUsage(c).serviceTier()).contains("priority");
  }

  @Test
  void toApiUsage_flexTier_isKeptForTheCardToPrice() {
    // The bundled gpt-5.1 card has no flex rates: the catalog says so rather than use base rates.
    Response r = response("gpt-5.1", responseUsage(100, 0, 0, 0, 10, 0),
        Response.ServiceTier.FLEX);
    ApiUsage usage = OpenAiUsages.toApiUsage(r);
    assertThat(usage.serviceTier()).contains("flex");
    assertThatThrownBy(() -> price("gpt-5.1", usage))
        .isInstanceOf(UnknownNameException.class).hasMessageContaining("'flex'");
  }

  @Test
  void toApiUsage_noTier_isDefault() {
    ChatCompletion c = ChatCompletion.builder().id("x").choices(List.of()).created(1L)
        .model("gpt-4o-mini").usage(chatUsage(1, 0, 1, 0)).build();
    assertThat(OpenAiUsages.toApiUsage(c).serviceTier()).isEmpty();
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void toApiUsage_completionWithoutUsage_throws() {
    ChatCompletion c = ChatCompletion.builder().id("x").choices(List.of()).created(1L)
        .model("gpt-4o-mini").build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(c))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'ChatCompletion.usage' is required: missing");
  }

  @Test
  void toApiUsage_responseWithoutUsage_throws() {
    Response r = Response.builder().id("x").createdAt(1.0).model("gpt-4o-mini")
        .output(List.of()).parallelToolCalls(true).toolChoice(ToolChoiceOptions.AUTO)
        .tools(List.of()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(r))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'Response.usage' is required: missing");
  }

  @Test
  void toApiUsage_missingPromptDetails_throwsRatherThanAssumeNoCache() {
    CompletionUsage u = CompletionUsage.builder().promptTokens(1_000).completionTokens(10)
        .totalTokens(1_010).completionTokensDetails(CompletionUsage.CompletionTokensDetails
            .builder().reasoningTokens(0).build()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOfSatisfying(UnmappableUsageException.class, e -> assertThat(e.field())
            .isEqualTo("CompletionUsage.prompt_tokens_details.cached_tokens"))
        .hasMessage("Usage field 'CompletionUsage.prompt_tokens_details.cached_tokens' is "
            + "required: missing");
  }

  @Test
  void toApiUsage_missingCachedTokens_throws() {
    CompletionUsage u = chatUsage(1_000, 0, 10, 0).toBuilder()
        .promptTokensDetails(CompletionUsage.PromptTokensDetails.builder().audioTokens(0)
            .build()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageContaining("'CompletionUsage.prompt_tokens_details.cached_tokens' is required");
  }

  @Test
  void toApiUsage_missingReasoningDetails_throws() {
    CompletionUsage u = chatUsage(1_000, 0, 10, 0).toBuilder()
        .completionTokensDetails(JsonMissing.of()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'CompletionUsage.completion_tokens_details.reasoning_tokens' is required: missing");
  }

  @Test
  void toApiUsage_missingPromptTokens_throws() {
    CompletionUsage u = chatUsage(1_000, 0, 10, 0).toBuilder()
        .promptTokens(JsonMissing.of()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'CompletionUsage.prompt_tokens' is required: missing");
  }

  @Test
  void toApiUsage_cachedAbovePrompt_throws() {
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(chatUsage(1_000, 1_200, 10, 0)))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'CompletionUsage.prompt_tokens_details.cached_tokens' must not exceed "
            + "CompletionUsage.prompt_tokens, which include it: 1200 > 1000");
  }

  @Test
  void toApiUsage_reasoningAboveCompletion_throws() {
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(chatUsage(1_000, 0, 10, 11)))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'CompletionUsage.completion_tokens_details.reasoning_tokens' must not exceed "
            + "CompletionUsage.completion_tokens, which include it: 11 > 10");
  }

  @Test
  void toApiUsage_totalNotInputPlusOutput_throws() {
    CompletionUsage u = chatUsage(1_000, 0, 10, 0).toBuilder().totalTokens(999).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'CompletionUsage.total_tokens' must equal prompt_tokens + completion_tokens: "
            + "999 != 1000 + 10");
    ResponseUsage r = responseUsage(100, 0, 0, 0, 10, 0).toBuilder().totalTokens(1).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(r))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'ResponseUsage.total_tokens' must equal input_tokens + output_tokens: "
            + "1 != 100 + 10");
  }

  @Test
  void toApiUsage_negativeCount_throws() {
    CompletionUsage u = chatUsage(1_000, 0, 10, 0).toBuilder().promptTokens(-1)
        .totalTokens(9).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'CompletionUsage.prompt_tokens' must not be negative: -1");
  }

  @Test
  void toApiUsage_audioTokens_throw() {
    CompletionUsage in = chatUsage(1_000, 0, 10, 0).toBuilder()
        .promptTokensDetails(CompletionUsage.PromptTokensDetails.builder().cachedTokens(0)
            .audioTokens(50).build()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(in))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'CompletionUsage.prompt_tokens_details.audio_tokens' must be zero: audio tokens "
            + "are billed at audio rates, which ApiUsage cannot express: 50");
    CompletionUsage out = chatUsage(1_000, 0, 10, 0).toBuilder()
        .completionTokensDetails(CompletionUsage.CompletionTokensDetails.builder()
            .reasoningTokens(0).audioTokens(5).build()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(out))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageContaining("'CompletionUsage.completion_tokens_details.audio_tokens'");
  }

  @Test
  void toApiUsage_chatCacheWrites_throwWithoutTheirLifetime() {
    CompletionUsage u = chatUsage(1_000, 0, 10, 0).toBuilder()
        .promptTokensDetails(CompletionUsage.PromptTokensDetails.builder().cachedTokens(0)
            .cacheWriteTokens(300).build()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field "
            + "'CompletionUsage.prompt_tokens_details.cache_write_tokens' must be zero");
  }

  @Test
  void toApiUsage_responsesWritesWithoutBreakdown_throw() {
    ResponseUsage u = responseUsage(1_000, 0, 0, 0, 10, 0).toBuilder()
        .inputTokensDetails(ResponseUsage.InputTokensDetails.builder().cachedTokens(0)
            .cacheWriteTokens(300).build()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field "
            + "'ResponseUsage.input_tokens_details.cache_write_tokens_details' is required");
  }

  @Test
  void toApiUsage_responsesWritesBreakdownNotAddingUp_throws() {
    ResponseUsage u = responseUsage(1_000, 0, 0, 0, 10, 0).toBuilder()
        .inputTokensDetails(ResponseUsage.InputTokensDetails.builder().cachedTokens(0)
            .cacheWriteTokens(300).cacheWriteTokensDetails(ResponseUsage.InputTokensDetails
                .CacheWriteTokensDetails.builder().ttl30mTokens(100).ttl12hTokens(100).build())
            .build()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'ResponseUsage.input_tokens_details.cache_write_tokens_details' must add up to "
            + "ResponseUsage.input_tokens_details.cache_write_tokens: 100 + 100 != 300");
  }

  @Test
  void toApiUsage_responsesReadsAndWritesAboveInput_throw() {
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(responseUsage(1_000, 800, 300, 0, 0, 0)))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'ResponseUsage.input_tokens_details.cached_tokens' plus cache_write_tokens must "
            + "not exceed ResponseUsage.input_tokens, which include both: 800 + 300 > 1000");
  }

  @Test
  void toApiUsage_responsesMissingWriteCount_isNoWrites() {
    // Responses from before OpenAI added cache_write_tokens do not carry it.
    ResponseUsage u = responseUsage(1_000, 100, 0, 0, 10, 0).toBuilder()
        .inputTokensDetails(ResponseUsage.InputTokensDetails.builder().cachedTokens(100)
            .cacheWriteTokens(JsonMissing.of()).build()).build();
    assertThat(OpenAiUsages.toApiUsage(u).cacheWriteTokens()).isEmpty();
  }

  @Test
  void toApiUsage_responsesMissingReasoning_throws() {
    ResponseUsage u = responseUsage(1_000, 0, 0, 0, 10, 0).toBuilder()
        .outputTokensDetails(ResponseUsage.OutputTokensDetails.builder()
            .reasoningTokens(JsonValue.from(null)).build()).build();
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'ResponseUsage.output_tokens_details.reasoning_tokens' is required: missing");
  }

  @Test
  void toApiUsage_autoOrScaleTier_throws() {
    CompletionUsage u = chatUsage(10, 0, 1, 0);
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(completion("gpt-4o-mini", u,
        ChatCompletion.ServiceTier.AUTO))).isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'ChatCompletion.service_tier' must name the tier that served "
            + "the request, not the request option 'auto': 'auto'");
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage(response("gpt-4o-mini",
        responseUsage(10, 0, 0, 0, 1, 0), Response.ServiceTier.SCALE)))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field 'Response.service_tier' must be a tier billed per "
            + "token");
  }

  @Test
  void toApiUsage_nulls_throw() {
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage((ChatCompletion) null))
        .isInstanceOf(NullPointerException.class).hasMessage("completion");
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage((CompletionUsage) null))
        .isInstanceOf(NullPointerException.class).hasMessage("usage");
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage((Response) null))
        .isInstanceOf(NullPointerException.class).hasMessage("response");
    assertThatThrownBy(() -> OpenAiUsages.toApiUsage((ResponseUsage) null))
        .isInstanceOf(NullPointerException.class).hasMessage("usage");
  }
}
