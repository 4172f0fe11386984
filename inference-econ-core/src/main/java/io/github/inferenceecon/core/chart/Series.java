/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A named series of points and how they join, such as 'Self-hosted (reserved)': a staircase of
 * monthly cost against volume.
 *
 * <p>A {@link Style#LINE} joins the points in order with straight segments; a {@link Style#STEP}
 * holds each point's value until the next point's x (a staircase, such as prices in force from a
 * date or whole replicas); {@link Style#POINTS} leaves them unjoined. A series has at least one
 * point; lines and steps have their points in ascending x.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeries.class)
@JsonDeserialize(as = ImmutableSeries.class)
public abstract class Series {

  /** How a series's points are joined. */
  public enum Style {
    /** Straight segments between successive points. */
    LINE,
    /** Each value held until the next point's x, then a vertical jump. */
    STEP,
    /** Unjoined points. */
    POINTS
  }

  Series() {}

  /**
   * Obtains a series.
   *
   * @param name the series's name, as a legend shows it, not blank, not null
   * @param style how the points are joined, not null
   * @param points the points, at least one, in ascending x for lines and steps, not null
   * @return the series, not null
   * @throws IllegalArgumentException if the name is blank, there is no point, or a line's or
   *     step's points are not in ascending x
   */
  public static Series of(String name, Style style, List<ChartPoint> points) {
    return ImmutableSeries.of(name, style, points);
  }

  /**
   * Returns the series's name, as a legend shows it.
   *
   * @return the name, not blank, not null
   */
  @Value.Parameter(order = 0)
  public abstract String name();

  /**
   * Returns how the points are joined.
   *
   * @return the style, not null
   */
  @Value.Parameter(order = 1)
  public abstract Style style();

  /**
   * Returns the points, in ascending x for lines and steps.
   *
   * @return the points, at least one, not null
   */
  @Value.Parameter(order = 2)
  public abstract List<ChartPoint> points();

  @Value.Check
  protected final void check() {
    ChartChecks.notBlank(name(), "Series name");
    if (points().isEmpty()) {
      throw new IllegalArgumentException("Series must have a point: '" + name() + "'");
    }
    if (style() != Style.POINTS) {
      for (int i = 1; i < points().size(); i++) {
        if (points().get(i).x() < points().get(i - 1).x()) {
          throw new IllegalArgumentException("Points of a " + style().name().toLowerCase(Locale.ROOT) + " must be in ascending x: '" + name() + "' at point " + i
              + ", x " + points().get(i).x() + " after " + points().get(i - 1).x());
        }
      }
    }
  }
}
