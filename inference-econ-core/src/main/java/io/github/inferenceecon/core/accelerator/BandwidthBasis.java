/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

/**
 * How an interconnect bandwidth figure is stated: per direction, or as the total of both
 * directions, which is how NVIDIA quotes NVLink ("900 GB/s" for H100 is 450 GB/s each way).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BandwidthBasis {
  /** The figure is the bandwidth in one direction. */
  PER_DIRECTION,
  /** The figure is the sum of both directions; one direction carries half of it. */
  BIDIRECTIONAL
}
