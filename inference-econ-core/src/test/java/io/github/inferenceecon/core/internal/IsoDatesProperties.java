/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class IsoDatesProperties {

  /** Ten characters shaped like an ISO date, from digits and a few others, often invalid. */
  private static Gen<String> dateShapedTexts() {
    Gen<Character> chars = arbitrary().pick('0', '1', '2', '3', '9', '0', '1', '2', '-', 'x');
    return chars.zip(chars, chars, chars, (a, b, c, d) -> "" + a + b + c + d)
        .zip(chars, chars, chars, (s, a, b, c) -> s + '-' + a + b + '-' + c)
        .zip(chars, (s, d) -> s + d);
  }

  @Test
  void parse_ofToString_roundTrips() {
    // every date with a four-digit year
    qt().forAll(longs().between(LocalDate.of(0, 1, 1).toEpochDay(),
        LocalDate.of(9999, 12, 31).toEpochDay())).checkAssert(day -> {
          LocalDate date = LocalDate.ofEpochDay(day);
          assertThat(IsoDates.parse(date.toString())).isEqualTo(date);
        });
  }

  @Test
  void parse_anyText_sameOutcomeAsLocalDateParse() {
    qt().forAll(dateShapedTexts()).checkAssert(text -> {
      String expected;
      try {
        expected = LocalDate.parse(text).toString();
      } catch (DateTimeParseException e) {
        expected = e.getMessage();
      }
      String actual;
      try {
        actual = IsoDates.parse(text).toString();
      } catch (DateTimeParseException e) {
        actual = e.getMessage();
      }
      assertThat(actual).isEqualTo(expected);
    });
  }

  @Test
  void parse_monthsAndDays_sameOutcomeAsLocalDateParse() {
    qt().forAll(integers().between(0, 13), integers().between(0, 32)).checkAssert((m, d) -> {
      String text = String.format("2024-%02d-%02d", m, d);
      boolean valid;
      try {
        valid = LocalDate.parse(text) != null;
      } catch (DateTimeParseException e) {
        valid = false;
      }
      if (valid) {
        assertThat(IsoDates.parse(text)).isEqualTo(LocalDate.parse(text));
      } else {
        assertThat(catchThrowable(() -> IsoDates.parse(text)))
            .isInstanceOf(DateTimeParseException.class);
      }
    });
  }
}
