/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the price-card types of the {@code cost} package (test scope).
 * Prices are synthetic; they are not any provider's prices.
 */
public final class PriceCardGenerators {

  private PriceCardGenerators() {}

  /**
   * Returns prices in a currency from 0 to 1,000.0000 per million tokens (four decimals).
   *
   * @param currency the currency, not null
   * @return the generator, not null
   */
  public static Gen<TokenPrice> tokenPrices(Currency currency) {
    return longs().between(0, 10_000_000L).map(units ->
        TokenPrice.perMillion(Money.of(currency, BigDecimal.valueOf(units, 4))));
  }

  /**
   * Returns rates in a currency: input and output, and sometimes cached input, reasoning and
   * up to three cache writes with increasing time-to-lives.
   *
   * @param currency the currency, not null
   * @return the generator, not null
   */
  public static Gen<TokenRates> tokenRates(Currency currency) {
    Gen<TokenPrice> prices = tokenPrices(currency);
    Gen<Boolean> flags = booleans().all();
    Gen<Integer> writes = integers().between(0, 3);
    Gen<Long> minutes = longs().between(1, 24 * 60);
    return rnd -> {
      TokenRates.Builder b = TokenRates.builder()
          .input(prices.generate(rnd)).output(prices.generate(rnd));
      if (flags.generate(rnd)) {
        b.cachedInput(prices.generate(rnd));
      }
      if (flags.generate(rnd)) {
        b.reasoning(prices.generate(rnd));
      }
      Duration ttl = Duration.ZERO;
      for (int i = writes.generate(rnd); i > 0; i--) {
        ttl = ttl.plusMinutes(minutes.generate(rnd));
        b.addCacheWrites(CacheWritePrice.of(ttl, prices.generate(rnd)));
      }
      return b.build();
    };
  }

  /**
   * Returns price cards in one currency, with optional batch discount, long-context tier,
   * service tiers and dates (the end, when present, after the start).
   *
   * @return the generator, not null
   */
  public static Gen<ApiPriceCard> priceCards() {
    Currency usd = Currency.getInstance("USD");
    Gen<TokenRates> rates = tokenRates(usd);
    Gen<Boolean> flags = booleans().all();
    Gen<Integer> discountPercents = integers().between(0, 100);
    Gen<Long> thresholds = longs().between(1, 2_000_000);
    Gen<Long> days = longs().between(0, 3_000);
    Gen<Long> lengths = longs().between(1, 1_000);
    return rnd -> {
      ApiPriceCard.Builder b = ApiPriceCard.builder().provider("provider").model("model")
          .rates(rates.generate(rnd));
      if (flags.generate(rnd)) {
        b.batchDiscount(BigDecimal.valueOf(discountPercents.generate(rnd), 2));
      }
      if (flags.generate(rnd)) {
        b.longContext(LongContextTier.of(TokenCount.of(thresholds.generate(rnd)),
            flags.generate(rnd) ? LongContextRule.ALL_TOKENS : LongContextRule.EXCESS_TOKENS,
            rates.generate(rnd)));
      }
      if (flags.generate(rnd)) {
        b.putServiceTiers("priority", rates.generate(rnd));
      }
      LocalDate from = LocalDate.of(2023, 1, 1).plusDays(days.generate(rnd));
      if (flags.generate(rnd)) {
        b.effectiveFrom(from);
      }
      if (flags.generate(rnd)) {
        b.effectiveUntil(from.plusDays(lengths.generate(rnd)));
      }
      if (flags.generate(rnd)) {
        b.source("https://example.com/pricing");
      }
      return b.build();
    };
  }
}
