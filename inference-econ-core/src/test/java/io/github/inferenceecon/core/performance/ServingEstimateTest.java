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
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.TrafficProfile;
import org.junit.jupiter.api.Test;

final class ServingEstimateTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();
  private static final Deployment LLAMA_8B_H100 =
      Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100_SXM, 1);
  private static final ServingEstimate SERVED = PerformanceModel.defaults()
      .serve(LLAMA_8B_H100, TrafficProfile.fixed(5, 1000, 200));

  @Test
  void decodeShare_complementsPrefillShare() {
    assertThat(SERVED.decodeShare()).isEqualTo(1 - SERVED.prefillShare());
  }

  @Test
  void request_isTheMeanRequest() {
    assertThat(SERVED.request()).isEqualTo(Request.of(1000, 200));
  }

  @Test
  void toString_listsEveryFigure() {
    assertThat(SERVED.toString())
        .startsWith("Llama-3.1-8B on 1 x NVIDIA H100 SXM (tp=1, pp=1; weights=BF16, "
            + "kvCache=BF16, activations=BF16), CONTINUOUS batching, requests of 1000 in "
            + "(0 cached) / 200 out\n")
        .contains("  throughput: 1000 tokens/s output (1000 tokens/s per replica, 1000 "
            + "tokens/s per device), 5.000 requests/s\n")
        .contains("  TPOT: ").contains("  TTFT: ").contains(" at p90.00\n")
        .contains("  bounds: prefill COMPUTE, decode MEMORY_BANDWIDTH\n")
        .contains("  device time: prefill ").contains("  memory: ");
  }

  @Test
  void json_roundTrips() throws Exception {
    String json = JSON.writeValueAsString(SERVED);
    assertThat(json).contains("\"batching\":\"CONTINUOUS\"").contains("\"memoryLimited\":false");
    assertThat(JSON.readValue(json, ServingEstimate.class)).isEqualTo(SERVED);
  }

  @Test
  void build_percentileOne_throws() {
    assertThatThrownBy(() -> ImmutableServingEstimate.builder().from(SERVED).percentile(1)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must be in (0, 1): 1.0");
  }

  @Test
  void build_negativeConcurrency_throws() {
    assertThatThrownBy(() -> ImmutableServingEstimate.builder().from(SERVED).concurrency(-1)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Concurrency must be finite and not negative: -1.0");
  }

  @Test
  void build_zeroMemoryLimit_throws() {
    assertThatThrownBy(() -> ImmutableServingEstimate.builder().from(SERVED).memoryLimit(0)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Memory limit must be positive: 0");
  }

  @Test
  void build_negativeRequestRate_throws() {
    assertThatThrownBy(() -> ImmutableServingEstimate.builder().from(SERVED)
        .requestsPerSecond(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Request rate must be finite and not negative: -2.0");
  }

  @Test
  void build_tokensPerIterationBelowOne_throws() {
    assertThatThrownBy(() -> ImmutableServingEstimate.builder().from(SERVED)
        .tokensPerIteration(0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tokens per iteration must be at least 1: 0.5");
  }

  @Test
  void build_prefillShareAboveOne_throws() {
    assertThatThrownBy(() -> ImmutableServingEstimate.builder().from(SERVED).prefillShare(1.5)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Prefill share must be in [0, 1]: 1.5");
  }

  @Test
  void equals_sameEstimate_equal() {
    ServingEstimate again = PerformanceModel.defaults()
        .serve(LLAMA_8B_H100, TrafficProfile.fixed(5, 1000, 200));
    assertThat(again).isEqualTo(SERVED).hasSameHashCodeAs(SERVED);
    assertThat(PerformanceModel.defaults()
        .serve(LLAMA_8B_H100, TrafficProfile.fixed(6, 1000, 200))).isNotEqualTo(SERVED);
  }

  @Test
  void fields_areFinal() {
    Immutability.assertFieldsFinal(SERVED);
  }
}
