/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static io.github.inferenceecon.core.CostGenerators.FIVE_MINUTES;
import static io.github.inferenceecon.core.CostGenerators.ONE_HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link ApiCost#of}. Preconditions, as on every published card: cards are fully
 * priced (cache reads and 5-minute and 1-hour writes priced), the cache-read rate is at most the
 * input rate, and long-context rates are not below the base rates.
 */
final class ApiCostRulesProperties {

  /** Ways of adding k tokens to a request, each keeping the subset rules. */
  private static final List<BiFunction<ApiUsage, TokenCount, ApiUsage>> GROWTHS = List.of(
      (u, k) -> ApiUsage.builder().from(u).inputTokens(u.inputTokens().plus(k)).build(),
      (u, k) -> ApiUsage.builder().from(u).inputTokens(u.inputTokens().plus(k))
          .cachedInputTokens(u.cachedInputTokens().plus(k)).build(),
      (u, k) -> grownWrite(u, k, FIVE_MINUTES),
      (u, k) -> grownWrite(u, k, ONE_HOUR),
      (u, k) -> ApiUsage.builder().from(u).outputTokens(u.outputTokens().plus(k)).build(),
      (u, k) -> u.plusReasoningTokens(k));

  private static ApiUsage grownWrite(ApiUsage u, TokenCount k, Duration ttl) {
    return ApiUsage.builder().from(u).inputTokens(u.inputTokens().plus(k))
        .putCacheWriteTokens(ttl, u.cacheWriteTokens().get(ttl).plus(k)).build();
  }

  private static Money total(ApiPriceCard card, ApiUsage usage) {
    return ApiCost.of(card, usage).total();
  }

  @Test
  void cost_generatedCards_fullyPriced() {
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages())
        .checkAssert((card, usage) -> assertThat(ApiCost.of(card, usage)
            .isFullyPriced()).isTrue());
  }

  @Test
  void cost_anyTokenCountGrows_neverDecreases() {
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages(),
            CostGenerators.smallPositiveTokenCounts(), Generate.range(0, GROWTHS.size() - 1))
        .checkAssert((card, usage, k, growth) -> {
          ApiUsage grown = GROWTHS.get(growth).apply(usage, k);
          assertThat(total(card, grown)).isGreaterThanOrEqualTo(total(card, usage));
        });
  }

  @Test
  void cost_twoRequestsWithoutLongContext_additive() {
    qt().forAll(CostGenerators.cards(), CostGenerators.usages(), CostGenerators.usages(),
            Generate.booleans())
        .checkAssert((card, a, b, batch) -> {
          ApiUsage x = a.withBatch(batch);
          ApiUsage y = b.withBatch(batch);
          assertThat(total(card, x.plus(y))).isEqualTo(total(card, x).plus(total(card, y)));
        });
  }

  @Test
  void cost_readingInputFromCache_neverRaisesTheBill() {
    // Preconditions: cache-read rate <= input rate in each rate set (true of every published
    // card); under an EXCESS_TOKENS tier, no cache writes (see ApiCost.of).
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages(),
            Generate.range(0, 100))
        .checkAssert((card, generated, percent) -> {
          boolean excessRule = card.longContext()
              .map(t -> t.rule() == LongContextRule.EXCESS_TOKENS).orElse(false);
          ApiUsage usage = excessRule ? withoutCacheWrites(generated) : generated;
          long moved = usage.uncachedInputTokens().count() * percent / 100;
          ApiUsage cached = ApiUsage.builder().from(usage)
              .cachedInputTokens(usage.cachedInputTokens().plusTokens(moved)).build();
          assertThat(total(card, cached)).isLessThanOrEqualTo(total(card, usage));
        });
  }

  @Test
  void cost_excessRuleWithCacheWrites_cachingCanRaiseTheBill() {
    // The documented exception to the caching law. Threshold 100, EXCESS_TOKENS, tier rates
    // double the base: input 1 (2), cache read 0.1 (0.2), 5-minute write 2 (4).
    TokenRates base = TokenRates.builder().input(TokenPrice.perMillion("USD", "1"))
        .output(TokenPrice.perMillion("USD", "1"))
        .cachedInput(TokenPrice.perMillion("USD", "0.1"))
        .addCacheWrites(CacheWritePrice.of(FIVE_MINUTES, TokenPrice.perMillion("USD", "2")))
        .build();
    ApiPriceCard card = ApiPriceCard.builder().provider("p").model("m").rates(base)
        .longContext(LongContextTier.of(TokenCount.of(100), LongContextRule.EXCESS_TOKENS,
            CostGenerators.scaledRates(base, 200)))
        .build();
    // 150 input = 100 writes + 50 uncached; the excess 50 is the uncached input at 2:
    // 100 x 2 + 50 x 2 = 300 / 1e6.
    ApiUsage before = ApiUsage.builder().inputTokens(TokenCount.of(150))
        .putCacheWriteTokens(FIVE_MINUTES, TokenCount.of(100)).outputTokens(TokenCount.ZERO)
        .build();
    // The 50 uncached now read from the cache; the excess 50 is the last 50 writes at 4:
    // 50 x 0.1 + 50 x 2 + 50 x 4 = 305 / 1e6.
    ApiUsage after = ApiUsage.builder().from(before).cachedInputTokens(TokenCount.of(50))
        .build();

    assertThat(total(card, before)).isEqualTo(Money.of("USD", "0.0003"));
    assertThat(total(card, after)).isEqualTo(Money.of("USD", "0.000305"));
  }

  private static ApiUsage withoutCacheWrites(ApiUsage usage) {
    return ApiUsage.builder().from(usage).cacheWriteTokens(Map.of()).build();
  }

  @Test
  void cost_batchDiscount_neverRaisesTheBill() {
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages())
        .checkAssert((card, usage) -> assertThat(total(card, usage.withBatch(true)))
            .isLessThanOrEqualTo(total(card, usage)));
  }

  @Test
  void cost_batch_isExactlyTheUndiscountedCostTimesOneMinusDiscount() {
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages())
        .checkAssert((card, usage) -> {
          BigDecimal factor = BigDecimal.ONE.subtract(card.batchDiscount().orElseThrow());
          assertThat(total(card, usage.withBatch(true)))
              .isEqualTo(total(card, usage).multipliedBy(factor));
        });
  }

  @Test
  void cost_withoutLongContext_equalsExactSumOfTokensTimesRates() {
    // Exactness: nothing is rounded; the total is sum(tokens x rate) / 1e6 to the last digit.
    qt().forAll(CostGenerators.cards(), CostGenerators.usages())
        .checkAssert((card, usage) -> {
          TokenRates r = card.rates();
          TokenPrice reasoning = r.reasoning().orElse(r.output());
          BigDecimal expected = exact(usage.uncachedInputTokens(), r.input())
              .add(exact(usage.cachedInputTokens(), r.cachedInput().orElseThrow()))
              .add(exact(usage.cacheWriteTokens().get(FIVE_MINUTES),
                  r.cacheWrite(FIVE_MINUTES).orElseThrow()))
              .add(exact(usage.cacheWriteTokens().get(ONE_HOUR),
                  r.cacheWrite(ONE_HOUR).orElseThrow()))
              .add(exact(usage.visibleOutputTokens(), r.output()))
              .add(exact(usage.reasoningTokens(), reasoning));
          assertThat(total(card, usage).amount()).isEqualByComparingTo(expected);
        });
  }

  private static BigDecimal exact(TokenCount tokens, TokenPrice perMillion) {
    return perMillion.price().amount().multiply(BigDecimal.valueOf(tokens.count()))
        .movePointLeft(6);
  }

  @Test
  void cost_components_coverEveryTokenExactlyOnce() {
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages())
        .checkAssert((card, usage) -> {
          long sum = ApiCost.of(card, usage).components().stream()
              .mapToLong(c -> c.tokens().count()).sum();
          assertThat(sum).isEqualTo(usage.totalTokens().count());
        });
  }

  @Test
  void cost_json_roundTrips() {
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages(),
            Generate.booleans())
        .checkAssert((card, usage, batch) -> {
          ApiCost cost = ApiCost.of(card, usage.withBatch(batch));
          assertThat(CostTesting.roundTrip(cost, ApiCost.class)).isEqualTo(cost);
        });
  }
}
