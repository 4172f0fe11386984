/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.USD_24_PER_INSTANCE_HOUR;
import static io.github.inferenceecon.core.CostFixtures.USD_3_PER_DEVICE_HOUR;
import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.memory.MemoryAssumptions;
import io.github.inferenceecon.core.performance.AttentionSparsity;
import io.github.inferenceecon.core.performance.Efficiency;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class SelfHostedEstimateTest {

  /**
   * NVIDIA H100 SXM: 80 GiB, 3.35 TB/s, 989 TFLOP/s dense BF16 (NVIDIA's exemplar-performance
   * README and TensorRT-LLM's cluster_info.py, as in the performance tests' fixture), NVLink 4
   * "900 GB/s per GPU" as the two-way total.
   */
  static final AcceleratorSpec H100 = AcceleratorSpec.builder()
      .id("nvidia-h100-sxm").vendor("NVIDIA").name("H100 SXM")
      .memory(ByteSize.ofGibibytes(80))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(3.35))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(989))
      .scaleUp(Interconnect.of("NVLink 4", ByteRate.ofGigabytesPerSecond(900),
          BandwidthBasis.BIDIRECTIONAL))
      .build();

  /** Llama-3.1-70B in BF16, two replicas of four-way tensor parallelism: eight devices. */
  static final Deployment LLAMA_70B_2X_TP4 = Deployment.builder()
      .model(KnownArchitectures.get("llama-3.1-70b")).accelerator(H100)
      .tensorParallel(4).replicas(2).build();

  static final Request IN_1000_OUT_200 = Request.of(1_000, 200);

  private static final SelfHostedEstimate AT_USD_3 =
      SelfHostedEstimate.of(LLAMA_70B_2X_TP4, IN_1000_OUT_200, USD_3_PER_DEVICE_HOUR);

  private static SelfHostedEstimate.Builder instancePriced() {
    return SelfHostedEstimate.builder().deployment(LLAMA_70B_2X_TP4).request(IN_1000_OUT_200)
        .hourlyPrice(USD_24_PER_INSTANCE_HOUR).devicesPerInstance(8);
  }

  //-----------------------------------------------------------------------
  // of / build: memory, performance, cost
  //-----------------------------------------------------------------------
  @Test
  void of_memory_isHandWorkedFitOfOneWholeRequest() {
    DeploymentMemory memory = AT_USD_3.memory();
    // weights: 141,107,412,992 B over tp 4 = 35,276,853,248 B per device
    assertThat(memory.weights().toBytes()).isEqualTo(35_276_853_248L);
    // KV per token: 80 layers x 8 KV heads x 128 dims x 2 (K and V) x 2 B = 327,680 B, over
    // tp 4 = 81,920 B; one sequence of 1,200 tokens (75 whole blocks of 16) x 81,920 B
    // = 98,304,000 B
    assertThat(memory.kvCache().toBytes()).isEqualTo(98_304_000L);
    assertThat(memory.contextTokens()).isEqualTo(1_200);
    assertThat(memory.sequences()).isEqualTo(1);
    // budget: 80 GiB x 0.9 = 77,309,411,328 B
    assertThat(memory.budget().toBytes()).isEqualTo(77_309_411_328L);
    assertThat(memory.fits()).isTrue();
  }

  @Test
  void of_serving_isOfflineWithAsManySequencesAsMemoryHolds() {
    ServingEstimate serving = AT_USD_3.serving();

    assertThat(serving).isEqualTo(PerformanceModel.defaults().offline(LLAMA_70B_2X_TP4,
        IN_1000_OUT_200));
    assertThat(serving.concurrency()).isEqualTo((double) serving.memoryLimit());
    assertThat(AT_USD_3.isServingGiven()).isFalse();
  }

  @Test
  void of_throughput_isTheOneBridgeAndKeepsEachReplicaBusy() {
    Throughput t = AT_USD_3.setup().throughput();
    assertThat(t).isEqualTo(Throughput.from(AT_USD_3.serving()));
    // A replica completing r requests/s spends r x (1,000 / prefill + 200 / decode) = 1 s of
    // every second on them.
    double perReplica = AT_USD_3.serving().requestsPerSecond() / 2;
    double busy = perReplica * (1_000 / t.prefill().tokensPerSecond()
        + 200 / t.decode().tokensPerSecond());
    assertThat(busy).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void of_setup_isTheDeploymentsLayoutAtTheGivenPriceFullyUsed() {
    SelfHostedSetup setup = AT_USD_3.setup();

    assertThat(setup.hourlyPrice()).isEqualTo(USD_3_PER_DEVICE_HOUR);
    assertThat(setup.devicesPerReplica()).isEqualTo(4);
    assertThat(setup.replicas()).isEqualTo(2);
    assertThat(setup.devicesPerInstance()).isEmpty();
    assertThat(setup.utilisation()).isEqualTo(1.0);
    assertThat(AT_USD_3.cost()).isEqualTo(SelfHostedCost.of(setup));
    assertThat(AT_USD_3.cost().mathContext()).isEqualTo(SelfHostedCost.DEFAULT_CONTEXT);
  }

  @Test
  void of_costPerRequest_isTheFleetHourOverTheRequestsPerHour() {
    // 8 devices at USD 3 per device-hour = USD 24 per hour, fully used: a request costs
    // 24 / (3,600 x requests per second)
    double expected = 24 / (3_600 * AT_USD_3.serving().requestsPerSecond());

    assertThat(AT_USD_3.costPerRequest()).isEqualTo(AT_USD_3.cost().costOf(IN_1000_OUT_200));
    assertThat(AT_USD_3.costPerRequest().currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(AT_USD_3.costPerRequest().amount().doubleValue())
        .isCloseTo(expected, within(expected * 1e-12));
  }

  @Test
  void of_defaultPerformanceModel_isRecordedWithTheEstimate() {
    PerformanceModel defaults = PerformanceModel.defaults();

    // the efficiencies of the deployment's regime (NVIDIA Hopper, BF16, dense): the fitted
    // Hopper memory efficiency, 0.757; no Hopper BF16 row in the calibration set, so the
    // nearest format Hopper has, FP8: 0.606
    assertThat(AT_USD_3.efficiency()).isEqualTo(defaults.efficiencyFor(LLAMA_70B_2X_TP4));
    assertThat(AT_USD_3.efficiency().memoryEfficiency()).isEqualTo(0.757);
    assertThat(AT_USD_3.efficiency().computeEfficiency()).isEqualTo(0.606);
    assertThat(AT_USD_3.speculativeDecoding()).isEmpty();
    assertThat(AT_USD_3.attentionSparsity()).isEqualTo(AttentionSparsity.none());
    assertThat(AT_USD_3.memoryAssumptions()).isEqualTo(MemoryAssumptions.defaults());
    assertThat(defaults.efficiency()).isEqualTo(Efficiency.defaults());
  }

  @Test
  void build_instancePrice_paysForWholeInstances() {
    // 2 replicas x 4 devices = 8 devices = one 8-device instance at USD 24 per instance-hour:
    // the same fleet cost as 8 devices at USD 3, so the same cost per request
    SelfHostedEstimate e = instancePriced().build();

    assertThat(e.setup().billedUnits()).isEqualTo(1);
    assertThat(e.setup().devicesPerInstance()).hasValue(8);
    assertThat(e.setup().fleetHourlyCost()).isEqualTo(AT_USD_3.setup().fleetHourlyCost());
    assertThat(e.costPerRequest()).isEqualTo(AT_USD_3.costPerRequest());
  }

  @Test
  void build_utilisation_dividesEachTokensShareOfTheFleet() {
    SelfHostedEstimate half = instancePriced().utilisation(0.5).build();

    assertThat(half.setup().utilisation()).isEqualTo(0.5);
    // idle time is paid for: each token carries twice its busy time, to the 16 digits kept
    assertThat(half.costPerRequest().amount().doubleValue())
        .isCloseTo(2 * AT_USD_3.costPerRequest().amount().doubleValue(),
            within(2 * AT_USD_3.costPerRequest().amount().doubleValue() * 1e-15));
  }

  @Test
  void build_mathContext_roundsTheCostsDivisions() {
    SelfHostedEstimate e = instancePriced().mathContext(MathContext.DECIMAL32).build();

    assertThat(e.cost().precision()).isEqualTo(7);
    assertThat(e.cost().costPerMillionOutput().amount().precision()).isLessThanOrEqualTo(7);
  }

  @Test
  void build_performanceModel_isTheOneUsed() {
    PerformanceModel slower = PerformanceModel.defaults().withEfficiency(Efficiency.builder()
        .from(Efficiency.defaults()).memoryEfficiency(0.5).build());

    SelfHostedEstimate e = instancePriced().performanceModel(slower).build();

    assertThat(e.efficiency().memoryEfficiency()).isEqualTo(0.5);
    assertThat(e.serving()).isEqualTo(slower.offline(LLAMA_70B_2X_TP4, IN_1000_OUT_200));
    assertThat(e.serving().outputThroughput())
        .isLessThan(AT_USD_3.serving().outputThroughput());
  }

  @Test
  void build_givenServing_isPricedAndItsFitOnlyReported() {
    // eight sequences in flight per replica instead of as many as memory holds
    ServingEstimate eight = PerformanceModel.defaults().atConcurrency(LLAMA_70B_2X_TP4,
        IN_1000_OUT_200, 8);

    SelfHostedEstimate e = instancePriced().serving(eight).build();

    assertThat(e.serving()).isEqualTo(eight);
    assertThat(e.isServingGiven()).isTrue();
    assertThat(e.setup().throughput()).isEqualTo(Throughput.from(eight));
    assertThat(e.memory()).isEqualTo(AT_USD_3.memory());
    assertThat(e.assumptions().get(3)).isEqualTo("Serving: as given, continuous batching, 8 "
        + "sequences in flight per replica, prefill " + threeDigits(eight.prefillShare())
        + " of the time");
  }

  //-----------------------------------------------------------------------
  // assumptions
  //-----------------------------------------------------------------------
  @Test
  void assumptions_listTheDeploymentMemoryModelServingAndCost() {
    SelfHostedEstimate e = instancePriced().utilisation(0.6).build();

    assertThat(e.assumptions()).hasSize(4 + e.cost().assumptions().size());
    assertThat(e.assumptions().get(0)).isEqualTo("Deployment: Llama-3.1-70B on 8 x " + H100
        + " (tp=4, pp=1, replicas=2; weights=BF16, kvCache=BF16, activations=BF16)");
    assertThat(e.assumptions().get(1)).startsWith("Memory: one sequence of the whole request "
        + "(1200 tokens) needs ").contains(" budget per device (0.9 of ")
        .endsWith("; KV cache in blocks of 16 tokens)");
    // the regime NVIDIA Hopper, BF16, dense has no interval of its own: the generation's,
    // from 151 held-out Hopper runs
    assertThat(e.assumptions().get(2)).isEqualTo("Performance model: efficiencies "
        + e.efficiency() + "; attention " + AttentionSparsity.none() + "; "
        + e.serving().predictionInterval().orElseThrow());
    assertThat(e.assumptions().get(2)).contains("; 80% in [0.8380x, 1.210x] (151 rows: NVIDIA "
        + "Hopper, held out by accelerator and by model)");
    assertThat(e.assumptions().get(3)).isEqualTo("Serving: offline (as many sequences as "
        + "memory holds), continuous batching, " + threeDigits(e.serving().concurrency())
        + " sequences in flight per replica, prefill " + threeDigits(e.serving().prefillShare())
        + " of the time");
    // the cost's own: price basis, paid devices, utilisation, attribution, rounding
    assertThat(e.assumptions().subList(4, e.assumptions().size()))
        .isEqualTo(e.cost().assumptions());
    assertThat(e.assumptions().get(4)).isEqualTo("Paid for every hour: 1 x USD 24 per "
        + "instance-hour (8 device(s) paid, 8 in use by 2 replica(s) of 4)");
    assertThat(e.assumptions().get(5)).startsWith("Utilisation 0.6: ");
  }

  private static String threeDigits(double value) {
    return new java.math.BigDecimal(Double.toString(value)).round(new MathContext(3))
        .stripTrailingZeros().toPlainString();
  }

  //-----------------------------------------------------------------------
  // bad input
  //-----------------------------------------------------------------------
  @Test
  void of_instancePriceWithoutDevicesPerInstance_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.of(LLAMA_70B_2X_TP4, IN_1000_OUT_200,
            USD_24_PER_INSTANCE_HOUR))
        .withMessage("Devices per instance must be given for a price per instance-hour: "
            + USD_24_PER_INSTANCE_HOUR);
  }

  @Test
  void of_deploymentDoesNotFit_throws() {
    // Llama-3.1-70B's 141 GB of BF16 weights exceed one H100's 72 GiB budget.
    Deployment oneDevice = Deployment.of(LLAMA_70B_2X_TP4.model(), H100, 1);
    String shortfall = PerformanceModel.defaults().memoryEstimator()
        .estimate(oneDevice, 1_200, 1).shortfall().toString();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.of(oneDevice, IN_1000_OUT_200,
            USD_3_PER_DEVICE_HOUR))
        .withMessage("Deployment must fit in memory: " + shortfall + " short");
  }

  @Test
  void of_everyPromptTokenCached_throws() {
    // No prefill work, so no rate to price input tokens by (Throughput.from's rule).
    Request allCached = Request.builder().inputTokens(TokenCount.of(1_000))
        .cachedInputTokens(TokenCount.of(1_000)).outputTokens(TokenCount.of(200)).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.of(LLAMA_70B_2X_TP4, allCached,
            USD_3_PER_DEVICE_HOUR))
        .withMessageStartingWith("Serving estimate has no prefill work");
  }

  @Test
  void of_oneOutputToken_throws() {
    // The prefill pass samples the only output token, so no time is spent decoding.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.of(LLAMA_70B_2X_TP4, Request.of(1_000, 1),
            USD_3_PER_DEVICE_HOUR))
        .withMessageStartingWith("Serving estimate must produce output tokens");
  }

  @Test
  void build_missingRequiredParts_throwsIllegalState() {
    assertThatIllegalStateException()
        .isThrownBy(() -> SelfHostedEstimate.builder().request(IN_1000_OUT_200).build())
        .withMessage("Cannot build SelfHostedEstimate, some of required attributes are not set "
            + "[deployment, hourlyPrice]");
  }

  @Test
  void builder_utilisationOutsideUnitInterval_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.builder().utilisation(0))
        .withMessageStartingWith("Utilisation must be");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.builder().utilisation(1.5));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.builder().utilisation(Double.NaN));
  }

  @Test
  void builder_devicesPerInstanceNotPositive_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.builder().devicesPerInstance(0))
        .withMessage("Devices per instance must be positive: 0");
  }

  @Test
  void builder_mathContextWithoutPrecision_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SelfHostedEstimate.builder().mathContext(MathContext.UNLIMITED));
  }

  @Test
  void nulls_rejected() {
    SelfHostedEstimate.Builder b = SelfHostedEstimate.builder();
    assertThatNullPointerException().isThrownBy(() -> b.deployment(null))
        .withMessage("deployment");
    assertThatNullPointerException().isThrownBy(() -> b.request(null)).withMessage("request");
    assertThatNullPointerException().isThrownBy(() -> b.hourlyPrice(null))
        .withMessage("hourlyPrice");
    assertThatNullPointerException().isThrownBy(() -> b.performanceModel(null))
        .withMessage("performanceModel");
    assertThatNullPointerException().isThrownBy(() -> b.mathContext(null))
        .withMessage("context");
    assertThatNullPointerException().isThrownBy(() -> b.serving(null)).withMessage("serving");
    assertThatNullPointerException().isThrownBy(() -> SelfHostedEstimate.of(null,
        IN_1000_OUT_200, USD_3_PER_DEVICE_HOUR));
    assertThatNullPointerException().isThrownBy(() -> SelfHostedEstimate.of(LLAMA_70B_2X_TP4,
        null, USD_3_PER_DEVICE_HOUR));
    assertThatNullPointerException().isThrownBy(() -> SelfHostedEstimate.of(LLAMA_70B_2X_TP4,
        IN_1000_OUT_200, null));
  }

  //-----------------------------------------------------------------------
  // value contract
  //-----------------------------------------------------------------------
  @Test
  void equalsHashCode_contract() {
    assertEqualsContract(AT_USD_3,
        SelfHostedEstimate.of(LLAMA_70B_2X_TP4, IN_1000_OUT_200, USD_3_PER_DEVICE_HOUR),
        instancePriced().build());
  }

  @Test
  void json_roundTrips() {
    assertThat(jsonRoundTrip(AT_USD_3, SelfHostedEstimate.class)).isEqualTo(AT_USD_3);
    SelfHostedEstimate given = instancePriced().serving(AT_USD_3.serving()).build();
    assertThat(jsonRoundTrip(given, SelfHostedEstimate.class)).isEqualTo(given);
  }

  @Test
  void immutable() {
    assertImmutable(SelfHostedEstimate.class, AT_USD_3);
  }

  @Test
  void toString_showsMemoryServingCostAndRequest() {
    assertThat(AT_USD_3.toString()).startsWith(AT_USD_3.memory().toString())
        .contains(AT_USD_3.serving().toString()).contains(AT_USD_3.cost().toString())
        .endsWith("\nPer request: " + AT_USD_3.costPerRequest());
  }
}
