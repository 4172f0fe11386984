/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A price card as a catalog records it: the {@link ApiPriceCard} and where and when its prices
 * were read, such as 'Anthropic claude-sonnet-4: 3.00 / 15.00 USD per million tokens, listed on
 * 2026-11-27 at https://platform.claude.com/docs/en/docs/about-claude/pricing'.
 *
 * <p>The model: the core price card (rates, batch discount, tiers, effective dates and source
 * URL) plus its provenance: the listing date, the date the source was read, the date the source
 * itself states, and a free-text note.
 *
 * <p><b>Dates.</b> {@link #effectiveFrom()} is the date the prices took effect, from the
 * provider's own announcement or changelog. Many providers publish no such date; the research
 * rules forbid inventing one, so such a card has no effective date and carries instead its
 * {@link #listedOn()} date: the date the listing itself states (a page date or an archive
 * capture) or, when it states none, the date the page was read. The listing date is a labelled
 * observation, not an effective date: the catalog vouches for such prices from that date on, and
 * never before it (see {@link CatalogModel} for how a date is matched to a card). Every card has
 * at least one of the two dates.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogCard.class)
@JsonDeserialize(as = ImmutableCatalogCard.class)
public abstract class CatalogCard {

  CatalogCard() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableCatalogCard.builder();
  }

  /**
   * Builds a {@link CatalogCard}; the price card is required, and a listing date unless the price
   * card has an effective date.
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
    public abstract Builder from(CatalogCard instance);

    /**
     * Sets the price card: rates, batch discount, tiers, effective dates and source URL. Required
     * (see {@link CatalogCard#priceCard() priceCard}).
     *
     * @param priceCard the price card, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code priceCard} is null
     */
    public abstract Builder priceCard(ApiPriceCard priceCard);

    /**
     * Sets the date of the listing the prices were read from, for a card whose effective date was
     * not published: the date the listing states, or else the date it was read. Optional: if not
     * set, {@link CatalogCard#listedOn() listedOn} is empty.
     *
     * @param listedOn the listing date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code listedOn} is null
     */
    public abstract Builder listedOn(LocalDate listedOn);

    /**
     * Sets {@link CatalogCard#listedOn() listedOn} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param listedOn the listing date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code listedOn} is null
     */
    public abstract Builder listedOn(Optional<? extends LocalDate> listedOn);

    /**
     * Sets the date the source page was read. Optional: if not set,
     * {@link CatalogCard#sourceRead() sourceRead} is empty.
     *
     * @param sourceRead the date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code sourceRead} is null
     */
    public abstract Builder sourceRead(LocalDate sourceRead);

    /**
     * Sets {@link CatalogCard#sourceRead() sourceRead} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param sourceRead the date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code sourceRead} is null
     */
    public abstract Builder sourceRead(Optional<? extends LocalDate> sourceRead);

    /**
     * Sets the date the source page itself states (a 'last updated' date, an announcement date or
     * an archive capture date). Optional: if not set, {@link CatalogCard#sourceDate() sourceDate}
     * is empty.
     *
     * @param sourceDate the date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code sourceDate} is null
     */
    public abstract Builder sourceDate(LocalDate sourceDate);

    /**
     * Sets {@link CatalogCard#sourceDate() sourceDate} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param sourceDate the date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code sourceDate} is null
     */
    public abstract Builder sourceDate(Optional<? extends LocalDate> sourceDate);

    /**
     * Sets the URL of the verbatim copy of the source the prices were read from, when the source
     * itself was read from a stored copy (such as a capture of a vendor page kept in a repository).
     * Optional: if not set, {@link CatalogCard#copy() copy} is empty.
     *
     * @param copy the URL, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code copy} is null
     */
    public abstract Builder copy(String copy);

    /**
     * Sets {@link CatalogCard#copy() copy} to the value of an {@code Optional}, or to empty when it
     * is empty.
     *
     * @param copy the URL, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code copy} is null
     */
    public abstract Builder copy(Optional<String> copy);

    /**
     * Sets the note recorded with the prices: what the source said, and how the catalog read it.
     * Optional: if not set, {@link CatalogCard#note() note} is empty.
     *
     * @param note the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(String note);

    /**
     * Sets {@link CatalogCard#note() note} to the value of an {@code Optional}, or to empty when it
     * is empty.
     *
     * @param note the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Builds the {@link CatalogCard}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link CatalogCard} (the
     *     message names the field, the value and the rule)
     */
    public abstract CatalogCard build();
  }

  /**
   * Obtains a card with an effective date and no other provenance.
   *
   * @param priceCard the price card, with an effective date, not null
   * @return the catalog card, not null
   * @throws IllegalArgumentException if the price card has no effective date
   */
  public static CatalogCard of(ApiPriceCard priceCard) {
    return builder().priceCard(priceCard).build();
  }

  /**
   * Returns the price card: rates, batch discount, tiers, effective dates and source URL.
   *
   * @return the price card, not null
   */
  public abstract ApiPriceCard priceCard();

  /**
   * Returns the date of the listing the prices were read from, for a card whose effective date
   * was not published: the date the listing states, or else the date it was read.
   *
   * <p>It is an observation, not an effective date: the prices were listed on that date.
   *
   * @return the listing date, or empty
   */
  public abstract Optional<LocalDate> listedOn();

  /**
   * Returns the date the source page was read.
   *
   * @return the date, or empty when not recorded
   */
  public abstract Optional<LocalDate> sourceRead();

  /**
   * Returns the date the source page itself states (a 'last updated' date, an announcement date
   * or an archive capture date).
   *
   * @return the date, or empty when the page states none
   */
  public abstract Optional<LocalDate> sourceDate();

  /**
   * Returns the URL of the verbatim copy of the source the prices were read from, when the
   * source itself was read from a stored copy (such as a capture of a vendor page kept in a
   * repository).
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> copy();

  /**
   * Returns the note recorded with the prices: what the source said, and how the catalog read it.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  //-----------------------------------------------------------------------
  /**
   * Returns the date the prices took effect, as the price card holds it.
   *
   * @return the date, or empty when the provider published none
   */
  @JsonIgnore
  public final Optional<LocalDate> effectiveFrom() {
    return priceCard().effectiveFrom();
  }

  /**
   * Returns the date the prices stopped applying (exclusive), as the price card holds it.
   *
   * @return the date, or empty while no end is known
   */
  @JsonIgnore
  public final Optional<LocalDate> effectiveUntil() {
    return priceCard().effectiveUntil();
  }

  /**
   * Returns the tier of the source, as the price card holds it.
   *
   * @return the tier, not null
   */
  @JsonIgnore
  public final SourceTier tier() {
    return priceCard().tier();
  }

  /**
   * Returns the URL of the provider's page the prices were read from.
   *
   * @return the URL, or empty
   */
  @JsonIgnore
  public final Optional<String> source() {
    return priceCard().source();
  }

  /**
   * Returns the date the catalog orders this card by: the effective date, or else the listing
   * date.
   *
   * @return the date, not null
   */
  @JsonIgnore
  public final LocalDate key() {
    return effectiveFrom().or(this::listedOn).orElseThrow();
  }

  @Value.Check
  protected final void check() {
    if (priceCard().effectiveFrom().isEmpty() && listedOn().isEmpty()) {
      throw new IllegalArgumentException("Price card must have an effective date or a listing "
          + "date: " + priceCard().provider() + " " + priceCard().model());
    }
  }
}
