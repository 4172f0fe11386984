/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

/**
 * How directly a figure (a price, a hardware specification, an energy default) comes from the
 * party that sets it.
 *
 * <p>Every figure inference-econ ships carries its tier, and every result that uses a figure
 * reports the tier of the figure it used, so that a caller can see, filter out or override what
 * only a third party states. Where sources of both tiers give a figure, the primary one wins.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SourceTier {
  /**
   * The vendor's own page (or a verbatim copy of it), its own machine-readable price records,
   * or a file in a repository the vendor owns.
   */
  PRIMARY,
  /**
   * A curated open catalog at a pinned commit (with its licence honoured), or another third
   * party: an aggregator, registry or reseller.
   */
  SECONDARY
}
