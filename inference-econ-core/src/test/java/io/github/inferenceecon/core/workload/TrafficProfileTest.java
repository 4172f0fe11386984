/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

final class TrafficProfileTest {

  /** 5 requests/s, prompts log-normal around 1,500, answers around 300, 40% cache hits. */
  private static TrafficProfile.Builder chat() {
    return TrafficProfile.builder().requestsPerSecond(5)
        .inputLength(LengthDistribution.logNormal(1500, 1))
        .outputLength(LengthDistribution.logNormal(300, 0.8))
        .cacheHitRate(0.4);
  }

  //-----------------------------------------------------------------------
  // fixed, builder defaults
  @Test
  void fixed_fixedLengthsNothingCached() {
    TrafficProfile t = TrafficProfile.fixed(5, 1500, 300);

    assertThat(t.requestsPerSecond()).isEqualTo(5);
    assertThat(t.inputLength()).isEqualTo(LengthDistribution.fixed(1500));
    assertThat(t.outputLength()).isEqualTo(LengthDistribution.fixed(300));
    assertThat(t.cacheHitRate()).isZero();
    assertThat(t.reasoningFraction()).isZero();
  }

  //-----------------------------------------------------------------------
  // meanRequest
  @Test
  void meanRequest_appliesCacheAndReasoningShares() {
    // input 1500, 40% cached = 600; output 300, 25% reasoning = 75
    Request mean = chat().reasoningFraction(0.25).build().meanRequest();

    assertThat(mean).isEqualTo(Request.builder().inputTokens(TokenCount.of(1500))
        .cachedInputTokens(TokenCount.of(600)).outputTokens(TokenCount.of(300))
        .reasoningTokens(TokenCount.of(75)).build());
  }

  @Test
  void meanRequest_roundsMeansAndFloorsShares() {
    // means 100.5 -> 101 and 10.5 -> 11 (half up); 101 x 0.333 = 33.6 -> 33 cached;
    // 11 x 0.5 = 5.5 -> 5 reasoning
    TrafficProfile t = TrafficProfile.builder().requestsPerSecond(1)
        .inputLength(LengthDistribution.uniform(100, 101))
        .outputLength(LengthDistribution.uniform(10, 11))
        .cacheHitRate(0.333).reasoningFraction(0.5).build();

    Request mean = t.meanRequest();

    assertThat(mean.inputTokens()).isEqualTo(TokenCount.of(101));
    assertThat(mean.cachedInputTokens()).isEqualTo(TokenCount.of(33));
    assertThat(mean.outputTokens()).isEqualTo(TokenCount.of(11));
    assertThat(mean.reasoningTokens()).isEqualTo(TokenCount.of(5));
  }

  //-----------------------------------------------------------------------
  // requestsPerMonth
  @Test
  void secondsPerMonth_isAnAverageGregorianMonth() {
    // 365.2425 days / 12 = 30.436875 days x 86,400 s = 2,629,746 s
    assertThat(TrafficProfile.SECONDS_PER_MONTH).isEqualTo(2_629_746L);
    assertThat(365.2425 / 12 * 86_400).isEqualTo(2_629_746.0);
  }

  @Test
  void requestsPerMonth_isRateTimesSecondsPerMonth() {
    // 5 x 2,629,746 = 13,148,730
    assertThat(chat().build().requestsPerMonth()).isEqualTo(13_148_730.0);
  }

  //-----------------------------------------------------------------------
  // withX
  @Test
  void withRequestsPerSecond_replacesOnlyTheRate() {
    TrafficProfile original = chat().build();

    TrafficProfile copy = original.withRequestsPerSecond(50);

    assertThat(copy.requestsPerSecond()).isEqualTo(50);
    assertThat(copy.inputLength()).isEqualTo(original.inputLength());
    assertThat(copy.cacheHitRate()).isEqualTo(0.4);
    assertThat(original.requestsPerSecond()).isEqualTo(5);
  }

  @Test
  void withCacheHitRate_replacesOnlyTheCacheHitRate() {
    TrafficProfile original = chat().build();

    TrafficProfile copy = original.withCacheHitRate(0.9);

    assertThat(copy).isEqualTo(chat().cacheHitRate(0.9).build());
    assertThat(original.cacheHitRate()).isEqualTo(0.4);
  }

  @Test
  void withX_invalidValue_throws() {
    assertThatThrownBy(() -> chat().build().withRequestsPerSecond(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Request rate must be finite and positive: -1.0");
    assertThatThrownBy(() -> chat().build().withCacheHitRate(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache-hit rate must be in [0, 1]: 2.0");
  }

  //-----------------------------------------------------------------------
  // invalid input
  @Test
  void check_rateNotFinitePositive_throws() {
    assertThatThrownBy(() -> chat().requestsPerSecond(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Request rate must be finite and positive: 0.0");
    assertThatThrownBy(() -> chat().requestsPerSecond(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Request rate must be finite and positive: Infinity");
  }

  @Test
  void check_cacheHitRateOutsideZeroToOne_throws() {
    assertThatThrownBy(() -> chat().cacheHitRate(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache-hit rate must be in [0, 1]: 1.5");
    assertThatThrownBy(() -> chat().cacheHitRate(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache-hit rate must be in [0, 1]: NaN");
  }

  @Test
  void check_reasoningFractionOutsideZeroToOne_throws() {
    assertThatThrownBy(() -> chat().reasoningFraction(-0.1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Reasoning fraction must be in [0, 1]: -0.1");
  }

  @Test
  void builder_missingLength_throwsIllegalState() {
    assertThatThrownBy(() -> TrafficProfile.builder().requestsPerSecond(1)
        .inputLength(LengthDistribution.fixed(1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outputLength");
  }

  //-----------------------------------------------------------------------
  // equals, immutability, JSON
  @Test
  void equals_sameProfile_equal() {
    assertEqualsContract(chat().build(), chat().build(), chat().cacheHitRate(0.5).build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(TrafficProfile.class, chat().build());
  }

  @Test
  void json_roundTripsWithoutDerivedValues() {
    TrafficProfile t = chat().build();

    assertThat(toJson(t)).doesNotContain("meanRequest", "requestsPerMonth");
    assertThat(jsonRoundTrip(t, TrafficProfile.class)).isEqualTo(t);
  }

  @Test
  void json_invalidRate_failsTheRule() {
    String json = toJson(chat().build()).replace("\"requestsPerSecond\":5.0",
        "\"requestsPerSecond\":0.0");

    assertThatThrownBy(() -> fromJson(json, TrafficProfile.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Request rate must be finite and positive: 0.0");
  }
}
