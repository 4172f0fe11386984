/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import io.github.inferenceecon.core.internal.Checks;

/** The checks chart values share. */
final class ChartChecks {

  private ChartChecks() {}

  static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite: " + value);
    }
    return value;
  }

  static String notBlank(String value, String what) {
    return Checks.notBlank(value, what);
  }
}
