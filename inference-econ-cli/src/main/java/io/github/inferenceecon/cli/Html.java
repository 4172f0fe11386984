/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;

/** Escaping and number formats shared by the HTML page and its SVG charts. */
final class Html {

  private Html() {}

  /**
   * Escapes text for HTML and SVG content and attribute values: {@code & < > " '}, and control
   * characters other than tab and newline, which XML forbids, become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&#39;"); break;
        default:
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString();
  }

  /** A coordinate for SVG: two decimals at most, no exponent. */
  static String coordinate(double v) {
    long hundredths = Math.round(v * 100);
    long whole = Math.abs(hundredths / 100);
    long fraction = Math.abs(hundredths % 100);
    String sign = hundredths < 0 ? "-" : "";
    if (fraction == 0) {
      return sign + whole;
    }
    return sign + whole + (fraction < 10 ? ".0" + fraction
        : "." + (fraction % 10 == 0 ? fraction / 10 : fraction));
  }

  /** A value for people: 12.4M, 350k, 2,191, 0.0135, or a date on a date axis. */
  static String number(double v, boolean date) {
    if (date) {
      return LocalDate.ofEpochDay(Math.round(v)).toString();
    }
    double a = Math.abs(v);
    if (a >= 1e9) {
      return trim(v / 1e9) + "G";
    }
    if (a >= 1e6) {
      return trim(v / 1e6) + "M";
    }
    if (a >= 1e4) {
      return trim(v / 1e3) + "k";
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  private static String trim(double v) {
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
