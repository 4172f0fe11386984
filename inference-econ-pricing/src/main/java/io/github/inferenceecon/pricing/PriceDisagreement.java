/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.CacheWritePrice;
import io.github.inferenceecon.core.billing.LongContextTier;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.money.TokenPrice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rate on which a model's primary and secondary cards disagree, such as 'openai gpt-4o-mini
 * cachedInput: USD 0.075 per 1M (primary, https://openai.com/api/pricing/) against USD 0.08 per
 * 1M (secondary, genai-prices 47df840a...)'.
 *
 * <p>The model: the provider and model ids, the field (such as {@code input},
 * {@code cacheWrite5m}, {@code longContext.threshold} or {@code batchDiscount}), the two
 * values as text, and the two cards, whose sources, dates and tiers say where each value
 * comes from.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePriceDisagreement.class)
@JsonDeserialize(as = ImmutablePriceDisagreement.class)
public abstract class PriceDisagreement {

  PriceDisagreement() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutablePriceDisagreement.builder();
  }

  /**
   * Builds a {@link PriceDisagreement}; every attribute is required.
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
    public abstract Builder from(PriceDisagreement instance);

    /**
     * Sets the provider id. Required (see {@link PriceDisagreement#provider() provider}).
     *
     * @param provider the provider, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code provider} is null
     */
    public abstract Builder provider(String provider);

    /**
     * Sets the model id. Required (see {@link PriceDisagreement#model() model}).
     *
     * @param model the model, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code model} is null
     */
    public abstract Builder model(String model);

    /**
     * Sets the field the cards disagree on, such as {@code input} or {@code cacheWrite1h}. Required
     * (see {@link PriceDisagreement#field() field}).
     *
     * @param field the field, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code field} is null
     */
    public abstract Builder field(String field);

    /**
     * Sets the primary card's value, such as {@code USD 3 per 1M}. Required (see
     * {@link PriceDisagreement#primaryValue() primaryValue}).
     *
     * @param primaryValue the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code primaryValue} is null
     */
    public abstract Builder primaryValue(String primaryValue);

    /**
     * Sets the secondary card's value. Required (see
     * {@link PriceDisagreement#secondaryValue() secondaryValue}).
     *
     * @param secondaryValue the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code secondaryValue} is null
     */
    public abstract Builder secondaryValue(String secondaryValue);

    /**
     * Sets the primary card. Required (see {@link PriceDisagreement#primary() primary}).
     *
     * @param primary the card, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code primary} is null
     */
    public abstract Builder primary(CatalogCard primary);

    /**
     * Sets the secondary card. Required (see {@link PriceDisagreement#secondary() secondary}).
     *
     * @param secondary the card, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code secondary} is null
     */
    public abstract Builder secondary(CatalogCard secondary);

    /**
     * Builds the {@link PriceDisagreement}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     */
    public abstract PriceDisagreement build();
  }

  /**
   * Returns the provider id.
   *
   * @return the provider, not null
   */
  public abstract String provider();

  /**
   * Returns the model id.
   *
   * @return the model, not null
   */
  public abstract String model();

  /**
   * Returns the field the cards disagree on, such as {@code input} or {@code cacheWrite1h}.
   *
   * @return the field, not null
   */
  public abstract String field();

  /**
   * Returns the primary card's value, such as {@code USD 3 per 1M}.
   *
   * @return the value, not null
   */
  public abstract String primaryValue();

  /**
   * Returns the secondary card's value.
   *
   * @return the value, not null
   */
  public abstract String secondaryValue();

  /**
   * Returns the primary card.
   *
   * @return the card, not null
   */
  public abstract CatalogCard primary();

  /**
   * Returns the secondary card.
   *
   * @return the card, not null
   */
  public abstract CatalogCard secondary();

  @Override
  public String toString() {
    return provider() + " " + model() + " " + field() + ": " + primaryValue() + " ("
        + primary().tier() + ", " + primary().source().orElse("no source") + ") against "
        + secondaryValue() + " (" + secondary().tier() + ", "
        + secondary().source().orElse("no source") + ")";
  }

  //-----------------------------------------------------------------------
  /** Adds the disagreements of two cards of a model to a list. */
  static void compare(CatalogModel model, CatalogCard primary, CatalogCard secondary,
      List<PriceDisagreement> out) {
    ApiPriceCard p = primary.priceCard();
    ApiPriceCard s = secondary.priceCard();
    Checker c = new Checker(model, primary, secondary, out);
    rates(c, "", p.rates(), s.rates());
    if (p.longContext().isPresent() && s.longContext().isPresent()) {
      LongContextTier pl = p.longContext().get();
      LongContextTier sl = s.longContext().get();
      c.check("longContext.threshold", Optional.of(pl.threshold()),
          Optional.of(sl.threshold()));
      rates(c, "longContext.", pl.rates(), sl.rates());
    }
    c.check("batchDiscount", p.batchDiscount().map(BigDecimal::toPlainString),
        s.batchDiscount().map(BigDecimal::toPlainString));
  }

  private static void rates(Checker c, String prefix, TokenRates p, TokenRates s) {
    c.check(prefix + "input", Optional.of(p.input()), Optional.of(s.input()));
    c.check(prefix + "output", Optional.of(p.output()), Optional.of(s.output()));
    c.check(prefix + "cachedInput", p.cachedInput(), s.cachedInput());
    c.check(prefix + "reasoning", p.reasoning(), s.reasoning());
    for (CacheWritePrice w : p.cacheWrites()) {
      c.check(prefix + "cacheWrite " + w.ttl(), Optional.of(w.price()), s.cacheWrite(w.ttl()));
    }
  }

  /** Compares values both cards give. */
  private static final class Checker {
    final CatalogModel model;
    final CatalogCard primary;
    final CatalogCard secondary;
    final List<PriceDisagreement> out;

    Checker(CatalogModel model, CatalogCard primary, CatalogCard secondary,
        List<PriceDisagreement> out) {
      this.model = model;
      this.primary = primary;
      this.secondary = secondary;
      this.out = out;
    }

    void check(String field, Optional<?> p, Optional<?> s) {
      if (p.isEmpty() || s.isEmpty() || same(p.get(), s.get())) {
        return;
      }
      out.add(builder().provider(model.provider()).model(model.id()).field(field)
          .primaryValue(text(p.get())).secondaryValue(text(s.get()))
          .primary(primary).secondary(secondary).build());
    }

    private static boolean same(Object a, Object b) {
      if (a instanceof TokenPrice && b instanceof TokenPrice) {
        TokenPrice x = ((TokenPrice) a).toPerMillion();
        TokenPrice y = ((TokenPrice) b).toPerMillion();
        return x.price().equals(y.price());
      }
      return Objects.equals(a, b);
    }

    private static String text(Object value) {
      if (value instanceof TokenPrice) {
        return ((TokenPrice) value).toPerMillion().price() + " per 1M";
      }
      return value.toString();
    }
  }
}
