/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One part of a breakdown, such as 'KV cache: 21.5 GiB'.
 *
 * <p>The value is finite and not negative, in the unit of its chart.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableCategory.class)
@JsonDeserialize(as = ImmutableCategory.class)
public abstract class Category {

  Category() {}

  /**
   * Obtains a category.
   *
   * @param name the part's name, not blank, not null
   * @param value its size in the chart's unit, finite and not negative
   * @return the category, not null
   * @throws IllegalArgumentException if the name is blank or the value is negative or not finite
   */
  public static Category of(String name, double value) {
    return ImmutableCategory.of(name, value);
  }

  /**
   * Returns the part's name.
   *
   * @return the name, not blank, not null
   */
  @Value.Parameter(order = 0)
  public abstract String name();

  /**
   * Returns the part's size, in the unit of its chart.
   *
   * @return the value, finite and not negative
   */
  @Value.Parameter(order = 1)
  public abstract double value();

  @Value.Check
  protected final void check() {
    ChartChecks.notBlank(name(), "Category name");
    ChartChecks.finite(value(), "Category value '" + name() + "'");
    if (value() < 0) {
      throw new IllegalArgumentException("Category value must not be negative: '" + name()
          + "' " + value());
    }
  }
}
