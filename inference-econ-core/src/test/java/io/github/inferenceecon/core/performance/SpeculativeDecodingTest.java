/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import org.junit.jupiter.api.Test;

final class SpeculativeDecodingTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();
  private static final SpeculativeDecoding K4_A08_C005 = SpeculativeDecoding.of(4, 0.8, 0.05);

  //-----------------------------------------------------------------------
  // expectedTokensPerPass, speedup
  @Test
  void expectedTokensPerPass_k4a08_isLeviathanEquationOne() {
    // (1 - 0.8^5) / (1 - 0.8) = (1 - 0.32768) / 0.2 = 3.3616
    assertThat(K4_A08_C005.expectedTokensPerPass()).isCloseTo(3.3616, within(1e-12));
  }

  @Test
  void speedup_k4a08c005_isLeviathanTheorem() {
    // 3.3616 / (4 x 0.05 + 1) = 3.3616 / 1.2 = 2.801333...
    assertThat(K4_A08_C005.speedup()).isCloseTo(2.8013333333, within(1e-9));
  }

  @Test
  void expectedTokensPerPass_acceptanceZero_isOne() {
    assertThat(SpeculativeDecoding.of(5, 0, 0.1).expectedTokensPerPass()).isEqualTo(1);
  }

  @Test
  void speedup_acceptanceZero_isNoGain() {
    // 1 / (5 x 0.1 + 1) = 0.6667: drafting costs time and yields nothing
    assertThat(SpeculativeDecoding.of(5, 0, 0.1).speedup()).isCloseTo(1 / 1.5, within(1e-12));
    assertThat(SpeculativeDecoding.of(5, 0, 0).speedup()).isEqualTo(1);
  }

  //-----------------------------------------------------------------------
  // check
  @Test
  void of_zeroDraftTokens_throws() {
    assertThatThrownBy(() -> SpeculativeDecoding.of(0, 0.5, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Draft tokens must be at least 1: 0");
  }

  @Test
  void of_acceptanceOne_throws() {
    assertThatThrownBy(() -> SpeculativeDecoding.of(4, 1, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Acceptance rate must be in [0, 1): 1.0");
  }

  @Test
  void of_acceptanceNegative_throws() {
    assertThatThrownBy(() -> SpeculativeDecoding.of(4, -0.1, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_negativeCostRatio_throws() {
    assertThatThrownBy(() -> SpeculativeDecoding.of(4, 0.5, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Draft cost ratio must be finite and not negative: -0.1");
  }

  @Test
  void of_infiniteCostRatio_throws() {
    assertThatThrownBy(() -> SpeculativeDecoding.of(4, 0.5, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  //-----------------------------------------------------------------------
  // value semantics
  @Test
  void toString_isCompact() {
    assertThat(K4_A08_C005.toString()).isEqualTo("k=4, a=0.8, c=0.05");
  }

  @Test
  void equals_sameValues_equal() {
    assertThat(SpeculativeDecoding.of(4, 0.8, 0.05)).isEqualTo(K4_A08_C005)
        .hasSameHashCodeAs(K4_A08_C005).isNotEqualTo(SpeculativeDecoding.of(4, 0.8, 0.06));
  }

  @Test
  void json_roundTrips() throws Exception {
    String json = JSON.writeValueAsString(K4_A08_C005);
    assertThat(json).isEqualTo("{\"draftTokens\":4,\"acceptanceRate\":0.8,"
        + "\"draftCostRatio\":0.05}");
    assertThat(JSON.readValue(json, SpeculativeDecoding.class)).isEqualTo(K4_A08_C005);
  }

  @Test
  void fields_areFinal() {
    Immutability.assertFieldsFinal(K4_A08_C005);
  }
}
