/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.selfhosted.Throughput;
import org.junit.jupiter.api.Test;

final class SelfHostedEstimateProperties {

  private final SelfHostedEstimateBenchmark bundled = bundled();

  private static SelfHostedEstimateBenchmark bundled() {
    SelfHostedEstimateBenchmark b = new SelfHostedEstimateBenchmark();
    b.setUp();
    return b;
  }

  @Test
  void run_throughput_attributesAllOfEachReplicasTime() {
    qt().forAll(BenchmarkGenerators.requests())
        .checkAssert(request -> {
          SelfHostedEstimate e = SelfHostedEstimate.run(bundled.model, bundled.deployment,
              request, bundled.price, bundled.devicesPerInstance);
          Throughput t = e.cost().setup().throughput();
          double perReplica = e.serving().requestsPerSecond() / 2;
          double busy = perReplica
              * (request.inputTokens().count() / t.prefill().tokensPerSecond()
                  + request.outputTokens().count() / t.decode().tokensPerSecond());
          assertThat(busy).isCloseTo(1.0, within(1e-9));
        });
  }

  @Test
  void run_costPerRequest_isTheFleetHourOverTheRequestsPerHour() {
    qt().forAll(BenchmarkGenerators.requests())
        .checkAssert(request -> {
          SelfHostedEstimate e = SelfHostedEstimate.run(bundled.model, bundled.deployment,
              request, bundled.price, bundled.devicesPerInstance);
          double expected = 23.92 / (3_600 * e.serving().requestsPerSecond());
          assertThat(e.costPerRequest().amount().doubleValue())
              .isCloseTo(expected, within(expected * 1e-9));
        });
  }
}
