/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.SiFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How the best choice of a plan and its cost move with utilisation, cache-hit rate and hardware
 * price, such as 'at utilisation 0.25 the best choice costs 4 x as much; above a 60% cache-hit
 * rate the 8B model on L40S beats the H100'.
 *
 * <p>The model: the base plan's best choice and one {@link SensitivityPoint} per value of a
 * {@link SensitivityGrid}, each a full re-plan with one parameter changed from the request:
 * the {@link PlanRequest#utilisation()}, the traffic's
 * {@link io.github.inferenceecon.core.workload.TrafficProfile#cacheHitRate()}, or every hardware
 * option's hourly price multiplied by a factor (API prices unchanged). Points come grouped by
 * parameter in that order, in the grid's order within each.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSensitivity.class)
@JsonDeserialize(as = ImmutableSensitivity.class)
public abstract class Sensitivity {

  /** A parameter a sensitivity varies. */
  public enum Parameter {
    /** {@link PlanRequest#utilisation()}. */
    UTILISATION("utilisation"),
    /** The traffic's cache-hit rate. */
    CACHE_HIT_RATE("cache-hit rate"),
    /** A factor on every hardware option's hourly price. */
    PRICE_FACTOR("price factor");

    private final String label;

    Parameter(String label) {
      this.label = label;
    }

    /**
     * Returns the parameter's name for people, such as {@code cache-hit rate}.
     *
     * @return the label, not null
     */
    public String label() {
      return label;
    }
  }

  Sensitivity() {}

  static Sensitivity of(Optional<Choice> baseBest, List<SensitivityPoint> points) {
    return ImmutableSensitivity.builder().baseBest(baseBest).points(points).build();
  }

  /**
   * Returns the best choice of the request as given.
   *
   * @return the choice, or empty when none is feasible
   */
  public abstract Optional<Choice> baseBest();

  /**
   * Returns the re-plans, grouped by parameter.
   *
   * @return the points, not null
   */
  public abstract List<SensitivityPoint> points();

  /**
   * Returns the points of one parameter, in the grid's order.
   *
   * @param parameter the parameter, not null
   * @return the points, not null
   */
  public List<SensitivityPoint> points(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    return points().stream().filter(p -> p.parameter() == parameter)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks if the best candidate at a point differs from the base plan's (including when only
   * one of them has a feasible choice).
   *
   * @param point the point, not null
   * @return true if the best choice moved
   */
  public boolean isBestChanged(SensitivityPoint point) {
    return !point.best().map(Choice::candidate).equals(baseBest().map(Choice::candidate));
  }

  /**
   * Returns the text form: a table of parameter, value, best monthly cost, change from the base
   * and the best candidate, with {@code *} where the best candidate moved.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Sensitivity of the best choice; base: ")
        .append(baseBest().map(Choice::toString).orElse("no feasible choice"));
    for (SensitivityPoint p : points()) {
      String change = "";
      if (p.best().isPresent() && baseBest().isPresent()
          && baseBest().get().monthlyCost().isPositive()) {
        BigDecimal ratio = p.best().get().monthlyCost().amount()
            .divide(baseBest().get().monthlyCost().amount(), MathContext.DECIMAL64)
            .subtract(BigDecimal.ONE).movePointRight(2);
        change = String.format(Locale.ROOT, "%+.1f%%", ratio.doubleValue());
      }
      b.append(String.format(Locale.ROOT, "%n  %-15s %-6s %14s %9s %s %s", p.parameter().label(),
          SiFormat.plain(p.value()),
          p.best().map(c -> Texts.money(c.monthlyCost())).orElse("-"), change,
          isBestChanged(p) ? "*" : " ",
          p.best().map(c -> c.candidate().toString()).orElse("no feasible choice")));
    }
    return b.toString();
  }
}
