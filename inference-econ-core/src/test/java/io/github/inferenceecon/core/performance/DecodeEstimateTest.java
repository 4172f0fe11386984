/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import org.junit.jupiter.api.Test;

final class DecodeEstimateTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();
  private static final Deployment LLAMA_8B_H100 =
      Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100_SXM, 1);
  private static final PerformanceModel IDEAL = PerformanceModel.of(Efficiency.ideal(),
      MemoryEstimator.defaults());
  private static final DecodeEstimate BATCH_1 = IDEAL.decodeStep(LLAMA_8B_H100, 1, 0);

  @Test
  void toString_summarisesTheStep() {
    assertThat(BATCH_1.toString()).startsWith("decode batch 1 at 0 tokens: 4.484 ms/token, "
        + "223.0 tokens/s per device, balance 295.2 FLOP/B, compute-bound from batch 369; "
        + "pass 4.484 ms, MEMORY_BANDWIDTH-bound");
  }

  @Test
  void toString_speculative_showsTokensPerIteration() {
    DecodeEstimate spec = IDEAL.withSpeculativeDecoding(SpeculativeDecoding.of(4, 0.8, 0.05))
        .decodeStep(LLAMA_8B_H100, 1, 0);
    assertThat(spec.toString()).contains(", 3.362 tokens/iteration, draft 0.8967 ms");
  }

  @Test
  void toString_neverComputeBound_saysNever() {
    assertThat(IDEAL.decodeStep(LLAMA_8B_H100, 1, 5000).toString())
        .contains("compute-bound from batch never");
  }

  @Test
  void json_roundTrips() throws Exception {
    assertThat(JSON.readValue(JSON.writeValueAsString(BATCH_1), DecodeEstimate.class))
        .isEqualTo(BATCH_1);
  }

  @Test
  void build_zeroBatch_throws() {
    assertThatThrownBy(() -> ImmutableDecodeEstimate.builder().from(BATCH_1).batch(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Batch must be positive: 0");
  }

  @Test
  void build_negativeContext_throws() {
    assertThatThrownBy(() -> ImmutableDecodeEstimate.builder().from(BATCH_1).context(-3)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Context length must not be negative: -3");
  }

  @Test
  void equals_sameInputs_equal() {
    assertThat(IDEAL.decodeStep(LLAMA_8B_H100, 1, 0)).isEqualTo(BATCH_1)
        .hasSameHashCodeAs(BATCH_1).isNotEqualTo(IDEAL.decodeStep(LLAMA_8B_H100, 2, 0));
  }

  @Test
  void fields_areFinal() {
    Immutability.assertFieldsFinal(BATCH_1);
  }
}
