/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import org.junit.jupiter.api.Test;

final class SelfHostedEstimateTest {

  private static final HourlyPrice USD_3_PER_DEVICE_HOUR =
      HourlyPrice.perDeviceHour(Money.of("USD", "3"));
  private static final Request IN_1000_OUT_200 = Request.of(1_000, 200);

  private final SelfHostedEstimateBenchmark bundled = bundled();

  private static SelfHostedEstimateBenchmark bundled() {
    SelfHostedEstimateBenchmark b = new SelfHostedEstimateBenchmark();
    b.setUp();
    return b;
  }

  //-----------------------------------------------------------------------
  // run
  //-----------------------------------------------------------------------
  @Test
  void run_deploymentDoesNotFit_throws() {
    // Llama-3.1-70B's 141 GB of BF16 weights exceed one H100's 72 GiB budget.
    PerformanceModel model = PerformanceModel.defaults();
    Deployment oneDevice = Deployment.of(bundled.deployment.model(),
        bundled.deployment.accelerator(), 1);
    String shortfall = model.memoryEstimator().estimate(oneDevice, 1_200, 1).shortfall()
        .toString();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.run(model, oneDevice, IN_1000_OUT_200,
            USD_3_PER_DEVICE_HOUR, 1))
        .withMessage("Deployment must fit in memory: " + shortfall + " short");
  }

  @Test
  void run_everyPromptTokenCached_throws() {
    // No prefill work, so no rate to price input tokens by (Throughput.from's rule).
    Request allCached = Request.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(1_000)).outputTokens(TokenCount.of(200)).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.run(bundled.model, bundled.deployment, allCached,
            USD_3_PER_DEVICE_HOUR, 1))
        .withMessageStartingWith("Serving estimate has no prefill work");
  }

  @Test
  void run_oneOutputToken_throws() {
    // The prefill pass samples the only output token, so no time is spent decoding.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.run(bundled.model, bundled.deployment,
            Request.of(1_000, 1), USD_3_PER_DEVICE_HOUR, 1))
        .withMessageStartingWith("Serving estimate must produce output tokens");
  }
}
