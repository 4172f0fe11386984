/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

final class IsoDatesTest {

  private static final LocalDate DATE_2026_11_27 = LocalDate.of(2026, 11, 27);

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @Test
  void parse_isoDate_isTheDate() {
    assertThat(IsoDates.parse("2026-11-27")).isEqualTo(DATE_2026_11_27);
    assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoDates.parse("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
  }

  @Test
  void parse_formsOutsideTheFastPath_areTheJdksResult() {
    // five-digit year with its sign, as LocalDate.parse reads it
    assertThat(IsoDates.parse("+12025-01-01")).isEqualTo(LocalDate.of(12025, 1, 1));
  }

  @Test
  void parse_impossibleDate_throwsTheJdksException() {
    assertThatThrownBy(() -> IsoDates.parse("2025-02-30"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage("Text '2025-02-30' could not be parsed: Invalid date 'FEBRUARY 30'");
    assertThatThrownBy(() -> IsoDates.parse("2025-13-01"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage("Text '2025-13-01' could not be parsed: Invalid value for MonthOfYear "
            + "(valid values 1 - 12): 13");
  }

  @Test
  void parse_notADate_throwsTheJdksException() {
    assertThatThrownBy(() -> IsoDates.parse("2025-1-1"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage("Text '2025-1-1' could not be parsed at index 5");
    assertThatThrownBy(() -> IsoDates.parse("2025/01/01"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage("Text '2025/01/01' could not be parsed at index 4");
    assertThatThrownBy(() -> IsoDates.parse("20x5-01-01"))
        .isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> IsoDates.parse(null)).withMessage("text");
  }
}
