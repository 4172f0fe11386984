/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.workload.Request;
import org.junit.jupiter.api.Test;

final class ComparisonTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();
  private static final Deployment LLAMA_8B_H100 =
      Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100_SXM, 1);
  private static final PerformanceModel MODEL = PerformanceModel.defaults();
  private static final ServingEstimate AT_8 =
      MODEL.atConcurrency(LLAMA_8B_H100, Request.of(1000, 200), 8);
  private static final ServingEstimate AT_32 =
      MODEL.atConcurrency(LLAMA_8B_H100, Request.of(1000, 200), 32);
  private static final Comparison EIGHT_TO_32 = Comparison.of("8 -> 32 sequences", AT_8, AT_32);

  @Test
  void throughputRatio_isAfterOverBefore() {
    assertThat(EIGHT_TO_32.throughputRatio()).isCloseTo(
        AT_32.outputThroughput().tokensPerSecond() / AT_8.outputThroughput().tokensPerSecond(),
        within(1e-12)).isGreaterThan(1);
    assertThat(EIGHT_TO_32.throughputChange()).isCloseTo(
        AT_32.outputThroughput().tokensPerSecond() - AT_8.outputThroughput().tokensPerSecond(),
        within(1e-9));
  }

  @Test
  void changes_areAfterMinusBefore() {
    assertThat(EIGHT_TO_32.timePerOutputTokenChange())
        .isEqualTo(AT_32.timePerOutputToken().minus(AT_8.timePerOutputToken()));
    assertThat(EIGHT_TO_32.timeToFirstTokenChange())
        .isEqualTo(AT_32.timeToFirstToken().minus(AT_8.timeToFirstToken()));
    assertThat(EIGHT_TO_32.endToEndLatencyChange())
        .isEqualTo(AT_32.endToEndLatency().minus(AT_8.endToEndLatency()));
    assertThat(EIGHT_TO_32.memoryPerDeviceChange()).isEqualTo(
        AT_32.memoryPerDevice().toBytes() - AT_8.memoryPerDevice().toBytes()).isPositive();
    assertThat(EIGHT_TO_32.memoryLimitChange()).isZero();
    // 24 more sequences at the mean context of 1,000 + 200 / 2 = 1,100 tokens, 69 whole blocks
    // of 16 (1,104 tokens), at 131,072 B a token (32 layers x 8 KV heads x 128 dims x 2 (K, V)
    // x 2 B): 24 x 1,104 x 131,072 = 3,472,883,712 B more KV cache
    assertThat(EIGHT_TO_32.kvCachePerDeviceChange()).isEqualTo(
        3_472_883_712L);
  }

  @Test
  void toString_showsBeforeAndAfter() {
    assertThat(EIGHT_TO_32.toString()).startsWith("8 -> 32 sequences: throughput x")
        .contains(" tokens/s -> ").contains(", TPOT ").contains(", memory limit 414 -> 414 "
            + "sequences");
  }

  @Test
  void of_blankChange_throws() {
    assertThatThrownBy(() -> Comparison.of(" ", AT_8, AT_32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Change description must not be blank: ' '");
  }

  @Test
  void json_roundTrips() throws Exception {
    assertThat(JSON.readValue(JSON.writeValueAsString(EIGHT_TO_32), Comparison.class))
        .isEqualTo(EIGHT_TO_32);
  }

  @Test
  void equals_sameParts_equal() {
    assertThat(Comparison.of("8 -> 32 sequences", AT_8, AT_32)).isEqualTo(EIGHT_TO_32)
        .hasSameHashCodeAs(EIGHT_TO_32).isNotEqualTo(Comparison.of("other", AT_8, AT_32));
  }

  @Test
  void fields_areFinal() {
    Immutability.assertFieldsFinal(EIGHT_TO_32);
  }
}
