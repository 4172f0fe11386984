/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.json.InferenceEconJson;
import org.junit.jupiter.api.Test;

final class WeightMemoryTest {

  private static final ModelArchitecture LLAMA_31_70B = KnownArchitectures.get("llama-3.1-70b");
  private static final ModelArchitecture GPT_OSS_120B = KnownArchitectures.get("gpt-oss-120b");
  private static final ModelArchitecture MIXTRAL_8X7B = KnownArchitectures.get("mixtral-8x7b");
  private static final ModelArchitecture LLAMA_32_3B = KnownArchitectures.get("llama-3.2-3b");

  @Test
  void of_llama31_70bBf16_is141GB() {
    // 70,553,706,496 parameters x 2 bytes = 141,107,412,992 bytes, the "about 140 GB" of the rule
    WeightMemory w = WeightMemory.of(LLAMA_31_70B, Precision.bf16());
    assertThat(w.total().toBytes()).isEqualTo(141_107_412_992L);
    assertThat(w.total().toGigabytes()).isCloseTo(141.1, within(0.01));
  }

  @Test
  void of_llama31_70bComponents_sumToTotal() {
    // embedding 128,256 x 8,192 = 1,050,673,152 params = 2,101,346,304 bytes; head the same
    WeightMemory w = WeightMemory.of(LLAMA_31_70B, Precision.bf16());
    assertThat(w.embedding().toBytes()).isEqualTo(2_101_346_304L);
    assertThat(w.outputHead().toBytes()).isEqualTo(2_101_346_304L);
    assertThat(w.routedExperts().isZero()).isTrue();
    assertThat(w.embedding().plus(w.outputHead()).plus(w.norms()).plus(w.attention())
        .plus(w.denseMlp()).plus(w.sharedExperts()).plus(w.routers()).plus(w.routedExperts()))
        .isEqualTo(w.total());
  }

  @Test
  void of_tiedEmbeddings_countsTableOnce() {
    // Llama-3.2-3B ties its head: 3,212,749,824 params x 2 bytes, head zero
    WeightMemory w = WeightMemory.of(LLAMA_32_3B, Precision.bf16());
    assertThat(w.outputHead().isZero()).isTrue();
    assertThat(w.total().toBytes()).isEqualTo(3_212_749_824L * 2);
  }

  @Test
  void of_moe_countsEveryExpertNotOnlyActive() {
    // Mixtral-8x7B: 46,702,792,704 parameters resident (12.9B active) x 2 bytes
    assertThat(WeightMemory.of(MIXTRAL_8X7B, Precision.bf16()).total().toBytes())
        .isEqualTo(46_702_792_704L * 2);
  }

  @Test
  void of_gptOssMxfp4Experts_restStaysBf16() {
    // routed experts: 36 layers x 128 experts x (3 x 2,880 x 2,880 + 2 x 2,880 + 2,880)
    //   = 4,608 x 24,891,840 = 114,701,598,720 params x 4.25 bits = 60,935,224,320 bytes
    // everything else 116,829,156,672 - 114,701,598,720 = 2,127,557,952 params x 2 bytes
    //   = 4,255,115,904 bytes; total 65,190,340,224 bytes (fits one 80 GiB H100)
    Precision mxfp4Experts = Precision.builder().weights(NumericFormat.BF16)
        .expertWeights(NumericFormat.MXFP4).kvCache(NumericFormat.BF16)
        .activations(NumericFormat.BF16).build();
    WeightMemory w = WeightMemory.of(GPT_OSS_120B, mxfp4Experts);
    assertThat(w.routedExperts().toBytes()).isEqualTo(60_935_224_320L);
    assertThat(w.total().toBytes()).isEqualTo(65_190_340_224L);
  }

  @Test
  void of_gptOss120bDefaultPrecision_isItsMxfp4CheckpointWithin2PercentOfThePublishedSize() {
    // The checkpoint's precision, from config.json's quantization_config (mxfp4, attention,
    // router, embeddings and head not converted): the 65,190,340,224 bytes worked out above
    //   = 60.71 GiB. OpenAI's "gpt-oss-120b & gpt-oss-20b Model Card" (arXiv:2508.10925,
    //   Table 1) gives a checkpoint size of 60.8 GiB: -0.14%, within 2%.
    WeightMemory w = WeightMemory.of(GPT_OSS_120B, GPT_OSS_120B.defaultPrecision());

    assertThat(w.total().toBytes()).isEqualTo(65_190_340_224L);
    assertThat(w.total().toGibibytes()).isCloseTo(60.8, within(60.8 * 0.02));
    // gpt-oss-20b: 12.81 GiB against the card's 12.8 GiB
    ModelArchitecture small = KnownArchitectures.get("gpt-oss-20b");
    assertThat(WeightMemory.of(small, small.defaultPrecision()).total().toGibibytes())
        .isCloseTo(12.8, within(12.8 * 0.02));
  }

  @Test
  void of_deepSeekR1DefaultPrecision_isFp8WithBlockScales() {
    // config.json: quantization_config fp8, e4m3, weight_block_size [128, 128]; an FP32 scale per
    // 128 x 128 tile adds 4 bytes per started 16,384 elements of each component:
    //   routed experts 653,908,770,816 + 4 x 39,911,424 = 654,068,416,512 bytes
    //   attention 11,413,547,008 + 4 x 696,628 = 11,416,333,520
    //   dense MLP 1,189,085,184 + 4 x 72,576 = 1,189,375,488
    //   shared experts 2,554,331,136 + 4 x 155,904 = 2,554,954,752
    //   routers 106,445,312 + 4 x 6,497 = 106,471,300
    // embedding, head and norms in BF16: (926,679,040 x 2 + 881,664) x 2 = 3,708,479,488
    // total 673,044,031,060 bytes (626.8 GiB), against 1,342 GB in BF16
    ModelArchitecture r1 = KnownArchitectures.get("deepseek-r1");

    WeightMemory w = WeightMemory.of(r1, r1.defaultPrecision());

    assertThat(r1.defaultPrecision().weights()).isEqualTo(NumericFormat.FP8_E4M3_128X128);
    assertThat(w.routedExperts().toBytes()).isEqualTo(654_068_416_512L);
    assertThat(w.attention().toBytes()).isEqualTo(11_416_333_520L);
    assertThat(w.total().toBytes()).isEqualTo(673_044_031_060L);
  }

  @Test
  void of_int4G128_appliesScaleOverhead() {
    // 4.125 bits per linear weight, embeddings kept in BF16 as GPTQ/AWQ checkpoints keep them
    Precision w4a16 = Precision.builder().weights(NumericFormat.INT4_G128)
        .embeddings(NumericFormat.BF16).kvCache(NumericFormat.BF16)
        .activations(NumericFormat.BF16).build();
    WeightMemory w = WeightMemory.of(LLAMA_31_70B, w4a16);
    // embedding + head + norms in BF16, the rest at 4.125 bits
    assertThat(w.embedding().toBytes()).isEqualTo(2_101_346_304L);
    assertThat(w.attention().toBytes())
        .isEqualTo(NumericFormat.INT4_G128.storageOf(LLAMA_31_70B.parameters().attention())
            .toBytes());
    assertThat(w.total()).isLessThan(WeightMemory.of(LLAMA_31_70B, Precision.bf16()).total());
  }

  @Test
  void of_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> WeightMemory.of(null, Precision.bf16()));
    assertThatNullPointerException().isThrownBy(() -> WeightMemory.of(LLAMA_31_70B, null));
  }

  @Test
  void json_roundTrips() throws Exception {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    WeightMemory w = WeightMemory.of(GPT_OSS_120B, Precision.bf16());
    assertThat(mapper.readValue(mapper.writeValueAsString(w), WeightMemory.class)).isEqualTo(w);
  }

  @Test
  void toString_namesTotalAndComponents() {
    assertThat(WeightMemory.of(LLAMA_31_70B, Precision.bf16()).toString())
        .startsWith("141.107412992 GB (embedding 1.95703125 GiB")
        .contains("routed experts 0 B");
  }
}
