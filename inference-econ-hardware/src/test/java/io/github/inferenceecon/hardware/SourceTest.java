/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.internal.InvalidFieldException;
import static io.github.inferenceecon.hardware.Fixtures.DATE_2026_11_27;
import static io.github.inferenceecon.hardware.Fixtures.URL_EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.inferenceecon.core.SourceTier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SourceTest {

  private static Source.Builder example() {
    Source.Builder b = Source.builder();
    b.url(URL_EXAMPLE).tier(SourceTier.PRIMARY).read(DATE_2026_11_27);
    return b;
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024", "2024-08", "2024-08-26", "2024-02-29"})
  void sourceDate_isoYearMonthOrDate_isAccepted(String date) {
    assertThat(example().sourceDate(date).build().sourceDate()).contains(date);
  }

  static Stream<Arguments> invalidSources() {
    return Stream.of(
        Arguments.of("url", (Supplier<Source>) () -> example().url("ftp://x.example").build(),
            "Source URL must be an http or https URL: 'ftp://x.example'"),
        Arguments.of("readVia",
            (Supplier<Source>) () -> example().readVia("mirror.example/x").build(),
            "Source read-via URL must be an http or https URL: 'mirror.example/x'"),
        Arguments.of("sourceDate",
            (Supplier<Source>) () -> example().sourceDate("May 2026").build(),
            "Source date must be an ISO year, year-month or date: 'May 2026'"),
        Arguments.of("sourceDate",
            (Supplier<Source>) () -> example().sourceDate("2026-13").build(),
            "Source date must be an ISO year, year-month or date: '2026-13'"),
        Arguments.of("sourceDate",
            (Supplier<Source>) () -> example().sourceDate("2025-02-29").build(),
            "Source date must be an ISO year, year-month or date: '2025-02-29'"),
        Arguments.of("note", (Supplier<Source>) () -> example().note("  ").build(),
            "Source note must not be blank: '  '"),
        Arguments.of("figures", (Supplier<Source>) () -> example().addFigures("tdp").build(),
            "Source figure must be a figure path such as 'memory' or 'densePeak.BF16': 'tdp'"),
        Arguments.of("figures",
            (Supplier<Source>) () -> example().addFigures("densePeak.BF17").build(),
            "Source figure must be a figure path such as 'memory' or 'densePeak.BF16': "
                + "'densePeak.BF17'"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("invalidSources")
  void check_invalid_throwsWithFieldAndMessage(String field, Supplier<Source> build,
      String message) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(IllegalArgumentException.class, e -> {
      assertThat(e).hasMessage(message);
      assertThat(((InvalidFieldException) e).field()).isEqualTo(field);
    });
  }

  @Test
  void builder_withoutRead_throwsIllegalState() {
    assertThatThrownBy(() -> Source.builder().url(URL_EXAMPLE).tier(SourceTier.PRIMARY).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void builder_withoutTier_throwsIllegalState() {
    assertThatThrownBy(() -> Source.builder().url(URL_EXAMPLE).read(DATE_2026_11_27).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tier");
  }

  @Test
  void json_roundTrip_equalsOriginal() throws JsonProcessingException {
    Source source = example().readVia("https://mirror.example/x").sourceDate("2025-04")
        .note("Table 2").addFigures("memory", "densePeak.FP8").build();
    String json = Fixtures.MAPPER.writeValueAsString(source);

    assertThat(json).contains("\"read\":\"2026-11-27\"").contains("\"tier\":\"PRIMARY\"");
    assertThat(Fixtures.MAPPER.readValue(json, Source.class)).isEqualTo(source);
  }

  @Test
  void toString_isUrlTierAndReadDate() {
    assertThat(example().build())
        .hasToString("https://example.com/datasheet (PRIMARY, read 2026-11-27)");
  }
}
