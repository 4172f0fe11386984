/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

/**
 * The class of consumer an electricity price is published for, as statistics offices group
 * them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ElectricitySector {
  /** Commercial consumers (US EIA's commercial sector: offices, shops, most data centres). */
  COMMERCIAL,
  /** Industrial consumers (US EIA's industrial sector). */
  INDUSTRIAL,
  /** Every consumer that is not a household (Eurostat's non-household consumers). */
  NON_HOUSEHOLD
}
