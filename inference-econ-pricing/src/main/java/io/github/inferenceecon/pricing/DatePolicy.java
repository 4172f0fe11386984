/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

/**
 * What a catalog does when no card of a model is known to have been in force on the date asked
 * for, although the published dates leave room for one.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DatePolicy {
  /**
   * Assume a card where the dates leave room for it, and say so: a date before every known
   * price takes the earliest card when that card has no published effective date (most
   * providers publish none; the card's listing date is only the day it was seen), and a date
   * after a price whose change was not published takes that price. The result is marked
   * ({@code dateAssumed}) with the reason. A card with a published effective date is never
   * assumed before it, and an ended card never after its end.
   */
  LENIENT,
  /** Refuse with {@link io.github.inferenceecon.core.billing.PriceNotKnownException}. */
  STRICT
}
