/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.workload.Request;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class WhatIfsTest {

  private static final ModelArchitecture LLAMA_8B = KnownArchitectures.get("llama-3.1-8b");
  private static final ModelArchitecture LLAMA_70B = KnownArchitectures.get("llama-3.1-70b");
  private static final Deployment LLAMA_8B_H100 = Deployment.of(LLAMA_8B, H100_SXM, 1);
  private static final WhatIfs WHAT_IFS = WhatIfs.of(PerformanceModel.defaults());
  private static final Request REQUEST_1000_200 = Request.of(1000, 200);
  private static final Scenario AT_8 = Scenario.atConcurrency(REQUEST_1000_200, 8);

  @Test
  void quantisation_fp8_isFasterSmallerAndHoldsMoreSequences() {
    Comparison c = WHAT_IFS.quantisation(LLAMA_8B_H100, AT_8,
        Precision.uniform(NumericFormat.FP8_E4M3));
    assertThat(c.throughputRatio()).isGreaterThan(1.3);
    assertThat(c.timePerOutputTokenChange()).isNegative();
    assertThat(c.memoryPerDeviceChange()).isNegative();
    assertThat(c.memoryLimitChange()).isPositive();
    assertThat(c.change()).isEqualTo("precision weights=BF16, kvCache=BF16, activations=BF16 -> "
        + "weights=FP8-E4M3, kvCache=FP8-E4M3, activations=FP8-E4M3");
  }

  @Test
  void quantisation_fp8KvOnly_savesKvButKeepsWeights() {
    Comparison c = WHAT_IFS.quantisation(LLAMA_8B_H100, Scenario.offline(REQUEST_1000_200),
        Precision.bf16().withKvCache(NumericFormat.FP8_E4M3));
    // twice the sequences fit in the same KV budget
    assertThat((double) c.after().memoryLimit() / c.before().memoryLimit()).isBetween(1.9, 2.1);
  }

  @Test
  void speculativeDecoding_atLowConcurrency_speedsDecode() {
    SpeculativeDecoding s = SpeculativeDecoding.of(4, 0.7, 0.05);
    Comparison c = WHAT_IFS.speculativeDecoding(LLAMA_8B_H100, AT_8, s);
    assertThat(c.throughputRatio()).isGreaterThan(1.5).isLessThanOrEqualTo(s.speedup());
    assertThat(c.after().tokensPerIteration()).isEqualTo(s.expectedTokensPerPass());
    assertThat(c.change()).isEqualTo("speculative decoding k=4, a=0.7, c=0.05 (Leviathan "
        + "speed-up x2.311)");
  }

  @Test
  void speculativeDecoding_acceptanceZero_givesNoGain() {
    Comparison c = WHAT_IFS.speculativeDecoding(LLAMA_8B_H100, AT_8,
        SpeculativeDecoding.of(4, 0, 0.05));
    assertThat(c.throughputRatio()).isLessThan(1);
  }

  @Test
  void promptCaching_skipsPrefill() {
    Comparison c = WHAT_IFS.promptCaching(LLAMA_8B_H100, AT_8, 0.8);
    assertThat(c.timeToFirstTokenChange()).isNegative();
    assertThat(c.after().request().cachedInputTokens().count()).isEqualTo(800);
    assertThat(c.change()).isEqualTo("prompt caching 80% of input");
  }

  @Test
  void batching_continuousBeatsStaticAtTheSameBatch() {
    Comparison c = WHAT_IFS.batching(LLAMA_8B_H100, REQUEST_1000_200, 32);
    assertThat(c.before().batching()).isEqualTo(Batching.STATIC);
    assertThat(c.after().batching()).isEqualTo(Batching.CONTINUOUS);
    assertThat(c.throughputRatio()).isGreaterThan(1);
    assertThat(c.timeToFirstTokenChange()).isNegative();
  }

  @Test
  void sparseAttention_longContext_shrinksOnlyAttention() {
    Scenario longContext = Scenario.atConcurrency(Request.of(100_000, 200), 2);
    Comparison c = WHAT_IFS.sparseAttention(LLAMA_8B_H100, longContext,
        AttentionSparsity.of(0.8, 4096));
    assertThat(c.throughputRatio()).isGreaterThan(1.3);
    // the KV cache is still held whole
    assertThat(c.memoryPerDeviceChange()).isZero();
    assertThat(c.change()).isEqualTo("sparse attention, skip 0.8 beyond 4096 tokens");
  }

  @Test
  void sparseAttention_shortContext_changesNothing() {
    Comparison c = WHAT_IFS.sparseAttention(LLAMA_8B_H100, Scenario.atConcurrency(
        Request.of(1000, 200), 4), AttentionSparsity.of(0.8, 4096));
    assertThat(c.throughputRatio()).isEqualTo(1);
  }

  @Test
  void distillation_smallerStudent_isFaster() {
    Deployment teacher = Deployment.of(LLAMA_70B, H100_SXM, 4);
    Comparison c = WHAT_IFS.distillation(teacher, AT_8, LLAMA_8B);
    assertThat(c.throughputRatio()).isGreaterThan(2);
    assertThat(c.after().deployment()).startsWith("Llama-3.1-8B on 4 x NVIDIA H100 SXM");
    assertThat(c.timePerOutputTokenChange()).isLessThan(Duration.ZERO);
  }

  @Test
  void distillation_layoutUnsuitedToStudent_throws() {
    Deployment teacher = Deployment.of(LLAMA_70B, H100_SXM, 64);
    assertThatThrownBy(() -> WHAT_IFS.distillation(teacher, AT_8, LLAMA_8B))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nulls_throw() {
    assertThatThrownBy(() -> WhatIfs.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("model");
    assertThatThrownBy(() -> WHAT_IFS.quantisation(null, AT_8, Precision.bf16()))
        .isInstanceOf(NullPointerException.class).hasMessage("deployment");
    assertThatThrownBy(() -> WHAT_IFS.quantisation(LLAMA_8B_H100, AT_8, null))
        .isInstanceOf(NullPointerException.class).hasMessage("precision");
    assertThatThrownBy(() -> WHAT_IFS.speculativeDecoding(LLAMA_8B_H100, AT_8, null))
        .isInstanceOf(NullPointerException.class).hasMessage("speculative");
    assertThatThrownBy(() -> WHAT_IFS.promptCaching(LLAMA_8B_H100, null, 0.5))
        .isInstanceOf(NullPointerException.class).hasMessage("scenario");
    assertThatThrownBy(() -> WHAT_IFS.sparseAttention(LLAMA_8B_H100, AT_8, null))
        .isInstanceOf(NullPointerException.class).hasMessage("sparsity");
    assertThatThrownBy(() -> WHAT_IFS.distillation(LLAMA_8B_H100, AT_8, null))
        .isInstanceOf(NullPointerException.class).hasMessage("student");
  }
}
