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
    return ImmutableBreakdownChart.builder();
  }

  /**
   * Builds an {@link BreakdownChart}; every attribute but the notes is required.
   *
   * <p>Each setter replaces the value set before it; list setters named {@code add} add to it;
   * {@link #build()} checks them all. A builder is mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}
    /**
     * Sets every attribute to its value in an instance, to build a modified copy; list elements are added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(BreakdownChart instance);

    /**
     * Sets the chart's title. Required.
     *
     * @param title the title, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code title} is null
     */
    public abstract Builder title(String title);

    /**
     * Sets the unit of every value. Required.
     *
     * @param unit the unit of every value, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code unit} is null
     */
    public abstract Builder unit(String unit);

    /**
     * Sets the limit the parts are set against. Required.
     *
     * @param limit the limit in the chart's unit, finite and positive
     * @return this builder, not null
     */
    public abstract Builder limit(double limit);

    /**
     * Sets what the limit is. Required.
     *
     * @param limitLabel what the limit is, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code limitLabel} is null
     */
    public abstract Builder limitLabel(String limitLabel);

    /**
     * Adds one of the parts, in drawing order.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addCategories(Category element);
    /**
     * Adds parts, in drawing order.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addCategories(Category... elements);
    /**
     * Replaces the parts, in drawing order set before with these.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder categories(Iterable<? extends Category> elements);
    /**
     * Adds parts, in drawing order.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addAllCategories(Iterable<? extends Category> elements);

    /**
     * Adds one of the notes.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addNotes(String element);
    /**
     * Adds notes.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addNotes(String... elements);
    /**
     * Replaces the notes set before with these.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder notes(Iterable<String> elements);
    /**
     * Adds notes.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addAllNotes(Iterable<String> elements);

    /**
     * Builds the {@link BreakdownChart}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link BreakdownChart}: a blank title, unit or limit label, no category, or a limit that is not finite and positive
     */
    public abstract BreakdownChart build();
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
