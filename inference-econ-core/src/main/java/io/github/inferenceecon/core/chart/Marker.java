/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A point of a chart marked with what happens there, such as 'Break-even with groq
 * llama-3.3-70b-versatile' at 12.4 million requests per month.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableMarker.class)
@JsonDeserialize(as = ImmutableMarker.class)
public abstract class Marker {

  Marker() {}

  /**
   * Obtains a marker.
   *
   * @param label what happens at the point, not blank, not null
   * @param x the horizontal coordinate, in the x axis's unit, finite
   * @param y the vertical coordinate, in the y axis's unit, finite
   * @return the marker, not null
   * @throws IllegalArgumentException if the label is blank or a coordinate is not finite
   */
  public static Marker of(String label, double x, double y) {
    return ImmutableMarker.of(label, x, y);
  }

  /**
   * Returns what happens at the point.
   *
   * @return the label, not blank, not null
   */
  @Value.Parameter(order = 0)
  public abstract String label();

  /**
   * Returns the horizontal coordinate, in the x axis's unit.
   *
   * @return the coordinate, finite
   */
  @Value.Parameter(order = 1)
  public abstract double x();

  /**
   * Returns the vertical coordinate, in the y axis's unit.
   *
   * @return the coordinate, finite
   */
  @Value.Parameter(order = 2)
  public abstract double y();

  @Value.Check
  protected final void check() {
    ChartChecks.notBlank(label(), "Marker label");
    ChartChecks.finite(x(), "Marker x");
    ChartChecks.finite(y(), "Marker y");
  }
}
