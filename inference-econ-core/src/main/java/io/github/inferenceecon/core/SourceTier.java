/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import java.util.Objects;

/**
 * How directly a catalog figure (a price, an accelerator figure, a cloud offer, an energy
 * figure) comes from whoever sets it: {@link #PRIMARY} or {@link #SECONDARY}.
 *
 * <p>Every figure the catalogs ship carries its tier, so that a caller can see it beside the
 * figure, keep only primary figures, or weigh a result that rests on a secondary one. A
 * figure published by both kinds of source is primary.
 *
 * <p>The constants are declared from the more to the less direct, so {@link #compareTo} orders
 * a primary tier before a secondary one, and the greatest of several tiers is the weakest.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SourceTier {
  /**
   * The figure's own publisher: the vendor's or provider's page (also when read through a
   * verbatim copy of it), its machine-readable price records, or a file in a repository it
   * owns.
   */
  PRIMARY,
  /**
   * Anyone else: a curated open catalog at a pinned commit (with its licence honoured), a
   * reseller, an aggregator, a third-party compilation or derivation. Used where no primary
   * source gives the figure, and always marked.
   */
  SECONDARY;

  /**
   * Checks if this tier is {@link #PRIMARY}.
   *
   * @return true if primary
   */
  public boolean isPrimary() {
    return this == PRIMARY;
  }

  /**
   * Returns the weaker of this tier and another: {@link #SECONDARY} if either is.
   *
   * @param other the other tier, not null
   * @return the weaker tier, not null
   */
  public SourceTier weakerOf(SourceTier other) {
    return compareTo(Objects.requireNonNull(other, "other")) >= 0 ? this : other;
  }
}
