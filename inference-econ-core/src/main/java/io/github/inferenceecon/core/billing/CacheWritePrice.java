/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.money.TokenPrice;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The price of writing input tokens into a prompt cache that lives for a time, such as
 * 'USD 3.75 per million tokens for a 5-minute cache write'.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableCacheWritePrice.class)
@JsonDeserialize(as = ImmutableCacheWritePrice.class)
public abstract class CacheWritePrice {

  CacheWritePrice() {}

  /**
   * Obtains an instance of {@code CacheWritePrice}.
   *
   * @param ttl how long the written cache entry lives, positive, not null
   * @param price the price of writing tokens, not null
   * @return the cache-write price, not null
   * @throws IllegalArgumentException if the time-to-live is not positive
   */
  public static CacheWritePrice of(Duration ttl, TokenPrice price) {
    return ImmutableCacheWritePrice.of(ttl, price);
  }

  /**
   * Returns how long a written cache entry lives.
   *
   * @return the time-to-live, positive, not null
   */
  @Value.Parameter(order = 0)
  public abstract Duration ttl();

  /**
   * Returns the price of writing tokens.
   *
   * @return the price, not null
   */
  @Value.Parameter(order = 1)
  public abstract TokenPrice price();

  @Value.Check
  protected final void check() {
    if (ttl().isZero() || ttl().isNegative()) {
      throw new IllegalArgumentException("Cache time-to-live must be positive: " + ttl());
    }
  }
}
