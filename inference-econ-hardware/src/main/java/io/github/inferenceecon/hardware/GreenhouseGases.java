/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

/**
 * Which emissions a carbon intensity counts: carbon dioxide alone, or all greenhouse gases as
 * CO2-equivalent.
 *
 * <p>A CO2-only figure understates CO2-equivalent emissions (methane and nitrous oxide from
 * generation are left out).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GreenhouseGases {
  /** Carbon dioxide only. */
  CO2_ONLY,
  /** All greenhouse gases, weighted as CO2-equivalent. */
  CO2_EQUIVALENT
}
