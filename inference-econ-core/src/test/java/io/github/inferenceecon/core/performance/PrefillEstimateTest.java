/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import org.junit.jupiter.api.Test;

final class PrefillEstimateTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();
  private static final Deployment LLAMA_8B_H100 =
      Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100_SXM, 1);
  private static final PrefillEstimate PROMPT_1000 = PerformanceModel.of(Efficiency.ideal(),
      MemoryEstimator.defaults()).prefill(LLAMA_8B_H100, 1000, 0, 1);

  @Test
  void toString_summarisesThePrefill() {
    assertThat(PROMPT_1000.toString()).startsWith("prefill 1 x 1000 tokens (0 cached): "
        + "TTFT 17.35 ms, 57624 tokens/s; pass 17.35 ms, COMPUTE-bound");
  }

  @Test
  void json_roundTrips() throws Exception {
    assertThat(JSON.readValue(JSON.writeValueAsString(PROMPT_1000), PrefillEstimate.class))
        .isEqualTo(PROMPT_1000);
  }

  @Test
  void bound_isThePassBound() {
    assertThat(PROMPT_1000.bound()).isEqualTo(PROMPT_1000.pass().bound())
        .isEqualTo(Bound.COMPUTE);
  }

  @Test
  void equals_sameInputs_equal() {
    PrefillEstimate again = PerformanceModel.of(Efficiency.ideal(),
        MemoryEstimator.defaults()).prefill(LLAMA_8B_H100, 1000, 0, 1);
    assertThat(again).isEqualTo(PROMPT_1000).hasSameHashCodeAs(PROMPT_1000);
  }

  @Test
  void fields_areFinal() {
    Immutability.assertFieldsFinal(PROMPT_1000);
  }
}
