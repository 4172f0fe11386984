/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.core.JsonMissing;
import com.anthropic.models.messages.CacheCreation;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.OutputTokensDetails;
import com.anthropic.models.messages.ServerToolUsage;
import com.anthropic.models.messages.Usage;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link AnthropicUsages} against the Anthropic SDK's own types, built with its builders: one
 * test per kind of token, each priced at the bundled catalog and compared with the same request
 * written directly as an {@link ApiUsage} and worked out by hand; then every refusal rule.
 *
 * <p>Prices (USD per million tokens, bundled catalog, from Anthropic's pricing page):
 * claude-sonnet-4 input 3, cache reads 0.30, 5-minute cache writes 3.75, 1-hour cache writes 6,
 * output 15; claude-sonnet-5 input 2, cache reads 0.20, output 10, batch 50% off.
 */
final class AnthropicUsagesTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();
  private static final AnthropicUsages STRICT = AnthropicUsages.defaults();
  private static final String ANTHROPIC = "anthropic";

  // ---------------------------------------------------------------- fixtures

  /** A usage as the Messages API reports it: input_tokens exclude cache reads and writes. */
  static Usage.Builder usage(long input, long cacheReads, long write5m, long write1h,
      long output) {
    return Usage.builder()
        .inputTokens(input)
        .cacheReadInputTokens(cacheReads)
        .cacheCreationInputTokens(write5m + write1h)
        .cacheCreation(CacheCreation.builder().ephemeral5mInputTokens(write5m)
            .ephemeral1hInputTokens(write1h).build())
        .outputTokens(output)
        .outputTokensDetails(Optional.empty())
        .serverToolUse(Optional.empty())
        .serviceTier(Usage.ServiceTier.STANDARD)
        .speed(Optional.empty())
        .inferenceGeo(Optional.empty());
  }

  /** A Claude Sonnet 4 message as the Messages API returns it, with the given usage. */
  static Message message(Usage usage) {
    return Message.builder()
        .id("msg_test")
        .container(Optional.empty())
        .content(List.of())
        .diagnostics(Optional.empty())
        .model("claude-sonnet-4-20250514")
        .stopDetails(Optional.empty())
        .stopReason(Optional.empty())
        .stopSequence(Optional.empty())
        .usage(usage)
        .build();
  }

  private static ApiCost price(String model, ApiUsage usage) {
    return CATALOG.cost(ANTHROPIC, model, usage);
  }

  // ---------------------------------------------------------------- one test per token kind

  @Test
  void toApiUsage_plainInput_costsInputRate() {
    // claude-sonnet-4, 2,000 input tokens: 2,000 x USD 3 / 1M = USD 0.006
    ApiUsage usage = STRICT.toApiUsage(usage(2_000, 0, 0, 0, 0).build());
    assertThat(usage).isEqualTo(ApiUsage.of(2_000, 0));
    ApiCost cost = price("claude-sonnet-4-20250514", usage);
    assertThat(cost).isEqualTo(price("claude-sonnet-4", ApiUsage.of(2_000, 0)));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.006"));
  }

  @Test
  void toApiUsage_cacheReads_areAddedToTheInput() {
    // input_tokens 2,000 exclude the 8,000 cache reads, so the request read 10,000 input tokens:
    // 2,000 x 3 + 8,000 x 0.30 = 6,000 + 2,400 = 8,400 per 1M = USD 0.0084
    ApiUsage usage = STRICT.toApiUsage(usage(2_000, 8_000, 0, 0, 0).build());
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.ZERO).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("claude-sonnet-4", usage);
    assertThat(cost).isEqualTo(price("claude-sonnet-4", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0084"));
  }

  @Test
  void toApiUsage_fiveMinuteCacheWrites_costTheFiveMinuteRate() {
    // 2,000 input tokens plus 1,000 written to the 5-minute cache:
    // 2,000 x 3 + 1,000 x 3.75 = 6,000 + 3,750 = 9,750 per 1M = USD 0.00975
    ApiUsage usage = STRICT.toApiUsage(usage(2_000, 0, 1_000, 0, 0).build());
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(3_000))
        .cacheWriteTokens(Map.of(Duration.ofMinutes(5), TokenCount.of(1_000)))
        .outputTokens(TokenCount.ZERO).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("claude-sonnet-4", usage);
    assertThat(cost).isEqualTo(price("claude-sonnet-4", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.00975"));
    assertThat(cost.component("cacheWrite5m").orElseThrow().cost())
        .contains(Money.of("USD", "0.00375"));
  }

  @Test
  void toApiUsage_oneHourCacheWrites_costTheOneHourRate() {
    // 2,000 input tokens plus 500 written to the 1-hour cache:
    // 2,000 x 3 + 500 x 6 = 6,000 + 3,000 = 9,000 per 1M = USD 0.009
    ApiUsage usage = STRICT.toApiUsage(usage(2_000, 0, 0, 500, 0).build());
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(2_500))
        .cacheWriteTokens(Map.of(Duration.ofHours(1), TokenCount.of(500)))
        .outputTokens(TokenCount.ZERO).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("claude-sonnet-4", usage);
    assertThat(cost).isEqualTo(price("claude-sonnet-4", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.009"));
  }

  @Test
  void toApiUsage_output_costsOutputRate() {
    // 700 output tokens: 700 x 15 = 10,500 per 1M = USD 0.0105
    ApiCost cost = price("claude-sonnet-4", STRICT.toApiUsage(usage(0, 0, 0, 0, 700).build()));
    assertThat(cost).isEqualTo(price("claude-sonnet-4", ApiUsage.of(0, 700)));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0105"));
  }

  @Test
  void toApiUsage_thinking_isReasoningWithinTheOutput() {
    // 700 output tokens of which 400 extended thinking, billed as output:
    // 300 x 15 + 400 x 15 = 10,500 per 1M = USD 0.0105, the thinking shown apart
    ApiUsage usage = STRICT.toApiUsage(usage(0, 0, 0, 0, 700)
        .outputTokensDetails(OutputTokensDetails.of(400)).build());
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.ZERO)
        .outputTokens(TokenCount.of(700)).reasoningTokens(TokenCount.of(400)).build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("claude-sonnet-4", usage);
    assertThat(cost).isEqualTo(price("claude-sonnet-4", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0105"));
    assertThat(cost.component("reasoning").orElseThrow().tokens()).isEqualTo(TokenCount.of(400));
  }

  @Test
  void toApiUsage_allKinds_addUp() {
    // input_tokens 2,000, cache reads 8,000, writes 1,000 (5 min) + 500 (1 h), output 700:
    // 6,000 + 2,400 + 3,750 + 3,000 + 10,500 = 25,650 per 1M = USD 0.02565
    ApiUsage usage = STRICT.toApiUsage(usage(2_000, 8_000, 1_000, 500, 700).build());
    assertThat(usage.inputTokens()).isEqualTo(TokenCount.of(11_500));
    assertThat(usage.uncachedInputTokens()).isEqualTo(TokenCount.of(2_000));
    assertThat(price("claude-sonnet-4", usage).total()).isEqualTo(Money.of("USD", "0.02565"));
  }

  @Test
  void toApiUsage_batchTier_isBatch() {
    // A Message Batches result reports service_tier 'batch'. claude-sonnet-5, input_tokens
    // 2,000, cache reads 8,000, output 700, at 50% off:
    // (2,000 x 2 + 8,000 x 0.20 + 700 x 10) x 0.5 = (4,000 + 1,600 + 7,000) x 0.5
    // = 6,300 per 1M = USD 0.0063
    ApiUsage usage = STRICT.toApiUsage(usage(2_000, 8_000, 0, 0, 700)
        .serviceTier(Usage.ServiceTier.BATCH).build());
    ApiUsage byHand = ApiUsage.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.of(700)).batch(true)
        .build();
    assertThat(usage).isEqualTo(byHand);
    ApiCost cost = price("claude-sonnet-5", usage);
    assertThat(cost).isEqualTo(price("claude-sonnet-5", byHand));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0063"));
  }

  @Test
  void toApiUsage_standardTier_isTheBaseRates() {
    assertThat(STRICT.toApiUsage(usage(10, 0, 0, 0, 1).build()).serviceTier()).isEmpty();
    assertThat(STRICT.toApiUsage(usage(10, 0, 0, 0, 1).serviceTier(Optional.empty()).build())
        .serviceTier()).isEmpty();
  }

  @Test
  void toApiUsage_priorityTier_isKeptForTheCardToPrice() {
    // The bundled card has no Priority Tier rates: the catalog says so rather than use base rates.
    ApiUsage usage = STRICT.toApiUsage(usage(2_000, 0, 0, 0, 700)
        .serviceTier(Usage.ServiceTier.PRIORITY).build());
    assertThat(usage).isEqualTo(ApiUsage.of(2_000, 700).withServiceTier("priority"));
    assertThatThrownBy(() -> price("claude-sonnet-4", usage))
        .isInstanceOf(UnknownNameException.class).hasMessageContaining("'priority'");
  }

  @Test
  void toApiUsage_message_readsItsUsage() {
    Message message = message(usage(2_000, 8_000, 0, 0, 700).build());
    ApiUsage usage = STRICT.toApiUsage(message);
    // 6,000 + 2,400 + 10,500 = 18,900 per 1M = USD 0.0189
    assertThat(price(message.model().asString(), usage).total())
        .isEqualTo(Money.of("USD", "0.0189"));
  }

  // ---------------------------------------------------------------- cache writes without a split

  @Test
  void toApiUsage_unsplitCacheWrites_throwUnlessTheTtlIsNamed() {
    Usage unsplit = usage(2_000, 0, 0, 0, 0).cacheCreationInputTokens(1_000)
        .cacheCreation(Optional.empty()).build();
    assertThatThrownBy(() -> STRICT.toApiUsage(unsplit))
        .isInstanceOfSatisfying(UnmappableUsageException.class,
            e -> assertThat(e.field()).isEqualTo("Usage.cache_creation"))
        .hasMessageStartingWith("Usage field 'Usage.cache_creation' is required when "
            + "Usage.cache_creation_input_tokens is not zero");
    // The application's cache_control sets 1-hour writes: 2,000 x 3 + 1,000 x 6 = USD 0.012
    ApiUsage usage = STRICT.withCacheWriteTtl(Duration.ofHours(1)).toApiUsage(unsplit);
    assertThat(usage.cacheWriteTokens())
        .isEqualTo(Map.of(Duration.ofHours(1), TokenCount.of(1_000)));
    assertThat(price("claude-sonnet-4", usage).total()).isEqualTo(Money.of("USD", "0.012"));
  }

  @Test
  void toApiUsage_unsplitZeroWrites_needNoTtl() {
    Usage none = usage(2_000, 0, 0, 0, 0).cacheCreation(Optional.empty()).build();
    assertThat(STRICT.toApiUsage(none).cacheWriteTokens()).isEmpty();
  }

  @Test
  void withCacheWriteTtl_notPositive_throws() {
    assertThatThrownBy(() -> STRICT.withCacheWriteTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache time-to-live must be positive: PT0S");
    assertThatThrownBy(() -> STRICT.withCacheWriteTtl(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ttl");
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void toApiUsage_splitNotAddingUp_throws() {
    Usage u = usage(2_000, 0, 1_000, 500, 0).cacheCreationInputTokens(1_600).build();
    assertThatThrownBy(() -> STRICT.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'Usage.cache_creation' must add up to Usage.cache_creation_input_tokens: "
            + "1000 + 500 != 1600");
  }

  @Test
  void toApiUsage_nullCacheCounts_areNone() {
    Usage u = usage(2_000, 0, 0, 0, 0).cacheReadInputTokens((Long) null)
        .cacheCreationInputTokens((Long) null).cacheCreation(Optional.empty()).build();
    assertThat(STRICT.toApiUsage(u)).isEqualTo(ApiUsage.of(2_000, 0));
  }

  @Test
  void toApiUsage_missingCount_throws() {
    Usage noInput = usage(2_000, 0, 0, 0, 0).inputTokens(JsonMissing.of()).build();
    assertThatThrownBy(() -> STRICT.toApiUsage(noInput))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'Usage.input_tokens' is required: missing");
    Usage noReads = usage(2_000, 0, 0, 0, 0).cacheReadInputTokens(JsonMissing.of()).build();
    assertThatThrownBy(() -> STRICT.toApiUsage(noReads))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'Usage.cache_read_input_tokens' is required: missing");
  }

  @Test
  void toApiUsage_negativeCount_throws() {
    assertThatThrownBy(() -> STRICT.toApiUsage(usage(2_000, 0, 0, 0, -1).build()))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessage("Usage field 'Usage.output_tokens' must not be negative: -1");
  }

  @Test
  void toApiUsage_thinkingAboveOutput_throws() {
    Usage u = usage(0, 0, 0, 0, 700).outputTokensDetails(OutputTokensDetails.of(701)).build();
    assertThatThrownBy(() -> STRICT.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field "
            + "'Usage.output_tokens_details.thinking_tokens' must not exceed Usage.output_tokens, "
            + "which include it: 701 > 700");
  }

  @Test
  void toApiUsage_webSearches_throwUnlessIgnored() {
    Usage u = usage(2_000, 0, 0, 0, 700).serverToolUse(ServerToolUsage.builder()
        .webSearchRequests(3).webFetchRequests(0).build()).build();
    assertThatThrownBy(() -> STRICT.toApiUsage(u))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field 'Usage.server_tool_use.web_search_requests' must "
            + "be zero: web searches are billed per request");
    // Tokens only: 2,000 x 3 + 700 x 15 = 16,500 per 1M = USD 0.0165
    ApiUsage tokens = STRICT.ignoringServerToolUse().toApiUsage(u);
    assertThat(price("claude-sonnet-4", tokens).total()).isEqualTo(Money.of("USD", "0.0165"));
  }

  @Test
  void toApiUsage_webFetches_carryNoFee() {
    Usage u = usage(2_000, 0, 0, 0, 700).serverToolUse(ServerToolUsage.builder()
        .webSearchRequests(0).webFetchRequests(2).build()).build();
    assertThat(STRICT.toApiUsage(u)).isEqualTo(ApiUsage.of(2_000, 700));
  }

  @Test
  void toApiUsage_fastSpeed_throws() {
    assertThatThrownBy(() -> STRICT.toApiUsage(usage(10, 0, 0, 0, 1)
        .speed(Usage.Speed.FAST).build()))
        .isInstanceOf(UnmappableUsageException.class).hasMessage("Usage field 'Usage.speed' "
            + "must be 'standard': other speeds are billed at their own rates, which ApiUsage "
            + "cannot express: 'fast'");
    assertThat(STRICT.toApiUsage(usage(10, 0, 0, 0, 1).speed(Usage.Speed.STANDARD).build()))
        .isEqualTo(ApiUsage.of(10, 1));
  }

  @Test
  void toApiUsage_usOnlyInference_throws() {
    assertThatThrownBy(() -> STRICT.toApiUsage(usage(10, 0, 0, 0, 1).inferenceGeo("us")
        .build()))
        .isInstanceOf(UnmappableUsageException.class)
        .hasMessageStartingWith("Usage field 'Usage.inference_geo' must be 'global'");
    assertThat(STRICT.toApiUsage(usage(10, 0, 0, 0, 1).inferenceGeo("global").build()))
        .isEqualTo(ApiUsage.of(10, 1));
  }

  @Test
  void toApiUsage_nulls_throw() {
    assertThatThrownBy(() -> STRICT.toApiUsage((Usage) null))
        .isInstanceOf(NullPointerException.class).hasMessage("usage");
    assertThatThrownBy(() -> STRICT.toApiUsage((Message) null))
        .isInstanceOf(NullPointerException.class).hasMessage("message");
  }

  // ---------------------------------------------------------------- options

  @Test
  void options_areReportedAndImmutable() {
    AnthropicUsages both = STRICT.withCacheWriteTtl(Duration.ofMinutes(5))
        .ignoringServerToolUse();
    assertThat(STRICT.cacheWriteTtl()).isEmpty();
    assertThat(STRICT.isIgnoringServerToolUse()).isFalse();
    assertThat(both.cacheWriteTtl()).contains(Duration.ofMinutes(5));
    assertThat(both.isIgnoringServerToolUse()).isTrue();
    assertThat(STRICT).hasToString("AnthropicUsages[strict]");
    assertThat(both).hasToString("AnthropicUsages[cacheWriteTtl=PT5M, ignoringServerToolUse]");
    assertThat(STRICT.ignoringServerToolUse())
        .hasToString("AnthropicUsages[ignoringServerToolUse]");
  }
}
