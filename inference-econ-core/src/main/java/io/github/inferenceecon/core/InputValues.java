/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * How a value that a user wrote (an option, a JSON field, a name) appears in an error message,
 * and the bounds a decimal written as text must meet before anything is computed with it.
 *
 * <p>Every message of inference-econ, in the library and in its command-line tool, shows a value
 * that came from outside with {@link #shown(CharSequence)}: on one line (control characters
 * escaped, a newline as {@code \n}) and cut after {@value #MAX_SHOWN_LENGTH} characters with the
 * full length noted, so that a 50 MB value gives a short message and a value holding a newline
 * gives one line. {@link #rejected(String, CharSequence, String)} builds the house message: the
 * option or key, the rule, and the value as written, in single quotes, such as
 * "--price-per-device-hour must be a decimal with at most 30 digits before and after the point:
 * '1e-999999999'".
 *
 * <p>Decimals written as text ({@link #decimal(String, CharSequence)}) are bounded in length
 * ({@value #MAX_DECIMAL_TEXT} characters), in digits after the point and in digits before it
 * ({@value #MAX_DECIMAL_DIGITS} each) before any arithmetic, so that {@code 1e-999999999} and
 * {@code 1e999999999} are rejected at once instead of hanging or running out of memory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InputValues {

  /** The number of characters of a value that a message shows before it is cut. */
  public static final int MAX_SHOWN_LENGTH = 80;
  /** The most digits a decimal written as text may have before, and after, the point. */
  public static final int MAX_DECIMAL_DIGITS = 30;
  /** The longest text read as a decimal. */
  public static final int MAX_DECIMAL_TEXT = 100;

  private InputValues() {}

  /**
   * Returns text as a message shows it: control characters escaped (a newline as {@code \n}, a
   * tab as {@code \t}, others as {@code \}{@code uXXXX}, line and paragraph separators too), and
   * cut after {@value #MAX_SHOWN_LENGTH} characters with an ellipsis and the full length, such
   * as {@code aaaa... (52428800 characters)}.
   *
   * @param text the text, not null
   * @return the text as shown, one line, not null
   */
  public static String shown(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int end = Math.min(n, MAX_SHOWN_LENGTH);
    StringBuilder b = escaped(text, end, new StringBuilder(end + 24));
    if (end < n) {
      b.append("... (").append(n).append(" characters)");
    }
    return b.toString();
  }

  /**
   * Returns a whole message on one line: control characters escaped as
   * {@link #shown(CharSequence)} does, nothing cut (a message built from shown values is
   * already short).
   *
   * @param message the message, not null
   * @return the message on one line, not null
   */
  public static String oneLine(CharSequence message) {
    Objects.requireNonNull(message, "message");
    return escaped(message, message.length(), new StringBuilder(message.length())).toString();
  }

  private static StringBuilder escaped(CharSequence text, int end, StringBuilder b) {
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b;
  }

  /**
   * Returns the house message for a rejected value: the name of the option or key, the rule,
   * then the value as written after a colon, in single quotes and shown as
   * {@link #shown(CharSequence)} does.
   *
   * @param name the option or key, such as {@code --top} or {@code num_hidden_layers}, not null
   * @param value the value as written, not null
   * @param rule the rule, starting with a verb, such as "must not be negative", not null
   * @return the message, such as "--top must not be negative: '-1'", not null
   */
  public static String rejected(String name, CharSequence value, String rule) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    return name + " " + rule + ": '" + shown(value) + "'";
  }

  /**
   * Reads a decimal written as text, checking its size before any arithmetic: at most
   * {@value #MAX_DECIMAL_TEXT} characters and {@value #MAX_DECIMAL_DIGITS} digits before and
   * after the point (after an exponent is applied). Leading and trailing white space is ignored.
   *
   * @param name the option or key the text was given with, for the message, not null
   * @param text the text, such as {@code 3.00} or {@code 1.5e-3}, not null
   * @return the decimal, not null
   * @throws IllegalArgumentException if the text is not a decimal or is out of those bounds,
   *     with a message naming the option, the rule and the text
   */
  public static BigDecimal decimal(String name, CharSequence text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    BigDecimal value;
    try {
      if (text.length() > MAX_DECIMAL_TEXT) {
        throw new NumberFormatException("longer than " + MAX_DECIMAL_TEXT);
      }
      value = new BigDecimal(text.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(rejected(name, text, "must be a decimal number"), e);
    }
    if (!isBounded(value)) {
      throw new IllegalArgumentException(rejected(name, text, "must be a decimal with at most "
          + MAX_DECIMAL_DIGITS + " digits before and after the point"));
    }
    return value;
  }

  /**
   * Checks if a decimal is within the bounds of {@link #decimal(String, CharSequence)}: at most
   * {@value #MAX_DECIMAL_DIGITS} digits after the point and {@value #MAX_DECIMAL_DIGITS} before
   * it. The check reads only the decimal's scale and precision, so it is quick for any value.
   *
   * @param value the decimal, not null
   * @return true if within the bounds
   */
  public static boolean isBounded(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    long scale = value.scale();
    return scale <= MAX_DECIMAL_DIGITS && value.precision() - scale <= MAX_DECIMAL_DIGITS;
  }
}
