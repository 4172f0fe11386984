/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.USD_24_PER_INSTANCE_HOUR;
import static io.github.inferenceecon.core.selfhosted.SelfHostedEstimateTest.LLAMA_70B_2X_TP4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.workload.Request;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class SelfHostedEstimateProperties {

  /**
   * Requests of 1 to 4,000 prompt tokens, none cached, and 2 to 1,000 output tokens (one or more
   * decode steps): what one sequence of Llama-3.1-70B on four H100s holds many times over.
   */
  private static Gen<Request> requests() {
    return longs().between(1, 4_000).zip(longs().between(2, 1_000), Request::of);
  }

  private static SelfHostedEstimate estimate(Request request, double utilisation) {
    // one 8 x H100 instance at USD 24 per instance-hour, two replicas of tp 4
    return SelfHostedEstimate.builder().deployment(LLAMA_70B_2X_TP4).request(request)
        .hourlyPrice(USD_24_PER_INSTANCE_HOUR).devicesPerInstance(8)
        .utilisation(utilisation).build();
  }

  @Test
  void build_throughput_attributesAllOfEachReplicasTime() {
    qt().forAll(requests()).checkAssert(request -> {
      SelfHostedEstimate e = estimate(request, 1);
      Throughput t = e.setup().throughput();
      double perReplica = e.serving().requestsPerSecond() / 2;
      double busy = perReplica
          * (request.inputTokens().count() / t.prefill().tokensPerSecond()
              + request.outputTokens().count() / t.decode().tokensPerSecond());
      assertThat(busy).isCloseTo(1.0, within(1e-9));
    });
  }

  @Test
  void build_costPerRequest_isTheFleetHourOverTheRequestsPerHourAtTheUtilisation() {
    qt().forAll(requests(), doubles().between(0.01, 1)).checkAssert((request, u) -> {
      SelfHostedEstimate e = estimate(request, u);
      double expected = 24 / (3_600 * e.serving().requestsPerSecond() * u);
      assertThat(e.costPerRequest().amount().doubleValue())
          .isCloseTo(expected, within(expected * 1e-9));
    });
  }

  @Test
  void build_memory_isOneSequenceOfTheWholeRequest() {
    qt().forAll(requests()).checkAssert(request -> {
      SelfHostedEstimate e = estimate(request, 1);
      assertThat(e.memory().contextTokens()).isEqualTo(request.totalTokens().count());
      assertThat(e.memory().sequences()).isEqualTo(1);
      assertThat(e.memory().fits()).isTrue();
    });
  }

  @Test
  void assumptions_endWithTheCostsOwn() {
    qt().forAll(requests(), doubles().between(0.01, 1)).checkAssert((request, u) -> {
      SelfHostedEstimate e = estimate(request, u);
      assertThat(e.assumptions().subList(4, e.assumptions().size()))
          .isEqualTo(e.cost().assumptions());
    });
  }
}
