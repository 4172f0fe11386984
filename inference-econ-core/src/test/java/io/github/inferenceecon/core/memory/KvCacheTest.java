/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import static io.github.inferenceecon.core.memory.MemoryFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.architecture.SlidingWindow;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.ByteSize;
import org.junit.jupiter.api.Test;

final class KvCacheTest {

  private static final ModelArchitecture LLAMA_31_70B = KnownArchitectures.get("llama-3.1-70b");
  private static final ModelArchitecture LLAMA_31_8B = KnownArchitectures.get("llama-3.1-8b");
  private static final ModelArchitecture LLAMA_2_7B = KnownArchitectures.get("llama-2-7b");
  private static final ModelArchitecture LLAMA_2_70B = KnownArchitectures.get("llama-2-70b");
  private static final ModelArchitecture MIXTRAL_8X7B = KnownArchitectures.get("mixtral-8x7b");
  private static final ModelArchitecture DEEPSEEK_V3 = KnownArchitectures.get("deepseek-v3");
  private static final ModelArchitecture GEMMA_2_27B = KnownArchitectures.get("gemma-2-27b");
  private static final ModelArchitecture GPT_OSS_120B = KnownArchitectures.get("gpt-oss-120b");
  private static final ModelArchitecture MISTRAL_7B = KnownArchitectures.get("mistral-7b-v0.1");

  //-----------------------------------------------------------------------
  // perToken
  //-----------------------------------------------------------------------
  @Test
  void perSequence_contextBeyondTheWindow_throws() {
    // Llama-2-7B: max_position_embeddings 4096, no rope_scaling
    assertThatThrownBy(() -> KvCache.perSequence(LLAMA_2_7B, NumericFormat.BF16, 4097))
        .isInstanceOf(ContextWindowExceededException.class)
        .hasMessage("Context of 4097 tokens exceeds the 4096-token context window of model "
            + "'Llama-2-7B'");
    assertThatThrownBy(() -> KvCache.perBatch(LLAMA_2_7B, NumericFormat.BF16, 4097, 2, 16))
        .isInstanceOf(ContextWindowExceededException.class);
    assertThatThrownBy(() -> KvCache.perSequencePerDevice(Deployment.of(LLAMA_2_7B, H100_SXM, 1),
        4097, 16)).isInstanceOf(ContextWindowExceededException.class);
  }

  @Test
  void perSequence_everyLayerLocal_millionsOfLayersCostNoLoop() {
    // Mistral-7B-v0.1 stretched to 2^31 - 1 layers (every one local, window 4096): a context of
    // 8192 tokens caches 4096 per layer, 2 x 8 x 128 elements each, 2 bytes each
    ModelArchitecture deep = ModelArchitecture.builder().from(MISTRAL_7B)
        .layers(Integer.MAX_VALUE).slidingWindow(SlidingWindow.allLayers(4096,
            Integer.MAX_VALUE)).build();

    assertThat(KvCache.perSequence(deep, NumericFormat.BF16, 8192).toBytes())
        .isEqualTo(4096L * 2 * 8 * 128 * 2 * Integer.MAX_VALUE);
  }

  @Test
  void perToken_llama31_70bBf16_is327680() {
    // 80 layers x 8 KV heads x 128 dims x 2 (K, V) x 2 bytes = 327,680 bytes
    assertThat(KvCache.perToken(LLAMA_31_70B, NumericFormat.BF16).toBytes()).isEqualTo(327_680);
  }

  @Test
  void perToken_llama2_7bBf16_is524288() {
    // MHA: 32 layers x 32 KV heads x 128 dims x 2 x 2 bytes = 524,288 bytes
    assertThat(KvCache.perToken(LLAMA_2_7B, NumericFormat.BF16).toBytes()).isEqualTo(524_288);
  }

  @Test
  void perToken_llama31_8bBf16_is131072() {
    // 32 layers x 8 KV heads x 128 dims x 2 x 2 bytes = 131,072 bytes
    assertThat(KvCache.perToken(LLAMA_31_8B, NumericFormat.BF16).toBytes()).isEqualTo(131_072);
  }

  @Test
  void perToken_deepseekV3Mla_is70272() {
    // MLA caches the latent, not 128 heads: 61 layers x (512 + 64) x 2 bytes = 70,272 bytes
    assertThat(KvCache.perToken(DEEPSEEK_V3, NumericFormat.BF16).toBytes()).isEqualTo(70_272);
    // an estimator treating it as 128 KV heads of 128 + 64 dims would say 61 x 128 x 192 x 2 x 2
    assertThat(KvCache.perToken(DEEPSEEK_V3, NumericFormat.BF16).toBytes())
        .isLessThan(61L * 128 * 192 * 2 * 2);
  }

  @Test
  void perToken_fp8Kv_halvesBf16() {
    // 327,680 / 2 = 163,840 bytes with one byte per element
    assertThat(KvCache.perToken(LLAMA_31_70B, NumericFormat.FP8_E4M3).toBytes())
        .isEqualTo(163_840);
  }

  @Test
  void perToken_nvfp4Kv_countsBlockScales() {
    // 163,840 elements x 4.5 bits = 737,280 bits = 92,160 bytes
    assertThat(KvCache.perToken(LLAMA_31_70B, NumericFormat.NVFP4).toBytes()).isEqualTo(92_160);
  }

  @Test
  void perToken_nullModel_throws() {
    assertThatNullPointerException().isThrownBy(() -> KvCache.perToken(null, NumericFormat.BF16));
    assertThatNullPointerException().isThrownBy(() -> KvCache.perToken(LLAMA_31_8B, null));
  }

  //-----------------------------------------------------------------------
  // perSequence
  //-----------------------------------------------------------------------
  @Test
  void perSequence_llama2_70bAt2048Fp16_is671MB() {
    // GQA: 80 x 8 x 128 x 2 x 2 bytes = 327,680 bytes per token x 2,048 = 671,088,640 bytes;
    // the popular example that ignores GQA is 8x this (64 KV heads)
    ByteSize kv = KvCache.perSequence(LLAMA_2_70B, NumericFormat.FP16, 2048);
    assertThat(kv.toBytes()).isEqualTo(671_088_640L);
    assertThat(kv.toDisplayString()).isEqualTo("640.00 MiB");
  }

  @Test
  void perSequence_llamaCppMeasuredAt2048_matches() {
    // llama.cpp allocation logs at n_ctx 2048, f16 (measured_calibration.json):
    // Llama-3-8B 256 MiB, Llama-3-70B 640 MiB, Mixtral-8x7B 256 MiB
    assertThat(KvCache.perSequence(LLAMA_31_8B, NumericFormat.FP16, 2048))
        .isEqualTo(ByteSize.ofMebibytes(256));
    assertThat(KvCache.perSequence(LLAMA_31_70B, NumericFormat.FP16, 2048))
        .isEqualTo(ByteSize.ofMebibytes(640));
    assertThat(KvCache.perSequence(MIXTRAL_8X7B, NumericFormat.FP16, 2048))
        .isEqualTo(ByteSize.ofMebibytes(256));
  }

  @Test
  void perSequence_gemma2_27b_localLayersCappedAtWindow() {
    // 46 layers alternate local (window 4096) and global; 16 KV heads x 128 dims x 2 x 2 bytes
    // = 8,192 bytes per token per layer. At 8,192 tokens: 23 global x 8,192 tokens x 8,192 B
    // + 23 local x 4,096 tokens x 8,192 B = 1,543,503,872 + 771,751,936 = 2,315,255,808 bytes
    assertThat(KvCache.perSequence(GEMMA_2_27B, NumericFormat.BF16, 8192).toBytes())
        .isEqualTo(2_315_255_808L);
    // below the window every layer holds every token: 46 x 8,192 B x 4,096 = 1,543,503,872
    assertThat(KvCache.perSequence(GEMMA_2_27B, NumericFormat.BF16, 4096).toBytes())
        .isEqualTo(1_543_503_872L);
  }

  @Test
  void perSequence_gptOss120b_slidingLayersCappedAt128() {
    // 36 layers, 18 sliding (window 128); 8 KV heads x 64 dims x 2 x 2 = 2,048 B per token-layer.
    // At 8,192 tokens: 18 x 8,192 x 2,048 + 18 x 128 x 2,048 = 301,989,888 + 4,718,592
    assertThat(KvCache.perSequence(GPT_OSS_120B, NumericFormat.BF16, 8192).toBytes())
        .isEqualTo(306_708_480L);
  }

  @Test
  void perSequence_mistral7b_rollingBufferCapsEveryLayer() {
    // every layer local with window 4,096: 131,072 B per token x 4,096 = 536,870,912 bytes
    assertThat(KvCache.perSequence(MISTRAL_7B, NumericFormat.BF16, 32_768))
        .isEqualTo(ByteSize.ofBytes(536_870_912L));
  }

  @Test
  void perSequence_blockRounding_roundsUpToSixteen() {
    // 17 tokens occupy 2 blocks of 16 = 32 token slots: 131,072 x 32 = 4,194,304 bytes
    assertThat(KvCache.perSequence(LLAMA_31_8B, NumericFormat.BF16, 17, 16).toBytes())
        .isEqualTo(4_194_304L);
    assertThat(KvCache.perSequence(LLAMA_31_8B, NumericFormat.BF16, 16, 16).toBytes())
        .isEqualTo(2_097_152L);
  }

  @Test
  void perSequence_negativeContext_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KvCache.perSequence(LLAMA_31_8B, NumericFormat.BF16, -1))
        .withMessage("Context length must not be negative: -1");
  }

  @Test
  void perSequence_zeroBlockSize_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KvCache.perSequence(LLAMA_31_8B, NumericFormat.BF16, 10, 0))
        .withMessage("Block size must be positive: 0");
  }

  //-----------------------------------------------------------------------
  // perBatch
  //-----------------------------------------------------------------------
  @Test
  void perBatch_32SequencesOf8192_is80GiB() {
    // 327,680 B x 8,192 tokens x 32 sequences = 85,899,345,920 B = 80 GiB
    assertThat(KvCache.perBatch(LLAMA_31_70B, NumericFormat.BF16, 8192, 32, 16))
        .isEqualTo(ByteSize.ofGibibytes(80));
  }

  @Test
  void perBatch_negativeSequences_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KvCache.perBatch(LLAMA_31_8B, NumericFormat.BF16, 10, -1, 16))
        .withMessage("Sequence count must not be negative: -1");
  }

  //-----------------------------------------------------------------------
  // perSequencePerDevice
  //-----------------------------------------------------------------------
  @Test
  void perSequencePerDevice_tensorParallelSplitsKvHeads() {
    // tp 4 leaves 2 of 8 KV heads per device: 2,684,354,560 / 4 = 671,088,640 bytes at 8,192
    Deployment tp4 = Deployment.of(LLAMA_31_70B, H100_SXM, 4);
    assertThat(KvCache.perSequencePerDevice(tp4, 8192, 16).toBytes()).isEqualTo(671_088_640L);
  }

  @Test
  void perSequencePerDevice_tensorParallelBeyondKvHeads_replicates() {
    // tp 16 > 8 KV heads: each device keeps one whole KV head, as with tp 8
    Deployment tp8 = Deployment.of(LLAMA_31_70B, H100_SXM, 8);
    Deployment tp16 = Deployment.of(LLAMA_31_70B, H100_SXM, 16);
    assertThat(KvCache.perSequencePerDevice(tp16, 8192, 16))
        .isEqualTo(KvCache.perSequencePerDevice(tp8, 8192, 16));
  }

  @Test
  void perSequencePerDevice_mlaLatentNotSplit() {
    Deployment tp8 = Deployment.builder().model(DEEPSEEK_V3).accelerator(H100_SXM)
        .tensorParallel(8).precision(Precision.uniform(NumericFormat.FP8_E4M3)).build();
    // 61 layers x 576 elements x 1 byte x 1,024 tokens, whole on every rank = 35,979,264 bytes
    assertThat(KvCache.perSequencePerDevice(tp8, 1024, 16).toBytes()).isEqualTo(35_979_264L);
  }

  @Test
  void perSequencePerDevice_pipelineTakesLargestStage() {
    // 80 layers over 3 stages: 27, 27, 26 layers; largest stage 27 x 4,096 B per token x 1,024
    Deployment pp3 = Deployment.builder().model(LLAMA_31_70B).accelerator(H100_SXM)
        .pipelineParallel(3).build();
    assertThat(KvCache.perSequencePerDevice(pp3, 1024, 16).toBytes())
        .isEqualTo(27L * 4096 * 1024);
  }
}
