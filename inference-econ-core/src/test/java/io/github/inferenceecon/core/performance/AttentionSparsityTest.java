/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import org.junit.jupiter.api.Test;

final class AttentionSparsityTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();

  @Test
  void none_skipsNothing() {
    assertThat(AttentionSparsity.none().skippedFraction()).isZero();
    assertThat(AttentionSparsity.none().denseTokens()).isZero();
  }

  @Test
  void of_keepsValues() {
    AttentionSparsity s = AttentionSparsity.of(0.75, 4096);
    assertThat(s.skippedFraction()).isEqualTo(0.75);
    assertThat(s.denseTokens()).isEqualTo(4096);
    assertThat(s).hasToString("skip 0.75 beyond 4096 tokens");
  }

  @Test
  void of_fractionOne_throws() {
    assertThatThrownBy(() -> AttentionSparsity.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Skipped fraction must be in [0, 1): 1.0");
  }

  @Test
  void of_fractionNaN_throws() {
    assertThatThrownBy(() -> AttentionSparsity.of(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_negativeDenseTokens_throws() {
    assertThatThrownBy(() -> AttentionSparsity.of(0.5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dense tokens must not be negative: -1");
  }

  @Test
  void json_roundTrips() throws Exception {
    AttentionSparsity s = AttentionSparsity.of(0.5, 8192);
    assertThat(JSON.readValue(JSON.writeValueAsString(s), AttentionSparsity.class))
        .isEqualTo(s);
  }

  @Test
  void equals_sameValues_equal() {
    assertThat(AttentionSparsity.of(0.5, 10)).isEqualTo(AttentionSparsity.of(0.5, 10))
        .hasSameHashCodeAs(AttentionSparsity.of(0.5, 10))
        .isNotEqualTo(AttentionSparsity.of(0.5, 11));
  }

  @Test
  void fields_areFinal() {
    Immutability.assertFieldsFinal(AttentionSparsity.of(0.5, 10));
  }
}
