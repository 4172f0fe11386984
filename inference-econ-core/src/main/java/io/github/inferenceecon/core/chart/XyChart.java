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
 * A chart of series against two axes, such as monthly cost against requests per month for
 * self-hosting and each API, with the break-even volumes marked.
 *
 * <p>The model: a title, the x and y {@link Axis}, the {@link Series} (none when nothing could be
 * drawn, such as a plan with no feasible self-hosted choice), {@link Marker}s, what was left off
 * with the reason ({@link Omission}) and notes (the assumptions behind the figures).
 *
 * <pre>{@code
 * XyChart chart = Charts.breakEven(List.of(breakEven), new BigDecimal("2e7"));
 * chart.series();     // self-hosted staircase, then one line per API
 * chart.markers();    // the break-even volumes
 * }</pre>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableXyChart.class)
@JsonDeserialize(as = ImmutableXyChart.class)
public abstract class XyChart {

  XyChart() {}

  /**
   * Obtains a builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableXyChart.builder();
  }

  /**
   * Builds an {@link XyChart}; title and both axes are required.
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
    public abstract Builder from(XyChart instance);

    /**
     * Sets the chart's title. Required.
     *
     * @param title the title, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code title} is null
     */
    public abstract Builder title(String title);

    /**
     * Sets the horizontal axis. Required.
     *
     * @param xAxis the horizontal axis, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code xAxis} is null
     */
    public abstract Builder xAxis(Axis xAxis);

    /**
     * Sets the vertical axis. Required.
     *
     * @param yAxis the vertical axis, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code yAxis} is null
     */
    public abstract Builder yAxis(Axis yAxis);

    /**
     * Adds one of the series, in legend order.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addSeries(Series element);
    /**
     * Adds series, in legend order.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addSeries(Series... elements);
    /**
     * Replaces the series, in legend order set before with these.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder series(Iterable<? extends Series> elements);
    /**
     * Adds series, in legend order.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addAllSeries(Iterable<? extends Series> elements);

    /**
     * Adds one of the marked points.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addMarkers(Marker element);
    /**
     * Adds marked points.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addMarkers(Marker... elements);
    /**
     * Replaces the marked points set before with these.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder markers(Iterable<? extends Marker> elements);
    /**
     * Adds marked points.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addAllMarkers(Iterable<? extends Marker> elements);

    /**
     * Adds one of the omissions (what the chart leaves off, and why).
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addOmissions(Omission element);
    /**
     * Adds omissions (what the chart leaves off, and why).
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addOmissions(Omission... elements);
    /**
     * Replaces the omissions (what the chart leaves off, and why) set before with these.
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder omissions(Iterable<? extends Omission> elements);
    /**
     * Adds omissions (what the chart leaves off, and why).
     *
     * @param elements the elements, none null, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} is null
     */
    public abstract Builder addAllOmissions(Iterable<? extends Omission> elements);

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
     * Builds the {@link XyChart}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link XyChart}: a blank title
     */
    public abstract XyChart build();
  }

  /**
   * Returns the chart's title.
   *
   * @return the title, not blank, not null
   */
  public abstract String title();

  /**
   * Returns the horizontal axis.
   *
   * @return the axis, not null
   */
  public abstract Axis xAxis();

  /**
   * Returns the vertical axis.
   *
   * @return the axis, not null
   */
  public abstract Axis yAxis();

  /**
   * Returns the series, in legend order.
   *
   * @return the series, possibly empty, not null
   */
  public abstract List<Series> series();

  /**
   * Returns the marked points.
   *
   * @return the markers, possibly empty, not null
   */
  public abstract List<Marker> markers();

  /**
   * Returns what the chart leaves off, and why.
   *
   * @return the omissions, possibly empty, not null
   */
  public abstract List<Omission> omissions();

  /**
   * Returns the notes: the assumptions behind the figures, in words.
   *
   * @return the notes, possibly empty, not null
   */
  public abstract List<String> notes();

  /**
   * Checks if the chart has nothing to draw: no series.
   *
   * @return true if there is no series
   */
  @JsonIgnore
  public boolean isEmpty() {
    return series().isEmpty();
  }

  @Value.Check
  protected final void check() {
    ChartChecks.notBlank(title(), "Chart title");
  }
}
