/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.internal.InvalidFieldException;
import static io.github.inferenceecon.hardware.Fixtures.entrySource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.inferenceecon.core.units.CarbonIntensity;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class CarbonIntensityFigureTest {

  private static CarbonIntensityFigure.Builder germany344() {
    CarbonIntensityFigure.Builder b = CarbonIntensityFigure.builder();
    b.id("de-2020").region("DE").gramsPerKilowattHour(new BigDecimal("344")).year(2020)
        .gases(GreenhouseGases.CO2_ONLY).addSources(entrySource());
    return b;
  }

  static Stream<Arguments> invalidFigures() {
    return Stream.of(
        Arguments.of("id", (Supplier<CarbonIntensityFigure>) () -> germany344().id("DE").build(),
            "Carbon intensity id must be lower-case letters and digits joined by '-' or '.': "
                + "'DE'"),
        Arguments.of("region", (Supplier<CarbonIntensityFigure>) () -> germany344()
            .region("").build(), "Region must be a code such as 'US', 'US-VA' or 'EU-27': ''"),
        Arguments.of("regionName", (Supplier<CarbonIntensityFigure>) () -> germany344()
            .regionName(" ").build(), "Region name must not be blank: ' '"),
        Arguments.of("gramsPerKilowattHour", (Supplier<CarbonIntensityFigure>) () -> germany344()
            .gramsPerKilowattHour(new BigDecimal("-1")).build(),
            "Carbon intensity must not be negative: -1"),
        Arguments.of("basis", (Supplier<CarbonIntensityFigure>) () -> germany344()
            .basis("").build(), "Carbon intensity basis must not be blank: ''"),
        Arguments.of("asPublished", (Supplier<CarbonIntensityFigure>) () -> germany344()
            .asPublished(" ").build(), "Published figure must not be blank: ' '"),
        Arguments.of("derivation", (Supplier<CarbonIntensityFigure>) () -> germany344()
            .derivation(" ").build(), "Derivation must not be blank: ' '"),
        Arguments.of("sources", (Supplier<CarbonIntensityFigure>) () -> germany344()
            .sources(List.of()).build(), "Figure must cite at least one source: []"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("invalidFigures")
  void check_invalid_throwsWithFieldAndMessage(String field,
      Supplier<CarbonIntensityFigure> build, String message) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(IllegalArgumentException.class, e -> {
      assertThat(e).hasMessage(message);
      assertThat(((InvalidFieldException) e).field()).isEqualTo(field);
    });
  }

  @Test
  void intensity_isCoreCarbonIntensity() {
    assertThat(germany344().build().intensity()).isEqualTo(CarbonIntensity.of(344));
  }

  @Test
  void json_roundTrip_equalsOriginal() throws JsonProcessingException {
    CarbonIntensityFigure figure = germany344().regionName("Germany").basis("generation")
        .build();
    String json = Fixtures.MAPPER.writeValueAsString(figure);

    assertThat(json).contains("\"gramsPerKilowattHour\":344", "\"gases\":\"CO2_ONLY\"");
    assertThat(Fixtures.MAPPER.readValue(json, CarbonIntensityFigure.class))
        .isEqualTo(figure);
  }

  @Test
  void toString_isRegionYearValueAndGases() {
    assertThat(germany344().build()).hasToString("DE 2020: 344 g/kWh CO2_ONLY");
  }
}
