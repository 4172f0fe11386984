/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;

final class PrecisionTest {

  private static final Precision W4A16 =
      Precision.of(NumericFormat.INT4_G128, NumericFormat.BF16, NumericFormat.BF16);
  private static final Precision FP8_W8A8 = Precision.uniform(NumericFormat.FP8_E4M3);
  private static final Precision MXFP4_WEIGHTS =
      Precision.of(NumericFormat.MXFP4, NumericFormat.BF16, NumericFormat.BF16);

  //-----------------------------------------------------------------------
  // of, bf16, uniform
  @Test
  void of_keepsTheThreeFormats() {
    assertThat(W4A16.weights()).isEqualTo(NumericFormat.INT4_G128);
    assertThat(W4A16.kvCache()).isEqualTo(NumericFormat.BF16);
    assertThat(W4A16.activations()).isEqualTo(NumericFormat.BF16);
  }

  @Test
  void bf16_isBf16Everywhere() {
    assertThat(Precision.bf16()).isEqualTo(
        Precision.of(NumericFormat.BF16, NumericFormat.BF16, NumericFormat.BF16));
  }

  @Test
  void uniform_usesOneFormatForAll() {
    assertThat(FP8_W8A8.weights()).isEqualTo(NumericFormat.FP8_E4M3);
    assertThat(FP8_W8A8.kvCache()).isEqualTo(NumericFormat.FP8_E4M3);
    assertThat(FP8_W8A8.activations()).isEqualTo(NumericFormat.FP8_E4M3);
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> Precision.of(null, NumericFormat.BF16, NumericFormat.BF16))
        .isInstanceOf(NullPointerException.class).hasMessage("weights");
    assertThatThrownBy(() -> Precision.of(NumericFormat.BF16, null, NumericFormat.BF16))
        .isInstanceOf(NullPointerException.class).hasMessage("kvCache");
    assertThatThrownBy(() -> Precision.of(NumericFormat.BF16, NumericFormat.BF16, null))
        .isInstanceOf(NullPointerException.class).hasMessage("activations");
    assertThatThrownBy(() -> Precision.uniform(null))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // computeFormat()
  @Test
  void computeFormat_w4a16_runsAtBf16() {
    assertThat(W4A16.computeFormat()).isEqualTo(ComputeFormat.BF16);
  }

  @Test
  void computeFormat_fp8WeightsAndActivations_runsAtFp8() {
    assertThat(FP8_W8A8.computeFormat()).isEqualTo(ComputeFormat.FP8);
  }

  @Test
  void computeFormat_mxfp4WeightsBf16Activations_runsAtBf16NotFp4() {
    assertThat(MXFP4_WEIGHTS.computeFormat()).isEqualTo(ComputeFormat.BF16);
    assertThat(MXFP4_WEIGHTS.withActivations(NumericFormat.MXFP4).computeFormat())
        .isEqualTo(ComputeFormat.FP4);
  }

  //-----------------------------------------------------------------------
  // withX
  @Test
  void withWeights_replacesOnlyWeights() {
    Precision copy = Precision.bf16().withWeights(NumericFormat.MXFP4);

    assertThat(copy).isEqualTo(MXFP4_WEIGHTS);
    assertThat(Precision.bf16().weights()).isEqualTo(NumericFormat.BF16);
  }

  @Test
  void withKvCache_replacesOnlyKvCache() {
    Precision copy = W4A16.withKvCache(NumericFormat.FP8_E4M3);

    assertThat(copy).isEqualTo(
        Precision.of(NumericFormat.INT4_G128, NumericFormat.FP8_E4M3, NumericFormat.BF16));
    assertThat(W4A16.kvCache()).isEqualTo(NumericFormat.BF16);
  }

  @Test
  void withActivations_replacesOnlyActivations() {
    Precision copy = W4A16.withActivations(NumericFormat.FP8_E4M3);

    assertThat(copy).isEqualTo(
        Precision.of(NumericFormat.INT4_G128, NumericFormat.BF16, NumericFormat.FP8_E4M3));
    assertThat(copy.computeFormat()).isEqualTo(ComputeFormat.FP8);
    assertThat(W4A16.activations()).isEqualTo(NumericFormat.BF16);
  }

  @Test
  void withExpertWeights_replacesOnlyExpertWeights() {
    Precision mxfp4Experts = Precision.bf16().withExpertWeights(NumericFormat.MXFP4);

    assertThat(mxfp4Experts.expertWeights()).isEqualTo(NumericFormat.MXFP4);
    assertThat(mxfp4Experts.weights()).isEqualTo(NumericFormat.BF16);
    assertThat(mxfp4Experts.embeddings()).isEqualTo(NumericFormat.BF16);
    assertThat(mxfp4Experts).hasToString("weights=BF16, experts=MXFP4, kvCache=BF16, "
        + "activations=BF16");
  }

  //-----------------------------------------------------------------------
  // forWeights
  @Test
  void forWeights_bf16_isBf16Everywhere() {
    assertThat(Precision.forWeights(NumericFormat.BF16, NumericFormat.BF16))
        .isEqualTo(Precision.bf16());
  }

  @Test
  void forWeights_fp8_computesInFp8() {
    // FP8 checkpoints run W8A8: E4M3 activations, whatever the weights' FP8 variant
    assertThat(Precision.forWeights(NumericFormat.FP8_E4M3, NumericFormat.BF16))
        .isEqualTo(Precision.of(NumericFormat.FP8_E4M3, NumericFormat.BF16,
            NumericFormat.FP8_E4M3));
    assertThat(Precision.forWeights(NumericFormat.FP8_E5M2, NumericFormat.FP8_E4M3)
        .activations()).isEqualTo(NumericFormat.FP8_E4M3);
  }

  @Test
  void forWeights_fp4_computesInItsOwnFormat() {
    // NVFP4 and MXFP4 checkpoints run W4A4 where the accelerator has an FP4 peak (TensorRT-LLM's
    // FP4 GEMMs); the embeddings stay BF16 as in every 4-bit checkpoint
    for (NumericFormat w : new NumericFormat[] {NumericFormat.NVFP4, NumericFormat.MXFP4}) {
      Precision p = Precision.forWeights(w, NumericFormat.BF16);
      assertThat(p.activations()).isEqualTo(w);
      assertThat(p.computeFormat()).isEqualTo(ComputeFormat.FP4);
      assertThat(p.embeddings()).isEqualTo(NumericFormat.BF16);
    }
  }

  @Test
  void forWeights_int8_computesInBf16WithInt8Embeddings() {
    // 8 bits: no 16-bit embedding table
    Precision int8 = Precision.forWeights(NumericFormat.INT8, NumericFormat.BF16);

    assertThat(int8.activations()).isEqualTo(NumericFormat.BF16);
    assertThat(int8.embeddings()).isEqualTo(NumericFormat.INT8);
  }

  @Test
  void forWeights_underEightBits_keepsEmbeddingsInBf16() {
    // GPTQ, AWQ and MXFP4 checkpoints keep the embedding table and head in 16 bits
    for (NumericFormat w : new NumericFormat[] {NumericFormat.INT4, NumericFormat.MXFP4,
        NumericFormat.NVFP4}) {
      Precision p = Precision.forWeights(w, NumericFormat.FP8_E4M3);
      assertThat(p.weights()).as("%s", w).isEqualTo(w);
      assertThat(p.embeddings()).as("%s", w).isEqualTo(NumericFormat.BF16);
      assertThat(p.expertWeights()).as("%s", w).isEqualTo(w);
      assertThat(p.activations()).as("%s", w)
          .isEqualTo(w == NumericFormat.INT4 ? NumericFormat.BF16 : w);
      assertThat(p.kvCache()).as("%s", w).isEqualTo(NumericFormat.FP8_E4M3);
    }
  }

  @Test
  void forWeights_withoutKvFormat_keepsTheKvCacheInBf16() {
    // FP8 weights: FP8 activations (W8A8) and a BF16 cache; INT4-G128: weight-only, BF16
    // activations and embeddings, BF16 cache
    assertThat(Precision.forWeights(NumericFormat.FP8_E4M3))
        .isEqualTo(Precision.forWeights(NumericFormat.FP8_E4M3, NumericFormat.BF16))
        .satisfies(p -> {
          assertThat(p.kvCache()).isEqualTo(NumericFormat.BF16);
          assertThat(p.activations()).isEqualTo(NumericFormat.FP8_E4M3);
        });
    Precision int4 = Precision.forWeights(NumericFormat.INT4_G128);
    assertThat(int4.kvCache()).isEqualTo(NumericFormat.BF16);
    assertThat(int4.activations()).isEqualTo(NumericFormat.BF16);
    assertThat(int4.embeddings()).isEqualTo(NumericFormat.BF16);
  }

  @Test
  void forWeights_null_throwsNullPointer() {
    assertThatThrownBy(() -> Precision.forWeights(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Precision.forWeights(null, NumericFormat.BF16))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Precision.forWeights(NumericFormat.BF16, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void withX_null_throwsNullPointer() {
    assertThatThrownBy(() -> W4A16.withWeights(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> W4A16.withKvCache(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> W4A16.withActivations(null))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // equals, toString, immutability
  @Test
  void equals_sameFormats_equal() {
    assertEqualsContract(W4A16,
        Precision.of(NumericFormat.int4(128), NumericFormat.BF16, NumericFormat.BF16),
        MXFP4_WEIGHTS);
  }

  @Test
  void toString_namesTheThreeFormats() {
    assertThat(MXFP4_WEIGHTS).hasToString("weights=MXFP4, kvCache=BF16, activations=BF16");
  }

  @Test
  void fields_areFinal() {
    assertImmutable(Precision.class, W4A16);
  }

  //-----------------------------------------------------------------------
  // JSON
  @Test
  void json_writesFormatNames() {
    // expert weights and embeddings default to the weight format and are written explicitly
    assertThat(toJson(MXFP4_WEIGHTS))
        .isEqualTo("{\"weights\":\"MXFP4\",\"kvCache\":\"BF16\",\"activations\":\"BF16\","
            + "\"expertWeights\":\"MXFP4\",\"embeddings\":\"MXFP4\"}");
  }

  @Test
  void builder_separateExpertAndEmbeddingFormats_areKept() {
    // gpt-oss ships only its experts in MXFP4; GPTQ keeps embeddings in 16 bits
    Precision p = Precision.builder().weights(NumericFormat.BF16)
        .expertWeights(NumericFormat.MXFP4).embeddings(NumericFormat.FP16)
        .kvCache(NumericFormat.BF16).activations(NumericFormat.BF16).build();
    assertThat(p.expertWeights()).isEqualTo(NumericFormat.MXFP4);
    assertThat(p.embeddings()).isEqualTo(NumericFormat.FP16);
    assertThat(p).hasToString(
        "weights=BF16, experts=MXFP4, embeddings=FP16, kvCache=BF16, activations=BF16");
    assertThat(jsonRoundTrip(p, Precision.class)).isEqualTo(p);
    assertThat(p.withKvCache(NumericFormat.FP8_E4M3).expertWeights())
        .isEqualTo(NumericFormat.MXFP4);
  }

  @Test
  void json_roundTrips() {
    assertThat(jsonRoundTrip(W4A16, Precision.class)).isEqualTo(W4A16);
  }

  @Test
  void json_missingFormat_throws() {
    assertThatThrownBy(() -> fromJson("{\"weights\":\"MXFP4\",\"kvCache\":\"BF16\"}",
        Precision.class)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("activations");
  }
}
