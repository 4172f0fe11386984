/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.AcceleratorFixtures.H100_SXM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.TrafficProfile;
import org.junit.jupiter.api.Test;

final class ScenarioTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();
  private static final Deployment LLAMA_8B_H100 =
      Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100_SXM, 1);
  private static final PerformanceModel MODEL = PerformanceModel.defaults();
  private static final Request REQUEST_1000_200 = Request.of(1000, 200);
  private static final TrafficProfile FIVE_PER_SECOND = TrafficProfile.fixed(5, 1000, 200);

  //-----------------------------------------------------------------------
  // evaluate
  @Test
  void evaluate_eachKindCallsItsMethod() {
    assertThat(Scenario.offline(REQUEST_1000_200).evaluate(MODEL, LLAMA_8B_H100))
        .isEqualTo(MODEL.offline(LLAMA_8B_H100, REQUEST_1000_200));
    assertThat(Scenario.atConcurrency(REQUEST_1000_200, 16).evaluate(MODEL, LLAMA_8B_H100))
        .isEqualTo(MODEL.atConcurrency(LLAMA_8B_H100, REQUEST_1000_200, 16));
    assertThat(Scenario.staticBatch(REQUEST_1000_200, 16).evaluate(MODEL, LLAMA_8B_H100))
        .isEqualTo(MODEL.staticBatch(LLAMA_8B_H100, REQUEST_1000_200, 16));
    assertThat(Scenario.traffic(FIVE_PER_SECOND).evaluate(MODEL, LLAMA_8B_H100))
        .isEqualTo(MODEL.serve(LLAMA_8B_H100, FIVE_PER_SECOND));
  }

  @Test
  void evaluate_null_throws() {
    assertThatThrownBy(() -> Scenario.offline(REQUEST_1000_200).evaluate(null, LLAMA_8B_H100))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> Scenario.offline(REQUEST_1000_200).evaluate(MODEL, null))
        .isInstanceOf(NullPointerException.class).hasMessage("deployment");
  }

  //-----------------------------------------------------------------------
  // withCachedFraction
  @Test
  void withCachedFraction_request_cachesWholeTokens() {
    Scenario s = Scenario.offline(Request.of(999, 10)).withCachedFraction(0.5);
    assertThat(s.request().orElseThrow().cachedInputTokens()).isEqualTo(TokenCount.of(499));
  }

  @Test
  void withCachedFraction_traffic_setsTheHitRate() {
    Scenario s = Scenario.traffic(FIVE_PER_SECOND).withCachedFraction(0.4);
    assertThat(s.traffic().orElseThrow().cacheHitRate()).isEqualTo(0.4);
  }

  @Test
  void withCachedFraction_outOfRange_throws() {
    assertThatThrownBy(() -> Scenario.offline(REQUEST_1000_200).withCachedFraction(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cached fraction must be in [0, 1]: 1.5");
  }

  //-----------------------------------------------------------------------
  // check
  @Test
  void atConcurrency_zero_throws() {
    assertThatThrownBy(() -> Scenario.atConcurrency(REQUEST_1000_200, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario size must be positive: 0");
  }

  @Test
  void build_trafficKindWithRequest_throws() {
    assertThatThrownBy(() -> ImmutableScenario.builder().kind(Scenario.Kind.TRAFFIC)
        .request(REQUEST_1000_200).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario TRAFFIC needs a traffic profile for TRAFFIC and a request "
            + "otherwise");
  }

  @Test
  void build_offlineWithSize_throws() {
    assertThatThrownBy(() -> ImmutableScenario.builder().kind(Scenario.Kind.OFFLINE)
        .request(REQUEST_1000_200).size(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario OFFLINE needs a size for AT_CONCURRENCY and STATIC_BATCH only");
  }

  //-----------------------------------------------------------------------
  // value semantics
  @Test
  void toString_namesKindAndLoad() {
    assertThat(Scenario.atConcurrency(REQUEST_1000_200, 8))
        .hasToString("AT_CONCURRENCY 8 1000 in (0 cached) / 200 out");
    assertThat(Scenario.traffic(FIVE_PER_SECOND).toString()).startsWith("TRAFFIC ");
  }

  @Test
  void json_roundTrips() throws Exception {
    for (Scenario s : new Scenario[] {Scenario.offline(REQUEST_1000_200),
        Scenario.staticBatch(REQUEST_1000_200, 4), Scenario.traffic(FIVE_PER_SECOND)}) {
      assertThat(JSON.readValue(JSON.writeValueAsString(s), Scenario.class)).isEqualTo(s);
    }
  }

  @Test
  void equals_sameParts_equal() {
    assertThat(Scenario.atConcurrency(REQUEST_1000_200, 8))
        .isEqualTo(Scenario.atConcurrency(REQUEST_1000_200, 8))
        .hasSameHashCodeAs(Scenario.atConcurrency(REQUEST_1000_200, 8))
        .isNotEqualTo(Scenario.staticBatch(REQUEST_1000_200, 8));
  }

  @Test
  void fields_areFinal() {
    Immutability.assertFieldsFinal(Scenario.traffic(FIVE_PER_SECOND));
  }
}
