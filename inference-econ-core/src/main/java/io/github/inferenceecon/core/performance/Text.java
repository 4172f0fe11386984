/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.units.Durations;
import java.time.Duration;
import java.util.Locale;

/** Readable forms of times and rates for the {@code toString} methods of this package. */
final class Text {

  private Text() {}

  /** A duration in milliseconds with four significant digits, such as {@code 7.503 ms}. */
  static String ms(Duration d) {
    double ms = Durations.toSeconds(d) * 1e3;
    return String.format(Locale.ROOT, "%.4g ms", ms);
  }

  /** A number with four significant digits. */
  static String num(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
