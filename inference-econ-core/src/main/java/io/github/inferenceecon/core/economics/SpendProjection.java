/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Decimals;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A projection of total inference spend when unit prices fall by a factor each year while the
 * number of queries grows by a rate and the tokens per query by a factor, such as 'prices fall
 * 10x a year, queries grow 300% a year, reasoning models triple the tokens per query each year:
 * spend grows 1.2x a year'.
 *
 * <p>The model: the base year's price per million tokens, queries and tokens per query; the
 * yearly price fall factor {@code f} (10 means the price divides by 10 each year); the yearly
 * query growth rate {@code g} (3 means +300%, so queries multiply by 4); the yearly growth factor
 * of tokens per query {@code k} (1 by default; above 1 as reasoning models spend more tokens per
 * query); the number of years; and the precision of each step. Year {@code t} has price
 * {@code p0 / f^t}, queries {@code q0 x (1 + g)^t}, tokens per query {@code n0 x k^t} and spend
 * {@code queries x tokensPerQuery x price / 1,000,000}. Spend therefore changes by
 * {@code (1 + g) x k / f} a year: it rises as prices fall exactly when demand in tokens grows
 * faster than prices fall. With the article's figures alone (prices down 10x, queries up 300%)
 * the factor is 4 / 10 = 0.4 and spend falls; it takes more tokens per query (k above 2.5), or
 * faster query growth, for spend to rise.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpendProjection.class)
@JsonDeserialize(as = ImmutableSpendProjection.class)
@JsonIgnoreProperties(value = {"spendGrowthFactorPerYear", "projection"}, allowGetters = true)
public abstract class SpendProjection {

  /** The longest projection: 100 years. */
  public static final int MAX_YEARS = 100;

  SpendProjection() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableSpendProjection.builder();
  }

  /**
   * Builds a {@link SpendProjection}; the base figures, the price fall factor, the query growth
   * rate and the years are required.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(SpendProjection instance);

    /**
     * Sets the price per million tokens in the base year. Required (see
     * {@link SpendProjection#basePricePerMillion() basePricePerMillion}).
     *
     * @param basePricePerMillion the price, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code basePricePerMillion} is null
     */
    public abstract Builder basePricePerMillion(Money basePricePerMillion);

    /**
     * Sets the number of queries in the base year. Required (see
     * {@link SpendProjection#baseQueries() baseQueries}).
     *
     * @param baseQueries the queries, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code baseQueries} is null
     */
    public abstract Builder baseQueries(BigDecimal baseQueries);

    /**
     * Sets the tokens per query in the base year. Required (see
     * {@link SpendProjection#baseTokensPerQuery() baseTokensPerQuery}).
     *
     * @param baseTokensPerQuery the tokens per query, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code baseTokensPerQuery} is null
     */
    public abstract Builder baseTokensPerQuery(BigDecimal baseTokensPerQuery);

    /**
     * Sets the factor by which the unit price falls each year, such as 10. Required (see
     * {@link SpendProjection#priceFallFactorPerYear() priceFallFactorPerYear}).
     *
     * @param priceFallFactorPerYear the factor, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code priceFallFactorPerYear} is null
     */
    public abstract Builder priceFallFactorPerYear(BigDecimal priceFallFactorPerYear);

    /**
     * Sets the yearly growth rate of the number of queries, such as 3 for +300%. Required (see
     * {@link SpendProjection#queryGrowthRatePerYear() queryGrowthRatePerYear}).
     *
     * @param queryGrowthRatePerYear the rate, above -1, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code queryGrowthRatePerYear} is null
     */
    public abstract Builder queryGrowthRatePerYear(BigDecimal queryGrowthRatePerYear);

    /**
     * Sets the factor by which tokens per query grow each year; 1 by default. Optional (see
     * {@link SpendProjection#tokensPerQueryGrowthFactorPerYear() tokensPerQueryGrowthFactorPerYear}).
     *
     * @param tokensPerQueryGrowthFactorPerYear the factor, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code tokensPerQueryGrowthFactorPerYear} is null
     */
    public abstract Builder tokensPerQueryGrowthFactorPerYear(
        BigDecimal tokensPerQueryGrowthFactorPerYear);

    /**
     * Sets the number of years projected after the base year. Required (see
     * {@link SpendProjection#years() years}).
     *
     * @param years the years, in [0, {@value #MAX_YEARS}]
     * @return this builder, not null
     */
    public abstract Builder years(int years);

    /**
     * Sets the number of significant digits each step keeps; 16 by default, as
     * {@link SelfHostedCost#DEFAULT_CONTEXT}. Optional (see
     * {@link SpendProjection#precision() precision}).
     *
     * @param precision the precision, positive
     * @return this builder, not null
     */
    public abstract Builder precision(int precision);

    /**
     * Sets the rounding of each step; half-even by default. Optional (see
     * {@link SpendProjection#rounding() rounding}).
     *
     * @param rounding the rounding mode, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code rounding} is null
     */
    public abstract Builder rounding(RoundingMode rounding);

    /**
     * Builds the {@link SpendProjection}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link SpendProjection} (the
     *     message names the field, the value and the rule)
     */
    public abstract SpendProjection build();

    /**
     * Sets the precision and rounding of each step.
     *
     * @param context the context, positive precision, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code context} is null
     */
    public Builder mathContext(MathContext context) {
      Objects.requireNonNull(context, "context");
      precision(context.getPrecision());
      rounding(context.getRoundingMode());
      return this;
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the price per million tokens in the base year.
   *
   * @return the price, not negative, not null
   */
  public abstract Money basePricePerMillion();

  /**
   * Returns the number of queries in the base year.
   *
   * @return the queries, not negative, not null
   */
  public abstract BigDecimal baseQueries();

  /**
   * Returns the tokens per query in the base year.
   *
   * @return the tokens per query, not negative, not null
   */
  public abstract BigDecimal baseTokensPerQuery();

  /**
   * Returns the factor by which the unit price falls each year, such as 10.
   *
   * @return the factor, positive, not null
   */
  public abstract BigDecimal priceFallFactorPerYear();

  /**
   * Returns the yearly growth rate of the number of queries, such as 3 for +300%.
   *
   * @return the rate, above -1, not null
   */
  public abstract BigDecimal queryGrowthRatePerYear();

  /**
   * Returns the factor by which tokens per query grow each year; 1 by default.
   *
   * @return the factor, positive, not null
   */
  @Value.Default
  public BigDecimal tokensPerQueryGrowthFactorPerYear() {
    return BigDecimal.ONE;
  }

  /**
   * Returns the number of years projected after the base year.
   *
   * @return the years, in [0, {@value #MAX_YEARS}]
   */
  public abstract int years();

  /**
   * Returns the number of significant digits each step keeps; 16 by default, as
   * {@link SelfHostedCost#DEFAULT_CONTEXT}.
   *
   * @return the precision, positive
   */
  @Value.Default
  public int precision() {
    return SelfHostedCost.DEFAULT_CONTEXT.getPrecision();
  }

  /**
   * Returns the rounding of each step; half-even by default.
   *
   * @return the rounding mode, not null
   */
  @Value.Default
  public RoundingMode rounding() {
    return SelfHostedCost.DEFAULT_CONTEXT.getRoundingMode();
  }

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
   * Returns the factor by which spend changes each year: {@code (1 + g) x k / f}.
   *
   * @return the factor, positive, not null
   */
  @Value.Derived
  public BigDecimal spendGrowthFactorPerYear() {
    validate();
    return BigDecimal.ONE.add(queryGrowthRatePerYear())
        .multiply(tokensPerQueryGrowthFactorPerYear())
        .divide(priceFallFactorPerYear(), mathContext());
  }

  /**
   * Checks if total spend rises from year to year although prices fall.
   *
   * @return true if the yearly spend factor is above 1
   */
  @JsonIgnore
  public boolean isSpendRising() {
    return spendGrowthFactorPerYear().compareTo(BigDecimal.ONE) > 0;
  }

  /**
   * Returns the projection, one entry per year from the base year 0.
   *
   * @return the years, {@link #years()} + 1 of them, not null
   */
  @Value.Derived
  public List<ProjectedYear> projection() {
    validate();
    MathContext mc = mathContext();
    BigDecimal demand = BigDecimal.ONE.add(queryGrowthRatePerYear());
    List<ProjectedYear> out = new ArrayList<>();
    for (int t = 0; t <= years(); t++) {
      BigDecimal price = basePricePerMillion().amount()
          .divide(priceFallFactorPerYear().pow(t), mc);
      BigDecimal queries = baseQueries().multiply(demand.pow(t)).round(mc);
      BigDecimal perQuery = baseTokensPerQuery()
          .multiply(tokensPerQueryGrowthFactorPerYear().pow(t)).round(mc);
      BigDecimal tokens = queries.multiply(perQuery, mc);
      BigDecimal spend = tokens.multiply(price).divide(Decimals.MILLION, mc);
      out.add(ProjectedYear.builder().year(t)
          .pricePerMillion(Money.of(basePricePerMillion().currency(), price))
          .queries(queries).tokensPerQuery(perQuery).tokens(tokens)
          .spend(Money.of(basePricePerMillion().currency(), spend)).build());
    }
    return List.copyOf(out);
  }

  /**
   * Returns the total spend over all projected years, base year included.
   *
   * @return the total, not negative, not null
   */
  @JsonIgnore
  public Money totalSpend() {
    List<Money> spends = new ArrayList<>();
    projection().forEach(y -> spends.add(y.spend()));
    return Money.total(basePricePerMillion().currency(), spends);
  }

  /**
   * Returns the text form: the yearly factor and one line per year.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Spend projection: prices / ")
        .append(SiFormat.plain(priceFallFactorPerYear())).append(" a year, queries x ")
        .append(SiFormat.plain(BigDecimal.ONE.add(queryGrowthRatePerYear())))
        .append(", tokens per query x ").append(SiFormat.plain(tokensPerQueryGrowthFactorPerYear()))
        .append(": spend x ").append(SiFormat.plain(spendGrowthFactorPerYear()))
        .append(" a year (").append(isSpendRising() ? "rising" : "not rising").append(')');
    for (ProjectedYear y : projection()) {
      b.append("\n  ").append(y);
    }
    return b.toString();
  }

  @Value.Check
  protected final void check() {
    validate();
  }

  private void validate() {
    Decimals.checkPrecision(precision());
    if (basePricePerMillion().isNegative()) {
      throw new IllegalArgumentException("Base price must not be negative: "
          + basePricePerMillion());
    }
    if (baseQueries().signum() < 0) {
      throw new IllegalArgumentException("Base queries must not be negative: "
          + baseQueries().toPlainString());
    }
    if (baseTokensPerQuery().signum() < 0) {
      throw new IllegalArgumentException("Base tokens per query must not be negative: "
          + baseTokensPerQuery().toPlainString());
    }
    if (priceFallFactorPerYear().signum() <= 0) {
      throw new IllegalArgumentException("Price fall factor must be positive: "
          + priceFallFactorPerYear().toPlainString());
    }
    if (queryGrowthRatePerYear().compareTo(BigDecimal.ONE.negate()) <= 0) {
      throw new IllegalArgumentException("Query growth rate must be above -1: "
          + queryGrowthRatePerYear().toPlainString());
    }
    if (tokensPerQueryGrowthFactorPerYear().signum() <= 0) {
      throw new IllegalArgumentException("Tokens-per-query growth factor must be positive: "
          + tokensPerQueryGrowthFactorPerYear().toPlainString());
    }
    if (years() < 0 || years() > MAX_YEARS) {
      throw new IllegalArgumentException("Years must be in [0, " + MAX_YEARS + "]: " + years());
    }
  }
}
