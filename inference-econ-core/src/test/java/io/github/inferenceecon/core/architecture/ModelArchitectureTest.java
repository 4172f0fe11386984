/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ModelArchitectureTest {

  /** A small GQA model: 4 layers, hidden 64, 8 query heads, 2 KV heads of 8. */
  private static ModelArchitecture.Builder small() {
    return ModelArchitecture.builder().name("Small").layers(4).hiddenSize(64).attentionHeads(8)
        .kvHeads(2).headDim(8).intermediateSize(256).vocabSize(1000).contextLength(2048);
  }

  private static MixtureOfExperts.Builder experts() {
    return MixtureOfExperts.builder().experts(8).expertsPerToken(2).expertIntermediateSize(128);
  }

  //-----------------------------------------------------------------------
  // builder and defaults
  @Test
  void builder_defaults_areThoseDocumented() {
    ModelArchitecture m = small().build();

    assertThat(m.family()).isEqualTo("custom");
    assertThat(m.isTiedEmbeddings()).isFalse();
    assertThat(m.isQkvBiased()).isFalse();
    assertThat(m.isOutputBiased()).isFalse();
    assertThat(m.isMlpBiased()).isFalse();
    assertThat(m.isAttentionSinks()).isFalse();
    assertThat(m.isQkNorm()).isFalse();
    assertThat(m.normsPerLayer()).isEqualTo(2);
    assertThat(m.latentAttention()).isEmpty();
    assertThat(m.slidingWindow()).isEmpty();
    assertThat(m.mixtureOfExperts()).isEmpty();
    assertThat(m.publishedParameters()).isEmpty();
    assertThat(m.source()).isEmpty();
  }

  @Test
  void builder_missingRequiredAttribute_throwsIllegalState() {
    assertThatThrownBy(() -> ModelArchitecture.builder().name("X").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("layers");
  }

  @Test
  void builder_nullName_throwsNullPointer() {
    assertThatThrownBy(() -> small().name(null)).isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // invalid input, one rule at a time
  @Test
  void check_blankName_throws() {
    assertThatThrownBy(() -> small().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Model name must not be blank: ' '");
  }

  @Test
  void check_zeroLayers_throws() {
    assertThatThrownBy(() -> small().layers(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Layer count must be positive: 0");
  }

  @Test
  void check_zeroHiddenSize_throws() {
    assertThatThrownBy(() -> small().hiddenSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Hidden size must be positive: 0");
  }

  @Test
  void check_zeroAttentionHeads_throws() {
    assertThatThrownBy(() -> small().attentionHeads(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Attention head count must be positive: 0");
  }

  @Test
  void check_negativeKvHeads_throws() {
    assertThatThrownBy(() -> small().kvHeads(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KV head count must be positive: -2");
  }

  @Test
  void check_zeroHeadDim_throws() {
    assertThatThrownBy(() -> small().headDim(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Head dim must be positive: 0");
  }

  @Test
  void check_zeroVocabulary_throws() {
    assertThatThrownBy(() -> small().vocabSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Vocabulary size must be positive: 0");
  }

  @Test
  void check_zeroContext_throws() {
    assertThatThrownBy(() -> small().contextLength(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Context length must be positive: 0");
  }

  @Test
  void check_negativeIntermediateSize_throws() {
    assertThatThrownBy(() -> small().intermediateSize(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Intermediate size must not be negative: -1");
  }

  @Test
  void check_negativeNormsPerLayer_throws() {
    assertThatThrownBy(() -> small().normsPerLayer(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Norms per layer must not be negative: -1");
  }

  @Test
  void check_kvHeadsNotDividingAttentionHeads_throws() {
    assertThatThrownBy(() -> small().attentionHeads(64).kvHeads(6).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KV heads must divide attention heads: 64 attention heads, 6 KV heads");
  }

  @Test
  void check_moreKvHeadsThanAttentionHeads_throws() {
    assertThatThrownBy(() -> small().attentionHeads(8).kvHeads(16).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KV heads must divide attention heads: 8 attention heads, 16 KV heads");
  }

  @Test
  void check_denseLayersWithoutIntermediateSize_throws() {
    assertThatThrownBy(() -> small().intermediateSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Intermediate size must be positive when there are dense layers: 0");
    assertThatThrownBy(() -> small().intermediateSize(0)
        .mixtureOfExperts(experts().denseLayersBefore(1).build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Intermediate size must be positive when there are dense layers: 0");
  }

  @Test
  void check_allMoeLayersWithoutIntermediateSize_isAllowed() {
    ModelArchitecture m = small().intermediateSize(0).mixtureOfExperts(experts().build()).build();

    assertThat(m.denseLayers()).isZero();
    assertThat(m.parameters().denseMlp()).isZero();
  }

  @Test
  void check_moreDenseLayersBeforeMoeThanLayers_throws() {
    assertThatThrownBy(() -> small().mixtureOfExperts(experts().denseLayersBefore(5).build())
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dense layers before MoE must not exceed the layer count: 5/4");
  }

  @Test
  void check_localLayerAtOrBeyondLastLayer_throws() {
    assertThatThrownBy(() -> small().slidingWindow(SlidingWindow.of(128, List.of(0, 4))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Local layer index must be less than the layer count: 4/4");
  }

  @Test
  void check_lastLayerLocal_isAllowed() {
    assertThat(small().slidingWindow(SlidingWindow.of(128, List.of(3))).build()
        .slidingWindow().orElseThrow().isLocal(3)).isTrue();
  }

  //-----------------------------------------------------------------------
  // attentionKind()
  @Test
  void attentionKind_llama2_7b_isMha() {
    // 32 KV heads for 32 query heads
    assertThat(KnownArchitectures.get("llama-2-7b").attentionKind()).isEqualTo(AttentionKind.MHA);
  }

  @Test
  void attentionKind_llama31_70b_isGqa() {
    // 8 KV heads for 64 query heads
    assertThat(KnownArchitectures.get("llama-3.1-70b").attentionKind())
        .isEqualTo(AttentionKind.GQA);
  }

  @Test
  void attentionKind_deepSeekV3_isMlaDespite128KvHeads() {
    ModelArchitecture v3 = KnownArchitectures.get("deepseek-v3");

    assertThat(v3.kvHeads()).isEqualTo(v3.attentionHeads());
    assertThat(v3.attentionKind()).isEqualTo(AttentionKind.MLA);
  }

  @Test
  void attentionKind_oneKvHead_isMqa() {
    assertThat(small().kvHeads(1).build().attentionKind()).isEqualTo(AttentionKind.MQA);
  }

  @Test
  void attentionKind_oneHeadOneKvHead_isMha() {
    assertThat(small().attentionHeads(1).kvHeads(1).build().attentionKind())
        .isEqualTo(AttentionKind.MHA);
  }

  //-----------------------------------------------------------------------
  // isMixtureOfExperts(), moeLayers(), denseLayers()
  @Test
  void moeLayers_dense_isZero() {
    ModelArchitecture m = small().build();

    assertThat(m.isMixtureOfExperts()).isFalse();
    assertThat(m.moeLayers()).isZero();
    assertThat(m.denseLayers()).isEqualTo(4);
  }

  @Test
  void moeLayers_deepSeekV3_is58After3Dense() {
    ModelArchitecture v3 = KnownArchitectures.get("deepseek-v3");

    assertThat(v3.isMixtureOfExperts()).isTrue();
    assertThat(v3.moeLayers()).isEqualTo(58);
    assertThat(v3.denseLayers()).isEqualTo(3);
  }

  //-----------------------------------------------------------------------
  // parameters
  @Test
  void totalAndActiveParameters_delegateToParameterCount() {
    ModelArchitecture m = small().mixtureOfExperts(experts().build()).build();

    assertThat(m.totalParameters()).isEqualTo(m.parameters().total());
    assertThat(m.activeParameters()).isEqualTo(m.parameters().active());
  }

  //-----------------------------------------------------------------------
  // equals, immutability
  @Test
  void equals_sameAttributes_equal() {
    assertEqualsContract(small().build(), small().build(), small().name("Other").build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(ModelArchitecture.class, KnownArchitectures.get("deepseek-v3"));
  }

  //-----------------------------------------------------------------------
  // JSON
  @Test
  void json_roundTripsEveryBundledArchitecture() {
    for (ModelArchitecture m : KnownArchitectures.all()) {
      ModelArchitecture back = jsonRoundTrip(m, ModelArchitecture.class);

      assertThat(back).as(m.name()).isEqualTo(m);
      assertThat(back.totalParameters()).isEqualTo(m.totalParameters());
    }
  }

  @Test
  void json_leavesDerivedValuesOut() {
    String json = toJson(small().build());

    assertThat(json).contains("\"name\":\"Small\"", "\"kvHeads\":2", "\"headDim\":8")
        .doesNotContain("parameters", "attentionKind", "moeLayers", "totalParameters");
  }

  @Test
  void json_invalidArchitecture_throwsWithRule() {
    String json = toJson(small().build()).replace("\"kvHeads\":2", "\"kvHeads\":3");

    assertThatThrownBy(() -> fromJson(json, ModelArchitecture.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("KV heads must divide attention heads: 8 attention heads, 3 KV heads");
  }

  @Test
  void json_unknownProperty_throws() {
    String json = toJson(small().build()).replace("{", "{\"headCount\":1,");

    assertThatThrownBy(() -> fromJson(json, ModelArchitecture.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("headCount");
  }
}
