/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import static io.github.inferenceecon.core.memory.MemoryFixtures.A100_40GB;
import static io.github.inferenceecon.core.memory.MemoryFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.ByteUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class MemoryEstimatorTest {

  private static final ModelArchitecture LLAMA_31_8B = KnownArchitectures.get("llama-3.1-8b");
  private static final ModelArchitecture LLAMA_31_70B = KnownArchitectures.get("llama-3.1-70b");
  private static final ModelArchitecture GPT_OSS_120B = KnownArchitectures.get("gpt-oss-120b");

  /** The vLLM start-up log of issue 12330: Meta-Llama-3-8B on one A100 40GB at 0.9. */
  private static final ByteSize GIB_39_5 = gib("39.5");
  private static final ByteSize GIB_9_37 = gib("9.37");

  private static ByteSize gib(String amount) {
    return ByteSize.of(new BigDecimal(amount), ByteUnit.GIBIBYTES, RoundingMode.HALF_UP);
  }

  //-----------------------------------------------------------------------
  // defaultContext
  @Test
  void defaultContext_longWindow_is8192() {
    // Llama 3.1 70B: max_position_embeddings 131,072, above 8,192
    assertThat(LLAMA_31_70B.contextLength()).isEqualTo(131_072);
    assertThat(MemoryEstimator.defaultContext(LLAMA_31_70B)).isEqualTo(8_192);
  }

  @Test
  void defaultContext_shorterWindow_isTheWindow() {
    // Llama 2 7B: max_position_embeddings 4,096, below 8,192
    ModelArchitecture llama2 = KnownArchitectures.get("llama-2-7b");

    assertThat(MemoryEstimator.defaultContext(llama2)).isEqualTo(4_096);
    llama2.checkContext(MemoryEstimator.defaultContext(llama2));
  }

  @Test
  void defaultContext_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> MemoryEstimator.defaultContext(null))
        .withMessage("model");
  }

  //-----------------------------------------------------------------------
  // estimate: the measured vLLM start-up log
  //-----------------------------------------------------------------------
  @Test
  void estimate_contextBeyondTheWindow_throwsNamingBothNumbers() {
    // Llama-3.1-8B's window: 131,072 tokens; a million-token sequence is not a memory question
    Deployment d = Deployment.of(LLAMA_31_8B, H100_SXM, 2);

    assertThatThrownBy(() -> MemoryEstimator.defaults().estimate(d, 1_000_000, 1))
        .isInstanceOf(ContextWindowExceededException.class)
        .hasMessage("Context of 1000000 tokens exceeds the 131072-token context window of "
            + "model 'Llama-3.1-8B'");
    assertThatThrownBy(() -> MemoryEstimator.defaults().minimumDeployment(LLAMA_31_8B,
        H100_SXM, Precision.bf16(), 131_073, 1))
        .isInstanceOf(ContextWindowExceededException.class);
    assertThat(MemoryEstimator.defaults().estimate(d, 131_072, 1).contextTokens())
        .isEqualTo(131_072);
  }

  @Test
  void estimate_vllmLlama3_8bOnA100_reproducesMeasuredLog() {
    // log: total 39.5 GiB x 0.9 = 35.55 GiB; weights 14.96 GiB; activation peak 9.37 GiB;
    // non-torch 0.1 GiB; KV cache 11.12 GiB, 5,691 blocks of 16 tokens (91,056 tokens).
    // Weights: 8,030,261,248 params x 2 B = 16,060,522,496 B = 14.958 GiB.
    // KV left: 35.55 - 14.958 - 9.37 - 0.1 = 11.122 GiB; / 131,072 B per token = 91,104 tokens.
    MemoryEstimator vllm = MemoryEstimator.of(MemoryAssumptions.builder()
        .deviceMemory(GIB_39_5).measuredActivationPeak(GIB_9_37).build());
    DeploymentMemory m = vllm.estimate(Deployment.of(LLAMA_31_8B, A100_40GB, 1), 8192, 1);
    assertThat(m.weights().toGibibytes()).isCloseTo(14.96, within(0.005));
    assertThat(m.kvCacheCapacity().toGibibytes()).isCloseTo(11.12, within(0.01));
    assertThat(m.kvTokenCapacity()).isCloseTo(91_056L, within(91L)); // within 0.1% of the log
    assertThat(m.maxConcurrentSequences()).isEqualTo(11); // the log's "11.12x" at 8,192 tokens
    assertThat(m.isActivationsMeasured()).isTrue();
    assertThat(m.fits()).isTrue();
  }

  @Test
  void estimate_vllmLlama3_8b_ownActivationEstimateIsFarBelowMeasured() {
    // Our live-tensor estimate for an 8,192-token chunk: per token 2 x 4,096 + (6,144 + 4,096
    // + 3 x 14,336) = 61,440 BF16 elements = 122,880 B; x 8,192 = 1,006,632,960 B; plus FP32
    // logits of 256 sequences x 128,256 x 4 = 131,334,144 B; total 1,137,967,104 B = 1.06 GiB,
    // about 11% of the 9.37 GiB vLLM profiled (allocator slack and sampler workspaces).
    ByteSize estimate = MemoryEstimator.defaults()
        .activationsPerDevice(Deployment.of(LLAMA_31_8B, A100_40GB, 1));
    assertThat(estimate.toBytes()).isEqualTo(1_137_967_104L);
    assertThat(estimate.toGibibytes() / 9.37).isCloseTo(0.113, within(0.001));
  }

  //-----------------------------------------------------------------------
  // estimate: breakdowns and fit
  //-----------------------------------------------------------------------
  @Test
  void estimate_llama70bOnFourH100_splitsWeights() {
    // 141,107,412,992 B of weights over tp 4 = 35,276,853,248 B per device
    DeploymentMemory m = MemoryEstimator.defaults()
        .estimate(Deployment.of(LLAMA_31_70B, H100_SXM, 4), 8192, 32);
    assertThat(m.weights().toBytes()).isEqualTo(35_276_853_248L);
    // KV: 32 x 8,192 tokens x 327,680 / 4 B = 21,474,836,480 B = 20 GiB per device
    assertThat(m.kvCache()).isEqualTo(ByteSize.ofGibibytes(20));
    assertThat(m.budget()).isEqualTo(ByteSize.ofGibibytes(72));
    assertThat(m.fits()).isTrue();
    assertThat(m.free()).isEqualTo(m.budget().minus(m.used()));
    assertThat(m.shortfall()).isEqualTo(ByteSize.ZERO);
  }

  @Test
  void estimate_llama70bOnOneH100_doesNotFitAndSaysByHowMuch() {
    DeploymentMemory m = MemoryEstimator.defaults()
        .estimate(Deployment.of(LLAMA_31_70B, H100_SXM, 1), 8192, 1);
    assertThat(m.fits()).isFalse();
    assertThat(m.free()).isEqualTo(ByteSize.ZERO);
    assertThat(m.shortfall()).isEqualTo(m.used().minus(m.budget()));
    assertThat(m.maxConcurrentSequences()).isZero();
    assertThat(m.toString()).contains("short by").contains("fits           false");
  }

  @Test
  void estimate_negativeContext_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryEstimator.defaults()
            .estimate(Deployment.of(LLAMA_31_8B, H100_SXM, 1), -5, 1))
        .withMessage("Context length must not be negative: -5");
  }

  @Test
  void estimate_negativeSequences_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryEstimator.defaults()
            .estimate(Deployment.of(LLAMA_31_8B, H100_SXM, 1), 5, -1))
        .withMessage("Sequence count must not be negative: -1");
  }

  @Test
  void estimate_null_throws() {
    assertThatNullPointerException()
        .isThrownBy(() -> MemoryEstimator.defaults().estimate(null, 1, 1));
  }

  @Test
  void estimate_json_roundTrips() throws Exception {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    DeploymentMemory m = MemoryEstimator.defaults()
        .estimate(Deployment.of(LLAMA_31_70B, H100_SXM, 4), 8192, 32);
    assertThat(mapper.readValue(mapper.writeValueAsString(m), DeploymentMemory.class))
        .isEqualTo(m);
  }

  //-----------------------------------------------------------------------
  // weightsPerDevice with pipeline stages
  //-----------------------------------------------------------------------
  @Test
  void weightsPerDevice_pipeline_firstStageHoldsEmbedding() {
    // pp 2: 40 layers each; stage 0 adds the embedding (2.1 GB), stage 1 the head (2.1 GB) and
    // final norm, so the largest stage is the last: half the layers plus head and norm
    Deployment pp2 = Deployment.builder().model(LLAMA_31_70B).accelerator(H100_SXM)
        .pipelineParallel(2).build();
    long total = 141_107_412_992L;
    long perStage = MemoryEstimator.defaults().weightsPerDevice(pp2).toBytes();
    assertThat(perStage).isBetween(total / 2, total / 2 + 16_384);
  }

  //-----------------------------------------------------------------------
  // maxConcurrentSequences / maxContext
  //-----------------------------------------------------------------------
  @Test
  void maxConcurrentSequences_llama70bTp4At8192_is61() {
    // room per device: 72 GiB - 35,276,853,248 - 827,588,608 (activations) - 107,374,182
    //   = 41,097,595,290 B; per sequence 8,192 x 81,920 B = 671,088,640 B -> 61 sequences
    assertThat(MemoryEstimator.defaults()
        .maxConcurrentSequences(Deployment.of(LLAMA_31_70B, H100_SXM, 4), 8192)).isEqualTo(61);
  }

  @Test
  void maxConcurrentSequences_zeroContext_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryEstimator.defaults()
            .maxConcurrentSequences(Deployment.of(LLAMA_31_8B, H100_SXM, 1), 0))
        .withMessage("Context length must be positive: 0");
  }

  @Test
  void maxConcurrentSequences_tokenCapacityOverflows_throwsArithmeticAsEstimateDoes() {
    // a one-layer Mixtral with one KV head of one dimension caches 2 (K, V) x 1 x 1 x 2 bytes
    // (BF16) = 4 bytes per token, so a 16-token block is 64 bytes. On a device of
    // Long.MAX_VALUE bytes at 0.9 the room is about 8.3e18 bytes, 1.3e17 blocks; with
    // attention data parallelism over 8 devices a replica holds 1.04e18 sequences of 16 tokens
    // (fits a long) but 16 x 1.04e18 = 1.7e19 tokens (more than 9.2e18, Long.MAX_VALUE)
    ModelArchitecture tiny = ModelArchitecture.builder().from(KnownArchitectures.get(
        "mixtral-8x7b")).name("tiny").layers(1).kvHeads(1).headDim(1).build();
    Deployment d = Deployment.builder().model(tiny).accelerator(H100_SXM).tensorParallel(8)
        .expertParallel(8).attentionDataParallel(true).build();
    MemoryEstimator huge = MemoryEstimator.of(MemoryAssumptions.builder()
        .deviceMemory(ByteSize.ofBytes(Long.MAX_VALUE)).build());

    assertThat(KvCache.perSequencePerDevice(d, 16, 16).toBytes()).isEqualTo(64);
    assertThatThrownBy(() -> huge.estimate(d, 16, 0))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> huge.maxConcurrentSequences(d, 16))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void maxContext_isLargestFittingContext() {
    MemoryEstimator memory = MemoryEstimator.defaults();
    Deployment d = Deployment.of(LLAMA_31_70B, H100_SXM, 2);
    long context = memory.maxContext(d, 8);
    assertThat(memory.estimate(d, context, 8).fits()).isTrue();
    assertThat(memory.estimate(d, context + 1, 8).fits()).isFalse();
  }

  @Test
  void maxContext_wholeModelContextFits_returnsModelLimit() {
    assertThat(MemoryEstimator.defaults()
        .maxContext(Deployment.of(LLAMA_31_8B, H100_SXM, 1), 1)).isEqualTo(131_072);
  }

  @Test
  void maxContext_zeroSequences_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryEstimator.defaults()
            .maxContext(Deployment.of(LLAMA_31_8B, H100_SXM, 1), 0))
        .withMessage("Sequence count must be positive: 0");
  }

  //-----------------------------------------------------------------------
  // minimumDeployment
  //-----------------------------------------------------------------------
  @Test
  void minimumDeployment_llama70bBf16_needsTwoH100() {
    // 141.1 GB of weights exceed one device's 77.3 GB budget; over two, 70.6 GB each fits
    Optional<Deployment> d = MemoryEstimator.defaults()
        .minimumDeployment(LLAMA_31_70B, H100_SXM, Precision.bf16(), 8192, 1);
    assertThat(d).isPresent();
    assertThat(d.get().devices()).isEqualTo(2);
    assertThat(d.get().tensorParallel()).isEqualTo(2);
  }

  @Test
  void minimumDeployment_gptOss120bMxfp4_fitsOneH100() {
    // the model card's claim: 65.2 GB of weights with MXFP4 experts fit a single 80 GB GPU
    Precision mxfp4Experts = Precision.builder().weights(NumericFormat.BF16)
        .expertWeights(NumericFormat.MXFP4).kvCache(NumericFormat.BF16)
        .activations(NumericFormat.BF16).build();
    assertThat(MemoryEstimator.defaults()
        .minimumDeployment(GPT_OSS_120B, H100_SXM, mxfp4Experts, 8192, 1))
        .hasValueSatisfying(d -> assertThat(d.devices()).isEqualTo(1));
  }

  @Test
  void validTensorParallel_followsHeadRules() {
    assertThat(MemoryEstimator.validTensorParallel(LLAMA_31_70B, 8)).isTrue();
    assertThat(MemoryEstimator.validTensorParallel(LLAMA_31_70B, 16)).isTrue();
    assertThat(MemoryEstimator.validTensorParallel(LLAMA_31_70B, 3)).isFalse();
    assertThat(MemoryEstimator.validTensorParallel(LLAMA_31_70B, 0)).isFalse();
  }

  //-----------------------------------------------------------------------
  // attention data parallelism
  @Test
  void estimate_attentionDataParallel_wholeNonExpertWeightsAndOwnSequences() {
    // Mixtral-8x7B in BF16 on 8 x H100, ep 8: with attention tensor-parallel every weight is
    // split 8 ways; with attention data-parallel the routed experts still are, everything else
    // is held whole by each device (2 bytes x (all - routed) x 7/8 more per device)
    ModelArchitecture mixtral = KnownArchitectures.get("mixtral-8x7b");
    Deployment tp = Deployment.builder().model(mixtral).accelerator(H100_SXM).tensorParallel(8)
        .expertParallel(8).build();
    Deployment adp = Deployment.builder().from(tp).attentionDataParallel(true).build();
    MemoryEstimator m = MemoryEstimator.defaults();
    long rest = mixtral.parameters().total() - mixtral.parameters().routedExperts();
    assertThat((double) m.weightsPerDevice(adp).toBytes() - m.weightsPerDevice(tp).toBytes())
        .isCloseTo(2.0 * rest * 7 / 8, within(16.0));
    // each device caches every KV head of its own eighth of the sequences: 16 sequences are
    // 2 per device, and the replica holds 8 times what one device's room holds
    ByteSize perSequence = KvCache.perSequencePerDevice(adp, 2048, KvCache.DEFAULT_BLOCK_SIZE);
    assertThat(perSequence).isEqualTo(KvCache.perSequencePerDevice(Deployment.builder()
        .model(mixtral).accelerator(H100_SXM).build(), 2048, KvCache.DEFAULT_BLOCK_SIZE));
    DeploymentMemory sixteen = m.estimate(adp, 2048, 16);
    assertThat(sixteen.kvCache()).isEqualTo(perSequence.multipliedBy(2));
    assertThat(m.maxConcurrentSequences(adp, 2048))
        .isEqualTo(8 * sixteen.kvCacheCapacity().wholeTimes(perSequence));
  }
}
