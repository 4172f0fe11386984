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
    return ImmutableTokenRates.builder();
  }

  /**
   * Builds a {@link TokenRates}; input and output are required.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(TokenRates instance);

    /**
     * Sets the price of uncached input tokens. Required (see {@link TokenRates#input() input}).
     *
     * @param input the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code input} is null
     */
    public abstract Builder input(TokenPrice input);

    /**
     * Sets the price of output tokens (visible and, unless {@link TokenRates#reasoning()} is
     * present, reasoning). Required (see {@link TokenRates#output() output}).
     *
     * @param output the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code output} is null
     */
    public abstract Builder output(TokenPrice output);

    /**
     * Sets the price of input tokens read from a prompt cache. Optional: if not set,
     * {@link TokenRates#cachedInput() cachedInput} is empty.
     *
     * @param cachedInput the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code cachedInput} is null
     */
    public abstract Builder cachedInput(TokenPrice cachedInput);

    /**
     * Sets {@link TokenRates#cachedInput() cachedInput} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param cachedInput the price, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code cachedInput} is null
     */
    public abstract Builder cachedInput(Optional<? extends TokenPrice> cachedInput);

    /**
     * Adds an element to {@link TokenRates#cacheWrites() cacheWrites}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addCacheWrites(CacheWritePrice element);

    /**
     * Adds elements to {@link TokenRates#cacheWrites() cacheWrites}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addCacheWrites(CacheWritePrice... elements);

    /**
     * Sets the prices of cache writes by time-to-live, shortest first. Replaces any elements added
     * before. Optional: if not set, {@link TokenRates#cacheWrites() cacheWrites} is empty.
     *
     * @param elements the cache-write prices, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder cacheWrites(Iterable<? extends CacheWritePrice> elements);

    /**
     * Adds elements to {@link TokenRates#cacheWrites() cacheWrites}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllCacheWrites(Iterable<? extends CacheWritePrice> elements);

    /**
     * Sets the price of reasoning tokens when it differs from the output price. Optional: if not
     * set, {@link TokenRates#reasoning() reasoning} is empty.
     *
     * @param reasoning the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code reasoning} is null
     */
    public abstract Builder reasoning(TokenPrice reasoning);

    /**
     * Sets {@link TokenRates#reasoning() reasoning} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param reasoning the price, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code reasoning} is null
     */
    public abstract Builder reasoning(Optional<? extends TokenPrice> reasoning);

    /**
     * Builds the {@link TokenRates}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link TokenRates} (the
     *     message names the field, the value and the rule)
     */
    public abstract TokenRates build();
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
