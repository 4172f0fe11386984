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
    return new Builder();
  }

  /** Builds a {@link SensitivityGrid}; every list is optional. */
  public static final class Builder extends ImmutableSensitivityGrid.Builder {
    Builder() {}
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
