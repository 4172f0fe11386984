/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.internal.InvalidFieldException;
import static io.github.inferenceecon.hardware.Fixtures.entrySource;
import static io.github.inferenceecon.hardware.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class PueFigureTest {

  private static PueFigure.Builder pue1_58() {
    PueFigure.Builder b = PueFigure.builder();
    b.id("industry-2023").value(new BigDecimal("1.58")).scope("Industry average").year(2023)
        .addSources(entrySource());
    return b;
  }

  static Stream<Arguments> invalidFigures() {
    return Stream.of(
        Arguments.of("id", (Supplier<PueFigure>) () -> pue1_58().id("Industry").build(),
            "PUE figure id must be lower-case letters and digits joined by '-' or '.': "
                + "'Industry'"),
        Arguments.of("value",
            (Supplier<PueFigure>) () -> pue1_58().value(new BigDecimal("0.99")).build(),
            "PUE must be at least 1: 0.99"),
        Arguments.of("scope", (Supplier<PueFigure>) () -> pue1_58().scope(" ").build(),
            "PUE scope must not be blank: ' '"),
        Arguments.of("sources",
            (Supplier<PueFigure>) () -> pue1_58().sources(List.of()).build(),
            "Figure must cite at least one source: []"),
        Arguments.of("sources",
            (Supplier<PueFigure>) () -> pue1_58().sources(List.of(source("memory"))).build(),
            "Source of an energy figure must not name figures: [memory]"),
        Arguments.of("notes", (Supplier<PueFigure>) () -> pue1_58().addNotes("").build(),
            "Note must not be blank: ''"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("invalidFigures")
  void check_invalid_throwsWithFieldAndMessage(String field, Supplier<PueFigure> build,
      String message) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(IllegalArgumentException.class, e -> {
      assertThat(e).hasMessage(message);
      assertThat(((InvalidFieldException) e).field()).isEqualTo(field);
    });
  }

  @Test
  void value_exactlyOne_isAccepted() {
    assertThat(pue1_58().value(BigDecimal.ONE).build().toDouble()).isEqualTo(1.0);
  }

  @Test
  void json_roundTrip_keepsTheExactDecimal() throws JsonProcessingException {
    PueFigure pue = pue1_58().addNotes("note").build();
    String json = Fixtures.MAPPER.writeValueAsString(pue);

    assertThat(json).contains("\"value\":1.58");
    assertThat(Fixtures.MAPPER.readValue(json, PueFigure.class)).isEqualTo(pue);
  }

  @Test
  void toString_isValueYearAndId() {
    assertThat(pue1_58().build()).hasToString("PUE 1.58 (2023, industry-2023)");
  }
}
