/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.TokenPrice;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One set of per-token rates: input, output, and optionally cached-input reads, cache writes
 * and reasoning, such as 'input 3.00, output 15.00, cache read 0.30, 5-minute write 3.75, 1-hour
 * write 6.00 (USD per million tokens)'.
 *
 * <p>A price card has one base set, and may have more for a long-context tier or a service tier.
 * A rate that is absent is unpriced: using it yields an "unpriced" component, never a silent
 * zero. Reasoning tokens are billed as output unless {@link #reasoning()} is present.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTokenRates.class)
@JsonDeserialize(as = ImmutableTokenRates.class)
public abstract class TokenRates {

  TokenRates() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TokenRates}; input and output are required. */
  public static final class Builder extends ImmutableTokenRates.Builder {
    Builder() {}
  }

  /**
   * Obtains rates with only input and output prices.
   *
   * @param input the input price, not null
   * @param output the output price, not null
   * @return the rates, not null
   */
  public static TokenRates of(TokenPrice input, TokenPrice output) {
    return builder().input(input).output(output).build();
  }

  /**
   * Returns the price of uncached input tokens.
   *
   * @return the price, not null
   */
  public abstract TokenPrice input();

  /**
   * Returns the price of output tokens (visible and, unless {@link #reasoning()} is present,
   * reasoning).
   *
   * @return the price, not null
   */
  public abstract TokenPrice output();

  /**
   * Returns the price of input tokens read from a prompt cache.
   *
   * @return the price, or empty when cache reads are not priced
   */
  public abstract Optional<TokenPrice> cachedInput();

  /**
   * Returns the prices of cache writes by time-to-live, shortest first.
   *
   * @return the cache-write prices, not null
   */
  public abstract List<CacheWritePrice> cacheWrites();

  /**
   * Returns the price of reasoning tokens when it differs from the output price.
   *
   * @return the price, or empty when reasoning bills as output
   */
  public abstract Optional<TokenPrice> reasoning();

  /**
   * Returns the cache-write price for a time-to-live.
   *
   * @param ttl the time-to-live, not null
   * @return the price, or empty when no write with that lifetime is priced
   */
  public Optional<TokenPrice> cacheWrite(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    for (CacheWritePrice w : cacheWrites()) {
      if (w.ttl().equals(ttl)) {
        return Optional.of(w.price());
      }
    }
    return Optional.empty();
  }

  @Value.Check
  protected final void check() {
    Currency currency = input().currency();
    check(currency, output());
    // plain tests rather than ifPresent and forEach: every bundled catalog entry is checked at
    // start-up, where each lambda costs a class of its own the first time it runs
    if (cachedInput().isPresent()) {
      check(currency, cachedInput().get());
    }
    if (reasoning().isPresent()) {
      check(currency, reasoning().get());
    }
    Duration previous = Duration.ZERO;
    for (CacheWritePrice w : cacheWrites()) {
      check(currency, w.price());
      if (w.ttl().compareTo(previous) <= 0) {
        throw new IllegalArgumentException("Cache-write prices must have increasing, distinct "
            + "time-to-lives: " + w.ttl());
      }
      previous = w.ttl();
    }
  }

  private static void check(Currency currency, TokenPrice price) {
    if (!price.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency,
          price.currency());
    }
  }
}
