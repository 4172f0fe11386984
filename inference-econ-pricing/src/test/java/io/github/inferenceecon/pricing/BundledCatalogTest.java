/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.PriceNotKnownException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled primary figures as shipped ({@code bundled().primaryOnly()}): the walk over every
 * card (source URL, tier and a date), name uniqueness, the article's price table, the price
 * history checks and the figures the catalog gives. The secondary layer and the layering are
 * tested in {@link BundledLayersTest}.
 */
final class BundledCatalogTest {

  private static final PriceCatalog CATALOG = PriceCatalog.bundled().primaryOnly();
  private static final LocalDate READ_2026_11_27 = LocalDate.of(2026, 11, 27);

  private static TokenPrice usd(String amount) {
    return TokenPrice.perMillion("USD", amount);
  }

  private static void assertRates(ApiPriceCard card, String input, String output) {
    // Compared through costOf, so "2.5" and "2.50" are the same price.
    TokenCount million = TokenCount.ofMillions(1);
    assertThat(card.rates().input().costOf(million)).isEqualTo(usd(input).costOf(million));
    assertThat(card.rates().output().costOf(million)).isEqualTo(usd(output).costOf(million));
  }

  //-----------------------------------------------------------------------
  // the walk
  @Test
  void bundled_everyCard_hasSourceUrlAndEffectiveOrListingDate() {
    int cards = 0;
    for (CatalogModel model : CATALOG.models()) {
      for (CatalogCard card : model.cards()) {
        cards++;
        String where = model.provider() + "/" + model.id();
        assertThat(card.source()).as(where).hasValueSatisfying(url ->
            assertThat(url).startsWith("https://"));
        assertThat(card.effectiveFrom().isPresent() || card.listedOn().isPresent())
            .as(where).isTrue();
        assertThat(card.sourceRead().or(card::sourceDate)).as(where).isPresent();
        assertThat(card.tier()).as(where).isEqualTo(SourceTier.PRIMARY);
        assertThat(card.priceCard().currency()).as(where).isEqualTo(Money.USD);
        assertThat(card.note()).as(where).isPresent();
      }
    }
    assertThat(cards).isEqualTo(218);
  }

  @Test
  void bundled_undatedCards_carryTheirSourceDateOrReadDateAsListingDate() {
    for (CatalogModel model : CATALOG.models()) {
      for (CatalogCard card : model.cards()) {
        if (card.effectiveFrom().isEmpty()) {
          assertThat(card.listedOn()).isEqualTo(card.sourceDate().or(card::sourceRead));
        } else {
          assertThat(card.listedOn()).isEmpty();
        }
      }
    }
  }

  @Test
  void bundled_everyPrimaryModel_isPriced() {
    // the primary documents' unpriced models (Bedrock, Vertex AI) are priced by the vendor
    // figures now; a model the primary documents leave unpriced is priced, if at all, by the
    // secondary layer, so it is not in the primary-only catalog
    assertThat(CATALOG.models()).allSatisfy(m -> assertThat(m.isPriced()).isTrue());
  }

  @Test
  void bundled_modelCounts_perProvider() {
    Map<String, String> counts = new LinkedHashMap<>();
    for (CatalogProvider p : CATALOG.providers()) {
      long priced = CATALOG.models(p.id()).stream().filter(CatalogModel::isPriced).count();
      counts.put(p.id(), priced + "/" + CATALOG.models(p.id()).size());
    }
    // priced models / all models, from the bundled documents
    assertThat(counts).containsExactly(
        Map.entry("anthropic", "20/20"),
        Map.entry("openai", "16/16"),
        Map.entry("google", "9/9"),
        Map.entry("google-vertex", "27/27"),
        Map.entry("amazon-bedrock", "28/28"),
        Map.entry("azure-openai", "10/10"),
        Map.entry("deepseek", "5/5"),
        Map.entry("mistral", "33/33"),
        Map.entry("xai", "4/4"),
        Map.entry("together", "20/20"),
        Map.entry("fireworks", "14/14"),
        Map.entry("groq", "4/4"),
        Map.entry("deepinfra", "10/10"),
        Map.entry("cerebras", "5/5"));
    assertThat(CATALOG).hasToString("PriceCatalog[14 providers, 205 models, 205 priced]");
  }

  @Test
  void bundled_everyPriceHistory_isConsistent() {
    for (CatalogModel model : CATALOG.models()) {
      // Rebuilding runs the history check again; it must accept every bundled history.
      assertThat(CatalogModel.builder().from(model).build()).isEqualTo(model);
      if (model.isPriced()) {
        assertThat(model.latestCard()).isPresent();
      }
    }
  }

  //-----------------------------------------------------------------------
  // names
  @Test
  void bundled_everyName_matchesItsOwnModelOnly() {
    for (CatalogProvider provider : CATALOG.providers()) {
      Map<String, String> owner = new HashMap<>();
      for (CatalogModel model : CATALOG.models(provider.id())) {
        for (String name : model.names()) {
          String previous = owner.put(NameMatcher.normalise(name), model.id());
          assertThat(previous).as(provider.id() + " " + name).isIn(null, model.id());
          assertThat(CATALOG.model(provider.id(), name)).isSameAs(model);
          assertThat(CATALOG.model(provider.id(), name.toUpperCase(Locale.ROOT)))
              .isSameAs(model);
        }
      }
    }
  }

  @Test
  void bundled_providerAliases_resolve() {
    assertThat(CATALOG.provider("Bedrock").id()).isEqualTo("amazon-bedrock");
    assertThat(CATALOG.provider("vertex-ai").id()).isEqualTo("google-vertex");
    assertThat(CATALOG.provider("gemini-api").id()).isEqualTo("google");
    assertThat(CATALOG.provider("AZURE").id()).isEqualTo("azure-openai");
  }

  @Test
  void bundled_bedrockRegionalProfileIds_matchTheBaseModel() {
    CatalogModel sonnet = CATALOG.model("amazon-bedrock",
        "anthropic.claude-sonnet-4-20250514-v1:0");
    assertThat(sonnet.id()).isEqualTo("claude-sonnet-4");
    for (String prefix : new String[] {"us.", "eu.", "apac.", "jp.", "au.", "global.", "US."}) {
      assertThat(CATALOG.model("bedrock", prefix + "anthropic.claude-sonnet-4-20250514-v1:0"))
          .isSameAs(sonnet);
    }
    assertThat(CATALOG.model("bedrock", "us.deepseek.r1-v1:0").id()).isEqualTo("deepseek-r1");
  }

  @Test
  void bundled_bedrockClaudeSonnet4_isPricedFromThePageOf2025_07_20() {
    // Bedrock's page (copy of 2025-07-20): Sonnet 4 input 0.003, output 0.015 per 1,000
    // tokens = 3 and 15 per million; no batch price on the copy
    CatalogCard card = CATALOG.model("bedrock", "us.anthropic.claude-sonnet-4-20250514-v1:0")
        .cardAsOf(LocalDate.of(2025, 7, 20));
    assertRates(card.priceCard(), "3", "15");
    assertThat(card.priceCard().rates().cacheWrite(Duration.ofMinutes(5)))
        .contains(usd("3.75"));
    assertThat(card.listedOn()).contains(LocalDate.of(2025, 7, 20));
    assertThat(card.source()).contains("https://aws.amazon.com/bedrock/pricing/");
    assertThat(card.copy()).hasValueSatisfying(c -> assertThat(c).contains("bedrock-pricing"));
    assertThat(card.priceCard().serviceTiers()).doesNotContainKey("batch");
  }

  @Test
  void bundled_prefixes_doNotApplyToOtherProviders() {
    assertThatThrownBy(() -> CATALOG.model("anthropic", "us.claude-sonnet-4"))
        .isInstanceOf(UnknownNameException.class);
  }

  @Test
  void bundled_unknownSnapshotId_throwsWithSuggestions() {
    // gpt-4o-2024-05-13 was priced differently from gpt-4o-2024-08-06: never matched loosely.
    assertThatThrownBy(() -> CATALOG.card("openai", "gpt-4o-2024-05-13"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessage("Unknown openai model 'gpt-4o-2024-05-13' (did you mean: gpt-4o, gpt-4, "
            + "gpt-5.1?)");
  }

  //-----------------------------------------------------------------------
  // the article's price table (late 2025)
  @Test
  void article_claudeSonnet4_is3And15WithCachePrices() {
    ApiPriceCard card = CATALOG.card("anthropic", "claude-sonnet-4-20250514");
    assertRates(card, "3.00", "15.00");
    assertThat(card.rates().cachedInput()).contains(usd("0.30"));
    assertThat(card.rates().cacheWrite(Duration.ofMinutes(5))).contains(usd("3.75"));
    assertThat(card.rates().cacheWrite(Duration.ofHours(1))).contains(usd("6"));
  }

  @Test
  void article_claudeSonnet4_pricesTheRequestExactly() {
    // 10,000 input tokens of which 8,000 cached, 1,000 output:
    // 2,000 x 3.00/1e6 + 8,000 x 0.30/1e6 + 1,000 x 15.00/1e6
    // = 0.006 + 0.0024 + 0.015 = 0.0234 dollars.
    TokenRates rates = CATALOG.card("anthropic", "claude-sonnet-4").rates();
    Money cost = rates.input().costOf(TokenCount.of(2_000))
        .plus(rates.cachedInput().orElseThrow().costOf(TokenCount.of(8_000)))
        .plus(rates.output().costOf(TokenCount.of(1_000)));
    assertThat(cost).isEqualTo(Money.of("USD", "0.0234"));
  }

  @Test
  void article_gpt4o_is2_50And10AsOfLate2025() {
    ApiPriceCard card = CATALOG.cardAsOf("openai", "GPT-4o", LocalDate.of(2025, 11, 1));
    assertRates(card, "2.50", "10.00");
    assertThat(card.rates().cachedInput()).contains(usd("1.25"));
  }

  @Test
  void article_deepSeekR1_is0_55And2_19WhileItWasR1() {
    ApiPriceCard card = CATALOG.cardAsOf("deepseek", "deepseek-reasoner",
        LocalDate.of(2025, 6, 1));
    assertRates(card, "0.55", "2.19");
    assertThat(card.rates().cachedInput()).contains(usd("0.14"));
    assertThat(card.effectiveFrom()).contains(LocalDate.of(2025, 1, 20));
  }

  @Test
  void article_geminiFlashLite_is0_075And0_30UntilItsShutdown() {
    // Gemini API page (last updated 2026-06-02): 2.0 Flash-Lite input 0.075, output 0.30 per
    // million, batch 0.0375 / 0.15; the page marks it shut down on 2026-06-01
    CatalogCard card = CATALOG.history("google", "gemini-2.0-flash-lite").get(0);
    assertRates(card.priceCard(), "0.075", "0.30");
    assertThat(card.effectiveUntil()).contains(LocalDate.of(2026, 6, 1));
    TokenRates batch = card.priceCard().serviceTiers().get(ApiPriceCard.BATCH);
    assertThat(batch.input()).isEqualTo(usd("0.0375"));
    assertThat(batch.output()).isEqualTo(usd("0.15"));
    // Together's Llama 3.2 3B serverless price is only in a third-party registry: secondary
    assertThat(CATALOG.findModel("together", "meta-llama/Llama-3.2-3B-Instruct-Turbo"))
        .isEmpty();
  }

  //-----------------------------------------------------------------------
  // history
  @Test
  void history_gpt4o_addsTheCachedRateOn2024_10_01() {
    ApiPriceCard august = CATALOG.cardAsOf("openai", "gpt-4o-2024-08-06",
        LocalDate.of(2024, 9, 30));
    assertRates(august, "2.50", "10.00");
    assertThat(august.rates().cachedInput()).isEmpty();
    ApiPriceCard october = CATALOG.cardAsOf("openai", "gpt-4o", LocalDate.of(2024, 10, 1));
    assertRates(october, "2.50", "10.00");
    assertThat(october.rates().cachedInput()).contains(usd("1.25"));
    assertThatThrownBy(() -> CATALOG.cardAsOf("openai", "gpt-4o", LocalDate.of(2024, 8, 5)))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for openai model 'gpt-4o' on 2024-08-05: its earliest "
            + "known price starts on 2024-08-06");
  }

  @Test
  void history_deepSeekReasoner_unifiedPriceFrom2025_09_05() {
    ApiPriceCard card = CATALOG.cardAsOf("deepseek", "deepseek-reasoner",
        LocalDate.of(2025, 9, 5));
    assertRates(card, "0.56", "1.68");
    assertThat(card.rates().cachedInput()).contains(usd("0.07"));
    assertRates(CATALOG.cardAsOf("deepseek", "deepseek-reasoner", LocalDate.of(2025, 9, 4)),
        "0.55", "2.19");
  }

  @Test
  void history_deepSeekReasoner_unpublishedChangeAfterSeptember2025_throws() {
    // The next official price was only seen on a capture of 2026-04-26; the change date (and
    // any price in between) was not published on a page the research could read.
    assertThatThrownBy(() -> CATALOG.cardAsOf("deepseek", "deepseek-reasoner",
        LocalDate.of(2025, 10, 1)))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for deepseek model 'deepseek-reasoner' on 2025-10-01: the "
            + "price known from 2025-09-05 changed on a date that was not published, before the "
            + "next known price, which was listed on 2026-04-26 (no effective date published)");
    assertRates(CATALOG.cardAsOf("deepseek", "deepseek-reasoner", LocalDate.of(2026, 4, 26)),
        "0.14", "0.28");
  }

  @Test
  void history_deepSeekV4Flash_peakAndOffPeakFrom2026_08_16() {
    ApiPriceCard card = CATALOG.cardAsOf("deepseek", "deepseek-v4-flash",
        LocalDate.of(2026, 8, 16));
    assertRates(card, "0.44", "1.32");
    assertRates(card, "0.44", "1.32");
    assertThat(card.serviceTiers()).containsOnlyKeys("off-peak");
    assertThat(card.serviceTiers().get("off-peak").input()).isEqualTo(usd("0.22"));
    assertThat(CATALOG.history("deepseek", "deepseek-v4-flash")).hasSize(4);
  }

  @Test
  void history_cardWithoutEffectiveDate_isNotUsedBeforeItsListingDate() {
    assertThatThrownBy(() -> CATALOG.cardAsOf("anthropic", "claude-sonnet-4",
        LocalDate.of(2025, 11, 1)))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for anthropic model 'claude-sonnet-4' on 2025-11-01: its "
            + "earliest known price was listed on 2026-11-27 (no effective date published)");
    assertRates(CATALOG.cardAsOf("anthropic", "claude-sonnet-4", READ_2026_11_27), "3", "15");
  }

  @Test
  void history_retiredModel_hasNoPriceAfterItsEnd() {
    assertThatThrownBy(() -> CATALOG.cardAsOf("mistral", "open-mistral-7b",
        LocalDate.of(2025, 3, 30)))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for mistral model 'open-mistral-7b' on 2025-03-30: the "
            + "price known from 2024-02-26 ended on 2025-03-30");
    assertRates(CATALOG.cardAsOf("mistral", "open-mistral-7b", LocalDate.of(2025, 3, 29)),
        "0.25", "0.25");
  }

  @Test
  void history_twoUndatedListingsOnOneDay_onlyTheLaterIsInForce() {
    // Cerebras gpt-oss-120b: 0.25/0.69 then 0.35/0.75, both read on 2026-11-27.
    assertThat(CATALOG.history("cerebras", "gpt-oss-120b")).hasSize(2);
    assertRates(CATALOG.cardAsOf("cerebras", "gpt-oss-120b", READ_2026_11_27), "0.35", "0.75");
    assertRates(CATALOG.card("cerebras", "gpt-oss-120b"), "0.35", "0.75");
  }

  //-----------------------------------------------------------------------
  // tiers
  @Test
  void tiers_xaiLongContext_fromTwoHundredThousandPromptTokensForAllTokens() {
    ApiPriceCard card = CATALOG.card("xai", "grok-4.20");
    assertThat(card.batchDiscount()).contains(new BigDecimal("0.2"));
    assertThat(card.longContext()).hasValueSatisfying(tier -> {
      // "prompt reaches 200k tokens": 200,000 tokens or more, so above 199,999.
      assertThat(tier.threshold()).isEqualTo(TokenCount.of(199_999));
      assertThat(tier.rule()).isEqualTo(LongContextRule.ALL_TOKENS);
      assertThat(tier.rates().input()).isEqualTo(usd("2.50"));
    });
  }

  @Test
  void tiers_openAiPriorityAndLongContext() {
    assertThat(CATALOG.card("openai", "gpt-5.1").serviceTiers().get("priority").output())
        .isEqualTo(usd("20.00"));
    assertThat(CATALOG.card("openai", "gpt-5.6-terra").longContext())
        .hasValueSatisfying(t -> assertThat(t.threshold()).isEqualTo(TokenCount.of(272_000)));
  }

  @Test
  void tiers_batchDiscounts_whereThePagesPublishThem() {
    assertThat(CATALOG.card("anthropic", "claude-opus-4-5").batchDiscount())
        .contains(new BigDecimal("0.5"));
    assertThat(CATALOG.card("anthropic", "claude-sonnet-4").batchDiscount()).isEmpty();
    assertThat(CATALOG.card("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo")
        .batchDiscount()).contains(new BigDecimal("0.5"));
  }

  //-----------------------------------------------------------------------
  // queries
  @Test
  void ratios_outputToInput_acrossTheCatalog() {
    RatioSummary summary = CATALOG.outputToInputRatios(4, RoundingMode.HALF_EVEN);
    assertThat(summary.count()).isEqualTo(204);
    assertThat(summary.excluded()).containsExactly("together/Prism-ML/Ternary-Bonsai-27B");
    assertThat(summary.min()).isEqualByComparingTo("0");
    // 204 ratios; the 102nd and 103rd (sorted by ratio, provider, model) are Fireworks'
    // gpt-oss-120b (0.60 / 0.15 = 4) and minimax-m2p5 (1.20 / 0.30 = 4): median 4
    assertThat(summary.ratios().get(101).model()).isEqualTo("fireworks:gpt-oss-120b");
    assertThat(summary.median()).isEqualByComparingTo("4");
    // the largest: Gemini 2.5 Flash on the Gemini API and on Vertex AI, 2.50 / 0.30 = 8.3333
    assertThat(summary.ratios().get(203).model()).isEqualTo("gemini-2.5-flash");
    assertThat(summary.max()).isEqualByComparingTo("8.3333");
  }

  @Test
  void cheapest_openWeightsWithLongContext_fromTheBundledCards() {
    // 3M input + 1M output: Groq llama-3.1-8b-instant 3 x 0.05 + 1 x 0.08 = 0.23;
    // DeepInfra Llama 3.1 8B 4 x 0.055 = 0.22.
    List<Offer> offers = CATALOG.cheapest(OfferCriteria.builder()
        .inputTokens(TokenCount.ofMillions(3)).outputTokens(TokenCount.ofMillions(1))
        .openWeightsOnly(true).minContextWindow(TokenCount.of(131_072)).build());
    assertThat(offers).extracting(o -> o.provider() + "/" + o.model().id()).startsWith(
        "deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct", "groq/llama-3.1-8b-instant");
    assertThat(offers.get(0).cost()).isEqualTo(Money.of("USD", "0.22"));
    assertThat(offers.get(1).cost()).isEqualTo(Money.of("USD", "0.23"));
    assertThat(offers).allSatisfy(o -> {
      assertThat(o.model().hasOpenWeights()).isTrue();
      assertThat(o.model().contextWindow().orElseThrow().count()).isGreaterThanOrEqualTo(131_072);
    });
  }

  @Test
  void mergedOver_bundledOverItself_isUnchanged() {
    PriceCatalog merged = CATALOG.mergedOver(CATALOG);
    assertThat(merged.models()).isEqualTo(CATALOG.models());
    assertThat(merged.providers()).isEqualTo(CATALOG.providers());
  }
}
