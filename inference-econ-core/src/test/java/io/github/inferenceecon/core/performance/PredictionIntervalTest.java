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
import static org.assertj.core.api.Assertions.within;

import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.TokenRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class PredictionIntervalTest {

  /** 80% of held-out rows measured between 0.75x and 1.25x of the estimate. */
  private static final PredictionInterval P80 = PredictionInterval.builder().coverage(0.8)
      .lowRatio(0.75).highRatio(1.25).rows(120).basis("NVIDIA Hopper, FP8, dense").build();

  @Test
  void low_high_throughputScalesByTheRatios() {
    // 4,000 tokens/s: 3,000 to 5,000
    TokenRate x = TokenRate.of(4000);
    assertThat(P80.low(x).tokensPerSecond()).isCloseTo(3000, within(1e-9));
    assertThat(P80.high(x).tokensPerSecond()).isCloseTo(5000, within(1e-9));
  }

  @Test
  void low_high_timesRunTheOtherWay() {
    // 40 ms at 1.25x the rate is 32 ms, at 0.75x it is 53.33 ms
    Duration t = Duration.ofMillis(40);
    assertThat(Durations.toSeconds(P80.low(t))).isCloseTo(0.032, within(1e-9));
    assertThat(Durations.toSeconds(P80.high(t))).isCloseTo(0.0533333, within(1e-7));
  }

  @Test
  void build_rules_throw() {
    PredictionInterval.Builder b = PredictionInterval.builder().lowRatio(0.75).highRatio(1.25)
        .rows(10).basis("x");
    assertThatThrownBy(() -> PredictionInterval.builder().from(P80).coverage(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interval coverage must be in (0, 1): 1.0");
    assertThatThrownBy(() -> PredictionInterval.builder().from(P80).lowRatio(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interval high ratio must not be below the low ratio: 1.25/1.5");
    assertThatThrownBy(() -> PredictionInterval.builder().from(P80).lowRatio(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Interval low ratio must be");
    assertThatThrownBy(() -> PredictionInterval.builder().from(P80).rows(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interval rows must be positive: 0");
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toString_givesCoverageRatiosAndBasis() {
    assertThat(P80).hasToString("80% in [0.7500x, 1.250x] (120 rows: NVIDIA Hopper, FP8, "
        + "dense)");
  }

  @Test
  void equals_sameParts_equal() {
    assertEqualsContract(P80, PredictionInterval.builder().from(P80).build(),
        PredictionInterval.builder().from(P80).highRatio(1.3).build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(PredictionInterval.class, P80);
  }

  @Test
  void json_roundTrips() {
    assertThat(jsonRoundTrip(P80, PredictionInterval.class)).isEqualTo(P80);
  }
}
