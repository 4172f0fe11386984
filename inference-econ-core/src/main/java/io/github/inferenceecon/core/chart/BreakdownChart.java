/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A whole broken into parts and set against a limit, such as the memory of one device: weights,
 * KV cache, activations and reserve against its 80 GiB.
 *
 * <p>The model: a title, the unit of every value, the {@link Category}s in drawing order, the
 * limit and its label, and notes. The parts may sum to more than the limit (a load that does not
 * fit); {@link #total()} and {@link #isOverLimit()} say so.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBreakdownChart.class)
@JsonDeserialize(as = ImmutableBreakdownChart.class)
public abstract class BreakdownChart {

  BreakdownChart() {}

  /**
   * Obtains a builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link BreakdownChart}; every attribute but the notes is required. */
  public static final class Builder extends ImmutableBreakdownChart.Builder {
    Builder() {}
  }

  /**
   * Returns the chart's title.
   *
   * @return the title, not blank, not null
   */
  public abstract String title();

  /**
   * Returns the unit of every value, such as {@code GiB}.
   *
   * @return the unit, not blank, not null
   */
  public abstract String unit();

  /**
   * Returns the parts, in drawing order.
   *
   * @return the categories, at least one, not null
   */
  public abstract List<Category> categories();

  /**
   * Returns the limit the parts are set against, in the chart's unit.
   *
   * @return the limit, finite and positive
   */
  public abstract double limit();

  /**
   * Returns what the limit is, such as 'device memory'.
   *
   * @return the label, not blank, not null
   */
  public abstract String limitLabel();

  /**
   * Returns the notes: the assumptions behind the figures, in words.
   *
   * @return the notes, possibly empty, not null
   */
  public abstract List<String> notes();

  /**
   * Returns the sum of the parts, in the chart's unit.
   *
   * @return the total, finite and not negative
   */
  @JsonIgnore
  public double total() {
    double total = 0;
    for (Category c : categories()) {
      total += c.value();
    }
    return total;
  }

  /**
   * Checks if the parts sum to more than the limit.
   *
   * @return true if the total exceeds the limit
   */
  @JsonIgnore
  public boolean isOverLimit() {
    return total() > limit();
  }

  @Value.Check
  protected final void check() {
    ChartChecks.notBlank(title(), "Chart title");
    ChartChecks.notBlank(unit(), "Chart unit");
    ChartChecks.notBlank(limitLabel(), "Limit label");
    if (categories().isEmpty()) {
      throw new IllegalArgumentException("Breakdown must have a category: '" + title() + "'");
    }
    ChartChecks.finite(limit(), "Limit");
    if (limit() <= 0) {
      throw new IllegalArgumentException("Limit must be positive: " + limit());
    }
  }
}
