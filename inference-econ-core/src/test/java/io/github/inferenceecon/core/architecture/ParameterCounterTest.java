/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameter counts of every bundled architecture, pinned exactly. The counts are worked out by
 * hand from the public {@code config.json} fields (formulas in {@link ParameterCounter}); the
 * larger ones are cross-checked against the computed counts in the project's reference
 * compilation (shared/reference/models.json, 'computed_params_from_config'), which agrees on
 * every model it covers.
 *
 * <p>Notation: L layers, h hidden, n query heads, k KV heads, d head dim, i intermediate, V
 * vocabulary, E experts, top-k experts per token, ie expert intermediate.
 */
final class ParameterCounterTest {

  /** Every bundled architecture: id, total, active, active without the input embedding. */
  static Stream<Arguments> bundledCounts() {
    return Stream.of(
        // Llama-2-7B: L32 h4096 n=k=32 d128 i11008 V32000, untied (working below)
        Arguments.of("llama-2-7b", 6_738_415_616L, 6_738_415_616L, 6_607_343_616L),
        // Llama-2-70B: like Llama-3.1-70B with V32000: 68,452,360,192 + 2 x 262,144,000
        Arguments.of("llama-2-70b", 68_976_648_192L, 68_976_648_192L, 68_714_504_192L),
        // Llama-3.1-8B: L32 h4096 n32 k8 d128 i14336 V128256:
        // attn 32 x 41,943,040 + mlp 32 x 176,160,768 + norms 266,240 + 2 x 525,336,576
        Arguments.of("llama-3.1-8b", 8_030_261_248L, 8_030_261_248L, 7_504_924_672L),
        Arguments.of("llama-3.1-70b", 70_553_706_496L, 70_553_706_496L, 69_503_033_344L),
        // Llama-3.1-405B: L126 h16384 n128 k8 d128 i53248 V128256:
        // attn 126 x 570,425,344 + mlp 126 x 2,617,245,696 + norms 4,145,152 + 2 x 2,101,346,304
        Arguments.of("llama-3.1-405b", 405_853_388_800L, 405_853_388_800L, 403_752_042_496L),
        // Llama-3.2-1B: L16 h2048 n32 k8 d64 i8192 V128256, tied: the head is the table, so
        // active without embedding takes nothing off
        Arguments.of("llama-3.2-1b", 1_235_814_400L, 1_235_814_400L, 1_235_814_400L),
        // Llama-3.2-3B: L28 h3072 n24 k8 d128 i8192 V128256, tied
        Arguments.of("llama-3.2-3b", 3_212_749_824L, 3_212_749_824L, 3_212_749_824L),
        // Llama-3.3-70B: the Llama-3.1-70B shape
        Arguments.of("llama-3.3-70b", 70_553_706_496L, 70_553_706_496L, 69_503_033_344L),
        // Mistral-7B-v0.1: L32 h4096 n32 k8 d128 i14336 V32000
        Arguments.of("mistral-7b-v0.1", 7_241_732_096L, 7_241_732_096L, 7_110_660_096L),
        // Mistral-7B-v0.3: as v0.1 with V32768: + 2 x 768 x 4096
        Arguments.of("mistral-7b-v0.3", 7_248_023_552L, 7_248_023_552L, 7_113_805_824L),
        // Mistral-Nemo: L40 h5120 n32 k8 d128 (not 5120/32 = 160) i14336 V131072
        Arguments.of("mistral-nemo", 12_247_782_400L, 12_247_782_400L, 11_576_693_760L),
        Arguments.of("mixtral-8x7b", 46_702_792_704L, 12_879_925_248L, 12_748_853_248L),
        // Mixtral-8x22B: L56 h6144 n48 k8 d128, 8 experts of ie16384, top-2, V32000
        Arguments.of("mixtral-8x22b", 140_620_634_112L, 39_152_031_744L, 38_955_423_744L),
        // Qwen2.5-72B: L80 h8192 n64 k8 d128 i29568 V152064, QKV biases (8192 + 2 x 1024)
        Arguments.of("qwen2.5-72b", 72_706_203_648L, 72_706_203_648L, 71_460_495_360L),
        // Qwen3-8B: L36 h4096 n32 k8 d128 i12288 V151936, q/k norms (2 x 128 per layer)
        Arguments.of("qwen3-8b", 8_190_735_360L, 8_190_735_360L, 7_568_405_504L),
        // Qwen3-32B: L64 h5120 n64 k8 d128 (not 5120/64 = 80) i25600 V151936
        Arguments.of("qwen3-32b", 32_762_123_264L, 32_762_123_264L, 31_984_210_944L),
        // Qwen3-30B-A3B: L48 h2048 n32 k4 d128, 128 experts of ie768, top-8, V151936
        Arguments.of("qwen3-30b-a3b", 30_532_122_624L, 3_353_032_704L, 3_041_867_776L),
        Arguments.of("qwen3-235b-a22b", 235_093_634_560L, 22_190_763_520L, 21_568_433_664L),
        Arguments.of("deepseek-v3", 671_026_419_200L, 37_552_297_472L, 36_625_618_432L),
        // DeepSeek-R1: the DeepSeek-V3 config
        Arguments.of("deepseek-r1", 671_026_419_200L, 37_552_297_472L, 36_625_618_432L),
        // Gemma-2-9B: L42 h3584 n16 k8 d256 i14336 V256000, tied, 4 norms per layer
        Arguments.of("gemma-2-9b", 9_241_705_984L, 9_241_705_984L, 9_241_705_984L),
        Arguments.of("gemma-2-27b", 27_227_128_320L, 27_227_128_320L, 27_227_128_320L),
        Arguments.of("gemma-3-27b", 27_009_346_304L, 27_009_346_304L, 27_009_346_304L),
        // gpt-oss-20b: the gpt-oss-120b shape with L24 and 32 experts
        Arguments.of("gpt-oss-20b", 20_914_757_184L, 4_187_440_704L, 3_608_307_264L),
        Arguments.of("gpt-oss-120b", 116_829_156_672L, 5_711_982_912L, 5_132_849_472L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledCounts")
  void count_bundledArchitecture_isPinned(String id, long total, long active,
      long activeExcludingEmbedding) {
    ModelArchitecture model = KnownArchitectures.get(id);

    assertThat(model.totalParameters()).isEqualTo(total);
    assertThat(model.activeParameters()).isEqualTo(active);
    assertThat(model.parameters().activeExcludingEmbedding()).isEqualTo(activeExcludingEmbedding);
  }

  @Test
  void bundledCounts_coverEveryBundledArchitecture() {
    assertThat(bundledCounts().map(a -> (String) a.get()[0]))
        .containsExactlyElementsOf(KnownArchitectures.ids());
  }

  //-----------------------------------------------------------------------
  // hand-worked counts, component by component
  @Test
  void count_llama31_70b_byComponent() {
    // L80 h8192 n64 k8 d128 i28672 V128256, untied, no biases
    // attention per layer: q 8192 x 8192 + k, v 2 x 8192 x 1024 + o 8192 x 8192
    //   = 67,108,864 + 16,777,216 + 67,108,864 = 150,994,944; x 80 = 12,079,595,520
    // MLP per layer: 3 x 8192 x 28672 = 704,643,072; x 80 = 56,371,445,760
    // norms: 80 x 2 x 8192 + 8192 (final) = 1,318,912
    // embedding and head: 128256 x 8192 = 1,050,673,152 each
    // total: 12,079,595,520 + 56,371,445,760 + 1,318,912 + 2 x 1,050,673,152 = 70,553,706,496
    ParameterCount p = KnownArchitectures.get("llama-3.1-70b").parameters();

    assertThat(p.attention()).isEqualTo(12_079_595_520L);
    assertThat(p.denseMlp()).isEqualTo(56_371_445_760L);
    assertThat(p.norms()).isEqualTo(1_318_912L);
    assertThat(p.embedding()).isEqualTo(1_050_673_152L);
    assertThat(p.outputHead()).isEqualTo(1_050_673_152L);
    assertThat(p.routedExperts()).isZero();
    assertThat(p.routers()).isZero();
    assertThat(p.total()).isEqualTo(70_553_706_496L);
  }

  @Test
  void count_llama31_70bInBf16_is141GB() {
    // 70,553,706,496 x 2 bytes = 141,107,412,992 bytes, about 141.1e9
    ModelArchitecture model = KnownArchitectures.get("llama-3.1-70b");

    ByteSize weights = NumericFormat.BF16.storageOf(model.totalParameters());

    assertThat(weights).isEqualTo(ByteSize.ofBytes(141_107_412_992L));
    assertThat(weights.toGigabytes()).isCloseTo(141.1, Offset.offset(0.01));
  }

  @Test
  void count_llama2_7b_byComponent() {
    // L32 h4096 n=k=32 (MHA) d128 i11008 V32000, untied
    // attention per layer: 4 x 4096 x 4096 = 67,108,864; x 32 = 2,147,483,648
    // MLP per layer: 3 x 4096 x 11008 = 135,266,304; x 32 = 4,328,521,728
    // norms: 32 x 2 x 4096 + 4096 = 266,240
    // embedding and head: 32000 x 4096 = 131,072,000 each
    // total: 2,147,483,648 + 4,328,521,728 + 266,240 + 262,144,000 = 6,738,415,616
    ParameterCount p = KnownArchitectures.get("llama-2-7b").parameters();

    assertThat(p.attention()).isEqualTo(2_147_483_648L);
    assertThat(p.denseMlp()).isEqualTo(4_328_521_728L);
    assertThat(p.norms()).isEqualTo(266_240L);
    assertThat(p.total()).isEqualTo(6_738_415_616L);
  }

  @Test
  void count_mixtral8x7b_byComponent() {
    // L32 h4096 n32 k8 d128, 8 experts of ie14336, top-2, V32000, untied
    // attention per layer: 4096 x 4096 + 2 x 4096 x 1024 + 4096 x 4096 = 41,943,040;
    //   x 32 = 1,342,177,280
    // one expert: 3 x 4096 x 14336 = 176,160,768
    // routed: 176,160,768 x 8 x 32 = 45,097,156,608; active: x 2 x 32 = 11,274,289,152
    // routers: 4096 x 8 x 32 = 1,048,576; norms 266,240; embedding + head 2 x 131,072,000
    // total: 1,342,177,280 + 45,097,156,608 + 1,048,576 + 266,240 + 262,144,000
    //   = 46,702,792,704
    // active: 46,702,792,704 - 45,097,156,608 + 11,274,289,152 = 12,879,925,248
    ParameterCount p = KnownArchitectures.get("mixtral-8x7b").parameters();

    assertThat(p.attention()).isEqualTo(1_342_177_280L);
    assertThat(p.denseMlp()).isZero();
    assertThat(p.routedExperts()).isEqualTo(45_097_156_608L);
    assertThat(p.routedExpertsActive()).isEqualTo(11_274_289_152L);
    assertThat(p.routers()).isEqualTo(1_048_576L);
    assertThat(p.total()).isEqualTo(46_702_792_704L);
    assertThat(p.active()).isEqualTo(12_879_925_248L);
  }

  @Test
  void count_deepSeekV3_byComponent() {
    // L61 h7168 n128, MLA: q_lora 1536, kv_lora 512, qk_rope 64, qk_nope 128, v 128;
    // first 3 layers dense (i18432), 58 MoE layers: 256 routed (top-8) + 1 shared of ie2048,
    // router bias (noaux_tc); V129280, untied; the MTP layer is not part of the main model
    // attention per layer:
    //   q_a 7168 x 1536 = 11,010,048 and its norm 1536
    //   q_b 1536 x 128 x (128 + 64) = 37,748,736
    //   kv_a 7168 x (512 + 64) = 4,128,768 and its norm 512
    //   kv_b 512 x 128 x (128 + 128) = 16,777,216
    //   o 128 x 128 x 7168 = 117,440,512
    //   sum 187,107,328; x 61 = 11,413,547,008
    // dense MLP: 3 x 7168 x 18432 = 396,361,728; x 3 = 1,189,085,184
    // one expert: 3 x 7168 x 2048 = 44,040,192
    //   routed: x 256 x 58 = 653,908,770,816; active: x 8 x 58 = 20,434,649,088
    //   shared: x 1 x 58 = 2,554,331,136
    // routers: 58 x (7168 x 256 + 256) = 106,445,312
    // norms: 61 x 2 x 7168 + 7168 = 881,664; embedding and head 129280 x 7168 = 926,679,040 each
    // total: 1,853,358,080 + 11,413,547,008 + 1,189,085,184 + 653,908,770,816 + 2,554,331,136
    //   + 106,445,312 + 881,664 = 671,026,419,200
    // active: 671,026,419,200 - 653,908,770,816 + 20,434,649,088 = 37,552,297,472
    // without the input embedding: 37,552,297,472 - 926,679,040 = 36,625,618,432
    ParameterCount p = KnownArchitectures.get("deepseek-v3").parameters();

    assertThat(p.attention()).isEqualTo(11_413_547_008L);
    assertThat(p.denseMlp()).isEqualTo(1_189_085_184L);
    assertThat(p.routedExperts()).isEqualTo(653_908_770_816L);
    assertThat(p.routedExpertsActive()).isEqualTo(20_434_649_088L);
    assertThat(p.sharedExperts()).isEqualTo(2_554_331_136L);
    assertThat(p.routers()).isEqualTo(106_445_312L);
    assertThat(p.norms()).isEqualTo(881_664L);
    assertThat(p.embedding()).isEqualTo(926_679_040L);
    assertThat(p.total()).isEqualTo(671_026_419_200L);
    assertThat(p.active()).isEqualTo(37_552_297_472L);
    assertThat(p.activeExcludingEmbedding()).isEqualTo(36_625_618_432L);
  }

  @Test
  void count_gptOss120b_byComponent() {
    // L36 h2880 n64 k8 d64 (not 2880/64 = 45), 128 experts of ie2880, top-4, V201088, untied;
    // attention biases, one sink per head, biased router and experts
    // attention per layer: q 2880 x 4096 + k, v 2 x 2880 x 512 + o 4096 x 2880 = 26,542,080;
    //   biases q, k, v 4096 + 2 x 512 = 5120 and o 2880; sinks 64; sum 26,550,144;
    //   x 36 = 955,805,184
    // one expert: 3 x 2880 x 2880 + biases 2 x 2880 + 2880 = 24,891,840
    //   routed: x 128 x 36 = 114,701,598,720; active: x 4 x 36 = 3,584,424,960
    // routers: 36 x (2880 x 128 + 128) = 13,275,648
    // norms: 36 x 2 x 2880 + 2880 = 210,240; embedding and head 201088 x 2880 = 579,133,440 each
    // total: 1,158,266,880 + 955,805,184 + 114,701,598,720 + 13,275,648 + 210,240
    //   = 116,829,156,672
    // active: 116,829,156,672 - 114,701,598,720 + 3,584,424,960 = 5,711,982,912;
    //   without the embedding 5,711,982,912 - 579,133,440 = 5,132,849,472
    ParameterCount p = KnownArchitectures.get("gpt-oss-120b").parameters();

    assertThat(p.attention()).isEqualTo(955_805_184L);
    assertThat(p.routedExperts()).isEqualTo(114_701_598_720L);
    assertThat(p.routedExpertsActive()).isEqualTo(3_584_424_960L);
    assertThat(p.routers()).isEqualTo(13_275_648L);
    assertThat(p.norms()).isEqualTo(210_240L);
    assertThat(p.total()).isEqualTo(116_829_156_672L);
    assertThat(p.activeExcludingEmbedding()).isEqualTo(5_132_849_472L);
  }

  @Test
  void count_qwen3_235bA22b_byComponent() {
    // L94 h4096 n64 k4 d128 (not 4096/64 = 64), 128 experts of ie1536, top-8, no shared expert, q/k norms, V151936, untied
    // attention per layer: q 4096 x 8192 + k, v 2 x 4096 x 512 + o 8192 x 4096 = 71,303,168;
    //   q/k norms 2 x 128 = 256; sum 71,303,424; x 94 = 6,702,521,856
    // one expert: 3 x 4096 x 1536 = 18,874,368
    //   routed: x 128 x 94 = 227,096,395,776; active: x 8 x 94 = 14,193,524,736
    // routers: 4096 x 128 x 94 = 49,283,072; norms: 94 x 2 x 4096 + 4096 = 774,144
    // embedding and head: 151936 x 4096 = 622,329,856 each
    // total: 6,702,521,856 + 227,096,395,776 + 49,283,072 + 774,144 + 1,244,659,712
    //   = 235,093,634,560
    // active: 235,093,634,560 - 227,096,395,776 + 14,193,524,736 = 22,190,763,520
    ParameterCount p = KnownArchitectures.get("qwen3-235b-a22b").parameters();

    assertThat(p.attention()).isEqualTo(6_702_521_856L);
    assertThat(p.routedExperts()).isEqualTo(227_096_395_776L);
    assertThat(p.routers()).isEqualTo(49_283_072L);
    assertThat(p.total()).isEqualTo(235_093_634_560L);
    assertThat(p.active()).isEqualTo(22_190_763_520L);
  }

  @Test
  void count_gemma2_27b_byComponent() {
    // L46 h4608 n32 k16 d128 (query_pre_attn_scalar 144 is not the head dim) i36864 V256000,
    // tied, 4 norms per layer
    // attention per layer: 4608 x 4096 + 2 x 4608 x 2048 + 4096 x 4608 = 56,623,104;
    //   x 46 = 2,604,662,784
    // MLP: 3 x 4608 x 36864 = 509,607,936; x 46 = 23,441,965,056
    // norms: 46 x 4 x 4608 + 4608 = 852,480; embedding 256000 x 4608 = 1,179,648,000, no head
    // total: 2,604,662,784 + 23,441,965,056 + 852,480 + 1,179,648,000 = 27,227,128,320
    ParameterCount p = KnownArchitectures.get("gemma-2-27b").parameters();

    assertThat(p.attention()).isEqualTo(2_604_662_784L);
    assertThat(p.denseMlp()).isEqualTo(23_441_965_056L);
    assertThat(p.norms()).isEqualTo(852_480L);
    assertThat(p.outputHead()).isZero();
    assertThat(p.total()).isEqualTo(27_227_128_320L);
  }

  @Test
  void count_gemma3_27b_textModelWithGemma3TextConfigDefaults() {
    // text_config: L62 h5376 n32 k16 d128 i21504; from Gemma3TextConfig defaults:
    // V262208, tied; q/k norms; 4 norms per layer (the SigLIP vision tower is not counted)
    // attention per layer: 5376 x 4096 + 2 x 5376 x 2048 + 4096 x 5376 = 66,060,288;
    //   q/k norms 256; sum 66,060,544; x 62 = 4,095,753,728
    // MLP: 3 x 5376 x 21504 = 346,816,512; x 62 = 21,502,623,744
    // norms: 62 x 4 x 5376 + 5376 = 1,338,624; embedding 262208 x 5376 = 1,409,630,208
    // total: 4,095,753,728 + 21,502,623,744 + 1,338,624 + 1,409,630,208 = 27,009,346,304
    ParameterCount p = KnownArchitectures.get("gemma-3-27b").parameters();

    assertThat(p.attention()).isEqualTo(4_095_753_728L);
    assertThat(p.denseMlp()).isEqualTo(21_502_623_744L);
    assertThat(p.norms()).isEqualTo(1_338_624L);
    assertThat(p.embedding()).isEqualTo(1_409_630_208L);
    assertThat(p.total()).isEqualTo(27_009_346_304L);
  }

  //-----------------------------------------------------------------------
  // small built architectures
  @Test
  void count_latentAttentionWithoutQueryCompression_projectsQueriesDirectly() {
    // h16 n2; MLA kv_lora 4, rope 2, nope 3, v 5, no q_lora:
    // q 16 x 2 x (3 + 2) = 160; kv_a 16 x (4 + 2) + 4 = 100; kv_b 4 x 2 x (3 + 5) = 64;
    // o 2 x 5 x 16 = 160; sum 484 per layer
    ModelArchitecture mla = ModelArchitecture.builder().name("MLA").layers(1).hiddenSize(16)
        .attentionHeads(2).kvHeads(2).headDim(8).intermediateSize(1).vocabSize(1)
        .contextLength(1)
        .latentAttention(LatentAttention.builder().kvLoraRank(4).qkRopeHeadDim(2)
            .qkNopeHeadDim(3).vHeadDim(5).build())
        .build();

    assertThat(mla.parameters().attention()).isEqualTo(484);
  }

  @Test
  void count_mlpBiases_add2iPlusH() {
    // h4 i8: 3 x 4 x 8 = 96 weights + 2 x 8 + 4 = 20 biases
    ModelArchitecture biased = ModelArchitecture.builder().name("Biased").layers(1).hiddenSize(4)
        .attentionHeads(1).kvHeads(1).headDim(4).intermediateSize(8).vocabSize(1)
        .contextLength(1).mlpBiased(true).build();

    assertThat(biased.parameters().denseMlp()).isEqualTo(116);
  }

  @Test
  void count_sizesBeyondLong_throwArithmetic() {
    // 3 x (2^31 - 1) x (2^31 - 1) is about 1.4e19, beyond Long.MAX_VALUE (9.2e18)
    ModelArchitecture huge = ModelArchitecture.builder().name("Huge").layers(1)
        .hiddenSize(Integer.MAX_VALUE).attentionHeads(1).kvHeads(1).headDim(1)
        .intermediateSize(Integer.MAX_VALUE).vocabSize(1).contextLength(1).build();

    assertThatThrownBy(huge::parameters).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(huge::totalParameters).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void count_attentionBeyondLong_throwsArithmetic() {
    // h = d = 2^31 - 1, one head: q, k, v and o are (2^31 - 1)^2, about 4.6e18 each, so one
    // layer's attention is about 1.8e19, beyond Long.MAX_VALUE
    ModelArchitecture huge = ModelArchitecture.builder().name("Huge").layers(1)
        .hiddenSize(Integer.MAX_VALUE).attentionHeads(1).kvHeads(1)
        .headDim(Integer.MAX_VALUE).intermediateSize(1).vocabSize(1).contextLength(1).build();

    assertThatThrownBy(huge::parameters).isInstanceOf(ArithmeticException.class);
  }
}
