/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static io.github.inferenceecon.core.CostFixtures.CACHED_10K;
import static io.github.inferenceecon.core.CostFixtures.SONNET_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ApiCostRulesTest {

  /**
   * xAI Grok 4.3, USD per million tokens: input 1.25, cached 0.20, output 2.50; from 200k prompt
   * tokens every token at 2.50 / 0.40 / 5.00; batch API 20% off. Source:
   * https://docs.x.ai/developers/models/grok-4.3-latest.md (read 2026-11-27). xAI applies the
   * tier at 200,000 and above; LongContextTier starts strictly above its threshold, so the
   * threshold here is 199,999.
   */
  static final ApiPriceCard GROK_4_3 = ApiPriceCard.builder()
      .provider("xai").model("grok-4.3")
      .rates(TokenRates.builder()
          .input(TokenPrice.perMillion("USD", "1.25"))
          .output(TokenPrice.perMillion("USD", "2.50"))
          .cachedInput(TokenPrice.perMillion("USD", "0.20"))
          .build())
      .batchDiscount(new BigDecimal("0.20"))
      .longContext(LongContextTier.of(TokenCount.of(199_999), LongContextRule.ALL_TOKENS,
          TokenRates.builder()
              .input(TokenPrice.perMillion("USD", "2.50"))
              .output(TokenPrice.perMillion("USD", "5.00"))
              .cachedInput(TokenPrice.perMillion("USD", "0.40"))
              .build()))
      .source("https://docs.x.ai/developers/models/grok-4.3-latest.md")
      .build();

  /**
   * OpenAI gpt-4o-2024-08-06 from 2024-10-01: input 2.50, cached input 1.25, output 10.00 USD
   * per million. Source: https://openai.com/index/api-prompt-caching/ (2024-10-01).
   */
  static final ApiPriceCard GPT_4O = ApiPriceCard.builder()
      .provider("openai").model("gpt-4o")
      .rates(TokenRates.builder()
          .input(TokenPrice.perMillion("USD", "2.50"))
          .output(TokenPrice.perMillion("USD", "10.00"))
          .cachedInput(TokenPrice.perMillion("USD", "1.25"))
          .build())
      .effectiveFrom(LocalDate.of(2024, 10, 1))
      .source("https://openai.com/index/api-prompt-caching/")
      .build();

  /**
   * An illustrative card, not a published one, for the rules no published card in the team's
   * research uses: input beyond 100 tokens at double rates (EXCESS_TOKENS), a 50% batch
   * discount, a 'priority' tier, a separate reasoning rate and no cache-read price.
   */
  static final ApiPriceCard ILLUSTRATIVE = ApiPriceCard.builder()
      .provider("example").model("illustrative")
      .rates(TokenRates.builder()
          .input(TokenPrice.perMillion("USD", "1"))
          .output(TokenPrice.perMillion("USD", "4"))
          .reasoning(TokenPrice.perMillion("USD", "2"))
          .addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5),
              TokenPrice.perMillion("USD", "1.5")))
          .build())
      .batchDiscount(new BigDecimal("0.5"))
      .longContext(LongContextTier.of(TokenCount.of(100), LongContextRule.EXCESS_TOKENS,
          TokenRates.builder()
              .input(TokenPrice.perMillion("USD", "2"))
              .output(TokenPrice.perMillion("USD", "8"))
              .addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5),
                  TokenPrice.perMillion("USD", "3")))
              .build()))
      .putServiceTiers("priority", TokenRates.of(TokenPrice.perMillion("USD", "1.75"),
          TokenPrice.perMillion("USD", "7")))
      .build();

  static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  //-----------------------------------------------------------------------
  // cost: the counting rules
  @Test
  void cost_cachedRequestAtSonnet4_isExactly0_0234() {
    // 10,000 input of which 8,000 cache reads; 1,000 output at 3 / 15, cache reads 0.30:
    // 2,000 x 3 / 1e6 = 0.006; 8,000 x 0.30 / 1e6 = 0.0024; 1,000 x 15 / 1e6 = 0.015
    ApiCost cost = ApiCost.of(SONNET_4, CACHED_10K);

    assertThat(cost.total()).isEqualTo(usd("0.0234"));
    assertThat(cost.total().amount()).isEqualByComparingTo("0.0234").hasScaleOf(4);
    assertThat(cost.isFullyPriced()).isTrue();
    assertThat(cost.components()).extracting(CostComponent::name)
        .containsExactly("input", "cachedInput", "output");
    assertThat(cost.component("input").orElseThrow().line())
        .isEqualTo("2000 tokens x USD 3 per 1M = USD 0.006");
    assertThat(cost.component("cachedInput").orElseThrow().line())
        .isEqualTo("8000 tokens x USD 0.3 per 1M = USD 0.0024");
    assertThat(cost.component("output").orElseThrow().line())
        .isEqualTo("1000 tokens x USD 15 per 1M = USD 0.015");
    assertThat(cost.provider()).isEqualTo("anthropic");
    assertThat(cost.source()).contains("https://platform.claude.com/docs/en/docs/about-claude/"
        + "pricing");
  }

  @Test
  void cost_roundedOnlyByCaller_invoiceRounds0_0234To0_02() {
    ApiCost cost = ApiCost.of(SONNET_4, CACHED_10K);

    assertThat(cost.total().roundedToCurrency(RoundingMode.HALF_EVEN)).isEqualTo(usd("0.02"));
    assertThat(cost.total()).isEqualTo(usd("0.0234"));
  }

  @Test
  void cost_cacheWrites_pricedByTimeToLive() {
    // 10,000 input: 2,000 cache reads, 3,000 5-minute writes, 1,000 1-hour writes, 4,000
    // uncached. 4,000 x 3 = 0.012; 2,000 x 0.30 = 0.0006; 3,000 x 3.75 = 0.01125;
    // 1,000 x 6 = 0.006; output 500 x 15 = 0.0075 (all / 1e6). Total 0.03735.
    ApiUsage usage = ApiUsage.builder()
        .inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(2_000))
        .putCacheWriteTokens(Duration.ofHours(1), TokenCount.of(1_000))
        .putCacheWriteTokens(Duration.ofMinutes(5), TokenCount.of(3_000))
        .outputTokens(TokenCount.of(500))
        .build();

    ApiCost cost = ApiCost.of(SONNET_4, usage);

    assertThat(cost.components()).extracting(CostComponent::name)
        .containsExactly("input", "cachedInput", "cacheWrite5m", "cacheWrite1h", "output");
    assertThat(cost.component("cacheWrite5m").orElseThrow().cost()).contains(usd("0.01125"));
    assertThat(cost.component("cacheWrite1h").orElseThrow().cost()).contains(usd("0.006"));
    assertThat(cost.total()).isEqualTo(usd("0.03735"));
  }

  @Test
  void cost_reasoningWithoutOwnRate_billedAtOutputRateAndNotTwice() {
    // gpt-4o has no reasoning rate; 1,000 output of which 600 reasoning: 400 x 10 + 600 x 10
    // = 0.01, the same as 1,000 output tokens.
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.ZERO)
        .outputTokens(TokenCount.of(1_000)).reasoningTokens(TokenCount.of(600)).build();

    ApiCost cost = ApiCost.of(GPT_4O, usage);

    assertThat(cost.component("output").orElseThrow().tokens()).isEqualTo(TokenCount.of(400));
    CostComponent reasoning = cost.component("reasoning").orElseThrow();
    assertThat(reasoning.cost()).contains(usd("0.006"));
    assertThat(reasoning.note()).contains("billed at the output rate");
    assertThat(cost.total()).isEqualTo(usd("0.01"));
    assertThat(cost.effectiveFrom()).contains(LocalDate.of(2024, 10, 1));
  }

  @Test
  void cost_reasoningWithOwnRate_usesIt() {
    // 300 output of which 100 reasoning: 200 x 4 + 100 x 2 = 0.001 (/1e6); input 50 x 1.
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(50))
        .outputTokens(TokenCount.of(300)).reasoningTokens(TokenCount.of(100)).build();

    ApiCost cost = ApiCost.of(ILLUSTRATIVE, usage);

    assertThat(cost.component("reasoning").orElseThrow().pricePerMillion()).contains(usd("2"));
    assertThat(cost.total()).isEqualTo(usd("0.00105"));
  }

  @Test
  void cost_zeroTokens_costsZeroWithInputAndOutputLines() {
    ApiCost cost = ApiCost.of(SONNET_4, ApiUsage.of(0, 0));

    assertThat(cost.total()).isEqualTo(Money.zero(Money.USD));
    assertThat(cost.components()).extracting(CostComponent::name)
        .containsExactly("input", "output");
  }

  @Test
  void cost_fromRequest_matchesUsage() {
    Request request = Request.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.of(1_000)).build();

    assertThat(ApiCost.of(SONNET_4, ApiUsage.from(request)).total())
        .isEqualTo(usd("0.0234"));
  }

  //-----------------------------------------------------------------------
  // cost: unpriced components
  @Test
  void cost_cacheReadOnCardWithoutCacheReadPrice_isUnpricedNotZero() {
    // Input 100 (40 cached) at 1, output 10 at 4: priced part 60 x 1 + 10 x 4 = 0.0001 (/1e6).
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(100))
        .cachedInputTokens(TokenCount.of(40)).outputTokens(TokenCount.of(10)).build();

    ApiCost cost = ApiCost.of(ILLUSTRATIVE, usage);

    assertThat(cost.isFullyPriced()).isFalse();
    assertThat(cost.unpricedComponents()).extracting(CostComponent::name)
        .containsExactly("cachedInput");
    CostComponent cached = cost.component("cachedInput").orElseThrow();
    assertThat(cached.cost()).isEmpty();
    assertThat(cached.pricePerMillion()).isEmpty();
    assertThat(cached.line()).isEqualTo("40 tokens x unpriced (the card has no cache-read price)");
    assertThat(cost.pricedTotal()).isEqualTo(usd("0.0001"));
    assertThat(cost.findTotal()).isEmpty();
    assertThatThrownBy(cost::total).isInstanceOfSatisfying(PriceNotKnownException.class, e -> {
      assertThat(e.component()).contains("cachedInput");
      assertThat(e).hasMessage("No price for the cachedInput of example model 'illustrative': "
          + "the card has no cache-read price (40 tokens)");
    });
    assertThat(cost.toString()).contains("(priced part only; unpriced: cachedInput)");
  }

  @Test
  void cost_cacheWriteOfUnlistedLifetime_isUnpriced() {
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(100))
        .putCacheWriteTokens(Duration.ofMinutes(30), TokenCount.of(10))
        .outputTokens(TokenCount.ZERO).build();

    ApiCost cost = ApiCost.of(SONNET_4, usage);

    assertThat(cost.unpricedComponents()).extracting(CostComponent::name)
        .containsExactly("cacheWrite30m");
    assertThat(cost.component("cacheWrite30m").orElseThrow().note())
        .contains("the card has no price for 30m cache writes");
  }

  @Test
  void cost_batchOnCardWithoutBatchPrice_everyComponentUnpriced() {
    ApiCost cost = ApiCost.of(SONNET_4, CACHED_10K.withBatch(true));

    assertThat(cost.isFullyPriced()).isFalse();
    assertThat(cost.pricedTotal()).isEqualTo(Money.zero(Money.USD));
    assertThatThrownBy(cost::total).isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No price for the input of anthropic model 'claude-sonnet-4': the card has "
            + "no batch price (2000 tokens)");
    assertThat(cost.unpricedComponents()).hasSize(3)
        .allSatisfy(c -> assertThat(c.note()).contains("the card has no batch price"));
    assertThat(cost.batchDiscount()).isEmpty();
    assertThat(cost.isBatch()).isTrue();
  }

  //-----------------------------------------------------------------------
  // cost: batch, service tier, long context
  @Test
  void cost_batchAtGrok_takes20PercentOffEveryRate() {
    // 1,000 input (500 cached) and 1,000 output at 80% of 1.25 / 0.20 / 2.50:
    // 500 x 1.00 + 500 x 0.16 + 1,000 x 2.00 = 2,580 / 1e6 = 0.00258
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(500)).outputTokens(TokenCount.of(1_000))
        .batch(true).build();

    ApiCost cost = ApiCost.of(GROK_4_3, usage);

    assertThat(cost.total()).isEqualTo(usd("0.00258"));
    assertThat(cost.batchDiscount()).hasValueSatisfying(d -> assertThat(d)
        .isEqualByComparingTo("0.20"));
    assertThat(cost.component("input").orElseThrow().pricePerMillion()).contains(usd("1"));
    assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a)
        .isEqualTo("Batch API: every rate multiplied by 0.80 (20% off)"));
  }

  @Test
  void cost_longContextAllTokensAtGrok_movesEveryTokenToTierRates() {
    // 250,000 input (50,000 cached) and 2,000 output, all at the >= 200k rates:
    // 200,000 x 2.50 + 50,000 x 0.40 + 2,000 x 5.00 = 530,000 / 1e6 = 0.53
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(250_000))
        .cachedInputTokens(TokenCount.of(50_000)).outputTokens(TokenCount.of(2_000)).build();

    ApiCost cost = ApiCost.of(GROK_4_3, usage);

    assertThat(cost.isLongContextApplied()).isTrue();
    assertThat(cost.total()).isEqualTo(usd("0.53"));
    assertThat(cost.component("output").orElseThrow().pricePerMillion()).contains(usd("5"));
  }

  @Test
  void cost_longContextAtThreshold_staysAtBaseRates() {
    // Exactly 199,999 input tokens: not above the threshold. 199,999 x 1.25 / 1e6 = 0.24999875
    ApiCost cost = ApiCost.of(GROK_4_3, ApiUsage.of(199_999, 0));

    assertThat(cost.isLongContextApplied()).isFalse();
    assertThat(cost.total()).isEqualTo(usd("0.24999875"));
  }

  @Test
  void cost_longContextExcessTokens_onlyInputBeyondThresholdMoves() {
    // Threshold 100; input 160 = 20 cache writes (5m) + 140 uncached; output 10.
    // Excess 60 taken from the end of the prompt, the uncached input: base input 80 x 1,
    // excess 60 x 2, cache writes 20 x 1.5, output 10 x 4 (output stays at base rates):
    // 80 + 120 + 30 + 40 = 270 / 1e6 = 0.00027
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(160))
        .putCacheWriteTokens(Duration.ofMinutes(5), TokenCount.of(20))
        .outputTokens(TokenCount.of(10)).build();

    ApiCost cost = ApiCost.of(ILLUSTRATIVE, usage);

    assertThat(cost.components()).extracting(CostComponent::name)
        .containsExactly("input", "cacheWrite5m", "longContextInput", "output");
    assertThat(cost.component("input").orElseThrow().tokens()).isEqualTo(TokenCount.of(80));
    assertThat(cost.component("longContextInput").orElseThrow().tokens())
        .isEqualTo(TokenCount.of(60));
    assertThat(cost.total()).isEqualTo(usd("0.00027"));
  }

  @Test
  void cost_longContextExcessBeyondUncached_reachesCacheWrites() {
    // Threshold 100; input 200 = 150 cache writes (5m) + 50 uncached. The excess of 100 is
    // taken from the end of the prompt: the 50 uncached, then 50 of the writes.
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(200))
        .putCacheWriteTokens(Duration.ofMinutes(5), TokenCount.of(150))
        .outputTokens(TokenCount.ZERO).build();

    ApiCost cost = ApiCost.of(ILLUSTRATIVE, usage);

    // base: input 0 x 1, writes 100 x 1.5 = 150; excess: input 50 x 2 = 100, writes 50 x 3 = 150
    assertThat(cost.component("longContextCacheWrite5m").orElseThrow().tokens())
        .isEqualTo(TokenCount.of(50));
    assertThat(cost.component("cacheWrite5m").orElseThrow().tokens())
        .isEqualTo(TokenCount.of(100));
    assertThat(cost.total()).isEqualTo(usd("0.0004"));
  }

  @Test
  void cost_serviceTier_usesTierRates() {
    // priority, not above the long-context threshold: 100 input x 1.75 + 100 output x 7
    // = 875 / 1e6
    ApiCost cost = ApiCost.of(ILLUSTRATIVE,
        ApiUsage.of(100, 100).withServiceTier("priority"));

    assertThat(cost.serviceTier()).contains("priority");
    assertThat(cost.total()).isEqualTo(usd("0.000875"));
  }

  @Test
  void cost_defaultServiceTierName_usesBaseRates() {
    ApiCost cost = ApiCost.of(SONNET_4, CACHED_10K.withServiceTier("default"));

    assertThat(cost.total()).isEqualTo(usd("0.0234"));
    assertThat(cost.serviceTier()).isEmpty();
    assertThat(cost.assumptions()).contains("Service tier 'default' is the card's base rates");
  }

  @Test
  void cost_serviceTierWithBatch_isUnpriced() {
    ApiCost cost = ApiCost.of(ILLUSTRATIVE,
        ApiUsage.of(10, 10).withServiceTier("priority").withBatch(true));

    assertThat(cost.isFullyPriced()).isFalse();
    assertThat(cost.unpricedComponents().get(0).note())
        .contains("the card has no batch price for service tier 'priority'");
  }

  @Test
  void cost_serviceTierAboveLongContextThreshold_isUnpriced() {
    ApiCost cost = ApiCost.of(ILLUSTRATIVE,
        ApiUsage.of(500, 10).withServiceTier("priority"));

    assertThat(cost.unpricedComponents()).hasSize(2);
    assertThat(cost.unpricedComponents().get(0).note())
        .contains("the card has no long-context rates for service tier 'priority'");
  }

  @Test
  void cost_unknownServiceTier_throwsWithSuggestion() {
    assertThatThrownBy(() -> ApiCost.of(ILLUSTRATIVE,
        ApiUsage.of(1, 1).withServiceTier("priorty")))
        .isInstanceOf(UnknownNameException.class)
        .hasMessage("Unknown service tier 'priorty' (did you mean: priority?)");
  }

  @Test
  void cost_unknownServiceTierOnCardWithoutTiers_throws() {
    assertThatThrownBy(() -> ApiCost.of(SONNET_4,
        ApiUsage.of(1, 1).withServiceTier("flex")))
        .isInstanceOf(UnknownNameException.class)
        .hasMessage("Unknown service tier 'flex'");
  }

  //-----------------------------------------------------------------------
  // cost: bad input
  @Test
  void cost_nulls_throw() {
    assertThatThrownBy(() -> ApiCost.of(null, CACHED_10K))
        .isInstanceOf(NullPointerException.class).hasMessage("card");
    assertThatThrownBy(() -> ApiCost.of(SONNET_4, null))
        .isInstanceOf(NullPointerException.class).hasMessage("usage");
  }

  @Test
  void cost_perThousandPrice_convertsExactly() {
    // USD 0.003 per 1,000 tokens is USD 3 per million: 2,000 tokens cost 0.006.
    ApiPriceCard card = ApiPriceCard.builder().provider("p").model("m")
        .rates(TokenRates.of(TokenPrice.of(usd("0.003"), TokenCount.ofThousands(1)),
            TokenPrice.of(usd("0.015"), TokenCount.ofThousands(1))))
        .build();

    ApiCost cost = ApiCost.of(card, ApiUsage.of(2_000, 0));

    assertThat(cost.component("input").orElseThrow().pricePerMillion()).contains(usd("3"));
    assertThat(cost.total()).isEqualTo(usd("0.006"));
  }

  @Test
  void ttlSuffix_unitsOfTime_shortForms() {
    assertThat(ApiCostRules.ttlSuffix(Duration.ofMinutes(5))).isEqualTo("5m");
    assertThat(ApiCostRules.ttlSuffix(Duration.ofHours(1))).isEqualTo("1h");
    assertThat(ApiCostRules.ttlSuffix(Duration.ofDays(1))).isEqualTo("1d");
    assertThat(ApiCostRules.ttlSuffix(Duration.ofSeconds(30))).isEqualTo("30s");
    assertThat(ApiCostRules.ttlSuffix(Duration.ofMillis(1500))).isEqualTo("PT1.5S");
  }

  @Test
  void cost_batchThenAggregate_sameAsSumOfParts() {
    ApiUsage a = ApiUsage.of(1_000, 200).withBatch(true);
    ApiUsage b = ApiUsage.of(3_000, 100).withBatch(true);

    assertThat(ApiCost.of(GROK_4_3, a.plus(b)).total()).isEqualTo(
        ApiCost.of(GROK_4_3, a).total()
            .plus(ApiCost.of(GROK_4_3, b).total()));
  }

  @Test
  void cost_exclusiveInputRecord_convertsToSubsets() {
    // Anthropic-style record: 2,000 uncached, 8,000 cache reads, no writes, 1,000 output.
    ApiUsage usage = ApiUsage.fromExclusiveInput(TokenCount.of(2_000), TokenCount.of(8_000),
        Map.of(), TokenCount.of(1_000));

    assertThat(ApiCost.of(SONNET_4, usage).total()).isEqualTo(usd("0.0234"));
  }
}
