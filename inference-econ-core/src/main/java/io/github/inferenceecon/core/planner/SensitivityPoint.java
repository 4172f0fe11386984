/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The best choices of one re-plan in a {@link Sensitivity}, such as 'at utilisation 0.5 the
 * best is Llama-3.1-8B on 1 x h100 at USD 13148.74 per month'.
 *
 * <p>The model: the parameter varied and its value; the cheapest feasible choice overall, of
 * each kind, and how many choices were feasible.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSensitivityPoint.class)
@JsonDeserialize(as = ImmutableSensitivityPoint.class)
public abstract class SensitivityPoint {

  SensitivityPoint() {}

  static SensitivityPoint of(Sensitivity.Parameter parameter, BigDecimal value, Plan plan) {
    return ImmutableSensitivityPoint.builder().parameter(parameter).value(value)
        .best(plan.best()).bestSelfHosted(plan.bestSelfHosted()).bestApi(plan.bestApi())
        .feasible(plan.choices().size()).build();
  }

  /**
   * Returns the parameter varied.
   *
   * @return the parameter, not null
   */
  public abstract Sensitivity.Parameter parameter();

  /**
   * Returns the parameter's value: a utilisation, a cache-hit rate or a price factor.
   *
   * @return the value, not null
   */
  public abstract BigDecimal value();

  /**
   * Returns the cheapest feasible choice.
   *
   * @return the choice, or empty when none is feasible
   */
  public abstract Optional<Choice> best();

  /**
   * Returns the cheapest feasible self-hosted choice.
   *
   * @return the choice, or empty when none is feasible
   */
  public abstract Optional<Choice> bestSelfHosted();

  /**
   * Returns the cheapest feasible API choice.
   *
   * @return the choice, or empty when none is feasible
   */
  public abstract Optional<Choice> bestApi();

  /**
   * Returns the number of feasible choices.
   *
   * @return the count, not negative
   */
  public abstract int feasible();

  /**
   * Returns the monthly cost of the best choice.
   *
   * @return the cost, or empty when none is feasible
   */
  @JsonIgnore
  public Optional<Money> monthlyCost() {
    return best().map(Choice::monthlyCost);
  }

  /**
   * Returns the text form, such as {@code utilisation 0.5: USD 13148.74 per month, Llama-3.1-8B
   * on 1 x h100 (...)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return parameter().label() + " " + value().toPlainString() + ": " + best()
        .map(c -> Texts.money(c.monthlyCost()) + " per month, " + c.candidate())
        .orElse("no feasible choice");
  }

  @Value.Check
  protected final void check() {
    if (feasible() < 0) {
      throw new IllegalArgumentException("Feasible count must not be negative: " + feasible());
    }
  }
}
