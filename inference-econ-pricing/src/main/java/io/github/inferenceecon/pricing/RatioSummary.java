/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The ratios of output to input price across a catalog, with their minimum, median and maximum,
 * such as '116 cards: min 0, median 4, max 8'.
 *
 * <p>The model: one {@link PriceRatio} per priced model (its latest card), smallest first, and
 * the models left out because their input price is zero (the ratio is undefined), as
 * {@code provider/model} ids. The median of an even count is the mean of the two middle ratios,
 * which is exact.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatioSummary.class)
@JsonDeserialize(as = ImmutableRatioSummary.class)
public abstract class RatioSummary {

  RatioSummary() {}

  /**
   * Obtains a summary.
   *
   * @param ratios the ratios, smallest first, at least one, not null
   * @param excluded the {@code provider/model} ids left out, not null
   * @return the summary, not null
   * @throws IllegalArgumentException if there is no ratio or they are not in order
   */
  public static RatioSummary of(List<PriceRatio> ratios, List<String> excluded) {
    return ImmutableRatioSummary.of(ratios, excluded);
  }

  /**
   * Returns the ratios, smallest first.
   *
   * @return the ratios, at least one, not null
   */
  @Value.Parameter(order = 0)
  public abstract List<PriceRatio> ratios();

  /**
   * Returns the {@code provider/model} ids left out because their input price is zero.
   *
   * @return the ids, not null
   */
  @Value.Parameter(order = 1)
  public abstract List<String> excluded();

  /**
   * Returns the number of ratios.
   *
   * @return the count, positive
   */
  @JsonIgnore
  public final int count() {
    return ratios().size();
  }

  /**
   * Returns the smallest ratio.
   *
   * @return the minimum, not null
   */
  @JsonIgnore
  public final BigDecimal min() {
    return ratios().get(0).ratio();
  }

  /**
   * Returns the largest ratio.
   *
   * @return the maximum, not null
   */
  @JsonIgnore
  public final BigDecimal max() {
    return ratios().get(ratios().size() - 1).ratio();
  }

  /**
   * Returns the median ratio: the middle one, or the exact mean of the two middle ones.
   *
   * @return the median, not null
   */
  @JsonIgnore
  public final BigDecimal median() {
    int n = ratios().size();
    if (n % 2 == 1) {
      return ratios().get(n / 2).ratio();
    }
    return ratios().get(n / 2 - 1).ratio().add(ratios().get(n / 2).ratio())
        .divide(BigDecimal.valueOf(2));
  }

  @Value.Check
  protected final void check() {
    if (ratios().isEmpty()) {
      throw new IllegalArgumentException("Ratio summary must have a ratio: 0 ratios");
    }
    for (int i = 1; i < ratios().size(); i++) {
      if (ratios().get(i).ratio().compareTo(ratios().get(i - 1).ratio()) < 0) {
        throw new IllegalArgumentException("Ratios must be in ascending order: "
            + ratios().get(i - 1).ratio().toPlainString() + " before "
            + ratios().get(i).ratio().toPlainString());
      }
    }
  }

  @Override
  public String toString() {
    return "RatioSummary{" + count() + " ratios: min " + min().toPlainString() + ", median "
        + median().toPlainString() + ", max " + max().toPlainString() + "}";
  }
}
