/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.PriceBasis;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedEstimate;
import io.github.inferenceecon.core.selfhosted.Throughput;
import io.github.inferenceecon.core.workload.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class SelfHostedEstimateBenchmarkTest {

  /** The bundled DigitalOcean 8 x H100 on-demand price. */
  private static final HourlyPrice USD_23_92_PER_INSTANCE_HOUR =
      HourlyPrice.perInstanceHour(Money.of("USD", "23.92"));
  private static final Request IN_1000_OUT_200 = Request.of(1_000, 200);

  private final SelfHostedEstimateBenchmark benchmark = new SelfHostedEstimateBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  //-----------------------------------------------------------------------
  // setUp
  //-----------------------------------------------------------------------
  @Test
  void setUp_readsTheBundledCase() {
    assertThat(benchmark.deployment.model().name()).isEqualTo("Llama-3.1-70B");
    assertThat(benchmark.deployment.accelerator().id()).isEqualTo("nvidia-h100-sxm");
    assertThat(benchmark.deployment.tensorParallel()).isEqualTo(4);
    assertThat(benchmark.deployment.replicas()).isEqualTo(2);
    assertThat(benchmark.price).isEqualTo(USD_23_92_PER_INSTANCE_HOUR);
    assertThat(benchmark.price.basis()).isEqualTo(PriceBasis.INSTANCE);
    assertThat(benchmark.devicesPerInstance).isEqualTo(8);
    assertThat(benchmark.request).isEqualTo(IN_1000_OUT_200);
  }

  //-----------------------------------------------------------------------
  // estimate
  //-----------------------------------------------------------------------
  @Test
  void estimate_memory_isHandWorkedFit() {
    DeploymentMemory memory = benchmark.estimate().memory();
    // weights: 141,107,412,992 B over tp 4 = 35,276,853,248 B per device
    assertThat(memory.weights().toBytes()).isEqualTo(35_276_853_248L);
    // KV per token: 80 layers x 8 KV heads x 128 dims x 2 (K and V) x 2 B = 327,680 B, over
    // tp 4 = 81,920 B; one sequence of 1,200 tokens (75 whole blocks of 16) x 81,920 B
    // = 98,304,000 B
    assertThat(memory.kvCache().toBytes()).isEqualTo(98_304_000L);
    assertThat(memory.contextTokens()).isEqualTo(1_200);
    assertThat(memory.sequences()).isEqualTo(1);
    assertThat(memory.fits()).isTrue();
  }

  @Test
  void estimate_serving_runsAsManySequencesAsMemoryHolds() {
    ServingEstimate serving = benchmark.estimate().serving();
    assertThat(serving.concurrency()).isEqualTo((double) serving.memoryLimit());
    assertThat(serving.memoryLimit()).isPositive();
    assertThat(serving.request()).isEqualTo(IN_1000_OUT_200);
    assertThat(serving.prefillShare()).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void estimate_throughput_keepsEachReplicaBusyAllTheTime() {
    // A replica completing r requests/s spends r x (1,000 / prefill + 200 / decode) = 1 s of
    // every second on them.
    SelfHostedEstimate e = benchmark.estimate();
    Throughput t = e.setup().throughput();
    double perReplica = e.serving().requestsPerSecond() / 2;
    double busy = perReplica * (1_000 / t.prefill().tokensPerSecond()
        + 200 / t.decode().tokensPerSecond());
    assertThat(busy).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void estimate_costPerRequest_isTheFleetHourOverTheRequestsPerHour() {
    // One instance (2 replicas x 4 devices = 8 devices = 1 whole instance) at USD 23.92 per
    // hour, fully used: a request costs 23.92 / (3,600 x requests per second).
    SelfHostedEstimate e = benchmark.estimate();
    assertThat(e.setup().billedUnits()).isEqualTo(1);
    assertThat(e.setup().devicesPerInstance()).hasValue(8);
    double expected = 23.92 / (3_600 * e.serving().requestsPerSecond());
    assertThat(e.costPerRequest().currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(e.costPerRequest().amount().doubleValue())
        .isCloseTo(expected, within(expected * 1e-12));
  }

  //-----------------------------------------------------------------------
  // the parts
  //-----------------------------------------------------------------------
  @Test
  void memoryFit_isTheFullEstimatesFit() {
    assertThat(benchmark.memoryFit()).isEqualTo(benchmark.estimate().memory());
  }

  @Test
  void performance_isTheFullEstimatesServing() {
    assertThat(benchmark.performance()).isEqualTo(benchmark.estimate().serving());
  }

  @Test
  void cost_isTheFullEstimatesCostPerRequest() {
    assertThat(benchmark.cost()).isEqualTo(benchmark.estimate().costPerRequest());
  }
}
