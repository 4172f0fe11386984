/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The ratio of one card's output price to its input price, such as 'anthropic claude-sonnet-4:
 * 5' (15.00 / 3.00).
 *
 * <p>The model: the provider and model ids, the card, and the ratio as a decimal rounded as
 * {@link PriceCatalog#outputToInputRatios(int, java.math.RoundingMode)} was asked to.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePriceRatio.class)
@JsonDeserialize(as = ImmutablePriceRatio.class)
public abstract class PriceRatio {

  PriceRatio() {}

  /**
   * Obtains a ratio.
   *
   * @param provider the provider id, not null
   * @param model the model id, not null
   * @param card the card, not null
   * @param ratio the output price divided by the input price, not negative, not null
   * @return the ratio, not null
   * @throws IllegalArgumentException if the ratio is negative
   */
  public static PriceRatio of(String provider, String model, CatalogCard card, BigDecimal ratio) {
    return ImmutablePriceRatio.of(provider, model, card, ratio);
  }

  /**
   * Returns the provider id.
   *
   * @return the provider, not null
   */
  @Value.Parameter(order = 0)
  public abstract String provider();

  /**
   * Returns the model id.
   *
   * @return the model, not null
   */
  @Value.Parameter(order = 1)
  public abstract String model();

  /**
   * Returns the card.
   *
   * @return the card, not null
   */
  @Value.Parameter(order = 2)
  public abstract CatalogCard card();

  /**
   * Returns the output price divided by the input price.
   *
   * @return the ratio, not negative, not null
   */
  @Value.Parameter(order = 3)
  public abstract BigDecimal ratio();

  @Value.Check
  protected final void check() {
    if (ratio().signum() < 0) {
      throw new IllegalArgumentException("Price ratio must not be negative: "
          + ratio().toPlainString());
    }
  }

  @Override
  public String toString() {
    return "PriceRatio{" + provider() + " " + model() + ": " + ratio().toPlainString() + "}";
  }
}
