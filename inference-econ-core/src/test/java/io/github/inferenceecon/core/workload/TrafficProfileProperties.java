/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.workload.WorkloadGenerators.serviceLevelTargets;
import static io.github.inferenceecon.core.workload.WorkloadGenerators.trafficProfiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

final class TrafficProfileProperties {

  @Test
  void meanRequest_sharesNeverExceedTheirWhole() {
    qt().forAll(trafficProfiles()).checkAssert(t -> {
      Request r = t.meanRequest();

      assertThat(r.inputTokens().count()).isEqualTo(Math.round(t.inputLength().mean()));
      assertThat(r.outputTokens().count()).isEqualTo(Math.round(t.outputLength().mean()));
      assertThat((double) r.cachedInputTokens().count())
          .isLessThanOrEqualTo(r.inputTokens().count() * t.cacheHitRate());
      assertThat((double) r.reasoningTokens().count())
          .isLessThanOrEqualTo(r.outputTokens().count() * t.reasoningFraction());
    });
  }

  @Test
  void requestsPerMonth_scalesWithRate() {
    qt().forAll(trafficProfiles()).checkAssert(t -> {
      assertThat(t.requestsPerMonth())
          .isEqualTo(t.requestsPerSecond() * TrafficProfile.SECONDS_PER_MONTH);
      assertThat(t.withRequestsPerSecond(2 * t.requestsPerSecond()).requestsPerMonth())
          .isEqualTo(2 * t.requestsPerMonth());
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(trafficProfiles(), serviceLevelTargets()).checkAssert((t, s) -> {
      assertThat(jsonRoundTrip(t, TrafficProfile.class)).isEqualTo(t);
      assertThat(jsonRoundTrip(s, ServiceLevelTargets.class)).isEqualTo(s);
    });
  }
}
