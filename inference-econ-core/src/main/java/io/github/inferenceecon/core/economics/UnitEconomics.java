/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The unit economics of a provider that charges a price and pays a cost for the same unit of
 * work, such as 'revenue USD 1, cost USD 1.35: margin USD -0.35, 1.35 spent per unit of revenue'
 * (the figure reported for OpenAI's 2025 inference business).
 *
 * <p>The model: a label for the unit ({@code 1M output tokens}, {@code request}), the revenue
 * and cost of one unit in one currency, the utilisation at which that cost holds, and the
 * precision of each division. Derived:
 * <ul>
 *   <li>margin = revenue - cost (exact), gross margin = margin / revenue;</li>
 *   <li>cost per unit of revenue = cost / revenue;</li>
 *   <li>break-even utilisation: hardware cost per unit falls as 1/utilisation, so revenue covers
 *       cost from {@code utilisation x cost / revenue}; above 1, no utilisation breaks even at
 *       this price.</li>
 * </ul>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitEconomics.class)
@JsonDeserialize(as = ImmutableUnitEconomics.class)
@JsonIgnoreProperties(allowGetters = true, value = {
    "margin", "grossMargin", "costPerRevenue", "breakEvenUtilisation", "assumptions"})
public abstract class UnitEconomics {

  UnitEconomics() {}

  /**
   * Obtains the unit economics of a revenue and a cost for one unit of work, each division at
   * the library's default precision, {@link SelfHostedCost#DEFAULT_CONTEXT} (16 significant
   * digits, half-even), the one {@link BreakEven} uses by default.
   *
   * <pre>{@code
   * UnitEconomics.of("dollar of revenue", Money.of("USD", "1"), Money.of("USD", "1.35"), 0.6)
   *     .breakEvenUtilisation();  // 0.81
   * }</pre>
   *
   * @param unit what one unit is, such as {@code 1M output tokens}, not blank, not null
   * @param revenue the price charged for one unit, positive, not null
   * @param cost the cost of one unit at the utilisation, not negative, not null
   * @param utilisation the utilisation at which the cost holds, in (0, 1]
   * @return the unit economics, not null
   * @throws IllegalArgumentException if the revenue is not positive, the cost is negative, the
   *     utilisation is outside (0, 1] or the unit is blank
   * @throws CurrencyMismatchException if revenue and cost differ in currency
   */
  public static UnitEconomics of(String unit, Money revenue, Money cost, double utilisation) {
    return of(unit, revenue, cost, utilisation, SelfHostedCost.DEFAULT_CONTEXT);
  }

  /**
   * Obtains the unit economics of a revenue and a cost for one unit of work.
   *
   * @param unit what one unit is, such as {@code 1M output tokens}, not blank, not null
   * @param revenue the price charged for one unit, positive, not null
   * @param cost the cost of one unit at the utilisation, not negative, not null
   * @param utilisation the utilisation at which the cost holds, in (0, 1]
   * @param context the precision and rounding of each division, positive precision, not null
   * @return the unit economics, not null
   * @throws IllegalArgumentException if the revenue is not positive, the cost is negative, the
   *     utilisation is outside (0, 1], the unit is blank or the precision is zero
   * @throws CurrencyMismatchException if revenue and cost differ in currency
   */
  public static UnitEconomics of(String unit, Money revenue, Money cost, double utilisation,
      MathContext context) {
    Objects.requireNonNull(context, "context");
    Decimals.checkPrecision(context.getPrecision());
    return ImmutableUnitEconomics.builder().unit(unit).revenue(revenue).cost(cost)
        .utilisation(utilisation).precision(context.getPrecision())
        .rounding(context.getRoundingMode()).build();
  }

  /**
   * Obtains the unit economics of selling output tokens at a price while producing them at a
   * self-hosted cost; the unit is a million output tokens and the utilisation the setup's.
   *
   * @param price the price charged for output tokens, not null
   * @param cost the self-hosted cost, not null
   * @return the unit economics, at the cost's precision, not null
   * @throws IllegalArgumentException if the price is zero
   * @throws CurrencyMismatchException if price and cost differ in currency
   */
  public static UnitEconomics ofOutputTokens(TokenPrice price, SelfHostedCost cost) {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(cost, "cost");
    return of("1M output tokens", price.costOf(TokenCount.ofMillions(1), RoundingMode.HALF_EVEN),
        cost.costPerMillionOutput(), cost.setup().utilisation(), cost.mathContext());
  }

  /**
   * Obtains the unit economics of serving a request sold at an API price card and produced at a
   * self-hosted cost (input read from the cache needs no prefill); the unit is a request.
   *
   * @param card the price card the request is sold at, not null
   * @param request the request, fully priced at the card, not null
   * @param cost the self-hosted cost, not null
   * @return the unit economics, at the cost's precision, not null
   * @throws IllegalArgumentException if the request is not fully priced at the card or is free
   * @throws CurrencyMismatchException if card and cost differ in currency
   */
  public static UnitEconomics ofRequest(ApiPriceCard card, ApiUsage request,
      SelfHostedCost cost) {
    Objects.requireNonNull(cost, "cost");
    ApiCost api = ApiCost.of(card, request);
    if (!api.isFullyPriced()) {
      throw new IllegalArgumentException("Request must be fully priced at the card: unpriced "
          + api.unpricedComponents().get(0).name());
    }
    Money produced = cost.costOfTokens(request.computedInputTokens(), request.outputTokens());
    return of("request", api.total(), produced, cost.setup().utilisation(), cost.mathContext());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns what one unit is, such as {@code 1M output tokens}.
   *
   * @return the unit, not blank, not null
   */
  public abstract String unit();

  /**
   * Returns the price charged for one unit.
   *
   * @return the revenue, positive, not null
   */
  public abstract Money revenue();

  /**
   * Returns the cost of one unit at {@link #utilisation()}.
   *
   * @return the cost, not negative, not null
   */
  public abstract Money cost();

  /**
   * Returns the utilisation at which {@link #cost()} holds.
   *
   * @return the utilisation, in (0, 1]
   */
  public abstract double utilisation();

  /**
   * Returns the number of significant digits each division keeps.
   *
   * @return the precision, positive
   */
  public abstract int precision();

  /**
   * Returns the rounding of each division.
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
   * Returns the gross margin per unit: revenue minus cost, exactly.
   *
   * @return the margin, negative at a loss, not null
   */
  @Value.Derived
  public Money margin() {
    return revenue().minus(cost());
  }

  /**
   * Returns the gross margin as a fraction of revenue: margin / revenue.
   *
   * @return the gross margin, at most 1, negative at a loss, not null
   */
  @Value.Derived
  public BigDecimal grossMargin() {
    validate();
    return margin().amount().divide(revenue().amount(), mathContext());
  }

  /**
   * Returns the cost per unit of revenue: cost / revenue, such as 1.35.
   *
   * @return the cost per unit of revenue, not negative, not null
   */
  @Value.Derived
  public BigDecimal costPerRevenue() {
    validate();
    return cost().amount().divide(revenue().amount(), mathContext());
  }

  /**
   * Returns the utilisation at which revenue just covers cost: utilisation x cost / revenue.
   *
   * @return the break-even utilisation, not negative, not null; above 1 no utilisation breaks
   *     even
   */
  @Value.Derived
  public BigDecimal breakEvenUtilisation() {
    validate();
    return Decimals.of(utilisation()).multiply(cost().amount())
        .divide(revenue().amount(), mathContext());
  }

  /**
   * Checks if some utilisation in (0, 1] lets revenue cover cost.
   *
   * @return true if the break-even utilisation is at most 1
   */
  @JsonIgnore
  public boolean canBreakEven() {
    return breakEvenUtilisation().compareTo(BigDecimal.ONE) <= 0;
  }

  /**
   * Returns the cost of one unit at another utilisation: cost x utilisation / other, divided
   * once.
   *
   * @param otherUtilisation the utilisation, in (0, 1]
   * @return the cost at that utilisation, not negative, not null
   * @throws IllegalArgumentException if the utilisation is outside (0, 1]
   */
  public Money costAt(double otherUtilisation) {
    Checks.fractionPositive(otherUtilisation, "Utilisation");
    return Money.of(cost().currency(), cost().amount().multiply(Decimals.of(utilisation()))
        .divide(Decimals.of(otherUtilisation), mathContext()));
  }

  /**
   * Returns the explanation in words.
   *
   * @return the lines, not null
   */
  @Value.Derived
  public List<String> assumptions() {
    return List.of(
        "Per " + unit() + ": revenue " + revenue() + ", cost " + cost() + " at utilisation "
            + utilisation(),
        "Cost per unit of revenue " + SiFormat.plain(costPerRevenue()) + "; gross margin "
            + SiFormat.plain(grossMargin()),
        "Hardware cost per unit scales as 1/utilisation; break-even utilisation "
            + SiFormat.plain(breakEvenUtilisation())
            + (canBreakEven() ? "" : " (above 1: no utilisation breaks even at this price)"));
  }

  /**
   * Returns the text form, such as
   * {@code per request: revenue USD 1, cost USD 1.35, margin USD -0.35 (-0.35), 1.35 spent per
   * unit of revenue, break-even utilisation 0.81}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "per " + unit() + ": revenue " + revenue() + ", cost " + cost() + ", margin "
        + margin() + " (" + SiFormat.plain(grossMargin()) + "), "
        + SiFormat.plain(costPerRevenue()) + " spent per unit of revenue, break-even "
        + "utilisation " + SiFormat.plain(breakEvenUtilisation());
  }

  @Value.Check
  protected final void check() {
    validate();
  }

  private void validate() {
    Decimals.checkPrecision(precision());
    if (unit().isBlank()) {
      throw new IllegalArgumentException("Unit must not be blank: '" + unit() + "'");
    }
    Checks.fractionPositive(utilisation(), "Utilisation");
    if (!revenue().isSameCurrency(cost())) {
      throw new CurrencyMismatchException(revenue().currency(), cost().currency());
    }
    if (!revenue().isPositive()) {
      throw new IllegalArgumentException("Revenue must be positive: " + revenue());
    }
    if (cost().isNegative()) {
      throw new IllegalArgumentException("Cost must not be negative: " + cost());
    }
  }
}
