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
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopCount;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class PassBreakdownTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();
  private static final Deployment LLAMA_8B_H100 =
      Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100_SXM, 1);
  private static final PassBreakdown BATCH_1 = Roofline.of(LLAMA_8B_H100, Efficiency.ideal(),
      AttentionSparsity.none()).decode(1, 1, 0).toBreakdown();

  @Test
  void memoryBytes_addsWeightsKvAndActivations() {
    // 15,009,857,536 weight + 131,072 KV + 9,961,472 activation bytes (2 B x (14 x 4,096 +
    // 3 x 32 x 128 + 6 x 14,336) x 32 layers)
    assertThat(BATCH_1.activationBytes()).isEqualTo(ByteSize.ofBytes(9_961_472L));
    assertThat(BATCH_1.memoryBytes()).isEqualTo(ByteSize.ofBytes(15_019_950_080L));
  }

  @Test
  void arithmeticIntensity_isFlopsPerByte() {
    // 15,009,841,152 FLOPs / 15,019,950,080 bytes: about one FLOP per byte at batch 1
    assertThat(BATCH_1.arithmeticIntensity()).isCloseTo(0.999327, within(1e-6));
  }

  @Test
  void arithmeticIntensity_nothingMoved_isZero() {
    PassBreakdown empty = Roofline.of(LLAMA_8B_H100, Efficiency.ideal(),
        AttentionSparsity.none()).decode(0, 1, 0).toBreakdown();
    assertThat(empty.arithmeticIntensity()).isZero();
    assertThat(empty.time()).isZero();
  }

  @Test
  void time_isAtLeastEachResource() {
    assertThat(BATCH_1.time()).isGreaterThanOrEqualTo(BATCH_1.memoryTime())
        .isGreaterThanOrEqualTo(BATCH_1.computeTime())
        .isGreaterThanOrEqualTo(BATCH_1.interconnectTime());
  }

  @Test
  void toString_isReadable() {
    assertThat(BATCH_1.toString()).isEqualTo("4.484 ms, MEMORY_BANDWIDTH-bound (compute "
        + "0.01518 ms, memory 4.484 ms, interconnect 0.000 ms, overhead 0.000 ms; "
        + "15.009841152 GFLOP, weights 13.98 GiB, KV 128.00 KiB, link 0 B per device)");
  }

  @Test
  void json_roundTrips() throws Exception {
    String json = JSON.writeValueAsString(BATCH_1);
    assertThat(json).contains("\"bound\":\"MEMORY_BANDWIDTH\"")
        .contains("\"weightBytes\":\"15.009857536 GB\"");
    assertThat(JSON.readValue(json, PassBreakdown.class)).isEqualTo(BATCH_1);
  }

  @Test
  void build_negativeTokens_throws() {
    assertThatThrownBy(() -> ImmutablePassBreakdown.builder().from(BATCH_1).tokens(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tokens must be finite and not negative: -1.0");
  }

  @Test
  void build_negativeExperts_throws() {
    assertThatThrownBy(() -> ImmutablePassBreakdown.builder().from(BATCH_1)
        .expertsTouched(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Experts touched must be finite and not negative: NaN");
  }

  @Test
  void equals_differentTime_notEqual() {
    PassBreakdown slower = ImmutablePassBreakdown.builder().from(BATCH_1)
        .time(Duration.ofSeconds(1)).flops(FlopCount.of(1)).build();
    assertThat(slower).isNotEqualTo(BATCH_1);
    assertThat(ImmutablePassBreakdown.builder().from(BATCH_1).build()).isEqualTo(BATCH_1)
        .hasSameHashCodeAs(BATCH_1);
  }

  @Test
  void fields_areFinal() {
    Immutability.assertFieldsFinal(BATCH_1);
  }
}
