/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.CacheWritePrice;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.billing.LongContextTier;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.selfhosted.Throughput;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.time.Duration;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the cost packages (billing, selfhosted, energy, economics),
 * each built from its parts (never generated
 * whole and filtered).
 */
public final class CostGenerators {

  public static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  public static final Duration ONE_HOUR = Duration.ofHours(1);

  private CostGenerators() {}

  /** Token counts from 0 to 5 million. */
  public static Gen<TokenCount> tokenCounts() {
    return Generate.longRange(0, 5_000_000).map(TokenCount::of);
  }

  /** Small positive token counts, for growth steps. */
  public static Gen<TokenCount> smallPositiveTokenCounts() {
    return Generate.longRange(1, 100_000).map(TokenCount::of);
  }

  /** USD amounts from 0 to 100 with up to 4 decimals. */
  public static Gen<Money> usdAmounts() {
    return Generate.longRange(0, 1_000_000).map(n -> Money.of(Money.USD, BigDecimal.valueOf(n, 4)));
  }

  /** USD amounts from 0.0001 to 100 with up to 4 decimals. */
  public static Gen<Money> positiveUsdAmounts() {
    return Generate.longRange(1, 1_000_000).map(n -> Money.of(Money.USD, BigDecimal.valueOf(n, 4)));
  }

  /** USD prices per million tokens from 0 to 100. */
  public static Gen<TokenPrice> perMillionPrices() {
    return usdAmounts().map(m -> TokenPrice.perMillion(m));
  }

  /** A price scaled by a percentage, exactly. */
  public static TokenPrice scaled(TokenPrice price, int percent) {
    return price.multipliedBy(BigDecimal.valueOf(percent, 2));
  }

  /**
   * Full rates as on real cards: a cache-read rate at most the input rate, 5-minute and 1-hour
   * cache writes, and (for half of them) a separate reasoning rate.
   */
  public static Gen<TokenRates> fullRates() {
    return perMillionPrices().zip(perMillionPrices(), Generate.range(0, 100),
        Generate.range(100, 300), Generate.range(0, 300),
        (input, output, readPercent, writePercent, reasoningPercent) -> {
          TokenRates.Builder b = TokenRates.builder().input(input).output(output)
              .cachedInput(scaled(input, readPercent))
              .addCacheWrites(CacheWritePrice.of(FIVE_MINUTES, scaled(input, writePercent)))
              .addCacheWrites(CacheWritePrice.of(ONE_HOUR, scaled(input, writePercent + 100)));
          if (reasoningPercent % 2 == 0) {
            b.reasoning(scaled(output, reasoningPercent));
          }
          return b.build();
        });
  }

  /** Rates scaled by a percentage of at least 100: long-context rates not below the base. */
  public static TokenRates scaledRates(TokenRates rates, int percent) {
    TokenRates.Builder b = TokenRates.builder()
        .input(scaled(rates.input(), percent))
        .output(scaled(rates.output(), percent));
    rates.cachedInput().ifPresent(p -> b.cachedInput(scaled(p, percent)));
    rates.reasoning().ifPresent(p -> b.reasoning(scaled(p, percent)));
    for (CacheWritePrice w : rates.cacheWrites()) {
      b.addCacheWrites(CacheWritePrice.of(w.ttl(), scaled(w.price(), percent)));
    }
    return b.build();
  }

  /** Fully priced cards with a batch discount and no long-context tier. */
  public static Gen<ApiPriceCard> cards() {
    return fullRates().zip(Generate.range(0, 100), (rates, discount) -> ApiPriceCard.builder()
        .provider("provider").model("model").rates(rates)
        .batchDiscount(BigDecimal.valueOf(discount, 2)).build());
  }

  /**
   * Fully priced cards, half of them with a long-context tier whose rates are not below the base
   * rates, under either rule.
   */
  public static Gen<ApiPriceCard> cardsWithLongContext() {
    return cards().zip(Generate.longRange(1, 2_000_000), Generate.range(100, 250),
        Generate.enumValues(LongContextRule.class), Generate.booleans(),
        (card, threshold, percent, rule, withTier) -> withTier
            ? ApiPriceCard.builder().from(card).longContext(LongContextTier.of(
                TokenCount.of(threshold), rule, scaledRates(card.rates(), percent))).build()
            : card);
  }

  /**
   * Usages built from parts: input, the shares of it read from and written to the cache, output
   * and the share of it that is reasoning; not batched, default tier.
   */
  public static Gen<ApiUsage> usages() {
    return tokenCounts().zip(Generate.range(0, 100), Generate.range(0, 100),
        Generate.range(0, 100), tokenCounts().zip(Generate.range(0, 100), (o, r) -> new long[] {
            o.count(), o.count() * r / 100}),
        (input, cachedPercent, writePercent, longWritePercent, output) -> {
          long n = input.count();
          long cached = n * cachedPercent / 100;
          long writes = (n - cached) * writePercent / 100;
          long longWrites = writes * longWritePercent / 100;
          return ApiUsage.builder().inputTokens(input)
              .cachedInputTokens(TokenCount.of(cached))
              .putCacheWriteTokens(FIVE_MINUTES, TokenCount.of(writes - longWrites))
              .putCacheWriteTokens(ONE_HOUR, TokenCount.of(longWrites))
              .outputTokens(TokenCount.of(output[0]))
              .reasoningTokens(TokenCount.of(output[1]))
              .build();
        });
  }

  /** Throughputs: prefill 100 to 100,000 and decode 10 to 10,000 tokens/s. */
  public static Gen<Throughput> throughputs() {
    return Generate.range(100, 100_000).zip(Generate.range(10, 10_000),
        (p, d) -> Throughput.ofTokensPerSecond(p, d));
  }

  /** Utilisations in (0, 1], as hundredths. */
  public static Gen<Double> utilisations() {
    return Generate.range(1, 100).map(p -> p / 100.0);
  }

  /** Per-device-hour prices from USD 0.0001 to 100. */
  public static Gen<HourlyPrice> deviceHourPrices() {
    return positiveUsdAmounts().map(HourlyPrice::perDeviceHour);
  }

  /** Setups priced per device-hour, 1 to 8 devices per replica, 1 to 4 replicas. */
  public static Gen<SelfHostedSetup> setups() {
    return deviceHourPrices().zip(Generate.range(1, 8), Generate.range(1, 4), utilisations(),
        throughputs(), (price, perReplica, replicas, u, t) -> SelfHostedSetup.builder()
            .hourlyPrice(price).devicesPerReplica(perReplica).replicas(replicas)
            .utilisation(u).throughput(t).build());
  }
}
