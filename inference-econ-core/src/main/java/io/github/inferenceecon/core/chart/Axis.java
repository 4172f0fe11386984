/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An axis of a chart: what it measures and in which unit, such as 'Concurrency (sequences)' or
 * 'Monthly cost (USD)'.
 *
 * <p>A {@linkplain Kind#NUMBER number} axis carries plain values in its unit; a
 * {@linkplain Kind#DATE date} axis carries days since 1970-01-01 (UTC), as
 * {@link java.time.LocalDate#toEpochDay()} gives them, and its unit is {@code date}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableAxis.class)
@JsonDeserialize(as = ImmutableAxis.class)
public abstract class Axis {

  /** What an axis's values are. */
  public enum Kind {
    /** Plain numbers in the axis's unit. */
    NUMBER,
    /** Days since 1970-01-01 (UTC). */
    DATE
  }

  Axis() {}

  /**
   * Obtains a number axis.
   *
   * @param label what the axis measures, not blank, not null
   * @param unit the unit of its values, not blank, not null
   * @return the axis, not null
   * @throws IllegalArgumentException if the label or the unit is blank
   */
  public static Axis of(String label, String unit) {
    return ImmutableAxis.of(label, unit, Kind.NUMBER);
  }

  /**
   * Obtains a date axis, whose values are days since 1970-01-01 (UTC).
   *
   * @param label what the axis measures, not blank, not null
   * @return the axis, not null
   * @throws IllegalArgumentException if the label is blank
   */
  public static Axis ofDates(String label) {
    return ImmutableAxis.of(label, "date", Kind.DATE);
  }

  /**
   * Returns what the axis measures.
   *
   * @return the label, not blank, not null
   */
  @Value.Parameter(order = 0)
  public abstract String label();

  /**
   * Returns the unit of the axis's values, {@code date} for a date axis.
   *
   * @return the unit, not blank, not null
   */
  @Value.Parameter(order = 1)
  public abstract String unit();

  /**
   * Returns what the axis's values are.
   *
   * @return the kind, not null
   */
  @Value.Parameter(order = 2)
  public abstract Kind kind();

  /**
   * Checks if the axis's values are dates (days since 1970-01-01).
   *
   * @return true for a date axis
   */
  @JsonIgnore
  public boolean isDate() {
    return kind() == Kind.DATE;
  }

  /**
   * Returns the axis as shown: the label and, for a number axis, the unit in parentheses.
   *
   * @return the title, not null
   */
  @JsonIgnore
  public String title() {
    return isDate() ? label() : label() + " (" + unit() + ")";
  }

  @Value.Check
  protected final void check() {
    Checks.notBlank(label(), "Axis label");
    Checks.notBlank(unit(), "Axis unit");
  }
}
