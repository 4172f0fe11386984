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

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.ByteRate;
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
  // a pass written over a reused one
  @Test
  void pass_overAReusedPass_keepsNothingOfIt() {
    // 32 decode sequences of Llama-3.1-8B fill every figure; an empty pass written over them
    // returns early, so every figure must be cleared, as a new pass has them
    Roofline.Pass reused = IDEAL_8B.pass(new Roofline.Pass(), 32, 1, 1_000, 0, 0, 0, 0, 0, 0);
    assertThat(reused.activationBytes).isPositive();
    assertThat(reused.seconds).isPositive();

    Roofline.Pass empty = IDEAL_8B.pass(reused, 0, 1, 1_000, 0, 0, 0, 0, 0, 0);

    assertThat(empty).isSameAs(reused);
    assertThat(new double[] {empty.tokens, empty.linearFlops, empty.attentionFlops,
        empty.weightBytes, empty.kvBytes, empty.activationBytes, empty.interconnectBytes,
        empty.expertsTouched, empty.computeSeconds, empty.memorySeconds,
        empty.interconnectSeconds, empty.overheadSeconds, empty.seconds})
        .containsOnly(0.0);
  }

  //-----------------------------------------------------------------------
  // expm1
  @Test
  void expm1_belowMinus40_isMinusOneAsMathGives() {
    // fdlibm returns -1 for x < -56 ln 2 (about -38.8); the shortcut starts at -40
    for (double x : new double[] {-40, -40.000001, -41.5, -620.25, -1e6, -1e300,
        -Double.MAX_VALUE, Double.NEGATIVE_INFINITY}) {
      assertThat(Roofline.expm1(x)).isEqualTo(Math.expm1(x)).isEqualTo(-1.0);
    }
  }

  @Test
  void expm1_aboveMinus40_isMathExpm1() {
    for (double x : new double[] {-39.999999, -38.8, -20, -0.0645, 0, 1e-300, 3.5}) {
      assertThat(Double.doubleToRawLongBits(Roofline.expm1(x)))
          .isEqualTo(Double.doubleToRawLongBits(Math.expm1(x)));
    }
    assertThat(Roofline.expm1(-36)).isGreaterThan(-1.0);
    assertThat(Roofline.expm1(Double.NaN)).isNaN();
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
    // activations between kernels: 2 B x (14 x 4,096 + 3 x 32 x 128 + 6 x 14,336) x 32 layers
    // = 2 x 155,648 x 32 = 9,961,472 bytes (one device: no all-reduce)
    assertThat(p.activationBytes).isEqualTo(9_961_472.0);
    // (15,009,857,536 + 131,072 + 9,961,472) / 3.35e12 = 4.48357 ms
    assertThat(p.seconds).isCloseTo(4.483567e-3, within(1e-9));
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
    // activations passed between kernels, per token: 2 B x 14 x 8,192 x 80 = 18,350,080
    // hidden-sized on every rank; (2 x 3 x 64 x 128 x 80 + 2 x 6 x 28,672 x 80) / 4 =
    // 7,864,320 of the split intermediates; the two one-shot all-reduces per layer, 2 B x 2 x
    // (4 + 3) x 8,192 x 80 = 18,350,080: 44,564,480 bytes, x 8 tokens = 356,515,840
    assertThat(p.activationBytes).isEqualTo(356_515_840.0);
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
    // compute-bound: 14,222,100,529,152 / 989e12 = 14.3803 ms, then the element-wise kernels'
    // activations, which no compute hides: 1000 x 9,961,472 B / 3.35e12 = 2.97357 ms
    assertThat(p.activationBytes).isEqualTo(9_961_472_000.0);
    assertThat(p.seconds).isCloseTo(17.353858e-3, within(1e-9));
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
  // mixtures of experts: expert parallelism, attention data parallelism, all-to-all
  @Test
  void imbalance_busiestOfUniformGroups() {
    // 8,000 assignments over 8 groups: 1 + sqrt(2 ln 8 x 7 / 8000) = 1.0603
    assertThat(Roofline.imbalance(8, 8000)).isCloseTo(1.0603, within(1e-4));
    // 64 assignments (8 tokens x 8 experts): 1 + sqrt(2 ln 8 x 7 / 64) = 1.6745
    assertThat(Roofline.imbalance(8, 64)).isCloseTo(1.6745, within(1e-4));
    // never above the group count, and 1 without expert parallelism
    assertThat(Roofline.imbalance(8, 1e-6)).isEqualTo(8);
    assertThat(Roofline.imbalance(1, 64)).isEqualTo(1);
    assertThat(Roofline.imbalance(8, 0)).isEqualTo(1);
  }

  @Test
  void decode_expertParallel_busiestGroupSetsTheExpertWork() {
    // DeepSeek-V3, 8 x B200, ep 8: 8 tokens route 64 assignments; the busiest of the 8 groups
    // has 1.6745 times the mean, so the routed-expert FLOPs per device are
    // 2 x 8 x 20,434,649,088 / 8 x 1.6745 (see the latent-attention test for the counts)
    Deployment tp = deepseekOn8xB200();
    Deployment ep = Deployment.builder().from(tp).expertParallel(8).build();
    Roofline.Pass a = Roofline.of(tp, Efficiency.ideal(), AttentionSparsity.none())
        .decode(8, 1, 0);
    Roofline.Pass b = Roofline.of(ep, Efficiency.ideal(), AttentionSparsity.none())
        .decode(8, 1, 0);
    double routed = 2 * 8 * 20_434_649_088.0 / 8;
    assertThat(b.linearFlops - a.linearFlops).isCloseTo(routed * (Roofline.imbalance(8, 64) - 1),
        within(1.0));
    // the same experts are read either way, and with attention tensor-parallel the same two
    // all-reduces per layer combine the partial results
    assertThat(b.weightBytes).isEqualTo(a.weightBytes);
    assertThat(b.interconnectBytes).isEqualTo(a.interconnectBytes);
  }

  @Test
  void decode_attentionDataParallel_allToAllPerMoeLayerAndWholeWeights() {
    // 8 sequences, one per device: each device sends its token's 7,168 FP8 activations (1 B)
    // to the other groups its 8 experts fall in, 7 x (1 - (7/8)^8) = 4.5947 of them, and gets
    // the experts' outputs back in BF16 (2 B): 58 MoE layers x 7,168 x 4.5947 x (1 + 2) bytes
    Deployment adp = Deployment.builder().from(deepseekOn8xB200()).expertParallel(8)
        .attentionDataParallel(true).build();
    Roofline r = Roofline.of(adp, Efficiency.ideal(), AttentionSparsity.none());
    Roofline.Pass p = r.decode(8, 1, 0);
    double groups = 7 * (1 - Math.pow(7.0 / 8, 8));
    assertThat(p.interconnectBytes).isCloseTo(58 * 7168 * groups * 3, within(1e-3));
    // over NVLink 5 at 900 GB/s each way, with no latency in the ideal efficiency:
    // 58 x 7,168 x 4.5947 x 3 / 900e9 = 6.3674 us
    assertThat(p.interconnectSeconds).isCloseTo(58 * 7168 * groups * 3 / 900e9, within(1e-15));
    // attention and the other non-expert layers run one token per device with whole weights:
    // 2 x (35,698,057,728 - 20,434,649,088 routed) + 2 x 926,679,040 head FLOPs, plus the
    // routed experts of all 8 tokens split over the 8 devices at the imbalance above
    double nonExpert = 2 * (35_698_057_728.0 - 20_434_649_088.0) + 2 * 926_679_040.0;
    assertThat(p.linearFlops).isCloseTo(nonExpert
        + 2 * 8 * 20_434_649_088.0 / 8 * Roofline.imbalance(8, 64), within(1.0));
    // the latent of its own sequence only: 61 layers x 576 bytes per token of context
    assertThat(r.decode(8, 1, 1).kvBytes - p.kvBytes).isEqualTo(61 * 576);
  }

  @Test
  void decode_attentionDataParallel_allToAllLatencyTwicePerMoeLayer() {
    // the ideal efficiency but the fitted 205.4 us per all-to-all: a dispatch and a combine in
    // each of the 58 MoE layers add 58 x 2 x 205.4 us = 23.8264 ms to the 6.3674 us the bytes
    // take (decode_attentionDataParallel_allToAllPerMoeLayerAndWholeWeights)
    Deployment adp = Deployment.builder().from(deepseekOn8xB200()).expertParallel(8)
        .attentionDataParallel(true).build();
    Efficiency e = Efficiency.builder().from(Efficiency.ideal())
        .allToAllLatency(Duration.ofNanos(205_400)).build();
    Roofline.Pass p = Roofline.of(adp, e, AttentionSparsity.none()).decode(8, 1, 0);
    double groups = 7 * (1 - Math.pow(7.0 / 8, 8));
    assertThat(p.interconnectSeconds).isCloseTo(58 * 7168 * groups * 3 / 900e9 + 23.8264e-3,
        within(1e-12));
  }

  @Test
  void decode_attentionDataParallel_passesItsOwnActivationsAndItsExpertsShare() {
    // 8 sequences, one per device. Its own token's activations: 2 B x 14 x 7,168 x 61 =
    // 12,242,944 hidden-sized, attention 2 x 3 x 128 x 128 x 61 = 5,996,544, the 3 dense
    // layers' feed-forward 2 x 6 x 18,432 x 3 = 663,552: 18,903,040; the experts' 2 x 6 x
    // (8 + 1) x 2,048 x 58 = 12,828,672 per token, of all 8 tokens over 8 groups at the busiest
    // group's load, 1 + sqrt(2 ln 8 x 7 / 64) = 1.67445 for 64 assignments; no all-reduce
    Roofline.Pass p = Roofline.of(Deployment.builder().from(deepseekOn8xB200()).expertParallel(8)
        .attentionDataParallel(true).build(), Efficiency.ideal(), AttentionSparsity.none())
        .decode(8, 1, 0);
    assertThat(Roofline.imbalance(8, 64)).isCloseTo(1.67445, within(1e-5));
    assertThat(p.activationBytes).isCloseTo(18_903_040 + 12_828_672 * Roofline.imbalance(8, 64),
        within(1e-3));
  }

  @Test
  void busiestPrompts_aPromptSitsWholeOnOneRank() {
    Roofline r = Roofline.of(Deployment.builder().from(deepseekOn8xB200()).expertParallel(8)
        .attentionDataParallel(true).build(), Efficiency.ideal(), AttentionSparsity.none());
    // less than one prompt per pass: all of it on one of the 8 ranks, none spread
    assertThat(r.busiestPrompts(0.5)).isEqualTo(0.5);
    assertThat(r.busiestPrompts(1)).isEqualTo(1);
    // 8 prompts over 8 ranks: 1 x (1 + sqrt(2 ln 8 x 7 / 8)) = 1 + sqrt(3.63902) = 2.90762
    assertThat(r.busiestPrompts(8)).isCloseTo(2.90762, within(1e-5));
    // 1,000 prompts: 125 x (1 + sqrt(2 ln 8 x 7 / 1000)) = 125 x 1.170623 = 146.3279
    assertThat(r.busiestPrompts(1000)).isCloseTo(146.3279, within(1e-4));
  }

  @Test
  void prefill_attentionDataParallel_promptRunsWholeOnOneDevice() {
    // DeepSeek-V3 on 8 x B200, ep 8, attention data-parallel: one prompt of 1,000 tokens is
    // prefilled by the device that holds its sequence, not an eighth of it by each.
    // Non-expert matrices 15,263,408,640 per token, head 926,679,040 for the one sampled
    // position: 2 x 1000 x 15,263,408,640 + 2 x 926,679,040 = 30,528,670,638,080 FLOPs;
    // routed experts of all 1,000 tokens over 8 groups at 8,000 assignments:
    // 2 x 1000 x 20,434,649,088 / 8 x 1.060324 = 5,416,838,812,172
    Roofline r = Roofline.of(Deployment.builder().from(deepseekOn8xB200()).expertParallel(8)
        .attentionDataParallel(true).build(), Efficiency.ideal(), AttentionSparsity.none());
    Roofline.Pass p = r.prefill(1, 1000, 0);
    double routed = 2 * 1000 * 20_434_649_088.0 / 8 * Roofline.imbalance(8, 8000);
    assertThat(p.linearFlops - routed).isEqualTo(30_528_670_638_080.0);
    // its attention too: 500,500 causal pairs x 61 layers x 81,920 = 2,501,058,560,000
    assertThat(p.attentionFlops).isEqualTo(2_501_058_560_000.0);
  }

  @Test
  void decode_routedExpertsAreTheirOwnKernelGroup() {
    // DeepSeek-V3 on 8 x B200, tp 8, FP8, ideal (overlap 1, so a group costs the longer of
    // its compute and memory times), 512 sequences at context 0. The projections, dense and
    // shared feed-forward and head are compute-bound: 2 x 512 x (15,263,408,640 +
    // 926,679,040) / 8 = 2,072,331,223,040 FLOPs at 4.5e15 = 460.518 us. The routed experts
    // are memory-bound: 512 tokens touch 256 x (1 - (31/32)^512) = 256 experts (to 1e-7), each
    // 58 x 44,040,192 B over 8 devices = 319,291,392 B, 81,738,596,352 B at 7.7e12 B/s =
    // 10,615.402 us (their compute, 2 x 512 x 20,434,649,088 / 8 at 4.5e15 = 581.3 us,
    // hides under it). Reading the experts' weights does not hide the projections' compute,
    // which other kernels run. Attention: 512 x 61 x 576 B of latent written at 7.7e12 =
    // 2.336 us. Two all-reduces per layer of 512 x 7,168 FP8 bytes: 122 x 2 x 7/8 x
    // 3,670,016 B at 900e9 = 870.60 us. Activations per token: 2 B x 14 x 7,168 x 61 =
    // 12,242,944 on every rank; split over 8: attention 2 x 3 x 128 x 128 x 61 = 5,996,544,
    // dense feed-forward 2 x 6 x 18,432 x 3 = 663,552, experts 2 x 6 x (8 + 1) x 2,048 x 58 =
    // 12,828,672, together 2,436,096; two one-shot all-reduces per layer 2 B x 2 x (8 + 3) x
    // 7,168 x 61 = 19,238,912: 33,917,952 B x 512 at 7.7e12 = 2,255.32 us.
    Roofline r = Roofline.of(deepseekOn8xB200(), Efficiency.ideal(), AttentionSparsity.none());
    Roofline.Pass p = r.decode(512, 1, 0);
    double dense = 2_072_331_223_040.0 / 4.5e15;
    double experts = 256 * -Math.expm1(512 * Math.log1p(-8.0 / 256)) * 319_291_392.0 / 7.7e12;
    double attention = 512 * 61 * 576.0 / 7.7e12;
    double allReduce = 122 * 2 * 7.0 / 8 * 512 * 7168 / 900e9;
    assertThat(p.activationBytes).isEqualTo(512 * 33_917_952.0);
    double activations = 512 * 33_917_952.0 / 7.7e12;
    assertThat(p.seconds).isCloseTo(dense + experts + attention + activations + allReduce,
        within(1e-12));
    assertThat(p.seconds).isCloseTo(14.20418e-3, within(1e-8));
  }

  //-----------------------------------------------------------------------
  // scale-up domains and scale-out links
  @Test
  void crossingHops_countsStageBoundariesBetweenDomains() {
    assertThat(Roofline.crossingHops(8, 1, 8)).isZero();
    // tp 8 per stage in 8-device domains: every hand-off leaves the domain
    assertThat(Roofline.crossingHops(8, 4, 8)).isEqualTo(3);
    // tp 4: two stages per domain, so 4 stages cross once
    assertThat(Roofline.crossingHops(4, 4, 8)).isEqualTo(1);
    // a 72-device rack holds 9 stages of 8
    assertThat(Roofline.crossingHops(8, 4, 72)).isZero();
    assertThat(Roofline.crossesDomains(16, 1, 8)).isTrue();
    assertThat(Roofline.crossesDomains(8, 2, Integer.MAX_VALUE)).isFalse();
  }

  @Test
  void of_replicaBeyondTheDomainWithoutScaleOut_throws() {
    Deployment d = Deployment.builder().model(KnownArchitectures.get("llama-3.1-405b"))
        .accelerator(H100_IN_8).tensorParallel(16).build();
    assertThatThrownBy(() -> Roofline.of(d, Efficiency.ideal(), AttentionSparsity.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A replica of 16 devices spans more than the 8-device scale-up domain of "
            + "NVIDIA H100 SXM: give the scale-out link between domains");
  }

  @Test
  void decode_tensorParallelAcrossDomains_allReducesOverBothLinks() {
    // Llama-3.1-405B (hidden 16384, 126 layers) at tp 16 over two 8-GPU domains, one token in
    // BF16: a 32,768-byte message per all-reduce; reduce-scatter and all-gather inside a
    // domain send 2 x 7/8 x 32,768 = 57,344 bytes over NVLink (450 GB/s each way), the
    // all-reduce of the 1/8 share across the 2 domains 2 x 1/2 x 4,096 = 4,096 bytes over
    // InfiniBand (50 GB/s); 2 x 126 all-reduces
    Deployment d = Deployment.builder().model(KnownArchitectures.get("llama-3.1-405b"))
        .accelerator(H100_IN_8).tensorParallel(16)
        .scaleOut(Interconnect.of("InfiniBand", ByteRate.ofGigabytesPerSecond(50),
            BandwidthBasis.PER_DIRECTION)).build();
    Roofline.Pass p = Roofline.of(d, Efficiency.ideal(), AttentionSparsity.none())
        .decode(1, 1, 0);
    assertThat(p.interconnectBytes).isEqualTo(252 * (57_344.0 + 4_096));
    assertThat(p.interconnectSeconds).isCloseTo(252 * (57_344 / 450e9 + 4_096 / 50e9),
        within(1e-12));
  }

  /** H100 SXM in its 8-GPU HGX board. */
  private static final AcceleratorSpec H100_IN_8 = AcceleratorSpec.builder().from(H100_SXM)
      .scaleUp(H100_SXM.scaleUp().orElseThrow().withDomainSize(8)).build();

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
