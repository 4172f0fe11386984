/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import org.junit.jupiter.api.Test;

/** {@link Throughput#from(ServingEstimate)}: the bridge from the performance model. */
final class ThroughputFromServingTest {

  /** Test fixture with NVIDIA's H100 SXM datasheet figures: 80 GiB, 3.35 TB/s, 989 TFLOP/s. */
  private static final AcceleratorSpec H100 = AcceleratorSpec.builder().id("test-h100")
      .vendor("NVIDIA").name("H100 SXM").memory(ByteSize.ofGibibytes(80))
      .memoryBandwidth(ByteRate.parse("3.35 TB/s"))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(989)).build();

  private static final ServingEstimate OFFLINE = PerformanceModel.defaults().offline(
      Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100, 1), Request.of(1000, 200));

  @Test
  void from_conservesDeviceTime() {
    // a replica spends I / prefill + O / decode seconds per request, and completes
    // outputRate / O requests per second, so the two must multiply to one busy second
    Throughput t = Throughput.from(OFFLINE);
    double perRequest = 1000 / t.prefill().tokensPerSecond() + 200 / t.decode().tokensPerSecond();
    double requestsPerSecond = OFFLINE.outputThroughputPerReplica().tokensPerSecond() / 200;
    assertThat(perRequest * requestsPerSecond).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void from_splitsTimeByTheEstimatesShares() {
    Throughput t = Throughput.from(OFFLINE);
    double requestsPerSecond = OFFLINE.outputThroughputPerReplica().tokensPerSecond() / 200;
    assertThat(1000 / t.prefill().tokensPerSecond() * requestsPerSecond)
        .isCloseTo(OFFLINE.prefillShare(), within(1e-12));
  }

  @Test
  void from_everyInputTokenCached_throws() {
    Request cached = Request.builder().inputTokens(TokenCount.of(1000))
        .cachedInputTokens(TokenCount.of(1000)).outputTokens(TokenCount.of(200)).build();
    ServingEstimate allCached = PerformanceModel.defaults().offline(
        Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100, 1), cached);
    assertThatIllegalArgumentException().isThrownBy(() -> Throughput.from(allCached))
        .withMessageStartingWith("Serving estimate has no prefill work to price input tokens");
  }

  @Test
  void from_oneOutputToken_throws() {
    // the prefill pass samples the only output token: no decode time to price it by
    ServingEstimate one = PerformanceModel.defaults().offline(
        Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100, 1), Request.of(1000, 1));
    assertThat(one.prefillShare()).isEqualTo(1.0);
    assertThatIllegalArgumentException().isThrownBy(() -> Throughput.from(one))
        .withMessageStartingWith("Serving estimate must produce output tokens");
  }

  //-----------------------------------------------------------------------
  // isDerivableFrom
  //-----------------------------------------------------------------------
  @Test
  void isDerivableFrom_agreesWithFrom() {
    Request cached = Request.builder().inputTokens(TokenCount.of(1000))
        .cachedInputTokens(TokenCount.of(1000)).outputTokens(TokenCount.of(200)).build();
    Deployment d = Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100, 1);

    assertThat(Throughput.isDerivableFrom(OFFLINE)).isTrue();
    assertThat(Throughput.isDerivableFrom(PerformanceModel.defaults().offline(d, cached)))
        .isFalse();
    assertThat(Throughput.isDerivableFrom(PerformanceModel.defaults().offline(d,
        Request.of(1000, 1)))).isFalse();
  }

  @Test
  void isDerivableFrom_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Throughput.isDerivableFrom(null))
        .withMessage("estimate");
  }
}
