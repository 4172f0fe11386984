/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The published API prices of one model at one provider, in force from a date, such as
 * 'Anthropic claude-sonnet-4 from 2025-05-22: input 3.00, output 15.00, cache read 0.30, cache
 * writes 3.75 (5 min) and 6.00 (1 h) USD per million tokens, batch 50% off'.
 *
 * <p>The model: provider and model ids; the base {@link TokenRates}; an optional batch-API
 * discount (a fraction off every rate, such as 0.5); an optional {@link LongContextTier}; named
 * service tiers ({@code priority}, {@code flex}) with their own rates; and the card's metadata:
 * the date it took effect, the date it stopped (if it did), its source URL and the
 * {@link SourceTier tier} of that source. All prices share one currency.
 *
 * <p><b>Batch and service tiers.</b> Batch usage is priced at the rates of the service tier
 * named {@value #BATCH} when the card has one (rates read from the provider, such as Gemini's,
 * whose cache reads are not discounted), otherwise at the base rates less
 * {@link #batchDiscount()}. Batch usage on a named service tier {@code T} is priced at the tier
 * named {@code T-batch}, such as {@code data-zone-batch}, when the card has one.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApiPriceCard.class)
@JsonDeserialize(as = ImmutableApiPriceCard.class)
public abstract class ApiPriceCard {

  ApiPriceCard() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableApiPriceCard.builder();
  }

  /** The name of the service tier that holds a card's batch rates. */
  public static final String BATCH = "batch";

  /**
   * Builds an {@link ApiPriceCard}; provider, model and base rates are required.
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
    public abstract Builder from(ApiPriceCard instance);

    /**
     * Sets the provider's id, such as {@code anthropic}. Required (see
     * {@link ApiPriceCard#provider() provider}).
     *
     * @param provider the provider id, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code provider} is null
     */
    public abstract Builder provider(String provider);

    /**
     * Sets the model's id at the provider, such as {@code claude-sonnet-4}. Required (see
     * {@link ApiPriceCard#model() model}).
     *
     * @param model the model id, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code model} is null
     */
    public abstract Builder model(String model);

    /**
     * Sets the base rates. Required (see {@link ApiPriceCard#rates() rates}).
     *
     * @param rates the rates, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code rates} is null
     */
    public abstract Builder rates(TokenRates rates);

    /**
     * Sets the batch-API discount, the fraction taken off every rate, such as 0.5. Optional: if not
     * set, {@link ApiPriceCard#batchDiscount() batchDiscount} is empty.
     *
     * @param batchDiscount the discount in [0, 1], not null
     * @return this builder, not null
     * @throws NullPointerException if {@code batchDiscount} is null
     */
    public abstract Builder batchDiscount(BigDecimal batchDiscount);

    /**
     * Sets {@link ApiPriceCard#batchDiscount() batchDiscount} to the value of an {@code Optional},
     * or to empty when it is empty.
     *
     * @param batchDiscount the discount in [0, 1], or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code batchDiscount} is null
     */
    public abstract Builder batchDiscount(Optional<? extends BigDecimal> batchDiscount);

    /**
     * Sets the long-context tier, if the card has one. Optional: if not set,
     * {@link ApiPriceCard#longContext() longContext} is empty.
     *
     * @param longContext the tier, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code longContext} is null
     */
    public abstract Builder longContext(LongContextTier longContext);

    /**
     * Sets {@link ApiPriceCard#longContext() longContext} to the value of an {@code Optional}, or
     * to empty when it is empty.
     *
     * @param longContext the tier, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code longContext} is null
     */
    public abstract Builder longContext(Optional<? extends LongContextTier> longContext);

    /**
     * Adds an entry to {@link ApiPriceCard#serviceTiers() serviceTiers}.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    public abstract Builder putServiceTiers(String key, TokenRates value);

    /**
     * Sets the service tiers other than the default, by name (such as {@code priority} or
     * {@code flex}), each with its own rates. Replaces any entries added before. Optional: if not
     * set, {@link ApiPriceCard#serviceTiers() serviceTiers} is empty.
     *
     * @param entries the tiers, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder serviceTiers(Map<String, ? extends TokenRates> entries);

    /**
     * Adds the entries of a map to {@link ApiPriceCard#serviceTiers() serviceTiers}, after those
     * already added.
     *
     * @param entries the entries, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder putAllServiceTiers(Map<String, ? extends TokenRates> entries);

    /**
     * Sets the date the prices took effect. Optional: if not set,
     * {@link ApiPriceCard#effectiveFrom() effectiveFrom} is empty.
     *
     * @param effectiveFrom the date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveFrom} is null
     */
    public abstract Builder effectiveFrom(LocalDate effectiveFrom);

    /**
     * Sets {@link ApiPriceCard#effectiveFrom() effectiveFrom} to the value of an {@code Optional},
     * or to empty when it is empty.
     *
     * @param effectiveFrom the date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveFrom} is null
     */
    public abstract Builder effectiveFrom(Optional<? extends LocalDate> effectiveFrom);

    /**
     * Sets the date the prices stopped applying (replaced or the model retired), exclusive.
     * Optional: if not set, {@link ApiPriceCard#effectiveUntil() effectiveUntil} is empty.
     *
     * @param effectiveUntil the date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveUntil} is null
     */
    public abstract Builder effectiveUntil(LocalDate effectiveUntil);

    /**
     * Sets {@link ApiPriceCard#effectiveUntil() effectiveUntil} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param effectiveUntil the date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code effectiveUntil} is null
     */
    public abstract Builder effectiveUntil(Optional<? extends LocalDate> effectiveUntil);

    /**
     * Sets the URL of the provider's page the prices were read from. Optional: if not set,
     * {@link ApiPriceCard#source() source} is empty.
     *
     * @param source the source, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(String source);

    /**
     * Sets {@link ApiPriceCard#source() source} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param source the source, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(Optional<String> source);

    /**
     * Sets the tier of the card's source: {@link SourceTier#PRIMARY} for the provider's own figures
     * (and for cards built in code, unless set), {@link SourceTier#SECONDARY} for a third party's.
     * Optional (see {@link ApiPriceCard#tier() tier}).
     *
     * @param tier the tier, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code tier} is null
     */
    public abstract Builder tier(SourceTier tier);

    /**
     * Builds the {@link ApiPriceCard}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link ApiPriceCard} (the
     *     message names the field, the value and the rule)
     */
    public abstract ApiPriceCard build();
  }

  /**
   * Returns the provider's id, such as {@code anthropic}.
   *
   * @return the provider id, not blank, not null
   */
  public abstract String provider();

  /**
   * Returns the model's id at the provider, such as {@code claude-sonnet-4}.
   *
   * @return the model id, not blank, not null
   */
  public abstract String model();

  /**
   * Returns the base rates.
   *
   * @return the rates, not null
   */
  public abstract TokenRates rates();

  /**
   * Returns the batch-API discount, the fraction taken off every rate, such as 0.5.
   *
   * @return the discount in [0, 1], or empty when there is no batch API price
   */
  public abstract Optional<BigDecimal> batchDiscount();

  /**
   * Returns the long-context tier, if the card has one.
   *
   * @return the tier, or empty
   */
  public abstract Optional<LongContextTier> longContext();

  /**
   * Returns the service tiers other than the default, by name (such as {@code priority} or
   * {@code flex}), each with its own rates.
   *
   * @return the tiers, not null
   */
  public abstract Map<String, TokenRates> serviceTiers();

  /**
   * Returns the date the prices took effect.
   *
   * @return the date, or empty when not established
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * Returns the date the prices stopped applying (replaced or the model retired), exclusive.
   *
   * @return the date, or empty while in force
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * Returns the URL of the provider's page the prices were read from.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the tier of the card's source: {@link SourceTier#PRIMARY} for the provider's own
   * figures (and for cards built in code, unless set), {@link SourceTier#SECONDARY} for a third
   * party's.
   *
   * @return the tier, not null
   */
  @Value.Default
  public SourceTier tier() {
    return SourceTier.PRIMARY;
  }

  /**
   * Returns the currency of every price on the card.
   *
   * @return the currency, not null
   */
  @JsonIgnore
  public Currency currency() {
    return rates().input().currency();
  }

  /**
   * Checks if the card is in force on a date: on or after {@link #effectiveFrom()} (if known)
   * and before {@link #effectiveUntil()} (if any).
   *
   * @param date the date, not null
   * @return true if in force
   */
  public boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return effectiveFrom().map(f -> !date.isBefore(f)).orElse(true)
        && effectiveUntil().map(u -> date.isBefore(u)).orElse(true);
  }

  @Value.Check
  protected final void check() {
    if (provider().isBlank()) {
      throw new IllegalArgumentException("Price card provider must not be blank: ''");
    }
    if (model().isBlank()) {
      throw new IllegalArgumentException("Price card model must not be blank: ''");
    }
    // plain tests rather than ifPresent and forEach: every bundled catalog entry is checked at
    // start-up, where each lambda costs a class of its own the first time it runs
    if (batchDiscount().isPresent()) {
      BigDecimal d = batchDiscount().get();
      if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("Batch discount must be in [0, 1]: "
            + d.toPlainString());
      }
    }
    Currency currency = currency();
    if (longContext().isPresent()) {
      sameCurrency(currency, longContext().get().rates());
    }
    for (TokenRates tier : serviceTiers().values()) {
      sameCurrency(currency, tier);
    }
    if (effectiveFrom().isPresent() && effectiveUntil().isPresent()
        && !effectiveUntil().get().isAfter(effectiveFrom().get())) {
      throw new IllegalArgumentException("Price card must end after it starts: "
          + effectiveFrom().get() + "/" + effectiveUntil().get());
    }
  }

  private static void sameCurrency(Currency currency, TokenRates rates) {
    if (!rates.input().currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, rates.input().currency());
    }
  }
}
