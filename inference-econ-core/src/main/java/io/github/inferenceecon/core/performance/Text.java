/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.TokenRate;
import java.time.Duration;
import java.util.Locale;

/** Readable forms of times and rates for the {@code toString} methods of this package. */
final class Text {

  private Text() {}

  /** A duration in milliseconds with four significant digits, such as {@code 7.503 ms}. */
  static String ms(Duration d) {
    return num(Durations.toSeconds(d) * 1e3) + " ms";
  }

  /** A token rate with four significant digits, such as {@code 3720 tokens/s}. */
  static String rate(TokenRate rate) {
    return num(rate.tokensPerSecond()) + " tokens/s";
  }

  /** A number with four significant digits, or rounded to a whole number from 10,000 up. */
  static String num(double value) {
    if (Math.abs(value) >= 1e4 && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
