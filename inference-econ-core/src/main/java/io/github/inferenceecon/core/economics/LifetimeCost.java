/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A model's one-time training cost against its cumulative inference spend, such as 'training
 * USD 100M; inference USD 10M in the first month, growing 10% a month: inference overtakes
 * training in month 8'.
 *
 * <p>The model: the training cost; the inference spend in the first month; the factor by which
 * monthly spend grows each month (1 for flat spend, 1.1 for +10% a month, below 1 for a decline);
 * and the precision of each multiplication. The crossover is searched over
 * {@value #MAX_HORIZON_MONTHS} months. Monthly spend in month
 * {@code n} (from 1) is {@code first x growth^(n-1)}, each month's figure rounded to the
 * precision from the previous one; cumulative spend is the exact sum of those figures. With flat
 * spend nothing is rounded.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifetimeCost.class)
@JsonDeserialize(as = ImmutableLifetimeCost.class)
@JsonIgnoreProperties(value = {"monthsToOvertake", "assumptions"}, allowGetters = true)
public abstract class LifetimeCost {

  /** The horizon searched for the month inference overtakes training: 100 years. */
  public static final int MAX_HORIZON_MONTHS = 1_200;

  LifetimeCost() {}

  /**
   * Obtains the lifetime cost of a model whose inference spend grows (or shrinks) by a factor
   * each month.
   *
   * @param trainingCost the one-time training cost, not negative, not null
   * @param firstMonthInference the inference spend in the first month, not negative, not null
   * @param monthlyGrowthFactor the factor by which monthly spend grows each month, positive,
   *     not null
   * @param context the precision and rounding of each multiplication, positive precision, not
   *     null
   * @return the lifetime cost, not null
   * @throws IllegalArgumentException if an amount is negative, the factor is not positive or
   *     the precision is zero
   * @throws CurrencyMismatchException if the amounts differ in currency
   */
  public static LifetimeCost of(Money trainingCost, Money firstMonthInference,
      BigDecimal monthlyGrowthFactor, MathContext context) {
    Objects.requireNonNull(context, "context");
    Decimals.checkPrecision(context.getPrecision());
    return ImmutableLifetimeCost.builder().trainingCost(trainingCost)
        .firstMonthInference(firstMonthInference).monthlyGrowthFactor(monthlyGrowthFactor)
        .precision(context.getPrecision())
        .rounding(context.getRoundingMode()).build();
  }

  /**
   * Obtains the lifetime cost of a model whose inference spend is the same every month; nothing
   * is rounded.
   *
   * @param trainingCost the one-time training cost, not negative, not null
   * @param monthlyInference the inference spend per month, not negative, not null
   * @return the lifetime cost, not null
   * @throws IllegalArgumentException if an amount is negative
   * @throws CurrencyMismatchException if the amounts differ in currency
   */
  public static LifetimeCost ofFlat(Money trainingCost, Money monthlyInference) {
    return of(trainingCost, monthlyInference, BigDecimal.ONE,
        SelfHostedCost.DEFAULT_CONTEXT);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the one-time training cost.
   *
   * @return the cost, not negative, not null
   */
  public abstract Money trainingCost();

  /**
   * Returns the inference spend in the first month.
   *
   * @return the spend, not negative, not null
   */
  public abstract Money firstMonthInference();

  /**
   * Returns the factor by which monthly inference spend grows each month.
   *
   * @return the factor, positive, not null
   */
  public abstract BigDecimal monthlyGrowthFactor();

  /**
   * Returns the number of significant digits each multiplication keeps.
   *
   * @return the precision, positive
   */
  public abstract int precision();

  /**
   * Returns the rounding of each multiplication.
   *
   * @return the rounding mode, not null
   */
  public abstract RoundingMode rounding();

  /**
   * Returns the precision and rounding as a {@link MathContext}.
   *
   * @return the context, not null
   */
  @JsonIgnore
  public MathContext mathContext() {
    return Decimals.context(precision(), rounding());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the first month at whose end cumulative inference spend has reached the training
   * cost; 0 when training cost nothing.
   *
   * @return the month, or empty when inference does not overtake training within the horizon
   */
  @Value.Derived
  public OptionalInt monthsToOvertake() {
    validate();
    Money training = trainingCost();
    if (!training.isPositive()) {
      return OptionalInt.of(0);
    }
    Money cumulative = Money.zero(training.currency());
    Money month = firstMonthInference();
    for (int n = 1; n <= MAX_HORIZON_MONTHS; n++) {
      cumulative = cumulative.plus(month);
      if (cumulative.compareTo(training) >= 0) {
        return OptionalInt.of(n);
      }
      month = next(month);
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the inference spend in one month.
   *
   * @param month the month, from 1
   * @return the spend, not negative, not null
   * @throws IllegalArgumentException if the month is not positive
   */
  public Money inferenceInMonth(int month) {
    Checks.positive(month, "Month");
    Money m = firstMonthInference();
    for (int n = 1; n < month; n++) {
      m = next(m);
    }
    return m;
  }

  /**
   * Returns the cumulative inference spend at the end of a month.
   *
   * @param months the number of months, not negative
   * @return the cumulative spend, not negative, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public Money cumulativeInferenceAfter(int months) {
    Checks.notNegative(months, "Month count");
    Money cumulative = Money.zero(trainingCost().currency());
    Money month = firstMonthInference();
    for (int n = 1; n <= months; n++) {
      cumulative = cumulative.plus(month);
      month = next(month);
    }
    return cumulative;
  }

  /**
   * Returns training plus cumulative inference spend at the end of a month.
   *
   * @param months the number of months, not negative
   * @return the total, not negative, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public Money totalCostAfter(int months) {
    return trainingCost().plus(cumulativeInferenceAfter(months));
  }

  /**
   * Returns inference's share of the total spend at the end of a month.
   *
   * @param months the number of months, not negative
   * @return the share in [0, 1], not null
   * @throws IllegalArgumentException if the number is negative
   * @throws ArithmeticException if the total is zero
   */
  public BigDecimal inferenceShareAfter(int months) {
    Money inference = cumulativeInferenceAfter(months);
    Money total = trainingCost().plus(inference);
    if (total.isZero()) {
      throw new ArithmeticException("Cannot divide by zero: nothing spent after " + months
          + " months");
    }
    return inference.amount().divide(total.amount(), mathContext());
  }

  private Money next(Money month) {
    if (monthlyGrowthFactor().compareTo(BigDecimal.ONE) == 0) {
      return month;
    }
    return Money.of(month.currency(), month.amount().multiply(monthlyGrowthFactor(),
        mathContext()));
  }

  /**
   * Returns the explanation in words.
   *
   * @return the lines, not null
   */
  @Value.Derived
  public List<String> assumptions() {
    return List.of(
        "Training once: " + trainingCost(),
        "Inference: " + firstMonthInference() + " in month 1, x "
            + SiFormat.plain(monthlyGrowthFactor()) + " each month",
        monthsToOvertake().isPresent()
            ? "Cumulative inference reaches training cost in month "
                + monthsToOvertake().getAsInt()
            : "Inference does not overtake training within " + MAX_HORIZON_MONTHS + " months");
  }

  /**
   * Returns the text form: the figures and the month inference overtakes training.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Lifetime: " + String.join("; ", assumptions());
  }

  @Value.Check
  protected final void check() {
    validate();
  }

  private void validate() {
    Decimals.checkPrecision(precision());
    if (!trainingCost().isSameCurrency(firstMonthInference())) {
      throw new CurrencyMismatchException(trainingCost().currency(),
          firstMonthInference().currency());
    }
    if (trainingCost().isNegative()) {
      throw new IllegalArgumentException("Training cost must not be negative: " + trainingCost());
    }
    if (firstMonthInference().isNegative()) {
      throw new IllegalArgumentException("Inference spend must not be negative: "
          + firstMonthInference());
    }
    if (monthlyGrowthFactor().signum() <= 0) {
      throw new IllegalArgumentException("Monthly growth factor must be positive: "
          + monthlyGrowthFactor().toPlainString());
    }
  }
}
