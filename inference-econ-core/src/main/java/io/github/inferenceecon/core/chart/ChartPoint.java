/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A point of a series, such as '(8 sequences, 2,400 tokens/s)', optionally labelled with what it
 * stands for ('concurrency 8', a candidate's name).
 *
 * <p>Both coordinates are finite; their units are the chart's axes'.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChartPoint.class)
@JsonDeserialize(as = ImmutableChartPoint.class)
public abstract class ChartPoint {

  ChartPoint() {}

  /**
   * Obtains an unlabelled point.
   *
   * @param x the horizontal coordinate, finite
   * @param y the vertical coordinate, finite
   * @return the point, not null
   * @throws IllegalArgumentException if a coordinate is NaN or infinite
   */
  public static ChartPoint of(double x, double y) {
    return ImmutableChartPoint.builder().x(x).y(y).build();
  }

  /**
   * Obtains a labelled point.
   *
   * @param x the horizontal coordinate, finite
   * @param y the vertical coordinate, finite
   * @param label what the point stands for, not blank, not null
   * @return the point, not null
   * @throws IllegalArgumentException if a coordinate is NaN or infinite, or the label is blank
   */
  public static ChartPoint of(double x, double y, String label) {
    return ImmutableChartPoint.builder().x(x).y(y).label(label).build();
  }

  /**
   * Returns the horizontal coordinate, in the unit of the chart's x axis.
   *
   * @return the coordinate, finite
   */
  public abstract double x();

  /**
   * Returns the vertical coordinate, in the unit of the chart's y axis.
   *
   * @return the coordinate, finite
   */
  public abstract double y();

  /**
   * Returns what the point stands for.
   *
   * @return the label, or empty, not null
   */
  public abstract Optional<String> label();

  @Value.Check
  protected final void check() {
    ChartChecks.finite(x(), "Point x");
    ChartChecks.finite(y(), "Point y");
    label().ifPresent(l -> ChartChecks.notBlank(l, "Point label"));
  }
}
