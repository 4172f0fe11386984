/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.ApiPriceCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dates on which each card of a model's history is known to have been in force, as
 * {@link CatalogModel} describes them.
 *
 * <p>For card {@code i} of a history in chronological order:
 * <ul>
 *   <li>its known start is its effective date; or, for an undated card, its listing date, if
 *       that date is before the card's own end and before every date of the later cards
 *       (otherwise the listing was read from an old copy and proves nothing about when);</li>
 *   <li>its known end (exclusive) is its effective end; or the next card's effective date; or,
 *       when the next card is undated (the change happened on a day nobody published), the day
 *       after its known start; the last card has no end.</li>
 * </ul>
 *
 * <p>Not part of the public API. Instances are immutable and thread-safe.
 */
final class PriceHistory {

  private final List<CatalogCard> cards;
  private final List<@Nullable LocalDate> starts;
  private final List<@Nullable LocalDate> ends;

  private PriceHistory(List<CatalogCard> cards) {
    this.cards = cards;
    this.starts = new ArrayList<>(cards.size());
    this.ends = new ArrayList<>(cards.size());
    for (int i = 0; i < cards.size(); i++) {
      starts.add(knownStart(i));
    }
    for (int i = 0; i < cards.size(); i++) {
      ends.add(knownEnd(i));
    }
  }

  /**
   * Obtains the history of a list of cards in chronological order, checking that their dates
   * agree with that order.
   *
   * @param cards the cards, oldest first, not null
   * @return the history, not null
   * @throws IllegalArgumentException if the dates contradict the order or overlap
   */
  static PriceHistory of(List<CatalogCard> cards) {
    PriceHistory history = new PriceHistory(List.copyOf(cards));
    history.check();
    return history;
  }

  private @Nullable LocalDate knownStart(int i) {
    CatalogCard card = cards.get(i);
    if (card.effectiveFrom().isPresent()) {
      return card.effectiveFrom().get();
    }
    LocalDate listed = card.listedOn().orElseThrow();
    if (card.effectiveUntil().isPresent() && !listed.isBefore(card.effectiveUntil().get())) {
      return null;
    }
    for (int j = i + 1; j < cards.size(); j++) {
      CatalogCard later = cards.get(j);
      if (!before(listed, later.effectiveFrom()) || !before(listed, later.listedOn())
          || !before(listed, later.effectiveUntil())) {
        return null;
      }
    }
    return listed;
  }

  /** Two cards with the same dates and the same prices: one card given twice. */
  private static boolean sameDates(CatalogCard a, CatalogCard b) {
    ApiPriceCard x = a.priceCard();
    ApiPriceCard y = b.priceCard();
    return a.effectiveFrom().equals(b.effectiveFrom()) && a.effectiveUntil()
        .equals(b.effectiveUntil()) && (a.effectiveFrom().isPresent()
        || a.listedOn().equals(b.listedOn())) && x.rates().equals(y.rates())
        && x.batchDiscount().equals(y.batchDiscount()) && x.longContext().equals(y.longContext())
        && x.serviceTiers().equals(y.serviceTiers());
  }

  private static boolean before(LocalDate date, Optional<LocalDate> other) {
    // not map(date::isBefore): a method reference costs a class of its own at start-up
    return other.isEmpty() || date.isBefore(other.get());
  }

  private @Nullable LocalDate knownEnd(int i) {
    CatalogCard card = cards.get(i);
    if (card.effectiveUntil().isPresent()) {
      return card.effectiveUntil().get();
    }
    if (i == cards.size() - 1) {
      return null;
    }
    Optional<LocalDate> next = cards.get(i + 1).effectiveFrom();
    if (next.isPresent()) {
      return next.get();
    }
    LocalDate start = starts.get(i);
    return start == null ? null : start.plusDays(1);
  }

  private void check() {
    for (int i = 0; i < cards.size(); i++) {
      LocalDate start = starts.get(i);
      for (int j = i + 1; j < cards.size(); j++) {
        CatalogCard card = cards.get(i);
        if (sameDates(card, cards.get(j))) {
          throw new IllegalArgumentException("Price cards must not repeat: card "
              + (j + 1) + " has the dates and prices of card " + (i + 1) + " (" + (card.effectiveFrom()
              .isPresent() ? "from " + card.effectiveFrom().get() : "listed on "
              + card.listedOn().orElseThrow()) + ")");
        }
        LocalDate laterStart = starts.get(j);
        Optional<LocalDate> laterUntil = cards.get(j).effectiveUntil();
        if (start != null && laterStart != null && !start.isBefore(laterStart)) {
          throw new IllegalArgumentException("Price cards must be in date order: card "
              + (j + 1) + " (from " + laterStart + ") is listed after card " + (i + 1)
              + " (from " + start + ")");
        }
        if (start != null && laterUntil.isPresent() && !start.isBefore(laterUntil.get())) {
          throw new IllegalArgumentException("Price cards must be in date order: card "
              + (j + 1) + " (until " + laterUntil.get() + ") is listed after card " + (i + 1)
              + " (from " + start + ")");
        }
        Optional<LocalDate> until = cards.get(i).effectiveUntil();
        if (until.isPresent() && laterStart != null && until.get().isAfter(laterStart)) {
          throw new IllegalArgumentException("Price cards must not overlap: card " + (i + 1)
              + " (until " + until.get() + ") overlaps card " + (j + 1) + " (from "
              + laterStart + ")");
        }
      }
    }
  }

  /**
   * Returns the cards, oldest first.
   *
   * @return the cards, not null
   */
  List<CatalogCard> cards() {
    return cards;
  }

  /**
   * Returns the first date card {@code i} is known to have been in force.
   *
   * @param i the index
   * @return the date, or null when no date is known
   */
  @Nullable LocalDate start(int i) {
    return starts.get(i);
  }

  /**
   * Returns the day after the last date card {@code i} is known to have been in force.
   *
   * @param i the index
   * @return the date (exclusive), or null when open-ended or when the card has no known start
   */
  @Nullable LocalDate end(int i) {
    return starts.get(i) == null ? null : ends.get(i);
  }

  /**
   * Finds the card known to have been in force on a date.
   *
   * @param date the date, not null
   * @return the card, or empty when no card is known to have been in force then
   */
  Optional<CatalogCard> on(LocalDate date) {
    for (int i = 0; i < cards.size(); i++) {
      LocalDate start = starts.get(i);
      LocalDate end = ends.get(i);
      if (start != null && !date.isBefore(start) && (end == null || date.isBefore(end))) {
        return Optional.of(cards.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the card to assume in force on a date on which no card is known to have been, where
   * the dates published leave room for it, and says why. Two cases qualify: a date before every
   * known start, when the earliest card has no published effective date (and has not ended by
   * then), takes the earliest card; a date after a price whose change was not published, and
   * before the next known price, takes that price.
   *
   * @param date the date, on which {@link #on(LocalDate)} is empty, not null
   * @return the index of the card and the reason, or null when nothing can be assumed
   */
  @Nullable Assumed assumedOn(LocalDate date) {
    if (cards.isEmpty()) {
      return null;
    }
    int last = -1;
    int first = -1;
    for (int i = 0; i < cards.size(); i++) {
      LocalDate start = starts.get(i);
      if (start != null) {
        first = first < 0 ? i : first;
        if (!start.isAfter(date)) {
          last = i;
        }
      }
    }
    if (last < 0) {
      CatalogCard earliest = cards.get(0);
      boolean ended = earliest.effectiveUntil().isPresent()
          && !date.isBefore(earliest.effectiveUntil().get());
      if (earliest.effectiveFrom().isPresent() || ended) {
        return null;
      }
      return new Assumed(0, "no earlier price is known: the earliest card, listed on "
          + earliest.listedOn().orElseThrow() + " with no effective date published"
          + earliest.effectiveUntil().map(u -> " and ended on " + u).orElse("")
          + ", is assumed in force on " + date);
    }
    CatalogCard card = cards.get(last);
    if (card.effectiveUntil().isPresent() || first < 0) {
      return null;
    }
    String next = nextStart(last);
    return new Assumed(last, "the price known from " + starts.get(last)
        + " changed on a date that was not published" + (next == null ? "" : " (the next "
        + "known price " + next + ")") + ": it is assumed still in force on " + date);
  }

  /** A card assumed in force on a date, and why. */
  static final class Assumed {
    final int index;
    final String reason;

    Assumed(int index, String reason) {
      this.index = index;
      this.reason = reason;
    }
  }

  /**
   * Explains why no card is known to have been in force on a date.
   *
   * @param date the date, on which {@link #on(LocalDate)} is empty, not null
   * @return the reason, starting in lower case, not null
   */
  String whyNothingOn(LocalDate date) {
    int last = -1;
    int first = -1;
    for (int i = 0; i < cards.size(); i++) {
      LocalDate start = starts.get(i);
      if (start != null) {
        if (first < 0) {
          first = i;
        }
        if (!start.isAfter(date)) {
          last = i;
        }
      }
    }
    if (first < 0) {
      return "none of its " + cards.size() + " price cards has a known date in force";
    }
    if (last < 0) {
      return "its earliest known price " + startText(first);
    }
    LocalDate end = ends.get(last);
    String from = "the price known from " + starts.get(last);
    String next = nextStart(last);
    if (cards.get(last).effectiveUntil().isPresent()) {
      return from + " ended on " + end + (next == null ? "" : "; the next known price "
          + next);
    }
    return from + " changed on a date that was not published"
        + (next == null ? "" : ", before the next known price, which " + next);
  }

  private @Nullable String nextStart(int i) {
    for (int j = i + 1; j < cards.size(); j++) {
      if (starts.get(j) != null) {
        return startText(j);
      }
    }
    return null;
  }

  private String startText(int i) {
    CatalogCard card = cards.get(i);
    return card.effectiveFrom().isPresent()
        ? "starts on " + starts.get(i)
        : "was listed on " + starts.get(i) + " (no effective date published)";
  }
}
