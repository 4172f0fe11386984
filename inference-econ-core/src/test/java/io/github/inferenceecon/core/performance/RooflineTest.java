/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H200_SXM;
import static io.github.inferenceecon.core.performance.AcceleratorFixtures.NO_LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked passes. Llama-3.1-8B: hidden 4096, 32 layers, 32 heads, 8 KV heads, head dim 128,
 * intermediate 14336, vocabulary 128256, untied. Per layer attention 2 x 4096 x 4096 + 2 x 4096
 * x 1024 = 41,943,040 and feed-forward 3 x 4096 x 14336 = 176,160,768 parameters; over 32 layers
 * 6,979,321,856 matrix parameters; embedding and head 525,336,576 each; norms 266,240.
 */
final class RooflineTest {

  private static final ModelArchitecture LLAMA_8B = KnownArchitectures.get("llama-3.1-8b");
  private static final Deployment LLAMA_8B_H100 = Deployment.of(LLAMA_8B, H100_SXM, 1);
  private static final Roofline IDEAL_8B = Roofline.of(LLAMA_8B_H100, Efficiency.ideal(),
      AttentionSparsity.none());

  //-----------------------------------------------------------------------
  // sumMin
  @Test
  void sumMin_noCap_isArithmeticSeries() {
    // 5 queries after 10 cached: 11 + 12 + 13 + 14 + 15 = 65
    assertThat(Roofline.sumMin(10, 5, Double.POSITIVE_INFINITY)).isEqualTo(65);
  }

  @Test
  void sumMin_capInside_flattens() {
    // min(11,13) + min(12,13) + 13 + 13 + 13 = 11 + 12 + 39 = 62
    assertThat(Roofline.sumMin(10, 5, 13)).isEqualTo(62);
  }

  @Test
  void sumMin_contextBeyondCap_isCapTimesCount() {
    assertThat(Roofline.sumMin(100, 5, 13)).isEqualTo(65);
  }

  //-----------------------------------------------------------------------
  // decode
  @Test
  void decode_llama8bBatch1Context0_readsWeightsButNotTheEmbeddingTable() {
    Roofline.Pass p = IDEAL_8B.decode(1, 1, 0);
    // matrices 6,979,321,856 x 2 B = 13,958,643,712; head 1,050,673,152; norms 532,480;
    // one embedding row 4096 x 2 = 8,192: 15,009,857,536 bytes
    assertThat(p.weightBytes).isEqualTo(15_009_857_536.0);
    // one token written: 32 layers x 2 x 8 x 128 x 2 B = 131,072 bytes
    assertThat(p.kvBytes).isEqualTo(131_072);
    // 2 x 6,979,321,856 + 2 x 525,336,576 = 15,009,316,864; attention 32 pairs x 4 x 32 x 128
    assertThat(p.linearFlops).isEqualTo(15_009_316_864.0);
    assertThat(p.attentionFlops).isEqualTo(524_288);
    // (15,009,857,536 + 131,072) / 3.35e12 = 4.48059 ms
    assertThat(p.seconds).isCloseTo(4.480594e-3, within(1e-9));
    assertThat(p.bound()).isEqualTo(Bound.MEMORY_BANDWIDTH);
  }

  @Test
  void decode_contextReadsKvOfEveryLayer() {
    Roofline.Pass p = IDEAL_8B.decode(1, 1, 1000);
    // reads 1000 tokens and writes 1, 32 layers x 4096 B each: 1001 x 131,072
    assertThat(p.kvBytes).isEqualTo(1001 * 131_072.0);
    // 1001 keys x 32 layers x 16,384 FLOPs
    assertThat(p.attentionFlops).isEqualTo(1001 * 32 * 16_384.0);
  }

  @Test
  void decode_mixtralBatch8_touchesExpectedDistinctExperts() {
    Deployment mixtral = Deployment.of(KnownArchitectures.get("mixtral-8x7b"), H200_SXM, 2);
    Roofline.Pass p = Roofline.of(mixtral, Efficiency.ideal(), AttentionSparsity.none())
        .decode(8, 1, 0);
    // 8 x (1 - (1 - 2/8)^8) = 8 x (1 - 0.100113) = 7.19910
    assertThat(p.expertsTouched).isCloseTo(7.1990966796875, within(1e-9));
  }

  @Test
  void decode_tensorParallel4_sendsTwoRingAllReducesPerLayer() {
    Deployment d = Deployment.of(KnownArchitectures.get("llama-3.1-70b"), H100_SXM, 4);
    Roofline.Pass p = Roofline.of(d, Efficiency.ideal(), AttentionSparsity.none())
        .decode(8, 1, 0);
    // message 8 x 8192 x 2 B = 131,072; per device 2 x 3/4 x 131,072 = 196,608;
    // 160 all-reduces: 31,457,280 bytes over 450 GB/s one way = 69.905 us
    assertThat(p.interconnectBytes).isEqualTo(31_457_280);
    assertThat(p.interconnectSeconds).isCloseTo(69.905e-6, within(1e-9));
  }

  @Test
  void decode_latencyPerAllReduceAddsUp() {
    Deployment d = Deployment.of(KnownArchitectures.get("llama-3.1-70b"), H100_SXM, 4);
    Efficiency e = Efficiency.ideal().withComputeEfficiency(1);
    Roofline withLatency = Roofline.of(d, Efficiency.builder().from(e)
        .allReduceLatency(Duration.ofNanos(10_000)).build(), AttentionSparsity.none());
    Roofline without = Roofline.of(d, e, AttentionSparsity.none());
    // 160 all-reduces x 10 us = 1.6 ms
    assertThat(withLatency.decode(1, 1, 0).seconds - without.decode(1, 1, 0).seconds)
        .isCloseTo(1.6e-3, within(1e-12));
  }

  @Test
  void decode_slidingWindowCapsLocalLayers() {
    ModelArchitecture gemma = KnownArchitectures.get("gemma-2-9b");
    int window = gemma.slidingWindow().orElseThrow().window();
    int global = gemma.layers() - gemma.slidingWindow().orElseThrow().localLayerCount();
    Roofline r = Roofline.of(Deployment.of(gemma, H100_SXM, 1), Efficiency.ideal(),
        AttentionSparsity.none());
    // below the window one more cached token is read by every layer; beyond it, by the
    // global layers only
    double perLayer = (r.decode(1, 1, 1).kvBytes - r.decode(1, 1, 0).kvBytes) / gemma.layers();
    assertThat(r.decode(1, 1, window + 100L).kvBytes - r.decode(1, 1, window).kvBytes)
        .isCloseTo(100 * global * perLayer, within(1e-6));
  }

  @Test
  void decode_latentAttentionReadsTheLatentNotHeads() {
    ModelArchitecture deepseek = KnownArchitectures.get("deepseek-v3");
    Deployment d = Deployment.builder().model(deepseek).accelerator(AcceleratorFixtures.B200)
        .tensorParallel(8).precision(Precision.uniform(NumericFormat.FP8_E4M3)).build();
    Roofline r = Roofline.of(d, Efficiency.ideal(), AttentionSparsity.none());
    // 61 layers x (512 + 64) elements x 1 byte per extra token, not split by tensor parallelism
    assertThat(r.decode(1, 1, 1).kvBytes - r.decode(1, 1, 0).kvBytes).isEqualTo(61 * 576);
  }

  @Test
  void decode_latentAttention_absorbedFlopsOverTheLatentAndEveryActiveMatrix() {
    // DeepSeek-V3 (config.json): hidden 7168, 61 layers (3 dense, 58 MoE), 128 heads,
    // q_lora_rank 1536, kv_lora_rank 512, qk_nope 128, qk_rope 64, v_head 128, dense
    // intermediate 18432, 256 routed experts of 2048 (8 per token) and 1 shared, vocab 129280.
    Roofline r = Roofline.of(deepseekOn8xB200(), Efficiency.ideal(), AttentionSparsity.none());
    Roofline.Pass p = r.decode(1, 1, 0);
    // absorbed decode per query-key pair: 2 x 128 x (512 + 64) scores + 2 x 128 x 512 values
    // = 278,528 FLOPs; one pair per layer: 61 x 278,528 / tp 8 = 2,123,776
    assertThat(p.attentionFlops).isEqualTo(2_123_776);
    // parameters per token: attention 61 x (7168 x 1536 + 1536 x 128 x 192 + 7168 x 576
    // + 512 x 128 x 256 + 128 x 128 x 7168 + the latent norms 1536 + 512) = 61 x 187,107,328
    // = 11,413,547,008; dense MLP 3 x 3 x 7168 x 18432 = 1,189,085,184; shared experts
    // 58 x 3 x 7168 x 2048 = 2,554,331,136; routers 58 x (256 x 7168 + 256 bias)
    // = 106,445,312; 8 routed experts 58 x 8 x 44,040,192 = 20,434,649,088; sum
    // 35,698,057,728; output head 129280 x 7168 = 926,679,040.
    // 2 x (35,698,057,728 + 926,679,040) / tp 8 = 9,156,184,192
    assertThat(p.linearFlops).isEqualTo(9_156_184_192.0);
  }

  @Test
  void prefill_latentAttention_expandedHeadFlops() {
    Roofline r = Roofline.of(deepseekOn8xB200(), Efficiency.ideal(), AttentionSparsity.none());
    Roofline.Pass p = r.prefill(1, 1000, 0);
    // expanded heads per pair: 2 x 128 x (128 + 64) scores + 2 x 128 x 128 values = 81,920;
    // causal 500,500 pairs x 61 layers x 81,920 / tp 8 = 312,632,320,000
    assertThat(p.attentionFlops).isEqualTo(312_632_320_000.0);
  }

  private static Deployment deepseekOn8xB200() {
    return Deployment.builder().model(KnownArchitectures.get("deepseek-v3"))
        .accelerator(AcceleratorFixtures.B200).tensorParallel(8)
        .precision(Precision.uniform(NumericFormat.FP8_E4M3)).build();
  }

  @Test
  void decode_sparsityShrinksOnlyAttention() {
    Roofline dense = IDEAL_8B;
    Roofline sparse = Roofline.of(LLAMA_8B_H100, Efficiency.ideal(),
        AttentionSparsity.of(0.75, 1000));
    Roofline.Pass d = dense.decode(4, 1, 9000);
    Roofline.Pass s = sparse.decode(4, 1, 9000);
    assertThat(s.linearFlops).isEqualTo(d.linearFlops);
    assertThat(s.weightBytes).isEqualTo(d.weightBytes);
    // keys 1000 dense + 0.25 x 8001 = 3000.25 of 9001; reads 1000 + 0.25 x 8000 = 3000 of 9000
    assertThat(s.attentionFlops / d.attentionFlops).isCloseTo(3000.25 / 9001, within(1e-12));
    assertThat((s.kvBytes / 131_072 - 4) / 4).isCloseTo(3000, within(1e-9));
  }

  //-----------------------------------------------------------------------
  // prefill
  @Test
  void prefill_llama8b1000Tokens_addsTheCausalQuadraticTerm() {
    Roofline.Pass p = IDEAL_8B.prefill(1, 1000, 0);
    // linear 2 x 1000 x 6,979,321,856 + 2 x 525,336,576 (logits of the last token only)
    assertThat(p.linearFlops).isEqualTo(13_959_694_385_152.0);
    // causal: 1000 x 1001 / 2 = 500,500 pairs x 32 layers x 16,384 FLOPs
    assertThat(p.attentionFlops).isEqualTo(262_406_144_000.0);
    // compute-bound: 14,222,100,529,152 / 989e12 = 14.3803 ms
    assertThat(p.seconds).isCloseTo(14.380284e-3, within(1e-9));
    assertThat(p.bound()).isEqualTo(Bound.COMPUTE);
  }

  @Test
  void prefill_cachedPrefix_isAttendedButNotRecomputed() {
    Roofline.Pass p = IDEAL_8B.prefill(1, 100, 900);
    // 100 queries after 900 cached: 100 x 900 + 100 x 101 / 2 = 95,050 pairs per layer
    assertThat(p.attentionFlops).isEqualTo(95_050 * 32 * 16_384.0);
    assertThat(p.linearFlops).isEqualTo(2 * 100 * 6_979_321_856.0 + 2 * 525_336_576.0);
  }

  //-----------------------------------------------------------------------
  // errors
  @Test
  void of_missingComputeFormat_throws() {
    Deployment fp8 = Deployment.builder().model(LLAMA_8B).accelerator(NO_LINK)
        .precision(Precision.uniform(NumericFormat.FP8_E4M3)).build();
    assertThatThrownBy(() -> Roofline.of(fp8, Efficiency.defaults(), AttentionSparsity.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Accelerator Test No Link has no dense peak for compute format FP8: choose "
            + "activations it supports");
  }

  @Test
  void of_parallelWithoutInterconnect_throws() {
    Deployment tp2 = Deployment.of(LLAMA_8B, NO_LINK, 2);
    assertThatThrownBy(() -> Roofline.of(tp2, Efficiency.defaults(), AttentionSparsity.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor and pipeline parallelism need a scale-up interconnect, which Test "
            + "No Link does not list: tp=2, pp=1");
  }

  @Test
  void pass_noTokens_costsNothing() {
    assertThat(IDEAL_8B.decode(0, 1, 100).seconds).isZero();
  }
}
