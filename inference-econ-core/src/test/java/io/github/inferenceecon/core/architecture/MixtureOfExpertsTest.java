/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class MixtureOfExpertsTest {

  /** Mixtral-8x7B's layout: 8 experts of 14336, 2 per token. */
  private static MixtureOfExperts.Builder mixtral() {
    return MixtureOfExperts.builder().experts(8).expertsPerToken(2).expertIntermediateSize(14336);
  }

  @Test
  void builder_defaults_areThoseDocumented() {
    MixtureOfExperts m = mixtral().build();

    assertThat(m.sharedExperts()).isZero();
    assertThat(m.sharedExpertIntermediateSize()).isEqualTo(14336);
    assertThat(m.denseLayersBefore()).isZero();
    assertThat(m.isRouterBiased()).isFalse();
    assertThat(m.isExpertBiased()).isFalse();
  }

  @Test
  void deepSeekV3_layoutImported() {
    MixtureOfExperts m = KnownArchitectures.get("deepseek-v3").mixtureOfExperts().orElseThrow();

    assertThat(m.experts()).isEqualTo(256);
    assertThat(m.expertsPerToken()).isEqualTo(8);
    assertThat(m.sharedExperts()).isEqualTo(1);
    assertThat(m.expertIntermediateSize()).isEqualTo(2048);
    assertThat(m.denseLayersBefore()).isEqualTo(3);
    assertThat(m.isRouterBiased()).isTrue();
  }

  @Test
  void check_zeroExperts_throws() {
    assertThatThrownBy(() -> mixtral().experts(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expert count must be positive: 0");
  }

  @Test
  void check_zeroExpertsPerToken_throws() {
    assertThatThrownBy(() -> mixtral().expertsPerToken(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Experts per token must be positive: 0");
  }

  @Test
  void check_moreExpertsPerTokenThanExperts_throws() {
    assertThatThrownBy(() -> mixtral().expertsPerToken(9).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Experts per token must not exceed the expert count: 9/8");
  }

  @Test
  void check_allExpertsPerToken_isAllowed() {
    assertThat(mixtral().expertsPerToken(8).build().expertsPerToken()).isEqualTo(8);
  }

  @Test
  void check_negativeSharedExperts_throws() {
    assertThatThrownBy(() -> mixtral().sharedExperts(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Shared expert count must not be negative: -1");
  }

  @Test
  void check_zeroExpertIntermediateSize_throws() {
    assertThatThrownBy(() -> mixtral().expertIntermediateSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expert intermediate size must be positive: 0");
  }

  @Test
  void check_zeroSharedExpertIntermediateSize_throws() {
    assertThatThrownBy(() -> mixtral().sharedExpertIntermediateSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Shared expert intermediate size must be positive: 0");
  }

  @Test
  void check_negativeDenseLayersBefore_throws() {
    assertThatThrownBy(() -> mixtral().denseLayersBefore(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dense layers before MoE must not be negative: -1");
  }

  @Test
  void equals_sameLayout_equal() {
    assertEqualsContract(mixtral().build(), mixtral().build(), mixtral().experts(16).build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(MixtureOfExperts.class, mixtral().build());
  }

  @Test
  void json_roundTrips() {
    MixtureOfExperts m = mixtral().sharedExperts(2).denseLayersBefore(1).routerBiased(true).build();

    assertThat(jsonRoundTrip(m, MixtureOfExperts.class)).isEqualTo(m);
  }
}
