/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One year of a {@link SpendProjection}, such as 'year 1: 4000000 queries x 1000 tokens at
 * USD 0.25 per 1M = USD 1000'.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectedYear.class)
@JsonDeserialize(as = ImmutableProjectedYear.class)
public abstract class ProjectedYear {

  ProjectedYear() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableProjectedYear.builder();
  }

  /**
   * Builds a {@link ProjectedYear}; every attribute is required.
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
    public abstract Builder from(ProjectedYear instance);

    /**
     * Sets the year, 0 for the base year. Required (see {@link ProjectedYear#year() year}).
     *
     * @param year the year, not negative
     * @return this builder, not null
     */
    public abstract Builder year(int year);

    /**
     * Sets the unit price that year, per million tokens. Required (see
     * {@link ProjectedYear#pricePerMillion() pricePerMillion}).
     *
     * @param pricePerMillion the price, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pricePerMillion} is null
     */
    public abstract Builder pricePerMillion(Money pricePerMillion);

    /**
     * Sets the number of queries that year. Required (see {@link ProjectedYear#queries() queries}).
     *
     * @param queries the queries, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code queries} is null
     */
    public abstract Builder queries(BigDecimal queries);

    /**
     * Sets the tokens per query that year. Required (see
     * {@link ProjectedYear#tokensPerQuery() tokensPerQuery}).
     *
     * @param tokensPerQuery the tokens per query, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code tokensPerQuery} is null
     */
    public abstract Builder tokensPerQuery(BigDecimal tokensPerQuery);

    /**
     * Sets the tokens that year: queries x tokens per query. Required (see
     * {@link ProjectedYear#tokens() tokens}).
     *
     * @param tokens the tokens, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code tokens} is null
     */
    public abstract Builder tokens(BigDecimal tokens);

    /**
     * Sets the spend that year: tokens x price per million / 1,000,000. Required (see
     * {@link ProjectedYear#spend() spend}).
     *
     * @param spend the spend, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code spend} is null
     */
    public abstract Builder spend(Money spend);

    /**
     * Builds the {@link ProjectedYear}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     */
    public abstract ProjectedYear build();
  }

  /**
   * Returns the year, 0 for the base year.
   *
   * @return the year, not negative
   */
  public abstract int year();

  /**
   * Returns the unit price that year, per million tokens.
   *
   * @return the price, not negative, not null
   */
  public abstract Money pricePerMillion();

  /**
   * Returns the number of queries that year.
   *
   * @return the queries, not negative, not null
   */
  public abstract BigDecimal queries();

  /**
   * Returns the tokens per query that year.
   *
   * @return the tokens per query, not negative, not null
   */
  public abstract BigDecimal tokensPerQuery();

  /**
   * Returns the tokens that year: queries x tokens per query.
   *
   * @return the tokens, not negative, not null
   */
  public abstract BigDecimal tokens();

  /**
   * Returns the spend that year: tokens x price per million / 1,000,000.
   *
   * @return the spend, not negative, not null
   */
  public abstract Money spend();

  /**
   * Returns the text form, such as
   * {@code year 1: 4000000 queries x 1000 tokens at USD 0.25 per 1M = USD 1000}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "year " + year() + ": " + SiFormat.plain(queries()) + " queries x "
        + SiFormat.plain(tokensPerQuery()) + " tokens at " + pricePerMillion() + " per 1M = "
        + spend();
  }
}
