/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Parses ISO dates such as {@code 2026-11-27} exactly as {@link LocalDate#parse(CharSequence)}
 * does, but without setting up {@link java.time.format.DateTimeFormatter} for the common form.
 *
 * <p>The first use of {@code LocalDate.parse} builds the JDK's predefined formatters, which took
 * about a tenth of the time of loading the bundled catalogs in a fresh JVM. A text of exactly
 * four digits, a hyphen, two digits, a hyphen and two digits that names a real date is read
 * here; any other text (a five-digit year, a sign, an impossible date such as
 * {@code 2025-02-30}, or no date at all) goes to {@code LocalDate.parse}, so the result and
 * every exception are the JDK's own.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
public final class IsoDates {

  private IsoDates() {}

  /**
   * Obtains a date from ISO text such as {@code 2026-11-27}.
   *
   * @param text the text, not null
   * @return the date, not null
   * @throws java.time.format.DateTimeParseException if the text is not an ISO date
   */
  public static LocalDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // an impossible date: let LocalDate.parse report it in its own words
        }
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * Parses an ISO duration exactly as {@link Duration#parse(CharSequence)} does; the common
   * forms {@code PT5M}, {@code PT1H} and {@code PT30S} are read without the regular expression
   * that the first {@code Duration.parse} compiles.
   *
   * @param text the text, not null
   * @return the duration, not null
   * @throws java.time.format.DateTimeParseException if the text is not an ISO duration
   */
  public static Duration parseDuration(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int last = text.length() - 1;
    if (last >= 3 && last <= 12 && text.charAt(0) == 'P' && text.charAt(1) == 'T') {
      long amount = 0;
      for (int i = 2; i < last; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return Duration.parse(text);
        }
        amount = amount * 10 + (c - '0');
      }
      switch (text.charAt(last)) {
        case 'H':
          return Duration.ofHours(amount);
        case 'M':
          return Duration.ofMinutes(amount);
        case 'S':
          return Duration.ofSeconds(amount);
        default:
          break;
      }
    }
    return Duration.parse(text);
  }

  /** Returns the number in text[from, to), or -1 when a character is not an ASCII digit. */
  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
