/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.units.TokenRate;
import org.junit.jupiter.api.Test;

final class ThroughputTest {

  static final Throughput PREFILL_30K_DECODE_3K = Throughput.ofTokensPerSecond(30_000, 3_000);

  @Test
  void of_keepsRates() {
    assertThat(PREFILL_30K_DECODE_3K.prefill()).isEqualTo(TokenRate.of(30_000));
    assertThat(PREFILL_30K_DECODE_3K.decode()).isEqualTo(TokenRate.of(3_000));
    assertThat(Throughput.of(TokenRate.of(30_000), TokenRate.of(3_000)))
        .isEqualTo(PREFILL_30K_DECODE_3K).hasSameHashCodeAs(PREFILL_30K_DECODE_3K);
  }

  @Test
  void of_zeroPrefill_throws() {
    assertThatThrownBy(() -> Throughput.of(TokenRate.ZERO, TokenRate.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Prefill rate must be positive: 0 tokens/s");
  }

  @Test
  void of_zeroDecode_throws() {
    assertThatThrownBy(() -> Throughput.ofTokensPerSecond(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Decode rate must be positive: 0 tokens/s");
  }

  @Test
  void of_negativeOrNaN_throws() {
    assertThatThrownBy(() -> Throughput.ofTokensPerSecond(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token rate must be finite and not negative: -1.0");
    assertThatThrownBy(() -> Throughput.ofTokensPerSecond(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_nulls_throw() {
    assertThatThrownBy(() -> Throughput.of(null, TokenRate.of(1)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_namesBothRates() {
    assertThat(PREFILL_30K_DECODE_3K)
        .hasToString("prefill 30000 tokens/s, decode 3000 tokens/s");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.json(PREFILL_30K_DECODE_3K))
        .isEqualTo("{\"prefill\":\"30000 tokens/s\",\"decode\":\"3000 tokens/s\"}");
    assertThat(CostTesting.roundTrip(PREFILL_30K_DECODE_3K, Throughput.class))
        .isEqualTo(PREFILL_30K_DECODE_3K);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableThroughput.class);
  }
}
