/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.architecture.ArchitectureGenerators.architectures;
import static io.github.inferenceecon.core.architecture.ArchitectureGenerators.latentAttentions;
import static io.github.inferenceecon.core.architecture.ArchitectureGenerators.mixturesOfExperts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

final class ModelArchitectureProperties {

  @Test
  void json_roundTrips() {
    qt().forAll(architectures()).checkAssert(m -> {
      ModelArchitecture back = jsonRoundTrip(m, ModelArchitecture.class);

      assertThat(back).isEqualTo(m);
      assertThat(back.hashCode()).isEqualTo(m.hashCode());
      assertThat(back.parameters()).isEqualTo(m.parameters());
    });
  }

  @Test
  void json_partsRoundTrip() {
    qt().forAll(latentAttentions(), mixturesOfExperts(61)).checkAssert((mla, moe) -> {
      assertThat(jsonRoundTrip(mla, LatentAttention.class)).isEqualTo(mla);
      assertThat(jsonRoundTrip(moe, MixtureOfExperts.class)).isEqualTo(moe);
    });
  }

  @Test
  void moeAndDenseLayers_addUpToLayers() {
    qt().forAll(architectures()).checkAssert(m -> {
      assertThat(m.moeLayers() + m.denseLayers()).isEqualTo(m.layers());
      assertThat(m.moeLayers()).isBetween(0, m.layers());
      assertThat(m.isMixtureOfExperts()).isEqualTo(m.mixtureOfExperts().isPresent());
    });
  }

  @Test
  void attentionKind_followsLatentAttentionAndHeadRatio() {
    qt().forAll(architectures()).checkAssert(m -> {
      AttentionKind expected = m.latentAttention().isPresent() ? AttentionKind.MLA
          : m.kvHeads() == m.attentionHeads() ? AttentionKind.MHA
          : m.kvHeads() == 1 ? AttentionKind.MQA : AttentionKind.GQA;
      assertThat(m.attentionKind()).isEqualTo(expected);
    });
  }

  @Test
  void builderFrom_copiesEveryAttribute() {
    qt().forAll(architectures()).checkAssert(m ->
        assertThat(ModelArchitecture.builder().from(m).build()).isEqualTo(m));
  }
}
