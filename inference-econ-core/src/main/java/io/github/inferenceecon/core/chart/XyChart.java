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
    return new Builder();
  }

  /** A builder of {@link XyChart}; title and both axes are required. */
  public static final class Builder extends ImmutableXyChart.Builder {
    Builder() {}
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
