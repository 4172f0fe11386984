/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.PriceNotKnownException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog with both layers: the providers' own figures over the genai-prices feed.
 * The done-when requests of the catalog-coverage issue, a broad sample of real requests, the
 * date rules, long-context tiers and windows, matching as users type ids, and the
 * disagreements between the layers.
 */
final class BundledLayersTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled();
  private static final ApiUsage MILLION_IN_MILLION_OUT =
      ApiUsage.of(TokenCount.ofMillions(1), TokenCount.ofMillions(1));
  private static final LocalDate DAY_2026_12_01 = LocalDate.of(2026, 12, 1);

  private static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  //-----------------------------------------------------------------------
  // the done-when requests (the article's table rows)
  @Test
  void doneWhen_geminiFlashLite_on2025_11_15_is0_375() {
    // 1M x 0.075 + 1M x 0.30 per million = 0.375; the card known in force on 2025-11-15 is the
    // listing of 2025-06-13 (a mirror of the page: secondary); the page of 2026-06-02 gives
    // the same rates but no date they started
    ApiCost cost = CATALOG.costAsOf("google", "gemini-2.0-flash-lite", MILLION_IN_MILLION_OUT,
        LocalDate.of(2025, 11, 15));
    assertThat(cost.total()).isEqualTo(usd("0.375"));
    assertThat(cost.tier()).isEqualTo(SourceTier.SECONDARY);
    assertThat(cost.isDateAssumed()).isFalse();
  }

  @Test
  void doneWhen_togetherLlama32_3B_is0_12() {
    // 1M x 0.06 + 1M x 0.06 per million = 0.12 (a third-party registry's serverless price)
    ApiCost cost = CATALOG.costAsOf("together", "meta-llama/Llama-3.2-3B-Instruct-Turbo",
        MILLION_IN_MILLION_OUT, LocalDate.of(2026, 6, 1));
    assertThat(cost.total()).isEqualTo(usd("0.12"));
    assertThat(cost.tier()).isEqualTo(SourceTier.SECONDARY);
  }

  @Test
  void bundled_pricesAtLeast30ProvidersAnd900Models() {
    long providers = CATALOG.providers().stream()
        .filter(p -> CATALOG.models(p.id()).stream().anyMatch(CatalogModel::isPriced)).count();
    long models = CATALOG.models().stream().filter(CatalogModel::isPriced).count();
    assertThat(providers).isGreaterThanOrEqualTo(30).isEqualTo(37);
    assertThat(models).isGreaterThanOrEqualTo(900).isEqualTo(1370);
    assertThat(CATALOG).hasToString("PriceCatalog[37 providers, 1370 models, 1370 priced]");
    assertThat(CATALOG.publishedOn()).contains(PriceCatalog.GENAI_PRICES_DATE);
  }

  //-----------------------------------------------------------------------
  // a broad sample of real requests, as users type the ids, from 2025 to today
  private static final List<String[]> SAMPLE = List.of(
      new String[] {"anthropic", "claude-sonnet-4-20250514", "2025-06-01"},
      new String[] {"anthropic", "claude-opus-4-1-20250805", "2025-09-01"},
      new String[] {"anthropic", "claude-3-5-haiku-latest", "2025-03-01"},
      new String[] {"anthropic", "claude-sonnet-4-5", "2026-07-20"},
      new String[] {"anthropic", "claude-haiku-4-5-20251001", "2026-01-15"},
      new String[] {"openai", "gpt-4.1", "2025-05-01"},
      new String[] {"openai", "gpt-4.1-mini", "2025-08-01"},
      new String[] {"openai", "o3", "2025-07-01"},
      new String[] {"openai", "o4-mini", "2025-05-01"},
      new String[] {"openai", "gpt-4o-mini", "2025-02-01"},
      new String[] {"openai", "gpt-5", "2025-10-01"},
      new String[] {"openai", "gpt-4o", "2026-07-20"},
      new String[] {"google", "gemini-2.5-pro", "2025-09-01"},
      new String[] {"google", "gemini-2.5-flash", "2026-02-01"},
      new String[] {"google", "gemini-2.0-flash", "2025-04-01"},
      new String[] {"google", "gemini-2.5-flash-lite", "2026-07-20"},
      new String[] {"google-vertex", "gemini-2.5-pro", "2025-10-01"},
      new String[] {"google-vertex", "claude-sonnet-4@20250514", "2025-08-01"},
      new String[] {"google-vertex", "gemini-2.5-flash", "2026-07-20"},
      new String[] {"google-vertex", "llama-3.3-70b-instruct", "2026-03-01"},
      new String[] {"amazon-bedrock", "us.anthropic.claude-sonnet-4-20250514-v1:0", "2025-08-01"},
      new String[] {"amazon-bedrock", "amazon.nova-pro-v1:0", "2025-09-01"},
      new String[] {"amazon-bedrock", "us.meta.llama3-3-70b-instruct-v1:0", "2026-01-01"},
      new String[] {"amazon-bedrock", "anthropic.claude-3-haiku-20240307-v1:0", "2025-03-01"},
      new String[] {"bedrock", "global.anthropic.claude-haiku-4-5-20251001-v1:0", "2026-07-20"},
      new String[] {"azure-openai", "gpt-4o", "2025-03-01"},
      new String[] {"azure-openai", "gpt-4.1", "2025-06-01"},
      new String[] {"azure-openai", "o3", "2025-08-01"},
      new String[] {"azure", "gpt-5-mini", "2026-07-20"},
      new String[] {"azure-openai", "gpt-4o-mini", "2025-05-01"},
      new String[] {"deepseek", "deepseek-chat", "2025-03-01"},
      new String[] {"deepseek", "deepseek-reasoner", "2025-10-01"},
      new String[] {"deepseek", "deepseek-reasoner", "2026-07-20"},
      new String[] {"mistral", "mistral-large-latest", "2025-06-01"},
      new String[] {"mistral", "mistral-small-latest", "2026-07-20"},
      new String[] {"mistral", "codestral-latest", "2025-09-01"},
      new String[] {"groq", "llama-3.3-70b-versatile", "2025-05-01"},
      new String[] {"groq", "openai/gpt-oss-120b", "2026-07-20"},
      new String[] {"groq", "llama-3.1-8b-instant", "2025-12-01"},
      new String[] {"together", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "2025-06-01"},
      new String[] {"together", "Llama-3.3-70B-Instruct-Turbo", "2025-06-01"},
      new String[] {"together", "deepseek-ai/DeepSeek-V3", "2026-07-20"},
      new String[] {"together", "Qwen/Qwen2.5-72B-Instruct-Turbo", "2025-04-01"},
      new String[] {"xai", "grok-4", "2025-08-01"},
      new String[] {"xai", "grok-3-mini", "2025-06-01"},
      new String[] {"x-ai", "grok-4-fast-reasoning", "2026-07-20"},
      new String[] {"fireworks", "accounts/fireworks/models/llama-v3p1-8b-instruct", "2025-06-01"},
      new String[] {"fireworks", "accounts/fireworks/models/deepseek-v3-0324", "2026-07-20"},
      new String[] {"fireworks", "accounts/fireworks/models/qwen3-235b-a22b", "2025-09-01"},
      new String[] {"cerebras", "llama3.1-8b", "2025-05-01"},
      new String[] {"cerebras", "gpt-oss-120b", "2026-07-20"},
      new String[] {"cerebras", "qwen-3-32b", "2025-08-01"},
      new String[] {"deepinfra", "meta-llama/Meta-Llama-3.1-8B-Instruct", "2025-07-01"},
      new String[] {"deepinfra", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "2026-07-20"},
      new String[] {"deepinfra", "deepseek-ai/DeepSeek-V3", "2025-12-01"},
      new String[] {"openrouter", "anthropic/claude-sonnet-4", "2026-07-20"},
      new String[] {"moonshotai", "kimi-k2-0905-preview", "2025-11-01"});

  @Test
  void sample_realRequestsAcrossTheProviders_areAllPriced() {
    ApiUsage usage = ApiUsage.of(TokenCount.of(2_000), TokenCount.of(500));
    for (String[] request : SAMPLE) {
      ApiCost cost = CATALOG.costAsOf(request[0], request[1], usage, LocalDate.parse(request[2]));
      assertThat(cost.isFullyPriced()).as(String.join(" ", request)).isTrue();
      assertThat(cost.total().isPositive()).as(String.join(" ", request)).isTrue();
    }
    assertThat(SAMPLE.stream().map(r -> CATALOG.provider(r[0]).id()).distinct().count())
        .isEqualTo(16);
  }

  //-----------------------------------------------------------------------
  // prices in force at an instant
  @Test
  void dates_undatedCardBeforeItsListing_isAssumedAndSaysSo() {
    // Sonnet 4 has cost 3 / 15 since its launch; the card was listed on 2026-11-27 with no
    // effective date published: 1M x 3 + 1M x 15 = 18
    ApiUsage usage = ApiUsage.of(TokenCount.of(100_000), TokenCount.of(100_000));
    ApiCost cost = CATALOG.costAsOf("anthropic", "claude-sonnet-4-20250514", usage,
        LocalDate.of(2026, 7, 20));
    assertThat(cost.total()).isEqualTo(usd("1.8"));
    assertThat(cost.tier()).isEqualTo(SourceTier.PRIMARY);
    assertThat(cost.isDateAssumed()).isTrue();
    assertThat(cost.dateAssumption()).contains("no earlier price is known: the earliest card, "
        + "listed on 2026-11-27 with no effective date published, is assumed in force on "
        + "2026-07-20");
  }

  @Test
  void dates_strict_refusesWhatLenientAssumes() {
    assertThatThrownBy(() -> CATALOG.costAsOf("anthropic", "claude-sonnet-4",
        MILLION_IN_MILLION_OUT, LocalDate.of(2026, 7, 20), DatePolicy.STRICT))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for anthropic model 'claude-sonnet-4' on 2026-07-20: its "
            + "earliest known price was listed on 2026-11-27 (no effective date published)");
  }

  @Test
  void dates_retiredModel_isNotChargedAfterItsEnd_evenWhereTheFeedStillListsIt() {
    assertThatThrownBy(() -> CATALOG.costAsOf("google", "gemini-2.0-flash",
        MILLION_IN_MILLION_OUT, LocalDate.of(2026, 7, 1)))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for google model 'gemini-2.0-flash' on 2026-07-01: its "
            + "price ended on 2026-06-01 (the provider retired it)");
    assertThatThrownBy(() -> CATALOG.cost("google", "gemini-2.0-flash", MILLION_IN_MILLION_OUT))
        .isInstanceOf(PriceNotKnownException.class);
  }

  @Test
  void dates_feedPriceDatedInTheFuture_isNotTodaysPrice() {
    // genai-prices: gemini-3.6-flash 0.75 / 3.75 until 2027-01-01, then 1.50 / 7.50
    CardInForce before = CATALOG.cardOn("google", "gemini-3.6-flash", DAY_2026_12_01,
        DatePolicy.LENIENT);
    assertThat(before.card().priceCard().rates().input().costOf(TokenCount.ofMillions(1)))
        .isEqualTo(usd("0.75"));
    assertThat(before.card().effectiveUntil()).contains(LocalDate.of(2027, 1, 1));
    CardInForce after = CATALOG.cardOn("google", "gemini-3.6-flash", LocalDate.of(2027, 1, 1),
        DatePolicy.STRICT);
    assertThat(after.card().priceCard().rates().input().costOf(TokenCount.ofMillions(1)))
        .isEqualTo(usd("1.5"));
  }

  @Test
  void dates_feedPriceHistory_o3Before2025_06_10() {
    // genai-prices: o3 10 / 40 until 2025-06-10, then 2 / 8
    ApiCost june = CATALOG.costAsOf("openai", "o3", MILLION_IN_MILLION_OUT,
        LocalDate.of(2025, 6, 10));
    assertThat(june.total()).isEqualTo(usd("10"));
    assertThat(june.effectiveFrom()).contains(LocalDate.of(2025, 6, 10));
  }

  //-----------------------------------------------------------------------
  // long context and windows
  @Test
  void longContext_gemini25Pro_above200K_everyTokenAtTheTierRate() {
    // 300,000 input x 2.50 + 1,000 output x 15 per million = 0.75 + 0.015 = 0.765
    ApiCost cost = CATALOG.costAsOf("google", "gemini-2.5-pro",
        ApiUsage.of(TokenCount.of(300_000), TokenCount.of(1_000)), DAY_2026_12_01);
    assertThat(cost.total()).isEqualTo(usd("0.765"));
    assertThat(cost.isLongContextApplied()).isTrue();
    assertThat(cost.tier()).isEqualTo(SourceTier.PRIMARY);
  }

  @Test
  void longContext_sonnet45_above200K_fromTheSecondaryCard() {
    // the primary card has no long-context rates; genai-prices gives 6 / 22.50 above 200,000:
    // 300,000 x 6 + 1,000 x 22.50 per million = 1.8 + 0.0225 = 1.8225
    ApiCost cost = CATALOG.costAsOf("anthropic", "claude-sonnet-4-5",
        ApiUsage.of(TokenCount.of(300_000), TokenCount.of(1_000)), DAY_2026_12_01);
    assertThat(cost.total()).isEqualTo(usd("1.8225"));
    assertThat(cost.tier()).isEqualTo(SourceTier.SECONDARY);
    assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a)
        .startsWith("The primary card has no long-context rates"));
  }

  @Test
  void window_requestBeyondIt_isAnErrorNamingTheWindow() {
    assertThatThrownBy(() -> CATALOG.costAsOf("openai", "gpt-4o-mini",
        ApiUsage.of(TokenCount.of(200_000), TokenCount.of(10)), DAY_2026_12_01))
        .isInstanceOfSatisfying(ContextWindowExceededException.class, e -> {
          assertThat(e.limit()).isEqualTo(TokenCount.of(128_000));
          assertThat(e.requested()).isEqualTo(TokenCount.of(200_000));
          assertThat(e.kind()).isEqualTo(ContextWindowExceededException.Kind.CONTEXT_WINDOW);
          assertThat(e.provider()).contains("openai");
          assertThat(e).hasMessage("Request input of 200000 tokens exceeds the context window "
              + "of openai model 'gpt-4o-mini': 128000 tokens");
        });
  }

  //-----------------------------------------------------------------------
  // batch and service tiers from the vendor figures
  @Test
  void batch_geminiExplicitRates_cacheReadsAreNotHalved() {
    // Gemini 2.5 Flash batch: input 0.15, cached 0.03 (as standard), output 1.25 per million:
    // 2,000 x 0.15 + 8,000 x 0.03 + 1,000 x 1.25 = 0.0003 + 0.00024 + 0.00125 = 0.00179
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.of(1_000)).batch(true)
        .build();
    assertThat(CATALOG.costAsOf("google", "gemini-2.5-flash", usage, DAY_2026_12_01).total())
        .isEqualTo(usd("0.00179"));
  }

  @Test
  void batch_azureDataZone_usesTheDataZoneBatchRates() {
    // Azure gpt-4.1 Data Zone batch: 1.10 input, 4.40 output per million: 5.50
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.ofMillions(1))
        .outputTokens(TokenCount.ofMillions(1)).batch(true).serviceTier("data-zone").build();
    ApiCost cost = CATALOG.costAsOf("azure-openai", "gpt-4.1", usage, DAY_2026_12_01);
    assertThat(cost.total()).isEqualTo(usd("5.5"));
    assertThat(cost.effectiveFrom()).contains(LocalDate.of(2025, 4, 1));
  }

  //-----------------------------------------------------------------------
  // matching and the layers
  @Test
  void matching_idsAsUsersTypeThem() {
    assertThat(CATALOG.model("bedrock", "us.anthropic.claude-sonnet-4-20250514-v1:0").id())
        .isEqualTo("claude-sonnet-4");
    assertThat(CATALOG.model("amazon-bedrock", "amazon.nova-pro-v1:0").id())
        .isEqualTo("nova-pro");
    assertThat(CATALOG.model("google-vertex", "claude-sonnet-4@20250514").id())
        .isEqualTo("claude-sonnet-4");
    assertThat(CATALOG.model("together", "Llama-3.3-70B-Instruct-Turbo").id())
        .isEqualTo("meta-llama/Llama-3.3-70B-Instruct-Turbo");
    assertThat(CATALOG.model("aws", "us.anthropic.claude-sonnet-4-20250514-v1:0").provider())
        .isEqualTo("amazon-bedrock");
    // a snapshot priced differently from the model's listed one is never matched loosely
    assertThatThrownBy(() -> CATALOG.model("openai", "gpt-4o-2024-05-13"))
        .isInstanceOf(io.github.inferenceecon.core.UnknownNameException.class)
        .hasMessageStartingWith("Unknown openai model 'gpt-4o-2024-05-13' (did you mean:");
  }

  @Test
  void primaryOnly_leavesOutTheSecondaryFigures() {
    PriceCatalog primary = CATALOG.primaryOnly();
    assertThat(primary.findModel("together", "meta-llama/Llama-3.2-3B-Instruct-Turbo"))
        .isEmpty();
    assertThat(primary.findProvider("openrouter")).isEmpty();
    assertThat(primary.models()).allSatisfy(m -> assertThat(m.cards())
        .allSatisfy(c -> assertThat(c.tier()).isEqualTo(SourceTier.PRIMARY)));
  }

  @Test
  void disagreements_listBothValuesAndSources() {
    List<PriceDisagreement> all = CATALOG.disagreements(DAY_2026_12_01);
    // Claude Sonnet 5: Anthropic's page 2 / 10; genai-prices 3 / 15 from 2026-09-01
    assertThat(all).filteredOn(d -> d.provider().equals("anthropic")
        && d.model().equals("claude-sonnet-5") && d.field().equals("input"))
        .singleElement().satisfies(d -> {
          assertThat(d.primaryValue()).isEqualTo("USD 2 per 1M");
          assertThat(d.secondaryValue()).isEqualTo("USD 3 per 1M");
          assertThat(d.primary().tier()).isEqualTo(SourceTier.PRIMARY);
          assertThat(d.secondary().source()).contains(PriceCatalog.GENAI_PRICES_URL);
        });
    assertThat(all).allSatisfy(d -> assertThat(d.primaryValue())
        .isNotEqualTo(d.secondaryValue()));
  }
}
