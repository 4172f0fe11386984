/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

/**
 * How a cloud price is bought: on demand, spot, a one- or three-year commitment, or a short
 * reservation of capacity.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PricingModel {
  /** Pay as you go, no commitment; the provider may not have capacity. */
  ON_DEMAND,
  /** Spare capacity at a discount that the provider may reclaim at short notice. */
  SPOT,
  /** A one-year commitment (reserved instance, savings plan, committed-use discount). */
  COMMITTED_1Y,
  /** A three-year commitment. */
  COMMITTED_3Y,
  /**
   * A fixed-term reservation of capacity shorter than a one-year commitment, such as AWS EC2
   * Capacity Blocks for ML (days to weeks) or a GPU cluster reserved for weeks to months (the
   * offer's notes give the term); not a one- or three-year commitment.
   */
  RESERVED
}
