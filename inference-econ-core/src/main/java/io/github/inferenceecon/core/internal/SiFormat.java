/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import io.github.inferenceecon.core.InputValues;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Exact text forms for {@code double} quantities with SI prefixes, such as {@code 3.35 TB/s} or
 * {@code 989 TFLOP/s}.
 *
 * <p>{@link #format} shifts the decimal point of {@link Double#toString(double)}, and
 * {@link #parse} shifts it back, so {@code parse(format(x)) == x} for every finite non-negative
 * double: both steps are exact in {@link BigDecimal}, and the double nearest the decimal that
 * {@code Double.toString} printed is the original value.
 *
 * <p>Not part of the public API.
 */
public final class SiFormat {

  private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};

  private SiFormat() {}

  /**
   * Formats a value with the SI prefix that puts the number in [1, 1000), or no prefix below 1.
   *
   * @param value the value, finite and not negative
   * @param unit the unit symbol after the prefix, e.g. "B/s"
   * @param prefixed whether SI prefixes are used at all
   * @return the text, e.g. "3.35 TB/s"
   */
  public static String format(double value, String unit, boolean prefixed) {
    BigDecimal decimal = new BigDecimal(Double.toString(value));
    int index = 0;
    if (prefixed) {
      BigDecimal thousand = BigDecimal.valueOf(1000);
      while (index < PREFIXES.length - 1 && decimal.compareTo(thousand) >= 0) {
        decimal = decimal.movePointLeft(3);
        index++;
      }
    }
    return plain(decimal) + " " + PREFIXES[index] + unit;
  }

  /**
   * Parses a text formed by {@link #format}.
   *
   * @param text the text, not null
   * @param unit the unit symbol after the prefix
   * @param prefixed whether SI prefixes are accepted
   * @param typeName the simple name of the type being parsed, for the message
   * @return the value
   * @throws IllegalArgumentException if the text cannot be parsed
   */
  public static double parse(CharSequence text, String unit, boolean prefixed, String typeName) {
    String s = text.toString().trim();
    int space = s.indexOf(' ');
    if (space > 0) {
      String number = s.substring(0, space);
      String symbol = s.substring(space + 1).trim();
      int index = -1;
      if (symbol.equals(unit)) {
        index = 0;
      } else if (prefixed && symbol.length() > unit.length() && symbol.endsWith(unit)) {
        String prefix = symbol.substring(0, symbol.length() - unit.length());
        for (int i = 1; i < PREFIXES.length; i++) {
          if (PREFIXES[i].equals(prefix)) {
            index = i;
          }
        }
      }
      if (index >= 0) {
        try {
          BigDecimal decimal = new BigDecimal(number).movePointRight(3 * index);
          double value = decimal.doubleValue();
          if (decimal.signum() >= 0 && Double.isFinite(value)) {
            return value;
          }
        } catch (NumberFormatException e) {
          throw cannotParse(text, typeName, e);
        }
      }
    }
    throw cannotParse(text, typeName, null);
  }

  /**
   * Returns the plain string of a decimal without trailing zeros.
   *
   * @param decimal the decimal, not null
   * @return the text, e.g. "3.35" or "80"
   */
  public static String plain(BigDecimal decimal) {
    if (decimal.signum() == 0) {
      return "0";
    }
    return decimal.stripTrailingZeros().toPlainString();
  }

  /**
   * Creates the house exception for unparseable text.
   *
   * @param text the text, not null
   * @param typeName the simple name of the type
   * @param cause the cause, or null
   * @return the exception
   */
  public static IllegalArgumentException cannotParse(
      CharSequence text, String typeName, @Nullable Throwable cause) {
    return new IllegalArgumentException(
        "Text cannot be parsed to a " + typeName + ": '" + InputValues.shown(text) + "'", cause);
  }
}
