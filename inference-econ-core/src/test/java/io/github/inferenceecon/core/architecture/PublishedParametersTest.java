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

final class PublishedParametersTest {

  private static final String README = "https://github.com/deepseek-ai/DeepSeek-V3/blob/main/README.md";

  private static PublishedParameters.Builder deepSeekV3() {
    return PublishedParameters.builder().total(671_000_000_000L).active(37_000_000_000L)
        .source(README);
  }

  @Test
  void builder_defaults_notNominalNoNote() {
    PublishedParameters p = deepSeekV3().build();

    assertThat(p.isNominal()).isFalse();
    assertThat(p.note()).isEmpty();
    assertThat(p.active()).contains(37_000_000_000L);
  }

  @Test
  void check_zeroTotal_throws() {
    assertThatThrownBy(() -> deepSeekV3().total(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Published total parameters must be positive: 0");
  }

  @Test
  void check_negativeActive_throws() {
    assertThatThrownBy(() -> deepSeekV3().active(-1L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Published active parameters must be positive: -1");
  }

  @Test
  void check_blankSource_throws() {
    assertThatThrownBy(() -> deepSeekV3().source("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Published parameters source must not be blank: ''");
  }

  @Test
  void builder_missingSource_throwsIllegalState() {
    assertThatThrownBy(() -> PublishedParameters.builder().total(1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("source");
  }

  @Test
  void equals_sameCounts_equal() {
    assertEqualsContract(deepSeekV3().build(), deepSeekV3().build(),
        deepSeekV3().nominal(true).build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(PublishedParameters.class, deepSeekV3().build());
  }

  @Test
  void json_roundTrips() {
    PublishedParameters p = deepSeekV3().note("main model; MTP module not counted").build();

    assertThat(jsonRoundTrip(p, PublishedParameters.class)).isEqualTo(p);
  }
}
