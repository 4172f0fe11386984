/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.InputValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Checks of option values at the edge, before any work: each failure is an
 * {@link IllegalArgumentException} with the house message of
 * {@link InputValues#rejected(String, CharSequence, String)}, naming the option, the rule and
 * the value as the user typed it (exit 2).
 */
final class Inputs {

  /**
   * The most tokens an option of a single request may give: a billion, a hundred times the
   * longest context window of any model we know.
   */
  static final long MAX_TOKENS = 1_000_000_000L;

  /** The most tokens a batch may hold, sequences times context: 10^12. */
  static final long MAX_BATCH_TOKENS = 1_000_000_000_000L;

  /** The most concurrent sequences an option may give: a million. */
  static final long MAX_SEQUENCES = 1_000_000L;

  /** The most devices an option may give, per replica: 65,536. */
  static final int MAX_DEVICES = 65_536;

  private Inputs() {}

  /**
   * Returns the text typed for an option, its last occurrence, or the value's text when the
   * option was not typed (its default).
   *
   * @param spec the command, not null
   * @param option the option's name, such as {@code --top}
   * @param value the value the option holds
   */
  static String typed(CommandSpec spec, String option, Object value) {
    ParseResult result = spec.commandLine().getParseResult();
    OptionSpec o = result == null ? null : result.matchedOption(option);
    if (o != null) {
      List<String> texts = o.stringValues();
      if (!texts.isEmpty()) {
        return texts.get(texts.size() - 1);
      }
    }
    return String.valueOf(value);
  }

  /**
   * Checks a rule of an option's value.
   *
   * @param spec the command, not null
   * @param option the option's name
   * @param value the value
   * @param ok whether the value keeps the rule
   * @param rule the rule, such as "must not be negative"
   * @throws IllegalArgumentException if not ok
   */
  static void require(CommandSpec spec, String option, Object value, boolean ok, String rule) {
    if (!ok) {
      throw new IllegalArgumentException(InputValues.rejected(option, typed(spec, option, value),
          rule));
    }
  }

  /**
   * Checks that a number lies in a range.
   *
   * @param spec the command, not null
   * @param option the option's name
   * @param value the value
   * @param min the lowest value
   * @param minIncluded whether the lowest value itself is allowed
   * @param max the highest value, allowed
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or outside the range
   */
  static double range(CommandSpec spec, String option, double value, double min,
      boolean minIncluded, double max) {
    boolean ok = (minIncluded ? value >= min : value > min) && value <= max;
    require(spec, option, value, ok, "must be a number in " + (minIncluded ? "[" : "(")
        + plain(min) + ", " + plain(max) + "]");
    return value;
  }

  /**
   * Checks that a whole number lies in a range.
   *
   * @param spec the command, not null
   * @param option the option's name
   * @param value the value
   * @param min the lowest value, allowed
   * @param max the highest value, allowed
   * @return the value
   * @throws IllegalArgumentException if the value is outside the range
   */
  static long range(CommandSpec spec, String option, long value, long min, long max) {
    return range(option, typed(spec, option, value), value, min, max);
  }

  /**
   * Checks that a whole number lies in a range, where the text typed is at hand.
   *
   * @param option the option's name
   * @param typed the text typed for it
   * @param value the value
   * @param min the lowest value, allowed
   * @param max the highest value, allowed
   * @return the value
   * @throws IllegalArgumentException if the value is outside the range
   */
  static long range(String option, String typed, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(InputValues.rejected(option, typed,
          "must be a whole number in [" + min + ", " + max + "]"));
    }
    return value;
  }

  /**
   * Reads a price or other amount typed as a decimal: bounded in size before any arithmetic
   * ({@link InputValues#decimal}) and not negative.
   *
   * @param option the option's name
   * @param text the text typed, not null
   * @return the decimal, not null
   * @throws IllegalArgumentException if the text is not such a decimal
   */
  static BigDecimal amount(String option, String text) {
    BigDecimal value = InputValues.decimal(option, text);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(InputValues.rejected(option, text,
          "must not be negative"));
    }
    return value;
  }

  /**
   * Parses an option's text, naming the option and the rule when the text cannot be parsed.
   *
   * @param option the option's name
   * @param text the text typed
   * @param parser the parser, throwing {@link IllegalArgumentException} for bad text
   * @param rule the rule, such as "must be a rate such as '3.9 TB/s'"
   * @return the value
   * @throws IllegalArgumentException if the parser rejects the text
   */
  static <T> T parsed(String option, String text, Function<String, T> parser, String rule) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(InputValues.rejected(option, text, rule), e);
    }
  }

  private static String plain(double bound) {
    return bound == Math.rint(bound) && Math.abs(bound) < 1e15
        ? Long.toString((long) bound) : Double.toString(bound);
  }
}
