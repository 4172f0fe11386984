/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.format.ComputeFormat;
import org.junit.jupiter.api.Test;

final class RegimeTest {

  private static final Regime BLACKWELL_FP4_MOE = Regime.of("NVIDIA Blackwell",
      ComputeFormat.FP4, true);

  @Test
  void of_keepsItsParts() {
    assertThat(BLACKWELL_FP4_MOE.generation()).isEqualTo("NVIDIA Blackwell");
    assertThat(BLACKWELL_FP4_MOE.computeFormat()).isEqualTo(ComputeFormat.FP4);
    assertThat(BLACKWELL_FP4_MOE.isMixtureOfExperts()).isTrue();
    assertThat(BLACKWELL_FP4_MOE.isCalibrated()).isTrue();
    assertThat(Regime.of(Regime.UNCALIBRATED, ComputeFormat.BF16, false).isCalibrated())
        .isFalse();
  }

  @Test
  void of_blankGeneration_throws() {
    assertThatThrownBy(() -> Regime.of(" ", ComputeFormat.FP8, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Regime generation must not be blank");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> Regime.of(null, ComputeFormat.FP8, false))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Regime.of("x", null, false))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_namesGenerationFormatAndKind() {
    assertThat(BLACKWELL_FP4_MOE).hasToString("NVIDIA Blackwell, FP4, MoE");
    assertThat(Regime.of("AMD CDNA 3", ComputeFormat.FP8, false))
        .hasToString("AMD CDNA 3, FP8, dense");
  }

  @Test
  void equals_sameParts_equal() {
    assertEqualsContract(BLACKWELL_FP4_MOE, Regime.of("NVIDIA Blackwell", ComputeFormat.FP4, true),
        Regime.of("NVIDIA Blackwell", ComputeFormat.FP4, false));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(Regime.class, BLACKWELL_FP4_MOE);
  }

  @Test
  void json_roundTrips() {
    assertThat(jsonRoundTrip(BLACKWELL_FP4_MOE, Regime.class)).isEqualTo(BLACKWELL_FP4_MOE);
  }
}
