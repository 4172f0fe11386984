/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.PriceNotKnownException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One model at one provider with its price history, such as 'deepseek-reasoner at DeepSeek:
 * 0.55 / 2.19 from 2025-01-20, 0.56 / 1.68 from 2025-09-05, 0.14 / 0.28 listed on 2026-04-26'.
 *
 * <p>The model: the provider id and the model id, the other names the model answers to
 * ({@link #aliases()}, such as dated snapshot ids), optional metadata (display name, open
 * weights, base model, context window, maximum output, note, recorded source conflicts) and the
 * price cards, oldest first. A model without cards is known but unpriced: the catalog names it,
 * and every price look-up for it throws {@link PriceNotKnownException}.
 *
 * <p><b>Which card was in force on a date.</b> The cards are in chronological order, and a
 * price stays in force until the catalog knows of a change. For each card:
 * <ul>
 *   <li>it is known in force <em>from</em> its effective date; a card whose provider published
 *       no effective date is known in force from its {@link CatalogCard#listedOn() listing
 *       date}, and never before it (an undated card whose listing date is not before its own
 *       end and every date of the later cards was read from an old copy of a page, so it is
 *       kept as history but is never in force on any known date);</li>
 *   <li>it is known in force <em>until</em> its effective end, or else the next card's
 *       effective date; when the next card has no effective date, the change happened on a day
 *       nobody published, and the card is known in force on its first day only; the last card
 *       stays in force with no end.</li>
 * </ul>
 * A date outside every card's known period has no known price: {@link #cardAsOf(LocalDate)}
 * then throws {@link PriceNotKnownException} saying why (before the first known price, after
 * the last one ended, or between a price and an unpublished change), rather than guess. Dates
 * are calendar days in UTC; a change at a time of day is recorded on its date.
 *
 * <p><b>Tiers.</b> The cards of each {@link SourceTier} form a history of their own, by the
 * rules above. A primary card wins: on a date, the primary card known in force is used, else
 * the secondary one known in force; under {@link DatePolicy#LENIENT}, a card is then assumed
 * where the dates leave room for it, primary first (see {@link #cardOn(LocalDate, DatePolicy)}).
 * When the last primary card has ended, the model is retired by its provider's own word: no
 * secondary card prices it after that end.
 *
 * <p>The check at construction rejects cards whose dates, within a tier, contradict their
 * order, overlap or repeat.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogModel.class)
@JsonDeserialize(as = ImmutableCatalogModel.class)
public abstract class CatalogModel {

  CatalogModel() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableCatalogModel.builder();
  }

  /**
   * Builds a {@link CatalogModel}; provider and id are required.
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
    public abstract Builder from(CatalogModel instance);

    /**
     * Sets the provider's id, such as {@code anthropic}. Required (see
     * {@link CatalogModel#provider() provider}).
     *
     * @param provider the provider id, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code provider} is null
     */
    public abstract Builder provider(String provider);

    /**
     * Sets the model's id at the provider, such as {@code claude-sonnet-4}. Required (see
     * {@link CatalogModel#id() id}).
     *
     * @param id the model id, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the model's display name, such as 'Claude Sonnet 4'. Optional: if not set,
     * {@link CatalogModel#name() name} is empty.
     *
     * @param name the name, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(String name);

    /**
     * Sets {@link CatalogModel#name() name} to the value of an {@code Optional}, or to empty when
     * it is empty.
     *
     * @param name the name, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(Optional<String> name);

    /**
     * Adds an element to {@link CatalogModel#aliases() aliases}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addAliases(String element);

    /**
     * Adds elements to {@link CatalogModel#aliases() aliases}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAliases(String... elements);

    /**
     * Sets the other names the model answers to, such as the dated snapshot id
     * {@code claude-sonnet-4-20250514}. Replaces any elements added before. Optional: if not set,
     * {@link CatalogModel#aliases() aliases} is empty.
     *
     * @param elements the aliases, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder aliases(Iterable<String> elements);

    /**
     * Adds elements to {@link CatalogModel#aliases() aliases}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllAliases(Iterable<String> elements);

    /**
     * Sets how the aliases were established, when they were not read verbatim. Optional: if not
     * set, {@link CatalogModel#aliasesNote() aliasesNote} is empty.
     *
     * @param aliasesNote the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code aliasesNote} is null
     */
    public abstract Builder aliasesNote(String aliasesNote);

    /**
     * Sets {@link CatalogModel#aliasesNote() aliasesNote} to the value of an {@code Optional}, or
     * to empty when it is empty.
     *
     * @param aliasesNote the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code aliasesNote} is null
     */
    public abstract Builder aliasesNote(Optional<String> aliasesNote);

    /**
     * Sets whether the model's weights are published. Optional: if not set,
     * {@link CatalogModel#openWeights() openWeights} is empty.
     *
     * @param openWeights true or false
     * @return this builder, not null
     */
    public abstract Builder openWeights(boolean openWeights);

    /**
     * Sets {@link CatalogModel#openWeights() openWeights} to the value of an {@code Optional}, or
     * to empty when it is empty.
     *
     * @param openWeights true or false, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code openWeights} is null
     */
    public abstract Builder openWeights(Optional<Boolean> openWeights);

    /**
     * Sets the Hugging Face repository of the weights the provider serves, such as
     * {@code meta-llama/Llama-3.3-70B-Instruct}. Optional: if not set,
     * {@link CatalogModel#baseModel() baseModel} is empty.
     *
     * @param baseModel the repository, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code baseModel} is null
     */
    public abstract Builder baseModel(String baseModel);

    /**
     * Sets {@link CatalogModel#baseModel() baseModel} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param baseModel the repository, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code baseModel} is null
     */
    public abstract Builder baseModel(Optional<String> baseModel);

    /**
     * Sets the context window, in tokens, as the provider states it. Optional: if not set,
     * {@link CatalogModel#contextWindow() contextWindow} is empty.
     *
     * @param contextWindow the context window, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code contextWindow} is null
     */
    public abstract Builder contextWindow(TokenCount contextWindow);

    /**
     * Sets {@link CatalogModel#contextWindow() contextWindow} to the value of an {@code Optional},
     * or to empty when it is empty.
     *
     * @param contextWindow the context window, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code contextWindow} is null
     */
    public abstract Builder contextWindow(Optional<? extends TokenCount> contextWindow);

    /**
     * Sets the most output tokens one request may produce, as the provider states it. Optional: if
     * not set, {@link CatalogModel#maxOutputTokens() maxOutputTokens} is empty.
     *
     * @param maxOutputTokens the maximum output, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code maxOutputTokens} is null
     */
    public abstract Builder maxOutputTokens(TokenCount maxOutputTokens);

    /**
     * Sets {@link CatalogModel#maxOutputTokens() maxOutputTokens} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param maxOutputTokens the maximum output, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code maxOutputTokens} is null
     */
    public abstract Builder maxOutputTokens(Optional<? extends TokenCount> maxOutputTokens);

    /**
     * Sets the note recorded with the model. Optional: if not set, {@link CatalogModel#note() note}
     * is empty.
     *
     * @param note the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(String note);

    /**
     * Sets {@link CatalogModel#note() note} to the value of an {@code Optional}, or to empty when
     * it is empty.
     *
     * @param note the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Adds an element to {@link CatalogModel#conflicts() conflicts}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addConflicts(String element);

    /**
     * Adds elements to {@link CatalogModel#conflicts() conflicts}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addConflicts(String... elements);

    /**
     * Sets the disagreements between official sources recorded for the model, each naming the
     * field, the sources and which one the cards follow. Replaces any elements added before.
     * Optional: if not set, {@link CatalogModel#conflicts() conflicts} is empty.
     *
     * @param elements the conflicts, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder conflicts(Iterable<String> elements);

    /**
     * Adds elements to {@link CatalogModel#conflicts() conflicts}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllConflicts(Iterable<String> elements);

    /**
     * Adds an element to {@link CatalogModel#cards() cards}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addCards(CatalogCard element);

    /**
     * Adds elements to {@link CatalogModel#cards() cards}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addCards(CatalogCard... elements);

    /**
     * Sets the price cards, oldest first. Replaces any elements added before. Optional: if not set,
     * {@link CatalogModel#cards() cards} is empty.
     *
     * @param elements the cards, possibly empty (unpriced), not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder cards(Iterable<? extends CatalogCard> elements);

    /**
     * Adds elements to {@link CatalogModel#cards() cards}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllCards(Iterable<? extends CatalogCard> elements);

    /**
     * Builds the {@link CatalogModel}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link CatalogModel} (the
     *     message names the field, the value and the rule)
     */
    public abstract CatalogModel build();
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
  public abstract String id();

  /**
   * Returns the model's display name, such as 'Claude Sonnet 4'.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the other names the model answers to, such as the dated snapshot id
   * {@code claude-sonnet-4-20250514}.
   *
   * @return the aliases, not null
   */
  public abstract List<String> aliases();

  /**
   * Returns how the aliases were established, when they were not read verbatim.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> aliasesNote();

  /**
   * Returns whether the model's weights are published.
   *
   * @return true or false, or empty when not established
   */
  public abstract Optional<Boolean> openWeights();

  /**
   * Returns the Hugging Face repository of the weights the provider serves, such as
   * {@code meta-llama/Llama-3.3-70B-Instruct}.
   *
   * @return the repository, or empty
   */
  public abstract Optional<String> baseModel();

  /**
   * Returns the context window, in tokens, as the provider states it.
   *
   * @return the context window, or empty when not stated exactly
   */
  public abstract Optional<TokenCount> contextWindow();

  /**
   * Returns the most output tokens one request may produce, as the provider states it.
   *
   * @return the maximum output, or empty when not stated exactly
   */
  public abstract Optional<TokenCount> maxOutputTokens();

  /**
   * Returns the note recorded with the model.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the disagreements between official sources recorded for the model, each naming the
   * field, the sources and which one the cards follow.
   *
   * @return the conflicts, not null
   */
  public abstract List<String> conflicts();

  /**
   * Returns the price cards, oldest first.
   *
   * @return the cards, possibly empty (unpriced), not null
   */
  public abstract List<CatalogCard> cards();

  //-----------------------------------------------------------------------
  /**
   * Checks if the model has at least one price card.
   *
   * @return true if priced
   */
  @JsonIgnore
  public final boolean isPriced() {
    return !cards().isEmpty();
  }

  /**
   * Checks if the model is known to have published weights.
   *
   * @return true only when the catalog says so
   */
  @JsonIgnore
  public final boolean hasOpenWeights() {
    return openWeights().orElse(false);
  }

  /**
   * Returns the cards of one tier, oldest first.
   *
   * @param tier the tier, not null
   * @return the cards, possibly empty, not null
   */
  public final List<CatalogCard> cards(SourceTier tier) {
    return history(tier).cards();
  }

  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  PriceHistory primaryHistory() {
    return PriceHistory.of(tierCards(SourceTier.PRIMARY));
  }

  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  PriceHistory secondaryHistory() {
    return PriceHistory.of(tierCards(SourceTier.SECONDARY));
  }

  private PriceHistory history(SourceTier tier) {
    Objects.requireNonNull(tier, "tier");
    return tier == SourceTier.PRIMARY ? primaryHistory() : secondaryHistory();
  }

  private List<CatalogCard> tierCards(SourceTier tier) {
    List<CatalogCard> out = new ArrayList<>();
    for (CatalogCard card : cards()) {
      if (card.tier() == tier) {
        out.add(card);
      }
    }
    return out;
  }

  /**
   * Returns the latest card: the latest primary card, or else the latest secondary one. It may
   * have ended (see {@link CatalogCard#effectiveUntil()}) or start in the future.
   *
   * @return the card, or empty when the model is unpriced
   */
  public final Optional<CatalogCard> latestCard() {
    List<CatalogCard> cards = primaryHistory().cards();
    if (cards.isEmpty()) {
      cards = secondaryHistory().cards();
    }
    return cards.isEmpty() ? Optional.empty() : Optional.of(cards.get(cards.size() - 1));
  }

  /**
   * Returns the latest card.
   *
   * @return the card, not null
   * @throws PriceNotKnownException if the model has no price card
   */
  public final CatalogCard currentCard() {
    return latestCard().orElseThrow(() -> new PriceNotKnownException(provider(), id(),
        "no price was sourced for it"));
  }

  /**
   * Finds the card known to have been in force on a date: the primary card, or else the
   * secondary one.
   *
   * @param date the date (UTC), not null
   * @return the card, or empty when no price is known for that date
   */
  public final Optional<CatalogCard> findCardAsOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<CatalogCard> card = primaryHistory().on(date);
    return card.isPresent() || hasPrimaryEnded(date) ? card : secondaryHistory().on(date);
  }

  /**
   * Checks if the provider's own figures say the model's price ended on or before a date (the
   * model retired): then no secondary figure prices it either.
   */
  private boolean hasPrimaryEnded(LocalDate date) {
    List<CatalogCard> primary = primaryHistory().cards();
    if (primary.isEmpty()) {
      return false;
    }
    Optional<LocalDate> end = primary.get(primary.size() - 1).effectiveUntil();
    return end.isPresent() && !date.isBefore(end.get());
  }

  /**
   * Returns the card known to have been in force on a date, refusing to assume one.
   *
   * @param date the date (UTC), not null
   * @return the card, not null
   * @throws PriceNotKnownException if the model has no card, or if no card is known to have been
   *     in force that day, with the reason
   */
  public final CatalogCard cardAsOf(LocalDate date) {
    return cardOn(date, DatePolicy.STRICT).card();
  }

  /**
   * Returns the card in force on a date: the primary card known in force, else the secondary
   * one; under {@link DatePolicy#LENIENT}, else a card assumed in force (primary first), marked
   * with the reason.
   *
   * @param date the date (UTC), not null
   * @param policy whether a card may be assumed, not null
   * @return the card and any assumption, not null
   * @throws PriceNotKnownException if the model has no card, or if no card is known (or, when
   *     lenient, can be assumed) to have been in force that day, with the reason
   */
  public final CardInForce cardOn(LocalDate date, DatePolicy policy) {
    Optional<CardInForce> found = findCardOn(date, policy);
    if (found.isPresent()) {
      return found.get();
    }
    if (cards().isEmpty()) {
      throw new PriceNotKnownException(provider(), id(), "no price was sourced for it");
    }
    PriceHistory why = primaryHistory().cards().isEmpty() ? secondaryHistory()
        : primaryHistory();
    String reason = why.whyNothingOn(date);
    if (hasPrimaryEnded(date) && why.start(why.cards().size() - 1) == null) {
      List<CatalogCard> primary = primaryHistory().cards();
      reason = "its price ended on " + primary.get(primary.size() - 1).effectiveUntil()
          .orElseThrow() + " (the provider retired it)";
    }
    throw new PriceNotKnownException(provider(), id(), date, reason);
  }

  /**
   * Finds the card in force on a date, as {@link #cardOn(LocalDate, DatePolicy)} chooses it.
   *
   * @param date the date (UTC), not null
   * @param policy whether a card may be assumed, not null
   * @return the card and any assumption, or empty when no card is in force
   */
  public final Optional<CardInForce> findCardOn(LocalDate date, DatePolicy policy) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(policy, "policy");
    Optional<CatalogCard> known = findCardAsOf(date);
    if (known.isPresent()) {
      return Optional.of(CardInForce.of(known.get()));
    }
    if (policy != DatePolicy.LENIENT || hasPrimaryEnded(date)) {
      return Optional.empty();
    }
    Optional<CardInForce> assumed = assumedOn(date, SourceTier.PRIMARY);
    return assumed.isPresent() ? assumed : assumedOn(date, SourceTier.SECONDARY);
  }

  /**
   * Finds the card of one tier in force on a date, known or (when lenient) assumed.
   *
   * @param date the date (UTC), not null
   * @param policy whether a card may be assumed, not null
   * @param tier the tier, not null
   * @return the card and any assumption, or empty when no card of the tier is in force
   */
  public final Optional<CardInForce> findCardOn(LocalDate date, DatePolicy policy,
      SourceTier tier) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(policy, "policy");
    Optional<CatalogCard> known = history(tier).on(date);
    if (known.isPresent()) {
      return Optional.of(CardInForce.of(known.get()));
    }
    return policy == DatePolicy.LENIENT ? assumedOn(date, tier) : Optional.empty();
  }

  private Optional<CardInForce> assumedOn(LocalDate date, SourceTier tier) {
    PriceHistory h = history(tier);
    PriceHistory.Assumed assumed = h.assumedOn(date);
    return assumed == null ? Optional.empty()
        : Optional.of(CardInForce.assumed(h.cards().get(assumed.index), assumed.reason));
  }

  /**
   * Returns every name the model answers to: its id, then its aliases.
   *
   * @return the names, not null
   */
  @JsonIgnore
  public final List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(id());
    names.addAll(aliases());
    return List.copyOf(names);
  }

  @Value.Check
  protected final void check() {
    if (provider().isBlank()) {
      throw new IllegalArgumentException("Model provider must not be blank: '" + provider()
          + "'");
    }
    for (String name : names()) {
      if (NameMatcher.normalise(name).isEmpty()) {
        throw new IllegalArgumentException("Model name must contain a letter or digit: '"
            + name + "'");
      }
    }
    // plain tests rather than ifPresent: every bundled model is checked at start-up, where a
    // lambda costs a class of its own
    if (contextWindow().isPresent()) {
      positive(contextWindow().get(), "Context window");
    }
    if (maxOutputTokens().isPresent()) {
      positive(maxOutputTokens().get(), "Maximum output");
    }
    for (CatalogCard card : cards()) {
      if (!card.priceCard().provider().equals(provider())
          || !card.priceCard().model().equals(id())) {
        throw new IllegalArgumentException("Price card must belong to its model " + provider()
            + " " + id() + ": " + card.priceCard().provider() + " "
            + card.priceCard().model());
      }
    }
    primaryHistory();
    secondaryHistory();
  }

  private static void positive(TokenCount count, String what) {
    if (count.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + count);
    }
  }
}
