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
    return new Builder();
  }

  /** Builds a {@link ProjectedYear}; every attribute is required. */
  public static final class Builder extends ImmutableProjectedYear.Builder {
    Builder() {}
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
