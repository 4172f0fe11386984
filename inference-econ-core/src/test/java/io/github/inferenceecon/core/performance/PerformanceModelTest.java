/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.B200;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.memory.WeightMemory;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.LengthDistribution;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class PerformanceModelTest {

  private static final ModelArchitecture LLAMA_8B = KnownArchitectures.get("llama-3.1-8b");
  private static final ModelArchitecture LLAMA_70B = KnownArchitectures.get("llama-3.1-70b");
  private static final Deployment LLAMA_8B_H100 = Deployment.of(LLAMA_8B, H100_SXM, 1);
  /** Llama-3.1-8B with the widest window an architecture holds, 2^31 - 1 tokens. */
  private static final Deployment LLAMA_8B_H100_WIDEST = Deployment.of(ModelArchitecture
      .builder().from(LLAMA_8B).contextLength(Integer.MAX_VALUE).build(), H100_SXM, 1);
  private static final PerformanceModel DEFAULTS = PerformanceModel.defaults();
  private static final PerformanceModel IDEAL = PerformanceModel.of(Efficiency.ideal(),
      MemoryEstimator.defaults());
  private static final Request REQUEST_1000_200 = Request.of(1000, 200);

  private static double ms(Duration d) {
    return Durations.toSeconds(d) * 1e3;
  }

  //-----------------------------------------------------------------------
  // construction
  @Test
  void defaults_usesDefaultEfficiencyDenseAttentionNoSpeculation() {
    assertThat(DEFAULTS.efficiency()).isEqualTo(Efficiency.defaults());
    assertThat(DEFAULTS.attentionSparsity()).isEqualTo(AttentionSparsity.none());
    assertThat(DEFAULTS.speculativeDecoding()).isEmpty();
    assertThat(DEFAULTS.memoryEstimator().assumptions())
        .isEqualTo(MemoryEstimator.defaults().assumptions());
  }

  @Test
  void withX_returnsChangedCopies() {
    SpeculativeDecoding s = SpeculativeDecoding.of(3, 0.6, 0.1);
    PerformanceModel m = DEFAULTS.withSpeculativeDecoding(s)
        .withAttentionSparsity(AttentionSparsity.of(0.5, 100))
        .withEfficiency(Efficiency.ideal());
    assertThat(m.speculativeDecoding()).contains(s);
    assertThat(m.attentionSparsity()).isEqualTo(AttentionSparsity.of(0.5, 100));
    assertThat(m.efficiency()).isEqualTo(Efficiency.ideal());
    assertThat(m.withoutSpeculativeDecoding().speculativeDecoding()).isEmpty();
    assertThat(DEFAULTS.speculativeDecoding()).isEmpty();
    assertThat(WhatIfs.of(m)).isNotNull();
  }

  @Test
  void of_null_throwsNullPointer() {
    assertThatThrownBy(() -> PerformanceModel.of((Efficiency) null, MemoryEstimator.defaults()))
        .isInstanceOf(NullPointerException.class).hasMessage("efficiency");
    assertThatThrownBy(() -> PerformanceModel.of((Calibration) null, MemoryEstimator.defaults()))
        .isInstanceOf(NullPointerException.class).hasMessage("calibration");
    assertThatThrownBy(() -> PerformanceModel.of(Efficiency.defaults(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("memory");
    assertThatThrownBy(() -> DEFAULTS.withSpeculativeDecoding(null))
        .isInstanceOf(NullPointerException.class).hasMessage("speculative");
    assertThatThrownBy(() -> DEFAULTS.withAttentionSparsity(null))
        .isInstanceOf(NullPointerException.class).hasMessage("sparsity");
  }

  @Test
  void toString_namesTheSettings() {
    assertThat(DEFAULTS.toString()).startsWith("PerformanceModel[Calibration[5 generations")
        .contains("no speculative decoding").endsWith("attention skip 0.0 beyond 0 tokens]");
  }

  //-----------------------------------------------------------------------
  // decodeStep
  @Test
  void decodeStep_llama8bBf16OneH100Batch1_weightFloor() {
    // The figure: all 16,060,522,496 weight bytes over 3.35 TB/s = 4.794 ms.
    long allWeights = WeightMemory.of(LLAMA_8B, Precision.bf16()).total().toBytes();
    assertThat(allWeights).isEqualTo(16_060_522_496L);
    assertThat(allWeights / 3.35e12 * 1e3).isCloseTo(4.794, within(0.001));
    // A decode step reads one row of the 1,050,673,152-byte embedding table, not all of it:
    // 15,009,857,536 weight bytes + 131,072 KV bytes + 9,961,472 activation bytes (RooflineTest)
    // over 3.35 TB/s = 4.4836 ms at 100%.
    DecodeEstimate step = IDEAL.decodeStep(LLAMA_8B_H100, 1, 0);
    assertThat(ms(step.timePerOutputToken())).isCloseTo(4.483567, within(1e-6));
    assertThat(step.pass().weightBytes().toBytes()).isEqualTo(15_009_857_536L);
    assertThat(step.bound()).isEqualTo(Bound.MEMORY_BANDWIDTH);
    assertThat(step.throughputPerReplica().tokensPerSecond())
        .isCloseTo(1 / 4.483567e-3, within(0.01));
  }

  @Test
  void decodeStep_workedEfficiency_addsBandwidthFactorAndOverhead() {
    // (15,009,988,608 weight and KV + 9,961,472 activation) bytes / (3.35e12 x 0.8) = 5.6045
    // ms, + 2.5 ms overhead = 8.1045 ms
    DecodeEstimate step = WorkedEfficiency.MODEL.decodeStep(LLAMA_8B_H100, 1, 0);
    assertThat(ms(step.timePerOutputToken())).isCloseTo(8.104459, within(1e-5));
    assertThat(ms(step.pass().overhead())).isEqualTo(2.5);
  }

  @Test
  void decodeStep_defaults_useTheHopperFit() {
    // H100 is in the NVIDIA Hopper generation: memory 0.757, compute 0.606, overlap 0.460,
    // overhead 4.2 ms. The 15.0 GFLOP of the matrix products (2 x 7.50e9 parameters, output
    // head included) at 0.606 x 989 TFLOP/s = 25.04 us, of which 1 - 0.460 is not hidden under
    // the weight reads, 15,009,857,536 / (3.35e12 x 0.757) = 5.91883 ms; the KV write 131,072 B
    // (0.05 us) with its 0.5 MFLOP of attention; the activations 9,961,472 B = 3.93 us:
    // 5.91883 + 0.54 x 0.02504 + 0.0000517 + 0.00393 + 4.2 = 10.1363 ms
    Efficiency e = DEFAULTS.efficiencyFor(LLAMA_8B_H100);
    assertThat(e.memoryEfficiency()).isEqualTo(0.757);
    assertThat(e.computeEfficiency()).isEqualTo(0.606);
    DecodeEstimate step = DEFAULTS.decodeStep(LLAMA_8B_H100, 1, 0);
    assertThat(ms(step.timePerOutputToken())).isCloseTo(10.1363, within(0.0005));
  }

  @Test
  void decodeStep_context0_turnsComputeBoundAtBatch369() {
    // batch B: B x 15,009,841,152 FLOPs / 989e12 >= (15,009,849,344 + B x (139,264 +
    // 9,961,472 activation)) B / 3.35e12 gives B >= 368.42; the balance point of the weights
    // alone is 989e12 / 3.35e12 = 295.2 FLOP/B
    DecodeEstimate step = IDEAL.decodeStep(LLAMA_8B_H100, 1, 0);
    assertThat(step.computeBoundBatch()).hasValue(369);
    assertThat(step.balancePoint()).isCloseTo(295.22, within(0.01));
    assertThat(IDEAL.decodeStep(LLAMA_8B_H100, 369, 0).bound()).isEqualTo(Bound.COMPUTE);
    assertThat(IDEAL.decodeStep(LLAMA_8B_H100, 368, 0).bound())
        .isEqualTo(Bound.MEMORY_BANDWIDTH);
  }

  @Test
  void decodeStep_longContext_neverComputeBound() {
    // per sequence 2,001 x 131,072 KV bytes against 15.07 GFLOP: 57 FLOP/B, below 295
    assertThat(IDEAL.decodeStep(LLAMA_8B_H100, 1, 2000).computeBoundBatch()).isEmpty();
  }

  @Test
  void decodeStep_throughputPerDevice_dividesByTheReplicasDevices() {
    DecodeEstimate step = DEFAULTS.decodeStep(Deployment.of(LLAMA_8B, H100_SXM, 2), 16, 500);
    assertThat(step.throughputPerDevice().tokensPerSecond()).isCloseTo(
        step.throughputPerReplica().tokensPerSecond() / 2, within(1e-9));
    assertThat(step.pass().interconnectBytes().toBytes()).isPositive();
  }

  @Test
  void decodeStep_tensorParallelAtBatch1_isInterconnectBoundWhenLatencyDominates() {
    Efficiency slowLink = Efficiency.builder().allReduceLatency(Duration.ofMillis(1)).build();
    DecodeEstimate step = DEFAULTS.withEfficiency(slowLink)
        .decodeStep(Deployment.of(LLAMA_8B, H100_SXM, 8), 1, 0);
    assertThat(step.bound()).isEqualTo(Bound.INTERCONNECT);
  }

  @Test
  void decodeStep_speculativeAtBatch1_approachesLeviathanSpeedup() {
    SpeculativeDecoding s = SpeculativeDecoding.of(4, 0.8, 0.05);
    DecodeEstimate plain = IDEAL.decodeStep(LLAMA_8B_H100, 1, 1000);
    DecodeEstimate spec = IDEAL.withSpeculativeDecoding(s).decodeStep(LLAMA_8B_H100, 1, 1000);
    // memory-bound: verifying 5 positions costs about one step, so the gain is about
    // 3.3616 / 1.2 = 2.80
    double speedup = ms(plain.timePerOutputToken()) / ms(spec.timePerOutputToken());
    assertThat(speedup).isCloseTo(s.speedup(), within(0.01));
    assertThat(spec.tokensPerIteration()).isEqualTo(s.expectedTokensPerPass());
    assertThat(ms(spec.draftTime())).isCloseTo(4 * 0.05 * ms(plain.iterationTime()),
        within(1e-6));
  }

  @Test
  void decodeStep_speculativeAtLargeBatch_gainsLessThanLeviathan() {
    SpeculativeDecoding s = SpeculativeDecoding.of(4, 0.8, 0.05);
    DecodeEstimate plain = IDEAL.decodeStep(LLAMA_8B_H100, 512, 0);
    DecodeEstimate spec = IDEAL.withSpeculativeDecoding(s).decodeStep(LLAMA_8B_H100, 512, 0);
    double speedup = ms(plain.timePerOutputToken()) / ms(spec.timePerOutputToken());
    assertThat(speedup).isLessThan(s.speedup() * 0.5);
  }

  @Test
  void decodeStep_pipelineParallel_keepsLatencyAndFillsStagesWithMicroBatches() {
    ModelArchitecture llama2 = KnownArchitectures.get("llama-2-70b");
    Deployment tp2 = Deployment.of(llama2, H100_SXM, 2);
    Deployment tp2pp2 = Deployment.builder().model(llama2).accelerator(H100_SXM)
        .tensorParallel(2).pipelineParallel(2).build();
    // batch 1: a token still passes every layer, plus one hand-off
    assertThat(IDEAL.decodeStep(tp2pp2, 1, 0).timePerOutputToken())
        .isGreaterThanOrEqualTo(IDEAL.decodeStep(tp2, 1, 0).timePerOutputToken());
    // batch 256, compute-heavy: two micro-batches of 128 keep both stages busy
    assertThat(IDEAL.decodeStep(tp2pp2, 1024, 0).throughputPerReplica())
        .isGreaterThan(IDEAL.decodeStep(tp2, 1024, 0).throughputPerReplica());
  }

  @Test
  void decodeStep_batchZero_throws() {
    assertThatThrownBy(() -> DEFAULTS.decodeStep(LLAMA_8B_H100, 0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Batch must be positive: 0");
  }

  @Test
  void decodeStep_negativeContext_throws() {
    assertThatThrownBy(() -> DEFAULTS.decodeStep(LLAMA_8B_H100, 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Context length must not be negative: -1");
  }

  @Test
  void decodeStep_nullDeployment_throws() {
    assertThatThrownBy(() -> DEFAULTS.decodeStep(null, 1, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("deployment");
  }

  @Test
  void decodeStep_hugeContext_isClosedFormNotALoopOverTokens() {
    DecodeEstimate step = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> DEFAULTS.decodeStep(LLAMA_8B_H100_WIDEST, 1, Integer.MAX_VALUE));
    assertThat(step.bound()).isEqualTo(Bound.MEMORY_BANDWIDTH);
  }

  @Test
  void decodeStep_kvBytesBeyondALong_throwsArithmetic() {
    // 2^31 sequences x 2^31 tokens x 131,072 bytes per token
    assertThatThrownBy(() -> DEFAULTS.decodeStep(LLAMA_8B_H100_WIDEST, Integer.MAX_VALUE,
        Integer.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void decodeStep_contextBeyondTheWindow_throwsNamingBothNumbers() {
    // Llama-3.1-8B: max_position_embeddings 131072 (rope_type llama3 leaves it as it is)
    assertThatThrownBy(() -> DEFAULTS.decodeStep(LLAMA_8B_H100, 1, 131_073))
        .isInstanceOfSatisfying(ContextWindowExceededException.class, e -> {
          assertThat(e.requested()).isEqualTo(TokenCount.of(131_073));
          assertThat(e.limit()).isEqualTo(TokenCount.of(131_072));
          assertThat(e.kind()).isEqualTo(ContextWindowExceededException.Kind.CONTEXT_WINDOW);
          assertThat(e.provider()).isEmpty();
          assertThat(e.model()).isEqualTo("Llama-3.1-8B");
        })
        .hasMessage("Context of 131073 tokens exceeds the 131072-token context window of model "
            + "'Llama-3.1-8B'");
    assertThat(DEFAULTS.decodeStep(LLAMA_8B_H100, 1, 131_072).context()).isEqualTo(131_072);
  }

  @Test
  void entryPoints_requestBeyondTheWindow_throw() {
    // 1,000,000 input tokens, ten times Llama-3.1-8B's 131,072
    Request million = Request.of(1_000_000, 100);

    assertThatThrownBy(() -> DEFAULTS.offline(LLAMA_8B_H100, million))
        .isInstanceOf(ContextWindowExceededException.class)
        .hasMessageContaining("1000100").hasMessageContaining("131072");
    assertThatThrownBy(() -> DEFAULTS.atConcurrency(LLAMA_8B_H100, million, 1))
        .isInstanceOf(ContextWindowExceededException.class);
    assertThatThrownBy(() -> DEFAULTS.staticBatch(LLAMA_8B_H100, million, 1))
        .isInstanceOf(ContextWindowExceededException.class);
    assertThatThrownBy(() -> DEFAULTS.prefill(LLAMA_8B_H100, 1_000_000, 0, 1))
        .isInstanceOf(ContextWindowExceededException.class);
    // the whole request counts: 131,000 input and 100 output is 28 tokens too many
    assertThatThrownBy(() -> DEFAULTS.offline(LLAMA_8B_H100, Request.of(131_000, 100)))
        .isInstanceOf(ContextWindowExceededException.class)
        .hasMessageStartingWith("Context of 131100 tokens");
  }

  //-----------------------------------------------------------------------
  // prefill
  @Test
  void prefill_llama8b1000Tokens_isComputeBound() {
    // 14,222,100,529,152 FLOPs / 989e12 = 14.3803 ms, plus 2.9736 ms of activations that no
    // compute hides (see RooflineTest): 17.3539 ms
    PrefillEstimate p = IDEAL.prefill(LLAMA_8B_H100, 1000, 0, 1);
    assertThat(ms(p.timeToFirstToken())).isCloseTo(17.353858, within(1e-5));
    assertThat(p.bound()).isEqualTo(Bound.COMPUTE);
    assertThat(p.computedTokens()).isEqualTo(1000);
    assertThat(p.throughput().tokensPerSecond()).isCloseTo(1000 / 17.353858e-3, within(0.1));
    assertThat(p.pass().flops().flops()).isEqualTo(14_222_100_529_152.0);
  }

  @Test
  void prefill_nvfp4Weights_computeAtTheFp4PeakOnB200AndFp8OnH100() {
    // The same 14,222,100,529,152 FLOPs; the linear layers' at the peak of the format each
    // device computes NVFP4 weights in (AcceleratorSpec.computeChoice), attention's products in
    // the wider of the activation and KV cache formats, here the BF16 cache. Attention: 32
    // layers x 500,500 causal token pairs x 4 x 4096 (QK and AV) = 262,406,144,000 FLOPs; the
    // linear layers the other 13,959,694,385,152. B200 has a dense FP4 peak, 9000 TFLOP/s, and
    // 2250 in BF16: 13,959,694,385,152 / 9000e12 + 262,406,144,000 / 2250e12 = 1.667702 ms; an
    // H100 has no FP4 peak, so FP8, the nearest wider, at 1979 TFLOP/s, and 989 in BF16:
    // 13,959,694,385,152 / 1979e12 + 262,406,144,000 / 989e12 = 7.319238 ms. Both then pass
    // 1,000 x 9,961,472 activation bytes between kernels (RooflineTest), which no compute
    // hides: 1.293698 ms at 7.7 TB/s (B200), 2.973574 ms at 3.35 TB/s (H100)
    Precision nvfp4 = Precision.forWeights(NumericFormat.NVFP4, NumericFormat.BF16);
    Deployment b200 = Deployment.builder().model(LLAMA_8B).accelerator(B200)
        .precision(B200.runnablePrecision(nvfp4)).build();
    Deployment h100 = Deployment.builder().model(LLAMA_8B).accelerator(H100_SXM)
        .precision(H100_SXM.runnablePrecision(nvfp4)).build();

    PrefillEstimate onB200 = IDEAL.prefill(b200, 1000, 0, 1);
    PrefillEstimate onH100 = IDEAL.prefill(h100, 1000, 0, 1);

    assertThat(b200.precision().computeFormat()).isEqualTo(ComputeFormat.FP4);
    assertThat(ms(onB200.pass().computeTime())).isCloseTo(1.667702, within(1e-5));
    assertThat(ms(onB200.timeToFirstToken())).isCloseTo(1.667702 + 1.293698, within(1e-5));
    assertThat(h100.precision().computeFormat()).isEqualTo(ComputeFormat.FP8);
    assertThat(onH100.bound()).isEqualTo(Bound.COMPUTE);
    assertThat(ms(onH100.pass().computeTime())).isCloseTo(7.319238, within(1e-5));
    assertThat(ms(onH100.timeToFirstToken())).isCloseTo(7.319238 + 2.973574, within(1e-5));
  }

  @Test
  void prefill_cachedPrefix_skipsItsPrefill() {
    PrefillEstimate cold = DEFAULTS.prefill(LLAMA_8B_H100, 4000, 0, 1);
    PrefillEstimate warm = DEFAULTS.prefill(LLAMA_8B_H100, 4000, 3000, 1);
    assertThat(warm.computedTokens()).isEqualTo(1000);
    assertThat(warm.timeToFirstToken()).isLessThan(cold.timeToFirstToken());
  }

  @Test
  void prefill_fullyCached_stillComputesTheLastToken() {
    assertThat(DEFAULTS.prefill(LLAMA_8B_H100, 4000, 4000, 2).computedTokens()).isEqualTo(1);
  }

  @Test
  void prefill_promptZero_throws() {
    assertThatThrownBy(() -> DEFAULTS.prefill(LLAMA_8B_H100, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Prompt tokens must be positive: 0");
  }

  @Test
  void prefill_cachedAbovePrompt_throws() {
    assertThatThrownBy(() -> DEFAULTS.prefill(LLAMA_8B_H100, 5, 8, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cached prefix tokens must not exceed prompt tokens: 8/5");
  }

  @Test
  void prefill_negativeCached_throws() {
    assertThatThrownBy(() -> DEFAULTS.prefill(LLAMA_8B_H100, 5, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cached prefix tokens must not be negative: -1");
  }

  @Test
  void prefill_batchZero_throws() {
    assertThatThrownBy(() -> DEFAULTS.prefill(LLAMA_8B_H100, 5, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Batch must be positive: 0");
  }

  //-----------------------------------------------------------------------
  // serve
  @Test
  void serve_throughputIsTheOfferedLoad() {
    ServingEstimate s = DEFAULTS.serve(LLAMA_8B_H100, TrafficProfile.fixed(5, 1000, 200));
    assertThat(s.outputThroughput().tokensPerSecond()).isCloseTo(1000, within(1e-9));
    assertThat(s.requestsPerSecond()).isEqualTo(5);
    assertThat(s.batching()).isEqualTo(Batching.CONTINUOUS);
    assertThat(s.isMemoryLimited()).isFalse();
    // Little's law: in flight = rate x iterations per request x iteration time
    assertThat(s.concurrency()).isCloseTo(5 * 200 * Durations.toSeconds(s.iterationTime()),
        within(1e-5));
    assertThat(s.timePerOutputToken()).isEqualTo(s.iterationTime());
    Duration sum = s.timeToFirstToken().plus(s.timePerOutputToken().multipliedBy(199));
    assertThat(Math.abs(s.endToEndLatency().minus(sum).toNanos())).isLessThanOrEqualTo(200);
  }

  @Test
  void serve_lowLoad_ttftIsAboutAPrefillPlusHalfAnIteration() {
    ServingEstimate s = IDEAL.serve(LLAMA_8B_H100, TrafficProfile.fixed(0.01, 1000, 2));
    double prefill = ms(IDEAL.prefill(LLAMA_8B_H100, 1000, 0, 1).timeToFirstToken());
    assertThat(ms(s.timeToFirstToken())).isBetween(prefill, prefill + ms(s.iterationTime()));
  }

  @Test
  void serve_replicas_splitTheTraffic() {
    Deployment two = Deployment.builder().from(LLAMA_8B_H100).replicas(2).build();
    ServingEstimate one = DEFAULTS.serve(LLAMA_8B_H100, TrafficProfile.fixed(3, 1000, 200));
    ServingEstimate both = DEFAULTS.serve(two, TrafficProfile.fixed(6, 1000, 200));
    assertThat(both.timePerOutputToken()).isEqualTo(one.timePerOutputToken());
    assertThat(both.outputThroughput().tokensPerSecond())
        .isCloseTo(2 * one.outputThroughput().tokensPerSecond(), within(1e-9));
    assertThat(both.outputThroughputPerReplica()).isEqualTo(one.outputThroughputPerReplica());
  }

  @Test
  void serve_percentile_spreadsTimeToFirstToken() {
    TrafficProfile t = TrafficProfile.builder().requestsPerSecond(4)
        .inputLength(LengthDistribution.logNormal(1000, 1))
        .outputLength(LengthDistribution.fixed(200)).build();
    ServingEstimate s = DEFAULTS.serve(LLAMA_8B_H100, t, 0.99);
    assertThat(s.percentile()).isEqualTo(0.99);
    assertThat(s.timeToFirstTokenAtPercentile()).isGreaterThan(s.timeToFirstToken());
    assertThat(s.timePerOutputTokenAtPercentile()).isEqualTo(s.timePerOutputToken());
  }

  @Test
  void serve_beyondCapacity_throwsWithTheCapacity() {
    double capacity = DEFAULTS.offline(LLAMA_8B_H100, REQUEST_1000_200).requestsPerSecond();
    assertThatThrownBy(() -> DEFAULTS.serve(LLAMA_8B_H100,
        TrafficProfile.fixed(capacity * 1.05, 1000, 200)))
        .isInstanceOfSatisfying(CapacityExceededException.class, e -> {
          assertThat(e.offeredRequestsPerSecond()).isEqualTo(capacity * 1.05);
          assertThat(e.capacityRequestsPerSecond()).isCloseTo(capacity, within(1e-9));
        })
        .hasMessageStartingWith("Traffic exceeds the deployment's capacity: ");
  }

  @Test
  void serve_justBelowCapacity_isServed() {
    double capacity = DEFAULTS.offline(LLAMA_8B_H100, REQUEST_1000_200).requestsPerSecond();
    ServingEstimate s = DEFAULTS.serve(LLAMA_8B_H100,
        TrafficProfile.fixed(capacity * 0.95, 1000, 200));
    assertThat(s.concurrency()).isLessThanOrEqualTo(s.memoryLimit());
  }

  @Test
  void serve_percentileOne_throws() {
    assertThatThrownBy(() -> DEFAULTS.serve(LLAMA_8B_H100, TrafficProfile.fixed(1, 10, 10), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must be in (0, 1): 1.0");
  }

  @Test
  void serve_noOutput_throws() {
    assertThatThrownBy(() -> DEFAULTS.serve(LLAMA_8B_H100, TrafficProfile.fixed(1, 10, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mean output length must be at least 1 token: 0.0");
  }

  @Test
  void serve_modelTooBigForMemory_throws() {
    Deployment d = Deployment.of(LLAMA_70B, H100_SXM, 1);
    assertThatThrownBy(() -> DEFAULTS.serve(d, TrafficProfile.fixed(1, 1000, 200)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Deployment cannot hold one sequence of 1100 tokens in memory: "
            + "Llama-3.1-70B on 1 x NVIDIA H100 SXM");
  }

  //-----------------------------------------------------------------------
  // offline, atConcurrency
  @Test
  void offline_fillsMemory() {
    ServingEstimate s = DEFAULTS.offline(LLAMA_8B_H100, REQUEST_1000_200);
    long limit = MemoryEstimator.defaults().maxConcurrentSequences(LLAMA_8B_H100, 1100);
    assertThat(s.memoryLimit()).isEqualTo(limit);
    assertThat(s.concurrency()).isEqualTo(limit);
    assertThat(s.isMemoryLimited()).isTrue();
    assertThat(s.memoryPerDevice()).isLessThanOrEqualTo(
        MemoryEstimator.defaults().estimate(LLAMA_8B_H100, 1100, 0).budget());
    assertThat(s.prefillBound()).isEqualTo(Bound.COMPUTE);
    assertThat(s.prefillShare()).isBetween(0.0, 1.0);
  }

  @Test
  void offline_outputThroughputCountsFirstTokens() {
    ServingEstimate s = DEFAULTS.offline(LLAMA_8B_H100, REQUEST_1000_200);
    assertThat(s.outputThroughput().tokensPerSecond())
        .isCloseTo(s.requestsPerSecond() * 200, within(1e-6));
  }

  @Test
  void atConcurrency_aboveMemory_isCapped() {
    ServingEstimate s = DEFAULTS.atConcurrency(LLAMA_8B_H100, REQUEST_1000_200, 100_000);
    assertThat(s.concurrency()).isEqualTo(s.memoryLimit());
    assertThat(s.isMemoryLimited()).isTrue();
    assertThat(s).isEqualTo(DEFAULTS.offline(LLAMA_8B_H100, REQUEST_1000_200));
  }

  @Test
  void atConcurrency_one_decodesAlone() {
    ServingEstimate s = IDEAL.atConcurrency(LLAMA_8B_H100, Request.of(10, 1000), 1);
    assertThat(s.concurrency()).isEqualTo(1);
    assertThat(s.isMemoryLimited()).isFalse();
    assertThat(ms(s.timePerOutputToken())).isCloseTo(4.5, within(0.2));
  }

  @Test
  void atConcurrency_one_isTheTimeToFirstTokenThenTheDecodeSteps() {
    // One sequence in flight: its prompt is prefilled alone (the TTFT of a prefill of 1,000
    // tokens), then it decodes alone 200 times at the mean context 1,000 + 200 / 2 = 1,100
    // (the TPOT of a decode step of one sequence), then the next request starts. Worked with
    // the fixed factors (0.41 of 989 TFLOP/s, 0.8 of 3.35 TB/s, 2.5 ms per pass): the prefill
    // is 2 x 1,000 x 6.98e9 / 405.5 TFLOP/s = 34.4 ms + 500,500 pairs x 32 layers x 16,384
    // FLOPs of attention (0.65 ms) + 1,000 x 9,961,472 activation bytes / 2.68 TB/s (3.72 ms)
    // + 2.5 ms = 41.3 ms, and a step 15.0e9 bytes / 2.68 TB/s + 2.5 ms = 8.16 ms, so a request
    // takes 41.3 + 200 x 8.16 ms = 1.67 s, 201 / 1.67 s = 120 output tokens/s, and the prefill
    // is 41.3 / 1,673 = 2.5% of the time.
    Request request = Request.of(1000, 201);
    PerformanceModel model = WorkedEfficiency.MODEL;
    ServingEstimate s = model.atConcurrency(LLAMA_8B_H100, request, 1);

    double ttft = Durations.toSeconds(model.prefill(LLAMA_8B_H100, 1000, 0, 1)
        .timeToFirstToken());
    double tpot = Durations.toSeconds(model.decodeStep(LLAMA_8B_H100, 1, 1100)
        .timePerOutputToken());
    assertThat(ttft * 1e3).isCloseTo(41.3, within(0.1));
    assertThat(tpot * 1e3).isCloseTo(8.16, within(0.1));
    assertThat(Durations.toSeconds(s.timeToFirstToken())).isCloseTo(ttft, within(1e-9));
    assertThat(Durations.toSeconds(s.timePerOutputToken())).isCloseTo(tpot, within(1e-9));
    double whole = ttft + 200 * tpot;
    // each duration is whole nanoseconds: 200 roundings of the TPOT
    assertThat(Durations.toSeconds(s.endToEndLatency())).isCloseTo(whole, within(2e-7));
    assertThat(s.outputThroughput().tokensPerSecond()).isCloseTo(201 / whole, within(1e-4));
    assertThat(s.requestsPerSecond()).isCloseTo(1 / whole, within(1e-7));
    assertThat(s.prefillShare()).isCloseTo(ttft / whole, within(1e-9));
    assertThat(s.prefillShare()).isCloseTo(0.025, within(0.001));
  }

  @Test
  void atConcurrency_many_keepsLittlesLaw() {
    // In a closed loop the sequences in flight are the request rate times a request's time
    // (Little's law), whole prompts or not
    for (int concurrency : new int[] {1, 3, 64, 300}) {
      ServingEstimate s = WorkedEfficiency.MODEL.atConcurrency(LLAMA_8B_H100, REQUEST_1000_200,
          concurrency);
      assertThat(s.requestsPerSecond() * Durations.toSeconds(s.endToEndLatency()))
          .as("concurrency %d", concurrency).isCloseTo(concurrency, within(0.02 * concurrency));
    }
  }

  //-----------------------------------------------------------------------
  // prediction intervals
  @Test
  void offline_defaults_carryTheRegimesInterval() {
    // H100 BF16 is in the NVIDIA Hopper generation; BF16 has no rows of its own, so the
    // generation's interval applies
    ServingEstimate s = DEFAULTS.offline(LLAMA_8B_H100, REQUEST_1000_200);
    PredictionInterval i = s.predictionInterval().orElseThrow();
    assertThat(i).isEqualTo(Calibration.defaults().intervalFor(
        Regime.of("NVIDIA Hopper", ComputeFormat.BF16, false)).orElseThrow());
    assertThat(i.coverage()).isEqualTo(0.8);
    double x = s.outputThroughput().tokensPerSecond();
    assertThat(s.outputThroughputRange().orElseThrow().low().tokensPerSecond())
        .isCloseTo(x * i.lowRatio(), within(1e-6));
    assertThat(s.outputThroughputRange().orElseThrow().high().tokensPerSecond())
        .isCloseTo(x * i.highRatio(), within(1e-6));
    // times run the other way: the fast end of the throughput is the short end of the time
    double tpot = Durations.toSeconds(s.timePerOutputToken());
    assertThat(Durations.toSeconds(s.timePerOutputTokenRange().orElseThrow().low()))
        .isCloseTo(tpot / i.highRatio(), within(1e-9));
    assertThat(s.timeToFirstTokenRange().orElseThrow().contains(s.timeToFirstToken())).isTrue();
  }

  @Test
  void offline_uncalibratedEfficiency_hasNoInterval() {
    ServingEstimate s = WorkedEfficiency.MODEL.offline(LLAMA_8B_H100, REQUEST_1000_200);
    assertThat(s.predictionInterval()).isEmpty();
    assertThat(s.outputThroughputRange()).isEmpty();
    assertThat(s.timeToFirstTokenRange()).isEmpty();
    assertThat(s.timePerOutputTokenRange()).isEmpty();
  }

  //-----------------------------------------------------------------------
  // the mixtures of experts of the calibration set
  @Test
  void offline_deepSeekR1WithWideExpertParallelism_isEstimable() {
    // DeepSeek-R1 (MLA, 256 experts) in FP8 on 8 x B200, experts split 8 ways, attention
    // data-parallel: estimable, each device reading its own sequences' latent
    Deployment d = Deployment.builder().model(KnownArchitectures.get("deepseek-r1"))
        .accelerator(AcceleratorFixtures.B200).tensorParallel(8).expertParallel(8)
        .attentionDataParallel(true).precision(Precision.uniform(NumericFormat.FP8_E4M3))
        .build();
    ServingEstimate s = DEFAULTS.offline(d, Request.of(800, 3800));
    assertThat(s.outputThroughputPerDevice().tokensPerSecond()).isPositive();
    assertThat(s.predictionInterval()).isPresent();
    assertThat(DEFAULTS.calibration().regimeOf(d))
        .isEqualTo(Regime.of("NVIDIA Blackwell", ComputeFormat.FP8, true));
    // the attention-tensor-parallel layout holds far fewer sequences: every device keeps every
    // sequence's latent (attention data parallelism holds a little under 8 times as many, its
    // devices each keeping the non-expert weights whole)
    Deployment tp = Deployment.builder().from(d).attentionDataParallel(false).build();
    assertThat(s.memoryLimit()).isGreaterThan(5 * DEFAULTS.offline(tp, Request.of(800, 3800))
        .memoryLimit());
  }

  @Test
  void offline_gptOss120bWithMxfp4Experts_isEstimable() {
    // gpt-oss-120b as it ships: MXFP4 experts, BF16 elsewhere, on one H100 (FP8 KV, FP8 math)
    Precision shipped = Precision.builder().weights(NumericFormat.BF16)
        .expertWeights(NumericFormat.MXFP4).kvCache(NumericFormat.FP8_E4M3)
        .activations(NumericFormat.FP8_E4M3).build();
    Deployment d = Deployment.builder().model(KnownArchitectures.get("gpt-oss-120b"))
        .accelerator(H100_SXM).precision(shipped).build();
    ServingEstimate s = DEFAULTS.offline(d, Request.of(1000, 1300));
    assertThat(s.outputThroughput().tokensPerSecond()).isPositive();
    DecodeEstimate step = DEFAULTS.decodeStep(d, 1, 1000);
    // one token reads 4 of 128 experts per layer, far from all of them
    assertThat(step.pass().expertsTouched()).isCloseTo(4, within(1e-9));
  }

  @Test
  void atConcurrency_zero_throws() {
    assertThatThrownBy(() -> DEFAULTS.atConcurrency(LLAMA_8B_H100, REQUEST_1000_200, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Concurrency must be positive: 0");
  }

  @Test
  void offline_noOutput_throws() {
    assertThatThrownBy(() -> DEFAULTS.offline(LLAMA_8B_H100, Request.of(100, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mean output length must be at least 1 token: 0.0");
  }

  @Test
  void offline_oneOutputToken_isPrefillOnly() {
    ServingEstimate s = DEFAULTS.offline(LLAMA_8B_H100, Request.of(1000, 1));
    assertThat(s.prefillShare()).isEqualTo(1);
    assertThat(s.endToEndLatency()).isEqualTo(s.timeToFirstToken());
  }

  //-----------------------------------------------------------------------
  // staticBatch
  @Test
  void staticBatch_decodeStepsAverageOverTheGrowingContext() {
    // memory-bound and linear in the context: the mean step is the step at the mean context,
    // 1000 + 199 / 2 = 1099.5 tokens
    ServingEstimate s = IDEAL.staticBatch(LLAMA_8B_H100, REQUEST_1000_200, 8);
    double mid = (ms(IDEAL.decodeStep(LLAMA_8B_H100, 8, 1099).iterationTime())
        + ms(IDEAL.decodeStep(LLAMA_8B_H100, 8, 1100).iterationTime())) / 2;
    assertThat(ms(s.iterationTime())).isCloseTo(mid, within(1e-6));
    assertThat(s.timeToFirstToken()).isEqualTo(
        IDEAL.prefill(LLAMA_8B_H100, 1000, 0, 8).timeToFirstToken());
    assertThat(s.batching()).isEqualTo(Batching.STATIC);
    // a batch of 8 ends together: 8 requests per (prefill + 199 steps)
    double total = ms(s.timeToFirstToken()) + 199 * ms(s.iterationTime());
    assertThat(s.requestsPerSecond()).isCloseTo(8 / total * 1e3, within(1e-6));
  }

  @Test
  void staticBatch_pipelineAndCachedPrefix_prefillsAsTheBatchPrefillDoes() {
    // Llama-3.1-70B on 4 x H100, tp 2 x pp 2; 1,000-token prompts with 500 cached, batch 6:
    // the prefill splits into min(pp, batch) = 2 micro-batches of 3 and computes 500 tokens of
    // each prompt after 500 cached, exactly as the batch prefill estimate does
    Deployment d = Deployment.builder().model(LLAMA_70B).accelerator(H100_SXM)
        .tensorParallel(2).pipelineParallel(2).build();
    Request cached = Request.builder().inputTokens(TokenCount.of(1000))
        .cachedInputTokens(TokenCount.of(500)).outputTokens(TokenCount.of(1)).build();

    ServingEstimate s = IDEAL.staticBatch(d, cached, 6);

    Duration prefill = IDEAL.prefill(d, 1000, 500, 6).timeToFirstToken();
    assertThat(s.timeToFirstToken()).isEqualTo(prefill);
    // one output token: no decode step, so the batch takes its prefill alone (the Duration
    // holds whole nanoseconds, hence the tolerance)
    assertThat(s.requestsPerSecond()).isCloseTo(6 / Durations.toSeconds(prefill),
        within(1e-6));
  }

  @Test
  void staticBatch_traffic_runsToTheLongestOutput() {
    TrafficProfile t = TrafficProfile.builder().requestsPerSecond(1)
        .inputLength(LengthDistribution.fixed(1000))
        .outputLength(LengthDistribution.uniform(100, 300)).build();
    ServingEstimate spread = DEFAULTS.staticBatch(LLAMA_8B_H100, t, 9);
    ServingEstimate fixed = DEFAULTS.staticBatch(LLAMA_8B_H100, REQUEST_1000_200, 9);
    // the longest of 9 is the 0.9 percentile, 280 tokens: the batch runs longer for the same
    // mean output
    assertThat(spread.outputThroughput()).isLessThan(fixed.outputThroughput());
  }

  @Test
  void staticBatch_tooBig_throws() {
    assertThatThrownBy(() -> DEFAULTS.staticBatch(LLAMA_8B_H100, REQUEST_1000_200, 10_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Static batch of 10000 sequences of 1200 tokens does not fit in "
            + "memory: at most ");
  }

  @Test
  void staticBatch_batchZero_throws() {
    assertThatThrownBy(() -> DEFAULTS.staticBatch(LLAMA_8B_H100, REQUEST_1000_200, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Batch must be positive: 0");
  }

  //-----------------------------------------------------------------------
  // atCapacity
  @Test
  void atCapacity_meetsTargetsAndAHigherRateDoesNot() {
    ServiceLevelTargets slo = ServiceLevelTargets.of(Duration.ofMillis(500),
        Duration.ofMillis(30), 0.9);
    TrafficProfile shape = TrafficProfile.fixed(1, 1000, 200);
    ServingEstimate s = DEFAULTS.atCapacity(LLAMA_8B_H100, shape, slo);
    assertThat(s.timePerOutputTokenAtPercentile()).isLessThanOrEqualTo(Duration.ofMillis(30));
    assertThat(s.timeToFirstTokenAtPercentile()).isLessThanOrEqualTo(Duration.ofMillis(500));
    ServingEstimate above = DEFAULTS.serve(LLAMA_8B_H100,
        shape.withRequestsPerSecond(s.requestsPerSecond() * 1.01), 0.9);
    assertThat(above.timePerOutputToken().compareTo(Duration.ofMillis(30)) > 0
        || above.timeToFirstTokenAtPercentile().compareTo(Duration.ofMillis(500)) > 0).isTrue();
  }

  @Test
  void atCapacity_noTargets_isTheMemoryLimitedCapacity() {
    ServingEstimate s = DEFAULTS.atCapacity(LLAMA_8B_H100, TrafficProfile.fixed(1, 1000, 200),
        ServiceLevelTargets.none());
    assertThat(s.requestsPerSecond()).isCloseTo(
        DEFAULTS.offline(LLAMA_8B_H100, REQUEST_1000_200).requestsPerSecond(), within(1e-3));
  }

  @Test
  void atCapacity_unreachableTarget_throws() {
    ServiceLevelTargets slo = ServiceLevelTargets.builder()
        .timePerOutputToken(Duration.ofNanos(1000)).build();
    assertThatThrownBy(() -> DEFAULTS.atCapacity(LLAMA_8B_H100,
        TrafficProfile.fixed(1, 1000, 200), slo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Service-level targets cannot be met at any load on "
            + "Llama-3.1-8B on 1 x NVIDIA H100 SXM");
  }

  //-----------------------------------------------------------------------
  // precision
  @Test
  void fp8Activations_computeAtTheFp8Peak() {
    Deployment fp8 = LLAMA_8B_H100.withPrecision(Precision.of(NumericFormat.BF16,
        NumericFormat.BF16, NumericFormat.FP8_E4M3));
    // same bytes, twice the peak: the prefill's compute time halves once the KV cache is FP8
    // too (attention runs in the wider of the activation and KV formats)
    Deployment fp8Kv = LLAMA_8B_H100.withPrecision(Precision.of(NumericFormat.BF16,
        NumericFormat.FP8_E4M3, NumericFormat.FP8_E4M3));
    double bf16 = ms(IDEAL.prefill(LLAMA_8B_H100, 8000, 0, 1).pass().computeTime());
    double w16a8 = ms(IDEAL.prefill(fp8Kv, 8000, 0, 1).pass().computeTime());
    assertThat(w16a8 / bf16).isCloseTo(989.0 / 1979, within(0.01));
    // with a BF16 cache only the linear layers speed up: attention keeps the BF16 peak
    PassBreakdown a = IDEAL.prefill(LLAMA_8B_H100, 8000, 0, 1).pass();
    PassBreakdown b = IDEAL.prefill(fp8, 8000, 0, 1).pass();
    double attention = a.attentionFlops().flops() / 989e12 * 1e3;
    double linear = (a.flops().flops() - a.attentionFlops().flops()) / 989e12 * 1e3;
    assertThat(ms(b.computeTime())).isCloseTo(attention + linear * 989 / 1979, within(1e-6));
  }

  //-----------------------------------------------------------------------
  // nulls
  @Test
  void servingMethods_nullArguments_throwNullPointer() {
    TrafficProfile t = TrafficProfile.fixed(1, 10, 10);
    assertThatThrownBy(() -> DEFAULTS.serve(LLAMA_8B_H100, null))
        .isInstanceOf(NullPointerException.class).hasMessage("traffic");
    assertThatThrownBy(() -> DEFAULTS.serve(null, t))
        .isInstanceOf(NullPointerException.class).hasMessage("deployment");
    assertThatThrownBy(() -> DEFAULTS.offline(LLAMA_8B_H100, null))
        .isInstanceOf(NullPointerException.class).hasMessage("request");
    assertThatThrownBy(() -> DEFAULTS.atConcurrency(LLAMA_8B_H100, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("request");
    assertThatThrownBy(() -> DEFAULTS.staticBatch(LLAMA_8B_H100, (TrafficProfile) null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("traffic");
    assertThatThrownBy(() -> DEFAULTS.atCapacity(LLAMA_8B_H100, t, null))
        .isInstanceOf(NullPointerException.class).hasMessage("targets");
    assertThatThrownBy(() -> DEFAULTS.prefill(null, 1, 0, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("deployment");
  }
}
