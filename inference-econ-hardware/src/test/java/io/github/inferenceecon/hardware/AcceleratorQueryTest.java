/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static io.github.inferenceecon.hardware.Fixtures.acmeX1;
import static io.github.inferenceecon.hardware.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class AcceleratorQueryTest {

  private static final AcceleratorEntry ACME_X1_80GIB_BF16 = acmeX1().build();
  private static final AcceleratorEntry ACME_X2_NO_MEMORY = AcceleratorEntry.builder()
      .id("acme-x2").vendor("Acme").name("X2").putDensePeak(ComputeFormat.BF16,
          Fixtures.TFLOPS_989).addSources(source("densePeak.BF16")).build();

  @Test
  void all_matchesEverything() {
    assertThat(AcceleratorQuery.all().matches(ACME_X1_80GIB_BF16)).isTrue();
    assertThat(AcceleratorQuery.all().matches(ACME_X2_NO_MEMORY)).isTrue();
  }

  @Test
  void vendor_ignoresCase() {
    assertThat(AcceleratorQuery.builder().vendor("ACME").build().matches(ACME_X1_80GIB_BF16))
        .isTrue();
    assertThat(AcceleratorQuery.builder().vendor("Zeta").build().matches(ACME_X1_80GIB_BF16))
        .isFalse();
  }

  @Test
  void minimumMemory_isInclusive_andAbsentMemoryNeverMatches() {
    AcceleratorQuery atLeast80 = AcceleratorQuery.builder()
        .minimumMemory(ByteSize.ofGibibytes(80)).build();

    assertThat(atLeast80.matches(ACME_X1_80GIB_BF16)).isTrue();
    assertThat(AcceleratorQuery.builder().minimumMemory(ByteSize.ofGibibytes(81)).build()
        .matches(ACME_X1_80GIB_BF16)).isFalse();
    assertThat(atLeast80.matches(ACME_X2_NO_MEMORY)).isFalse();
  }

  @Test
  void formats_everyOneMustHaveADensePeak() {
    assertThat(AcceleratorQuery.builder().addFormats(ComputeFormat.BF16).build()
        .matches(ACME_X1_80GIB_BF16)).isTrue();
    assertThat(AcceleratorQuery.builder().addFormats(ComputeFormat.BF16, ComputeFormat.FP8)
        .build().matches(ACME_X1_80GIB_BF16)).isFalse();
  }

  @Test
  void specRequired_needsMemoryAndBandwidth() {
    AcceleratorQuery withSpec = AcceleratorQuery.builder().specRequired(true).build();

    assertThat(withSpec.isSpecRequired()).isTrue();
    assertThat(withSpec.matches(ACME_X1_80GIB_BF16)).isTrue();
    assertThat(withSpec.matches(ACME_X2_NO_MEMORY)).isFalse();
    assertThat(AcceleratorQuery.all().isSpecRequired()).isFalse();
  }

  @Test
  void matches_null_throws() {
    assertThatThrownBy(() -> AcceleratorQuery.all().matches(null))
        .isInstanceOf(NullPointerException.class).hasMessage("entry");
  }

  @Test
  void equals_sameConditions() {
    assertThat(AcceleratorQuery.builder().vendor("AMD").build())
        .isEqualTo(AcceleratorQuery.builder().vendor("AMD").build())
        .isNotEqualTo(AcceleratorQuery.all());
    assertThat(AcceleratorQuery.builder().formats(List.of()).vendor(Optional.empty()).build())
        .isEqualTo(AcceleratorQuery.all());
  }
}
