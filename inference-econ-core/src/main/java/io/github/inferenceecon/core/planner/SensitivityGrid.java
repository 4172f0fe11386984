/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The values a {@link Sensitivity} tries, one parameter at a time, such as 'utilisation 0.25,
 * 0.5, 0.75 and 1; cache-hit rate 0, 0.25, 0.5 and 0.75; hardware prices x 0.5 to x 1.5'.
 *
 * <p>The model: utilisations in (0, 1]; cache-hit rates in [0, 1]; hardware price factors, each
 * positive, that multiply every hardware option's hourly price (API prices stay as they are).
 * Any list may be empty. The values are a grid to explore, not figures about the world.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSensitivityGrid.class)
@JsonDeserialize(as = ImmutableSensitivityGrid.class)
public abstract class SensitivityGrid {

  SensitivityGrid() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableSensitivityGrid.builder();
  }

  /**
   * Builds a {@link SensitivityGrid}; every list is optional.
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
    public abstract Builder from(SensitivityGrid instance);

    /**
     * Adds an element to {@link SensitivityGrid#utilisations() utilisations}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addUtilisations(double element);

    /**
     * Adds elements to {@link SensitivityGrid#utilisations() utilisations}, in order, after those
     * already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addUtilisations(double... elements);

    /**
     * Sets the utilisations to try. Replaces any elements added before. Optional: if not set,
     * {@link SensitivityGrid#utilisations() utilisations} is empty.
     *
     * @param elements the utilisations, each in (0, 1], not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder utilisations(Iterable<Double> elements);

    /**
     * Adds elements to {@link SensitivityGrid#utilisations() utilisations}, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllUtilisations(Iterable<Double> elements);

    /**
     * Adds an element to {@link SensitivityGrid#cacheHitRates() cacheHitRates}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addCacheHitRates(double element);

    /**
     * Adds elements to {@link SensitivityGrid#cacheHitRates() cacheHitRates}, in order, after those
     * already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addCacheHitRates(double... elements);

    /**
     * Sets the cache-hit rates to try. Replaces any elements added before. Optional: if not set,
     * {@link SensitivityGrid#cacheHitRates() cacheHitRates} is empty.
     *
     * @param elements the rates, each in [0, 1], not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder cacheHitRates(Iterable<Double> elements);

    /**
     * Adds elements to {@link SensitivityGrid#cacheHitRates() cacheHitRates}, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllCacheHitRates(Iterable<Double> elements);

    /**
     * Adds an element to {@link SensitivityGrid#priceFactors() priceFactors}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addPriceFactors(BigDecimal element);

    /**
     * Adds elements to {@link SensitivityGrid#priceFactors() priceFactors}, in order, after those
     * already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addPriceFactors(BigDecimal... elements);

    /**
     * Sets the factors to multiply every hardware price by. Replaces any elements added before.
     * Optional: if not set, {@link SensitivityGrid#priceFactors() priceFactors} is empty.
     *
     * @param elements the factors, each positive, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder priceFactors(Iterable<? extends BigDecimal> elements);

    /**
     * Adds elements to {@link SensitivityGrid#priceFactors() priceFactors}, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllPriceFactors(Iterable<? extends BigDecimal> elements);

    /**
     * Builds the {@link SensitivityGrid}.
     *
     * @return the new instance, not null
     * @throws IllegalArgumentException if the values break a rule of {@link SensitivityGrid} (the
     *     message names the field, the value and the rule)
     */
    public abstract SensitivityGrid build();
  }

  /**
   * Obtains the default grid: utilisation 0.25, 0.5, 0.75 and 1; cache-hit rate 0, 0.25, 0.5
   * and 0.75; price factors 0.5, 0.75, 1, 1.25 and 1.5.
   *
   * @return the grid, not null
   */
  public static SensitivityGrid defaults() {
    return builder().addUtilisations(0.25, 0.5, 0.75, 1.0)
        .addCacheHitRates(0.0, 0.25, 0.5, 0.75)
        .addPriceFactors(new BigDecimal("0.5"), new BigDecimal("0.75"), BigDecimal.ONE,
            new BigDecimal("1.25"), new BigDecimal("1.5"))
        .build();
  }

  /**
   * Returns the utilisations to try.
   *
   * @return the utilisations, each in (0, 1], not null
   */
  public abstract List<Double> utilisations();

  /**
   * Returns the cache-hit rates to try.
   *
   * @return the rates, each in [0, 1], not null
   */
  public abstract List<Double> cacheHitRates();

  /**
   * Returns the factors to multiply every hardware price by.
   *
   * @return the factors, each positive, not null
   */
  public abstract List<BigDecimal> priceFactors();

  @Value.Check
  protected final void check() {
    utilisations().forEach(u -> Checks.fractionPositive(u, "Utilisation"));
    cacheHitRates().forEach(h -> Checks.fraction(h, "Cache-hit rate"));
    for (BigDecimal f : priceFactors()) {
      if (f.signum() <= 0) {
        throw new IllegalArgumentException("Price factor must be positive: "
            + f.toPlainString());
      }
    }
  }
}
