/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import static io.github.inferenceecon.core.memory.MemoryFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.ByteSize;
import org.junit.jupiter.api.Test;

/** The finer rules of the memory estimate: stages, activations, assumptions, text. */
final class MemoryDetailsTest {

  private static final ModelArchitecture LLAMA_31_70B = KnownArchitectures.get("llama-3.1-70b");
  private static final ModelArchitecture MIXTRAL_8X7B = KnownArchitectures.get("mixtral-8x7b");
  private static final ModelArchitecture DEEPSEEK_V3 = KnownArchitectures.get("deepseek-v3");
  private static final ModelArchitecture GEMMA_2_27B = KnownArchitectures.get("gemma-2-27b");
  private static final MemoryEstimator MEMORY = MemoryEstimator.defaults();

  //-----------------------------------------------------------------------
  // Stages
  //-----------------------------------------------------------------------
  @Test
  void stages_splitEvenly_firstStagesTakeTheRemainder() {
    // 80 layers over 3 stages: 27 + 27 + 26
    assertThat(Stages.layers(80, 3, 0)).containsExactly(0, 27);
    assertThat(Stages.layers(80, 3, 1)).containsExactly(27, 54);
    assertThat(Stages.layers(80, 3, 2)).containsExactly(54, 80);
    assertThat(Stages.layers(80, 1, 0)).containsExactly(0, 80);
  }

  //-----------------------------------------------------------------------
  // KvCache.perTokenGlobalLayers
  //-----------------------------------------------------------------------
  @Test
  void perTokenGlobalLayers_gemma2_27b_countsOnlyTheGlobalHalf() {
    // 23 global layers x 16 KV heads x 128 dims x 2 x 2 bytes = 188,416 bytes per token
    assertThat(KvCache.perTokenGlobalLayers(GEMMA_2_27B, NumericFormat.BF16).toBytes())
        .isEqualTo(188_416L);
    assertThat(KvCache.perTokenGlobalLayers(LLAMA_31_70B, NumericFormat.BF16))
        .isEqualTo(KvCache.perToken(LLAMA_31_70B, NumericFormat.BF16));
  }

  //-----------------------------------------------------------------------
  // activations
  //-----------------------------------------------------------------------
  @Test
  void activations_moe_useTheWidthOfTheExpertsAToken() {
    // Mixtral: per token 2 x 4,096 + (32 + 2 x 8) x 128 + 32 x 128 + 3 x (2 experts x 14,336)
    //   = 8,192 + 6,144 + 4,096 + 86,016 = 104,448 BF16 elements = 208,896 B; x 8,192 tokens
    //   = 1,711,276,032 B; plus logits 256 x 32,000 x 4 = 32,768,000 B
    assertThat(MEMORY.activationsPerDevice(Deployment.of(MIXTRAL_8X7B, H100_SXM, 1)).toBytes())
        .isEqualTo(1_711_276_032L + 32_768_000L);
  }

  @Test
  void activations_mla_useTheLatentAttentionShapes() {
    // DeepSeek-V3, tp 8: attention q and k heads of 192 and v heads of 128 over 128 heads:
    //   qkv 128 x (192 + 192 + 128) = 65,536, out 128 x 128 = 16,384; per-token experts
    //   8 x 2,048 + 1 x 2,048 = 18,432 (wider than none: dense layers use 18,432 too)
    //   per token 2 x 7,168 + (65,536 + 16,384 + 3 x 18,432) / 8 = 14,336 + 17,152 = 31,488;
    //   x 8,192 x 2 B = 515,899,392 B; plus logits 256 x 129,280 x 4 = 132,382,720 B
    // (in BF16: the checkpoint's default precision has FP8 activations)
    Deployment tp8 = Deployment.builder().model(DEEPSEEK_V3).accelerator(H100_SXM)
        .tensorParallel(8).precision(Precision.bf16()).build();
    assertThat(MEMORY.activationsPerDevice(tp8).toBytes()).isEqualTo(515_899_392L + 132_382_720L);
  }

  @Test
  void activations_measured_replaceTheEstimate() {
    MemoryEstimator measured = MemoryEstimator.of(MemoryAssumptions.builder()
        .measuredActivationPeak(ByteSize.ofGibibytes(3)).build());
    assertThat(measured.activationsPerDevice(Deployment.of(MIXTRAL_8X7B, H100_SXM, 1)))
        .isEqualTo(ByteSize.ofGibibytes(3));
  }

  //-----------------------------------------------------------------------
  // estimate with pipeline stages
  //-----------------------------------------------------------------------
  @Test
  void estimate_pipeline_reportsTheLargestStage() {
    // the last stage holds the output head and the final norm, 8,192 parameters more than the
    // first stage's embedding table, so it is the one reported
    Deployment pp2 = Deployment.builder().model(LLAMA_31_70B).accelerator(H100_SXM)
        .pipelineParallel(2).build();
    assertThat(MEMORY.estimate(pp2, 1024, 1).weights()).isEqualTo(MEMORY.weightsPerDevice(pp2));
  }

  @Test
  void minimumDeployment_headsRuleOutTensorParallelFour_usesTwoStagesOfTwo() {
    // 6 heads of 2,048 dims (hidden 12,288), intermediate 49,152, 60 layers, vocabulary 32,000:
    // 60 x (4 x 12,288^2 + 3 x 12,288 x 49,152) + norms (121 x 12,288) + 2 x 32,000 x 12,288
    // = 145,743,065,088
    // params, 291.5 GB in BF16, more than three devices' 3 x 77.3 GB budgets; tp 4 does not
    // divide 6 heads, so four devices run as tp 2 x pp 2 (72.9 GB of weights each)
    ModelArchitecture sixHeads = ModelArchitecture.builder().name("six-heads").layers(60)
        .hiddenSize(12_288).attentionHeads(6).kvHeads(6).headDim(2048).intermediateSize(49_152)
        .vocabSize(32_000).contextLength(8192).build();
    assertThat(sixHeads.totalParameters()).isEqualTo(145_743_065_088L);
    Deployment min = MEMORY.minimumDeployment(sixHeads, H100_SXM, Precision.bf16(), 1024, 1)
        .orElseThrow();
    assertThat(min.devices()).isEqualTo(4);
    assertThat(min.tensorParallel()).isEqualTo(2);
    assertThat(min.pipelineParallel()).isEqualTo(2);
  }

  //-----------------------------------------------------------------------
  // DeploymentMemory
  //-----------------------------------------------------------------------
  @Test
  void fits_usedEqualToBudget_fits() {
    DeploymentMemory exact = breakdown(ByteSize.ofGibibytes(10), ByteSize.ofGibibytes(10));
    DeploymentMemory over = breakdown(ByteSize.ofGibibytes(10),
        ByteSize.ofGibibytes(10).plus(ByteSize.ofBytes(1)));
    assertThat(exact.fits()).isTrue();
    assertThat(exact.free()).isEqualTo(ByteSize.ZERO);
    assertThat(over.fits()).isFalse();
    assertThat(over.shortfall()).isEqualTo(ByteSize.ofBytes(1));
  }

  @Test
  void toString_listsEveryLineWithExactBytes() {
    DeploymentMemory m = breakdown(ByteSize.ofGibibytes(10), ByteSize.ofGibibytes(4));
    assertThat(m.toString()).isEqualTo(String.join(System.lineSeparator(),
        "test deployment",
        "  device memory  16.00 GiB (17179869184 B)",
        "  budget         10.00 GiB (10737418240 B) (x 0.625)",
        "  weights        4.00 GiB (4294967296 B)",
        "  activations    0 B (0 B) (measured)",
        "  overhead       0 B (0 B)",
        "  KV cache       0 B (0 B) (2 x 8 tokens)",
        "  free           6.00 GiB (6442450944 B)",
        "  KV capacity    6.00 GiB (6442450944 B) (42 tokens)",
        "  max sequences  unbounded",
        "  fits           true",
        ""));
    DeploymentMemory over = breakdown(ByteSize.ofGibibytes(1), ByteSize.ofGibibytes(2));
    assertThat(over.toString()).contains("  short by       1.00 GiB (1073741824 B)")
        .contains("  fits           false");
  }

  private static DeploymentMemory breakdown(ByteSize budget, ByteSize weights) {
    return DeploymentMemory.builder().deployment("test deployment").contextTokens(8)
        .sequences(2).deviceMemory(ByteSize.ofGibibytes(16)).memoryUtilization(0.625)
        .budget(budget).weights(weights).activations(ByteSize.ZERO).activationsMeasured(true)
        .overhead(ByteSize.ZERO).kvCache(ByteSize.ZERO)
        .kvCacheCapacity(budget.minusOrZero(weights)).kvTokenCapacity(42)
        .maxConcurrentSequences(Long.MAX_VALUE)
        .modelWeights(WeightMemory.of(LLAMA_31_70B, Precision.bf16())).build();
  }

  //-----------------------------------------------------------------------
  // MemoryAssumptions
  //-----------------------------------------------------------------------
  @Test
  void assumptions_boundaries() {
    assertThat(MemoryAssumptions.builder().memoryUtilization(1.0).blockSize(1)
        .prefillChunkTokens(1).sampledSequences(1).build().memoryUtilization()).isEqualTo(1.0);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryAssumptions.builder().memoryUtilization(0).build())
        .withMessage("Memory utilisation must be in (0, 1]: 0.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryAssumptions.builder().memoryUtilization(1.01).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryAssumptions.builder().blockSize(0).build())
        .withMessage("Block size must be positive: 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryAssumptions.builder().prefillChunkTokens(0).build())
        .withMessage("Prefill chunk must be positive: 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryAssumptions.builder().sampledSequences(0).build())
        .withMessage("Sampled sequences must be positive: 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryAssumptions.builder().deviceMemory(ByteSize.ZERO).build())
        .withMessage("Device memory must be positive: 0 B");
  }

  @Test
  void assumptions_defaults_areDocumented() {
    MemoryAssumptions d = MemoryAssumptions.defaults();
    assertThat(d.memoryUtilization()).isEqualTo(0.9);
    assertThat(d.blockSize()).isEqualTo(16);
    assertThat(d.prefillChunkTokens()).isEqualTo(8192);
    assertThat(d.sampledSequences()).isEqualTo(256);
    assertThat(d.nonTorchOverhead().toBytes()).isEqualTo(107_374_182L); // 0.1 GiB
    assertThat(d.measuredActivationPeak()).isEmpty();
    assertThat(d.deviceMemory()).isEmpty();
  }
}
