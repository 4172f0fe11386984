/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class GapTest {

  @ParameterizedTest
  @ValueSource(strings = {"memory", "memoryBandwidth", "thermalDesignPower", "scaleUp",
      "scaleUp.bandwidth", "scaleUp.basis", "densePeak", "sparsePeak", "unlabelledPeak",
      "densePeak.FP16", "sparsePeak.INT8"})
  void of_topicPath_isAccepted(String figure) {
    assertThat(Gap.of(figure, "not found").figure()).isEqualTo(figure);
  }

  @Test
  void of_unknownFigure_throws() {
    assertThatThrownBy(() -> Gap.of("tdp", "not found"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gap figure must be a figure path such as 'memoryBandwidth' or "
            + "'densePeak.FP16': 'tdp'");
  }

  @Test
  void of_blankReason_throws() {
    assertThatThrownBy(() -> Gap.of("memory", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gap reason must not be blank: ' '");
  }

  @Test
  void of_null_throws() {
    assertThatThrownBy(() -> Gap.of(null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Gap.of("memory", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void json_roundTrip_equalsOriginal() throws JsonProcessingException {
    Gap gap = Gap.of("sparsePeak", "not published");
    String json = Fixtures.MAPPER.writeValueAsString(gap);

    assertThat(json).isEqualTo("{\"figure\":\"sparsePeak\",\"reason\":\"not published\"}");
    assertThat(Fixtures.MAPPER.readValue(json, Gap.class)).isEqualTo(gap);
  }

  @Test
  void toString_isFigureAndReason() {
    assertThat(Gap.of("memory", "not found")).hasToString("memory: not found");
  }
}
