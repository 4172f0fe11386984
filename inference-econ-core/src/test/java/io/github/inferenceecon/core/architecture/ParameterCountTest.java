/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ParameterCountTest {

  /** Components 1, 10, 100, ... so every sum shows which ones it took. */
  private static ImmutableParameterCount.Builder untied() {
    return ParameterCount.builder().embedding(1).outputHead(1).attention(10).denseMlp(100)
        .routedExperts(8_000).routedExpertsActive(2_000).sharedExperts(10_000).routers(100_000)
        .norms(1_000_000);
  }

  @Test
  void total_sumsEveryComponentButActiveExperts() {
    // 1 + 1 + 10 + 100 + 8,000 + 10,000 + 100,000 + 1,000,000
    assertThat(untied().build().total()).isEqualTo(1_118_112);
  }

  @Test
  void active_swapsAllRoutedExpertsForTheActiveOnes() {
    // 1,118,112 - 8,000 + 2,000
    assertThat(untied().build().active()).isEqualTo(1_112_112);
  }

  @Test
  void activeExcludingEmbedding_untied_takesTheInputTableOff() {
    assertThat(untied().build().activeExcludingEmbedding()).isEqualTo(1_112_111);
  }

  @Test
  void activeExcludingEmbedding_tied_takesNothingOff() {
    // a tied head reads the whole table for every token
    ParameterCount tied = untied().outputHead(0).build();

    assertThat(tied.activeExcludingEmbedding()).isEqualTo(tied.active());
  }

  @Test
  void total_overflow_throwsArithmetic() {
    ParameterCount huge = untied().attention(Long.MAX_VALUE).build();

    assertThatThrownBy(huge::total).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fields_areFinal() {
    assertImmutable(ParameterCount.class, untied().build());
  }

  @Test
  void json_roundTrips() {
    ParameterCount p = KnownArchitectures.get("deepseek-v3").parameters();

    assertThat(jsonRoundTrip(p, ParameterCount.class)).isEqualTo(p);
  }
}
