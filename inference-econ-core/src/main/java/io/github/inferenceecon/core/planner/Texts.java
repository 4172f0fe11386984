/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import io.github.inferenceecon.core.internal.SiFormat;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/** Readable forms of money, times and percentiles for the messages and text of this package. */
final class Texts {

  private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

  private Texts() {}

  /** Money rounded to the currency's places for reading, such as {@code USD 4381.90}. */
  static String money(Money m) {
    return rounded(m, Math.max(m.currency().getDefaultFractionDigits(), 0));
  }

  /** A unit price rounded to four decimal places for reading, such as {@code USD 0.1234}. */
  static String unitMoney(Money m) {
    return rounded(m, 4);
  }

  private static String rounded(Money m, int places) {
    return m.currency().getCurrencyCode() + " "
        + m.amount().setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A duration with three significant digits, in ms below one second, such as {@code 123 ms}. */
  static String duration(Duration d) {
    double s = Durations.toSeconds(d);
    return s >= 1 ? num(s) + " s" : num(s * 1e3) + " ms";
  }

  /** A percentile such as {@code p90} or {@code p99.9}. */
  static String percentile(double p) {
    return "p" + SiFormat.plain(BigDecimal.valueOf(p).movePointRight(2));
  }

  /** A number with three significant digits, or whole from 1,000 up. */
  static String num(double value) {
    if (Math.abs(value) >= 1e3 && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return SiFormat.plain(BigDecimal.valueOf(value).round(THREE_DIGITS));
  }
}
