/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ConflictTest {

  private static Conflict.Builder bandwidth3_35Vs3_2() {
    Conflict.Builder b = Conflict.builder();
    b.figure("memoryBandwidth").addValues("3.35 TB/s", "3.2 TB/s")
        .addUrls("https://example.com/a", "https://example.com/b").chosen("3.35 TB/s")
        .reason("the datasheet figure");
    return b;
  }

  static Stream<Arguments> invalidConflicts() {
    return Stream.of(
        Arguments.of((Supplier<Conflict>) () -> bandwidth3_35Vs3_2().figure("bw").build(),
            "Conflict figure must be a figure path such as 'memoryBandwidth': 'bw'"),
        Arguments.of((Supplier<Conflict>) () -> bandwidth3_35Vs3_2().values(List.of("3.35 TB/s"))
            .build(), "Conflict must record at least two values: [3.35 TB/s]"),
        Arguments.of((Supplier<Conflict>) () -> bandwidth3_35Vs3_2().urls(List.of()).build(),
            "Conflict must cite at least one URL: []"),
        Arguments.of((Supplier<Conflict>) () -> bandwidth3_35Vs3_2().addUrls("example.com")
            .build(), "Conflict URL must be an http or https URL: 'example.com'"),
        Arguments.of((Supplier<Conflict>) () -> bandwidth3_35Vs3_2().chosen("").build(),
            "Conflict choice must not be blank: ''"),
        Arguments.of((Supplier<Conflict>) () -> bandwidth3_35Vs3_2().reason(" ").build(),
            "Conflict reason must not be blank: ' '"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidConflicts")
  void check_invalid_throws(Supplier<Conflict> build, String message) {
    assertThatThrownBy(build::get).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void json_roundTrip_equalsOriginal() throws JsonProcessingException {
    Conflict conflict = bandwidth3_35Vs3_2().build();
    String json = Fixtures.MAPPER.writeValueAsString(conflict);

    assertThat(Fixtures.MAPPER.readValue(json, Conflict.class)).isEqualTo(conflict);
  }

  @Test
  void toString_listsValuesAndChoice() {
    assertThat(bandwidth3_35Vs3_2().build())
        .hasToString("memoryBandwidth: 3.35 TB/s | 3.2 TB/s (chosen 3.35 TB/s)");
  }
}
