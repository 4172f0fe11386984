/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class ServiceLevelTargetsTest {

  private static final Duration SECONDS_2 = Duration.ofSeconds(2);
  private static final Duration MILLIS_200 = Duration.ofMillis(200);

  @Test
  void of_setsBothTargetsAndPercentile() {
    ServiceLevelTargets t = ServiceLevelTargets.of(SECONDS_2, MILLIS_200, 0.99);

    assertThat(t.timeToFirstToken()).contains(SECONDS_2);
    assertThat(t.timePerOutputToken()).contains(MILLIS_200);
    assertThat(t.percentile()).isEqualTo(0.99);
  }

  @Test
  void none_constrainsNothingAtP90() {
    ServiceLevelTargets t = ServiceLevelTargets.none();

    assertThat(t.timeToFirstToken()).isEmpty();
    assertThat(t.timePerOutputToken()).isEmpty();
    assertThat(t.percentile()).isEqualTo(0.9);
  }

  @Test
  void builder_oneTarget_leavesTheOtherOpen() {
    ServiceLevelTargets t = ServiceLevelTargets.builder().timePerOutputToken(MILLIS_200).build();

    assertThat(t.timeToFirstToken()).isEmpty();
    assertThat(t.timePerOutputToken()).contains(MILLIS_200);
  }

  @Test
  void check_percentileOutsideOpenUnitInterval_throws() {
    assertThatThrownBy(() -> ServiceLevelTargets.of(SECONDS_2, MILLIS_200, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must be in (0, 1): 0.0");
    assertThatThrownBy(() -> ServiceLevelTargets.of(SECONDS_2, MILLIS_200, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must be in (0, 1): 1.0");
    assertThatThrownBy(() -> ServiceLevelTargets.of(SECONDS_2, MILLIS_200, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must be in (0, 1): NaN");
  }

  @Test
  void check_zeroTimeToFirstToken_throws() {
    assertThatThrownBy(() -> ServiceLevelTargets.of(Duration.ZERO, MILLIS_200, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Time-to-first-token target must be positive: PT0S");
  }

  @Test
  void check_negativeTimePerOutputToken_throws() {
    assertThatThrownBy(() -> ServiceLevelTargets.of(SECONDS_2, Duration.ofMillis(-1), 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Time-per-output-token target must be positive: PT-0.001S");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> ServiceLevelTargets.of(null, MILLIS_200, 0.9))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceLevelTargets.of(SECONDS_2, null, 0.9))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equals_sameTargets_equal() {
    assertEqualsContract(ServiceLevelTargets.of(SECONDS_2, MILLIS_200, 0.99),
        ServiceLevelTargets.of(Duration.ofMillis(2000), MILLIS_200, 0.99),
        ServiceLevelTargets.of(SECONDS_2, MILLIS_200, 0.9));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(ServiceLevelTargets.class, ServiceLevelTargets.none());
  }

  @Test
  void json_durationsAsIsoText() {
    ServiceLevelTargets t = ServiceLevelTargets.of(SECONDS_2, MILLIS_200, 0.99);

    assertThat(toJson(t)).isEqualTo("{\"timeToFirstToken\":\"PT2S\","
        + "\"timePerOutputToken\":\"PT0.2S\",\"percentile\":0.99}");
    assertThat(jsonRoundTrip(t, ServiceLevelTargets.class)).isEqualTo(t);
    assertThat(jsonRoundTrip(ServiceLevelTargets.none(), ServiceLevelTargets.class))
        .isEqualTo(ServiceLevelTargets.none());
  }
}
