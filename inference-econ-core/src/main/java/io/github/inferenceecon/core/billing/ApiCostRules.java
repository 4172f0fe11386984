/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The billing rules of {@link ApiCost#of(ApiPriceCard, ApiUsage)}, which documents them: counting,
 * service tier, long context, batch and unpriced tokens.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
final class ApiCostRules {

  private static final String INPUT = "input";
  private static final String CACHED_INPUT = "cachedInput";
  private static final String CACHE_WRITE = "cacheWrite";
  private static final String OUTPUT = "output";
  private static final String REASONING = "reasoning";
  private static final String LONG_CONTEXT = "longContext";
  /** The capacity of a sentence with counts in it, about the length of the longest. */
  private static final int SENTENCE = 160;

  private ApiCostRules() {}

  /** Prices a usage at a card, as {@link ApiCost#of(ApiPriceCard, ApiUsage)} documents. */
  static ApiCost cost(ApiPriceCard card, ApiUsage usage) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(usage, "usage");
    // components and assumptions go straight into the result's builder, which copies them once
    // more when built; the sentences with numbers in them are built at about their final length
    // (a StringBuilder of the default size was copied four times on its way to the first one)
    ApiCost.Builder result = ApiCost.builder()
        .provider(card.provider())
        .model(card.model())
        .currency(card.currency())
        .effectiveFrom(card.effectiveFrom())
        .source(card.source())
        .tier(card.tier())
        .batch(usage.isBatch());
    result.addAssumptions(new StringBuilder(SENTENCE)
        .append("Cache reads (").append(usage.cachedInputTokens().count())
        .append(") and cache writes (").append(usage.totalCacheWriteTokens().count())
        .append(") are counted within the ").append(usage.inputTokens().count())
        .append(" input tokens, reasoning (").append(usage.reasoningTokens().count())
        .append(") within the ").append(usage.outputTokens().count())
        .append(" output tokens; each token is billed once").toString());
    String unpricedReason = null;

    // Service tier
    Optional<String> tier = usage.serviceTier();
    TokenRates base = card.rates();
    boolean namedTier = false;
    if (tier.isPresent()) {
      String name = tier.get();
      TokenRates tierRates = findTier(card, name);
      if (tierRates != null) {
        base = tierRates;
        namedTier = true;
        result.serviceTier(name);
        result.addAssumptions("Service tier '" + name + "' rates");
      } else if (isStandardTierName(name)) {
        result.addAssumptions("Service tier '" + name + "' is the card's base rates");
      } else {
        throw unknownTier(card, name);
      }
    } else {
      result.addAssumptions("Base rates (default service tier)");
    }

    // Long context
    Optional<LongContextTier> longContext = card.longContext();
    boolean over = longContext.isPresent()
        && usage.inputTokens().isGreaterThan(longContext.get().threshold());
    if (longContext.isEmpty()) {
      result.addAssumptions("No long-context tier on the card");
    } else if (!over) {
      result.addAssumptions(new StringBuilder(SENTENCE)
          .append("Long-context tier not applied: ").append(usage.inputTokens().count())
          .append(" input tokens do not exceed the ")
          .append(longContext.get().threshold().count()).append("-token threshold").toString());
    } else if (namedTier) {
      unpricedReason = "the card has no long-context rates for service tier '" + tier.get() + "'";
    }

    // Batch
    BigDecimal factor = BigDecimal.ONE;
    if (usage.isBatch()) {
      String batchTier = namedTier ? tier.get() + "-" + ApiPriceCard.BATCH : ApiPriceCard.BATCH;
      TokenRates batchRates = findTier(card, batchTier);
      if (batchRates != null) {
        base = batchRates;
        result.addAssumptions("Batch API: the card's '" + batchTier + "' rates");
        if (over) {
          unpricedReason = "the card has no long-context rates for batch usage";
        }
      } else if (namedTier) {
        unpricedReason = "the card has no batch price for service tier '" + tier.get() + "'";
      } else if (card.batchDiscount().isEmpty()) {
        unpricedReason = "the card has no batch price";
      } else {
        BigDecimal discount = card.batchDiscount().get();
        factor = BigDecimal.ONE.subtract(discount);
        result.batchDiscount(discount);
        result.addAssumptions("Batch API: every rate multiplied by " + factor.toPlainString()
            + " (" + SiFormat.plain(discount.movePointRight(2)) + "% off)");
      }
    } else {
      result.addAssumptions("No batch discount");
    }

    if (unpricedReason != null) {
      result.addAssumptions("Unpriced: " + unpricedReason);
      for (Map.Entry<String, TokenCount> e : counts(usage).entrySet()) {
        result.addComponents(CostComponent.unpriced(e.getKey(), e.getValue(), unpricedReason));
      }
      return result.build();
    }

    if (over) {
      LongContextTier lc = longContext.get();
      result.longContextApplied(true);
      if (lc.rule() == LongContextRule.ALL_TOKENS) {
        result.addAssumptions("Long-context tier applied to every token: "
            + usage.inputTokens().count() + " input tokens exceed the "
            + lc.threshold().count() + "-token threshold");
        addInputs(result, "", lc.rates(), factor, usage.uncachedInputTokens(),
            usage.cachedInputTokens(), usage.cacheWritesByTtl(), true);
        addOutputs(result, lc.rates(), factor, usage);
      } else {
        TokenCount excess = usage.inputTokens().minus(lc.threshold());
        result.addAssumptions("Long-context tier applied to the " + excess.count()
            + " input tokens beyond the " + lc.threshold().count() + "-token threshold, taken "
            + "from the end of the prompt (order assumed: cache reads, cache writes longest-lived "
            + "first, uncached input)");
        Split split = Split.of(usage, excess);
        addInputs(result, "", base, factor, split.baseUncached, split.baseCached,
            split.baseWrites, true);
        addInputs(result, LONG_CONTEXT, lc.rates(), factor, split.excessUncached,
            split.excessCached, split.excessWrites, false);
        addOutputs(result, base, factor, usage);
      }
    } else {
      addInputs(result, "", base, factor, usage.uncachedInputTokens(),
          usage.cachedInputTokens(), usage.cacheWritesByTtl(), true);
      addOutputs(result, base, factor, usage);
    }
    return result.build();
  }

  //-----------------------------------------------------------------------
  private static TokenRates findTier(ApiPriceCard card, String name) {
    TokenRates exact = card.serviceTiers().get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, TokenRates> e : card.serviceTiers().entrySet()) {
      if (NameMatcher.normalise(e.getKey()).equals(NameMatcher.normalise(name))) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean isStandardTierName(String name) {
    String key = NameMatcher.normalise(name);
    return key.equals("default") || key.equals("standard");
  }

  private static UnknownNameException unknownTier(ApiPriceCard card, String name) {
    NameMatcher.Builder<String> b = NameMatcher.builder("service tier");
    for (String t : card.serviceTiers().keySet()) {
      if (!NameMatcher.normalise(t).isEmpty()) {
        b.add(t, List.of(), t);
      }
    }
    List<String> suggestions = card.serviceTiers().isEmpty() ? List.of()
        : b.build().suggest(name, 3);
    return new UnknownNameException("service tier", name, suggestions);
  }

  /** The token counts of each component name, for an all-unpriced bill. */
  private static Map<String, TokenCount> counts(ApiUsage usage) {
    Map<String, TokenCount> out = new LinkedHashMap<>();
    out.put(INPUT, usage.uncachedInputTokens());
    if (!usage.cachedInputTokens().isZero()) {
      out.put(CACHED_INPUT, usage.cachedInputTokens());
    }
    usage.cacheWritesByTtl().forEach((ttl, n) -> {
      if (!n.isZero()) {
        out.put(CACHE_WRITE + ttlSuffix(ttl), n);
      }
    });
    out.put(OUTPUT, usage.visibleOutputTokens());
    if (!usage.reasoningTokens().isZero()) {
      out.put(REASONING, usage.reasoningTokens());
    }
    return out;
  }

  private static void addInputs(ApiCost.Builder out, String prefix, TokenRates rates,
      BigDecimal factor, TokenCount uncached, TokenCount cached,
      SortedMap<Duration, TokenCount> writes, boolean alwaysInput) {
    if (alwaysInput || !uncached.isZero()) {
      out.addComponents(CostComponent.priced(name(prefix, INPUT), uncached,
          rates.input().multipliedBy(factor)));
    }
    if (!cached.isZero()) {
      String name = name(prefix, CACHED_INPUT);
      Optional<TokenPrice> price = rates.cachedInput();
      out.addComponents(price.isPresent()
          ? CostComponent.priced(name, cached, price.get().multipliedBy(factor))
          : CostComponent.unpriced(name, cached, "the card has no cache-read price"));
    }
    for (Map.Entry<Duration, TokenCount> e : writes.entrySet()) {
      if (e.getValue().isZero()) {
        continue;
      }
      String suffix = ttlSuffix(e.getKey());
      String name = name(prefix, CACHE_WRITE + suffix);
      Optional<TokenPrice> price = rates.cacheWrite(e.getKey());
      out.addComponents(price.isPresent()
          ? CostComponent.priced(name, e.getValue(), price.get().multipliedBy(factor))
          : CostComponent.unpriced(name, e.getValue(), "the card has no price for " + suffix
              + " cache writes"));
    }
  }

  private static void addOutputs(ApiCost.Builder out, TokenRates rates, BigDecimal factor,
      ApiUsage usage) {
    TokenPrice output = rates.output().multipliedBy(factor);
    out.addComponents(CostComponent.priced(OUTPUT, usage.visibleOutputTokens(), output));
    TokenCount reasoning = usage.reasoningTokens();
    if (!reasoning.isZero()) {
      if (rates.reasoning().isPresent()) {
        out.addComponents(CostComponent.priced(REASONING, reasoning,
            rates.reasoning().get().multipliedBy(factor)));
      } else {
        out.addComponents(CostComponent.priced(REASONING, reasoning, output,
            "billed at the output rate"));
      }
    }
  }

  private static String name(String prefix, String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Returns the short suffix of a time-to-live: {@code 5m}, {@code 1h}, {@code 1d}, {@code 30s},
   * or the ISO form when not a whole number of seconds.
   *
   * @param ttl the time-to-live, positive, not null
   * @return the suffix, not null
   */
  static String ttlSuffix(Duration ttl) {
    if (ttl.getNano() != 0) {
      return ttl.toString();
    }
    long s = ttl.getSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  /** The input split at a long-context threshold, excess taken from the end of the prompt. */
  private static final class Split {
    TokenCount baseUncached;
    TokenCount baseCached;
    SortedMap<Duration, TokenCount> baseWrites = new TreeMap<>();
    TokenCount excessUncached;
    TokenCount excessCached;
    SortedMap<Duration, TokenCount> excessWrites = new TreeMap<>();

    static Split of(ApiUsage usage, TokenCount excess) {
      Split s = new Split();
      TokenCount left = excess;
      // Prompt order: cache reads, cache writes (longest-lived first), uncached input.
      // The end of the prompt is the uncached input, then the shortest-lived writes.
      s.excessUncached = usage.uncachedInputTokens().min(left);
      s.baseUncached = usage.uncachedInputTokens().minus(s.excessUncached);
      left = left.minus(s.excessUncached);
      for (Map.Entry<Duration, TokenCount> e : usage.cacheWritesByTtl().entrySet()) {
        TokenCount moved = e.getValue().min(left);
        left = left.minus(moved);
        s.excessWrites.put(e.getKey(), moved);
        s.baseWrites.put(e.getKey(), e.getValue().minus(moved));
      }
      s.excessCached = usage.cachedInputTokens().min(left);
      s.baseCached = usage.cachedInputTokens().minus(s.excessCached);
      left = left.minus(s.excessCached);
      if (!left.isZero()) {
        throw new IllegalStateException("inference-econ bug: long-context excess not placed: "
            + left);
      }
      return s;
    }
  }
}
