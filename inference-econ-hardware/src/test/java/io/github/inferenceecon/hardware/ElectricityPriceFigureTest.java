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
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.Money;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ElectricityPriceFigureTest {

  private static final EnergyPrice USD_0_0892 =
      EnergyPrice.perKilowattHour(Money.of("USD", "0.0892"));

  private static ElectricityPriceFigure.Builder virginiaIndustrial2023() {
    ElectricityPriceFigure.Builder b = ElectricityPriceFigure.builder();
    b.id("us-virginia-industrial-2023").region("US-VA").sector(ElectricitySector.INDUSTRIAL)
        .price(USD_0_0892).period("2023 annual average").addSources(entrySource());
    return b;
  }

  static Stream<Arguments> invalidFigures() {
    return Stream.of(
        Arguments.of("id",
            (Supplier<ElectricityPriceFigure>) () -> virginiaIndustrial2023().id("VA").build(),
            "Electricity price id must be lower-case letters and digits joined by '-' or '.': "
                + "'VA'"),
        Arguments.of("region", (Supplier<ElectricityPriceFigure>) () -> virginiaIndustrial2023()
            .region("US VA").build(),
            "Region must be a code such as 'US', 'US-VA' or 'EU-27': 'US VA'"),
        Arguments.of("regionName", (Supplier<ElectricityPriceFigure>) () ->
            virginiaIndustrial2023().regionName(" ").build(), "Region name must not be blank: ' '"),
        Arguments.of("period", (Supplier<ElectricityPriceFigure>) () -> virginiaIndustrial2023()
            .period("").build(), "Price period must not be blank: ''"),
        Arguments.of("asPublished", (Supplier<ElectricityPriceFigure>) () ->
            virginiaIndustrial2023().asPublished(" ").build(),
            "Published figure must not be blank: ' '"),
        Arguments.of("sources", (Supplier<ElectricityPriceFigure>) () -> virginiaIndustrial2023()
            .sources(List.of()).build(), "Figure must cite at least one source: []"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("invalidFigures")
  void check_invalid_throwsWithFieldAndMessage(String field,
      Supplier<ElectricityPriceFigure> build, String message) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(IllegalArgumentException.class, e -> {
      assertThat(e).hasMessage(message);
      assertThat(((InvalidFieldException) e).field()).isEqualTo(field);
    });
  }

  @Test
  void json_roundTrip_equalsOriginal() throws JsonProcessingException {
    ElectricityPriceFigure price = virginiaIndustrial2023().regionName("Virginia")
        .asPublished("8.92 cents/kWh").build();
    String json = Fixtures.MAPPER.writeValueAsString(price);

    assertThat(json).contains("\"price\":{\"amount\":\"0.0892\",\"currency\":\"USD\","
        + "\"per\":\"kWh\"}");
    assertThat(Fixtures.MAPPER.readValue(json, ElectricityPriceFigure.class))
        .isEqualTo(price);
  }

  @Test
  void toString_isRegionSectorPeriodAndPrice() {
    assertThat(virginiaIndustrial2023().build())
        .hasToString("US-VA INDUSTRIAL 2023 annual average: USD 0.0892 per kWh");
  }
}
