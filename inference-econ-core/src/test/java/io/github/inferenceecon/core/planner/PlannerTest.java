/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.planner.PlannerFixtures.BIG_SLOW_AT_2;
import static io.github.inferenceecon.core.planner.PlannerFixtures.CARD_3_15;
import static io.github.inferenceecon.core.planner.PlannerFixtures.CARD_NO_CACHE;
import static io.github.inferenceecon.core.planner.PlannerFixtures.FP8;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100_AT_3;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100_NODE_AT_24;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA2_7B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA_70B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA_8B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.ONE_RPS_1000_200;
import static io.github.inferenceecon.core.planner.PlannerFixtures.TTFT_2S_TPOT_100MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.economics.BreakEven;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.format.CheckpointPrecision;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.CapacityExceededException;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.WorkedEfficiency;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.planner.Rejection.Reason;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedMonthlyCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.selfhosted.Throughput;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.workload.LengthDistribution;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.MathContext;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class PlannerTest {

  private static final Planner PLANNER = Planner.of(WorkedEfficiency.MODEL);
  private static final PerformanceModel PERFORMANCE = PLANNER.performanceModel();

  /**
   * Llama-3.1-70B on an H100 at USD 3 or the made-up big, slow device at USD 2, one or two
   * devices, at 1 request/s of 1,000 in and 200 out tokens, TTFT 2 s and TPOT 100 ms at p90.
   */
  static PlanRequest only2xH100() {
    return PlanRequest.builder().addModels(LLAMA_70B).traffic(ONE_RPS_1000_200)
        .targets(TTFT_2S_TPOT_100MS).addHardware(H100_AT_3, BIG_SLOW_AT_2)
        .deviceCounts(List.of(1, 2)).build();
  }

  //-----------------------------------------------------------------------
  // plan: the hand-known case
  //-----------------------------------------------------------------------
  @Test
  void plan_onlyFeasibleChoice_isFoundAndCostedByHand() {
    // Worked by hand from the bundled config and the default memory and efficiency figures:
    // - Llama-3.1-70B has 70.55e9 parameters (attention 12.08e9, MLP 56.37e9, embedding and
    //   output head 1.05e9 each), 141.1e9 bytes in BF16 = 131.42 GiB.
    // - The memory budget is 0.9 x 80 GiB = 72 GiB per H100: one H100 cannot hold the weights
    //   (DOES_NOT_FIT). Two (tp=2) hold 65.71 GiB each, plus 1.17 GiB of activations, 0.1 GiB
    //   of runtime overhead and 0.17 GiB of KV cache for one 1,100-token sequence: 67.2 GiB.
    // - The big, slow device holds all of it (192 GiB), but every decode step reads the
    //   weights: 141.1e9 B / (1.0e12 B/s x 0.8 achieved) = 176 ms > 100 ms (MISSES_TPOT at any
    //   load); it has no interconnect for two devices (INVALID_LAYOUT).
    // - Two H100: 70.55e9 B / (3.35e12 x 0.8) = 26.3 ms + 160 all-reduces x 27 us = 4.3 ms +
    //   2.5 ms step overhead = 33.1 ms per decode step. Prompts are whole: at 1 request/s
    //   about one step in 30 also prefills a 1,000-token prompt, 2 x 70.55e9 x 1,000 /
    //   (2 x 989e12 x 0.41) = 174 ms of compute that the decoding sequences wait through, so
    //   the mean step is about 0.967 x 33.1 + 0.033 x (33.1 + 174) = 39 ms; one replica
    //   serves 1 request/s.
    // - Cost: 2 devices x USD 3 x 730.485 h = USD 4382.91 per month, exactly.
    Plan plan = PLANNER.plan(only2xH100());

    assertThat(plan.candidateCount()).isEqualTo(4);
    assertThat(plan.choices()).hasSize(1);
    Choice only = plan.best().orElseThrow();
    assertThat(only.candidate()).isEqualTo(Candidate.selfHosted("Llama-3.1-70B", "h100", 2, 1,
        Precision.bf16()));
    assertThat(only.replicas()).hasValue(1);
    assertThat(only.devices()).hasValue(2);
    assertThat(only.monthlyCost()).isEqualTo(Money.of("USD", "4382.91"));
    assertThat(Durations.toSeconds(only.timePerOutputToken().orElseThrow()))
        .isBetween(0.037, 0.041);
    assertThat(plan.rejections()).extracting(Rejection::reasons).containsExactlyInAnyOrder(
        List.of(Reason.DOES_NOT_FIT), List.of(Reason.MISSES_TPOT),
        List.of(Reason.INVALID_LAYOUT));
    assertThat(plan.paretoFront()).containsExactly(only);
    assertThat(plan.comparison()).isEmpty();
  }

  @Test
  void plan_onlyFeasibleCase_rejectionsGiveTheFigures() {
    Plan plan = PLANNER.plan(only2xH100());

    assertThat(plan.rejections()).extracting(Rejection::message).containsExactly(
        "misses TPOT: 176 ms at p90 > 100 ms even lightly loaded",
        "invalid layout: 2 devices per replica need a scale-up interconnect, which Test Big "
            + "Slow does not list",
        "does not fit: 133.82 GiB per device for weights (131.42 GiB), activations, overhead "
            + "and one sequence of 1100 tokens > budget 72.00 GiB");
  }

  //-----------------------------------------------------------------------
  // plan: infeasible targets and every reason
  //-----------------------------------------------------------------------
  @Test
  void plan_infeasibleTargets_emptyPlanWithReasonsNotAnException() {
    // 1 ms per output token is below the default step overhead of 2.5 ms alone.
    PlanRequest r = PlanRequest.builder().from(only2xH100()).targets(ServiceLevelTargets.of(
        Duration.ofSeconds(2), Duration.ofMillis(1), 0.9)).build();

    Plan plan = PLANNER.plan(r);

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.best()).isEmpty();
    assertThat(plan.paretoFront()).isEmpty();
    assertThat(plan.rejections()).hasSize(4);
    assertThat(plan.rejections()).allSatisfy(x -> assertThat(x.reasons()).isNotEmpty());
    Rejection twoH100 = plan.rejections().stream().filter(x -> x.candidate().option()
        .equals("h100") && x.candidate().devicesPerReplica().getAsInt() == 2).findFirst()
        .orElseThrow();
    assertThat(twoH100.reasons()).containsExactly(Reason.MISSES_TPOT);
    assertThat(twoH100.message()).startsWith("misses TPOT: 32.8 ms at p90 > 1 ms");
  }

  @Test
  void plan_everyReason_canOccur() {
    // Prompts of 6,000 tokens: too long for Llama-2-7B (4,096). TTFT 1 s: 70B on the slow
    // device prefills 3,000 new tokens at 2 x 70.55e9 x 3,000 / (400e12 x 0.41) = 2.6 s (3.07 s
    // with attention, the activations passed between kernels and the step overhead). At
    // most one replica: 2 requests/s of 70B overflow one H100 replica's KV cache. 3 devices:
    // tp 3 divides no head count, and no 8-device instance. The slow device has no FP8. The
    // small card has no cache-read price for the 50% cache hits.
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B, LLAMA_70B, LLAMA2_7B)
        .traffic(TrafficProfile.builder().requestsPerSecond(2)
            .inputLength(LengthDistribution.fixed(6000))
            .outputLength(LengthDistribution.fixed(200)).cacheHitRate(0.5).build())
        .targets(ServiceLevelTargets.of(Duration.ofSeconds(1), Duration.ofMillis(100), 0.9))
        .addHardware(H100_AT_3, BIG_SLOW_AT_2, H100_NODE_AT_24)
        .deviceCounts(List.of(1, 2, 3)).precisions(List.of(Precision.bf16(), FP8))
        .maxReplicas(1).addApis(ApiOption.of(CARD_NO_CACHE)).build();

    Plan plan = PLANNER.plan(r);

    assertThat(plan.rejectionCounts().keySet()).containsExactlyInAnyOrder(Reason.values());
    assertThat(plan.choices()).isNotEmpty();
    assertThat(messages(plan, Reason.CONTEXT_WINDOW_TOO_SHORT)).containsOnly("context window "
        + "too short: a p90 request of 6000 input and 200 output tokens exceeds the 4096 "
        + "tokens of Llama-2-7B");
    assertThat(messages(plan, Reason.UNSUPPORTED_FORMAT)).containsOnly("unsupported format: "
        + "Test Big Slow has no dense FP8 peak for FP8-E4M3 activations");
    assertThat(messages(plan, Reason.INVALID_LAYOUT)).contains(
        "invalid layout: tp 3 must divide the 64 attention heads and divide (or be a multiple "
            + "of) the 8 KV heads",
        "invalid layout: a replica of 3 devices does not divide the 8 devices of an instance");
    assertThat(messages(plan, Reason.UNPRICED)).containsOnly("unpriced: the card does not "
        + "price cachedInput (the card has no cache-read price)");
    assertThat(messages(plan, Reason.MISSES_TTFT)).containsOnly("misses TTFT: 3.07 s at p90 > "
        + "1 s even lightly loaded; misses TPOT: 176 ms at p90 > 100 ms even lightly loaded");
    assertThat(messages(plan, Reason.TOO_MANY_REPLICAS)).contains("needs more than 1 "
        + "replica(s): each holds at most 0.557 requests/s in memory and 2 requests/s must be "
        + "served");
    assertThat(messages(plan, Reason.DOES_NOT_FIT)).allMatch(m -> m.startsWith("does not fit: ")
        && m.endsWith("one sequence of 6100 tokens > budget 72.00 GiB"));
  }

  private static Set<String> messages(Plan plan, Reason reason) {
    return plan.rejections().stream().filter(x -> x.hasReason(reason))
        .map(Rejection::message).collect(Collectors.toSet());
  }

  @Test
  void plan_tooManyReplicasForTheTargets_saysWhatTheLargestFleetMisses() {
    // One replica of 8B on an H100 meets TPOT 15 ms lightly loaded, not at 200 requests/s.
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B)
        .traffic(ONE_RPS_1000_200.withRequestsPerSecond(200))
        .targets(ServiceLevelTargets.builder().timePerOutputToken(Duration.ofMillis(15))
            .build())
        .addHardware(H100_AT_3).deviceCounts(List.of(1)).maxReplicas(1).build();

    Rejection x = PLANNER.plan(r).rejections().get(0);

    assertThat(x.reasons()).containsExactly(Reason.TOO_MANY_REPLICAS);
    assertThat(x.message()).startsWith("needs more than 1 replica(s): ");
  }

  //-----------------------------------------------------------------------
  // plan: API pricing
  //-----------------------------------------------------------------------
  @Test
  void plan_api_pricedExactlyThroughTheCalculatorWithTheMeanRequest() {
    // Mean request: 1,000 input tokens, 250 (25%) cached, 200 output tokens.
    // 750 x 3 + 250 x 0.30 + 200 x 15 = 2250 + 75 + 3000 = USD 5325 per million requests,
    // USD 0.005325 per request; 2 requests/s x 2,629,746 s = 5,259,492 requests a month:
    // USD 28006.79490 exactly.
    TrafficProfile traffic = TrafficProfile.builder().requestsPerSecond(2)
        .inputLength(LengthDistribution.fixed(1000)).outputLength(LengthDistribution.fixed(200))
        .cacheHitRate(0.25).build();
    PlanRequest r = PlanRequest.builder().traffic(traffic).addApis(ApiOption.of(CARD_3_15))
        .build();

    Choice api = PLANNER.plan(r).best().orElseThrow();

    ApiCost expected = ApiCost.of(CARD_3_15, ApiUsage.from(traffic.meanRequest()));
    assertThat(api.apiCost()).contains(expected);
    assertThat(expected.total()).isEqualTo(Money.of("USD", "0.005325"));
    assertThat(api.requestsPerMonth()).isEqualByComparingTo("5259492");
    assertThat(api.monthlyCost()).isEqualTo(Money.of("USD", "28006.7949"));
    // Input: (2250 + 75) / 1000 = 2.325 per million; output 15; together 5325 / 1200 = 4.4375.
    assertThat(api.costPerMillionInput()).contains(Money.of("USD", "2.325"));
    assertThat(api.costPerMillionOutput()).isEqualTo(Money.of("USD", "15"));
    assertThat(api.costPerMillionTokens()).isEqualTo(Money.of("USD", "4.4375"));
    assertThat(api.isSelfHosted()).isFalse();
    assertThat(api.timeToFirstToken()).isEmpty();
  }

  //-----------------------------------------------------------------------
  // plan: self-hosted cost
  //-----------------------------------------------------------------------
  @Test
  void plan_checkpointPrecision_isRunAsEachDeviceRunsIt() {
    // Llama-3.1-8B as if it shipped in FP8 (W8A8): by default the planner tries the checkpoint's
    // precision, which Big Slow (BF16 peak only) runs in BF16 (W8A16) and an H100 in FP8; given
    // explicitly, the same precision is tried as given and rejected on Big Slow
    Precision w8a8 = Precision.forWeights(NumericFormat.FP8_E4M3, NumericFormat.BF16);
    ModelArchitecture fp8Checkpoint = ModelArchitecture.builder().from(LLAMA_8B)
        .checkpointPrecision(CheckpointPrecision.of(w8a8, "test: FP8 weights")).build();
    PlanRequest byDefault = PlanRequest.builder().addModels(fp8Checkpoint)
        .traffic(ONE_RPS_1000_200).targets(TTFT_2S_TPOT_100MS)
        .addHardware(H100_AT_3, BIG_SLOW_AT_2).deviceCounts(List.of(1)).build();
    PlanRequest given = PlanRequest.builder().from(byDefault).precisions(List.of(w8a8)).build();

    Plan plan = PLANNER.plan(byDefault);

    assertThat(plan.rejectionCounts()).doesNotContainKey(Reason.UNSUPPORTED_FORMAT);
    assertThat(plan.choices()).extracting(c -> c.deployment().orElseThrow())
        .extracting(d -> d.accelerator().id() + " " + d.precision().activations())
        .contains("test-big-slow BF16", "nvidia-h100-sxm FP8-E4M3");
    assertThat(PLANNER.plan(given).rejectionCounts()).containsEntry(Reason.UNSUPPORTED_FORMAT, 1);
  }

  @Test
  void plan_selfHostedCost_agreesWithTheCostLayer() {
    Choice c = PLANNER.plan(only2xH100()).best().orElseThrow();
    ServingEstimate s = c.serving().orElseThrow();
    // The time shares of the operating point as busy rates: 1 request/s per replica.
    double share = s.prefillShare();
    SelfHostedSetup setup = SelfHostedSetup.builder().hourlyPrice(H100_AT_3.price())
        .layout(c.deployment().orElseThrow()).utilisation(1.0)
        .throughput(Throughput.ofTokensPerSecond(1000 / share, 200 / (1 - share))).build();

    SelfHostedMonthlyCost monthly = SelfHostedMonthlyCost.of(setup, ONE_RPS_1000_200);
    SelfHostedCost unit = SelfHostedCost.of(setup);

    assertThat(c.monthlyCost()).isEqualTo(monthly.reservedMonthlyCost());
    assertClose(monthly.usageBasedMonthlyCost(), c.monthlyCost());
    assertClose(unit.costPerMillionInput(), c.costPerMillionInput().orElseThrow());
    assertClose(unit.costPerMillionOutput(), c.costPerMillionOutput());
  }

  private static void assertClose(Money expected, Money actual) {
    assertThat(actual.amount().round(new MathContext(12)))
        .isEqualByComparingTo(expected.amount().round(new MathContext(12)));
  }

  @Test
  void plan_instancePrice_paysForWholeInstances() {
    // One replica of one device still rents a whole 8-device instance: 24 x 730.485.
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B).traffic(ONE_RPS_1000_200)
        .addHardware(H100_NODE_AT_24).deviceCounts(List.of(1)).build();

    Choice c = PLANNER.plan(r).best().orElseThrow();

    assertThat(c.monthlyCost()).isEqualTo(Money.of("USD", "17531.64"));
    assertThat(c.billedUnits()).hasValue(1);
  }

  @Test
  void plan_priceVariants_shareOneEvaluationAndScaleTheCost() {
    HardwareOption dearer = HardwareOption.of("h100-dear", PlannerFixtures.H100,
        HourlyPrice.perDeviceHour(Money.of("USD", "6")));
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B).traffic(ONE_RPS_1000_200)
        .addHardware(dearer, H100_AT_3).deviceCounts(List.of(1)).build();

    List<Choice> choices = PLANNER.plan(r).choices();

    assertThat(choices).extracting(c -> c.candidate().option())
        .containsExactly("h100", "h100-dear");
    assertThat(choices.get(1).serving().orElseThrow())
        .isSameAs(choices.get(0).serving().orElseThrow());
    assertThat(choices.get(1).monthlyCost())
        .isEqualTo(choices.get(0).monthlyCost().multipliedBy(2));
  }

  //-----------------------------------------------------------------------
  // plan: sizing
  //-----------------------------------------------------------------------
  @Test
  void plan_replicas_areTheFewestThatMeetTheTargets() {
    TrafficProfile busy = ONE_RPS_1000_200.withRequestsPerSecond(150);
    ServiceLevelTargets targets = ServiceLevelTargets.of(Duration.ofMillis(500),
        Duration.ofMillis(20), 0.9);
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B).traffic(busy).targets(targets)
        .addHardware(H100_AT_3).build();

    Plan plan = PLANNER.plan(r);

    assertThat(plan.choices()).isNotEmpty();
    assertThat(plan.choices()).anySatisfy(c -> assertThat(c.replicas().getAsInt())
        .isGreaterThan(1));
    for (Choice c : plan.choices()) {
      Deployment d = c.deployment().orElseThrow();
      assertThat(meets(d, busy, targets)).as("%s meets", c).isTrue();
      if (d.replicas() > 1) {
        Deployment fewer = Deployment.builder().from(d).replicas(d.replicas() - 1).build();
        assertThat(meets(fewer, busy, targets)).as("%s with one replica fewer", c).isFalse();
      }
    }
  }

  static boolean meets(Deployment d, TrafficProfile traffic, ServiceLevelTargets targets) {
    try {
      ServingEstimate e = PERFORMANCE.serve(d, traffic, targets.percentile());
      return targets.timeToFirstToken().map(t -> e.timeToFirstTokenAtPercentile()
          .compareTo(t) <= 0).orElse(true)
          && targets.timePerOutputToken().map(t -> e.timePerOutputTokenAtPercentile()
          .compareTo(t) <= 0).orElse(true);
    } catch (CapacityExceededException e) {
      return false;
    }
  }

  @Test
  void plan_maxConcurrency_addsReplicasToStayUnderTheCap() {
    PlanRequest free = PlanRequest.builder().addModels(LLAMA_8B)
        .traffic(ONE_RPS_1000_200.withRequestsPerSecond(20)).addHardware(H100_AT_3)
        .deviceCounts(List.of(1)).build();
    PlanRequest capped = PlanRequest.builder().from(free).maxConcurrency(8).build();

    Choice c = PLANNER.plan(capped).best().orElseThrow();
    Choice f = PLANNER.plan(free).best().orElseThrow();

    assertThat(c.replicas().getAsInt()).isGreaterThan(f.replicas().getAsInt());
    assertThat(c.serving().orElseThrow().concurrency()).isLessThanOrEqualTo(8);
    Deployment fewer = Deployment.builder().from(c.deployment().orElseThrow())
        .replicas(c.replicas().getAsInt() - 1).build();
    assertThat(PERFORMANCE.serve(fewer, capped.traffic(), 0.9).concurrency()).isGreaterThan(8);
  }

  @Test
  void plan_utilisation_sizesForTheRateOverUtilisationAndReportsAtTheRate() {
    TrafficProfile traffic = ONE_RPS_1000_200.withRequestsPerSecond(30);
    PlanRequest half = PlanRequest.builder().addModels(LLAMA_8B).traffic(traffic)
        .targets(TTFT_2S_TPOT_100MS).addHardware(H100_AT_3).deviceCounts(List.of(1))
        .maxConcurrency(16).utilisation(0.5).build();
    PlanRequest doubled = half.withUtilisation(1).withTraffic(traffic.withRequestsPerSecond(60));

    Choice h = PLANNER.plan(half).best().orElseThrow();
    Choice d = PLANNER.plan(doubled).best().orElseThrow();

    assertThat(h.replicas()).isEqualTo(d.replicas());
    assertThat(h.replicas().getAsInt()).isGreaterThan(1);
    assertThat(h.monthlyCost()).isEqualTo(d.monthlyCost());
    assertThat(h.serving().orElseThrow().requestsPerSecond()).isEqualTo(30.0);
    assertThat(h.timePerOutputToken().orElseThrow())
        .isLessThanOrEqualTo(d.timePerOutputToken().orElseThrow());
  }

  //-----------------------------------------------------------------------
  // plan: self-hosted against API
  //-----------------------------------------------------------------------
  @Test
  void plan_comparison_cheapestOfEachKindWithTheBreakEven() {
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B).traffic(ONE_RPS_1000_200)
        .targets(TTFT_2S_TPOT_100MS).addHardware(H100_AT_3).deviceCounts(List.of(1, 2))
        .addApis(ApiOption.of(CARD_3_15)).build();

    Plan plan = PLANNER.plan(r);
    SelfHostedVsApi c = plan.comparison().orElseThrow();

    assertThat(c.selfHosted()).isEqualTo(plan.bestSelfHosted().orElseThrow());
    assertThat(c.api()).isEqualTo(plan.bestApi().orElseThrow());
    BreakEven b = c.breakEven();
    assertThat(b.card()).isEqualTo(CARD_3_15);
    assertThat(b.request()).isEqualTo(ApiUsage.from(ONE_RPS_1000_200.meanRequest()));
    assertThat(b.setup().hourlyPrice()).isEqualTo(H100_AT_3.price());
    assertThat(b.setup().devicesPerReplica()).isEqualTo(1);
    assertThat(b.setup().replicas()).isEqualTo(1);
    assertThat(b.setup().utilisation()).isEqualTo(1.0);
    // The break-even's replica serves, per month, what one replica serves at its capacity
    // under the targets: a rate that meets them, just above which they fail.
    double capacity = b.requestsPerReplicaMonth().doubleValue() / TrafficProfile
        .SECONDS_PER_MONTH;
    Deployment one = c.selfHosted().deployment().orElseThrow();
    Deployment single = Deployment.builder().from(one).replicas(1).build();
    assertThat(meets(single, ONE_RPS_1000_200.withRequestsPerSecond(capacity * (1 - 1e-6)),
        TTFT_2S_TPOT_100MS)).isTrue();
    assertThat(meets(single, ONE_RPS_1000_200.withRequestsPerSecond(capacity * (1 + 1e-6)),
        TTFT_2S_TPOT_100MS)).isFalse();
    // At 1 request/s one H100 (USD 2191.46) is cheaper than the API (USD 28006.79 a month).
    assertThat(c.isSelfHostingCheaper()).isTrue();
    assertThat(c.breakEvenRequestsPerMonth()).isPresent();
  }

  @Test
  void plan_comparison_noTimeToPriceATokenKindBy_isEmpty() {
    // every prompt token cached: no prefill work to price input tokens by; one output token:
    // the prefill pass samples it, so no decode time (Throughput.from's rules); both kinds are
    // still planned and ranked
    for (TrafficProfile traffic : List.of(ONE_RPS_1000_200.withCacheHitRate(1),
        TrafficProfile.fixed(1, 1000, 1))) {
      PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B).traffic(traffic)
          .addHardware(H100_AT_3).deviceCounts(List.of(1)).addApis(ApiOption.of(CARD_3_15))
          .build();

      Plan plan = PLANNER.plan(r);

      assertThat(plan.bestSelfHosted()).as("%s", traffic).isPresent();
      assertThat(plan.bestApi()).as("%s", traffic).isPresent();
      assertThat(plan.comparison()).as("%s", traffic).isEmpty();
    }
  }

  @Test
  void plan_comparison_instancePrice_minimumFleetIsOneInstance() {
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B).traffic(ONE_RPS_1000_200)
        .addHardware(H100_NODE_AT_24).deviceCounts(List.of(2))
        .addApis(ApiOption.of(CARD_3_15)).build();

    BreakEven b = PLANNER.plan(r).comparison().orElseThrow().breakEven();

    assertThat(b.setup().replicas()).isEqualTo(4);
    assertThat(b.setup().devicesPerInstance()).hasValue(8);
    assertThat(b.replicaMonthlyCost()).isEqualTo(Money.of("USD", "4382.91"));
  }

  //-----------------------------------------------------------------------
  // plan: determinism, text, JSON, nulls
  //-----------------------------------------------------------------------
  @Test
  void plan_sameRequestTwice_equalPlans() {
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B, LLAMA_70B)
        .traffic(ONE_RPS_1000_200.withRequestsPerSecond(12)).targets(TTFT_2S_TPOT_100MS)
        .addHardware(H100_AT_3, BIG_SLOW_AT_2, H100_NODE_AT_24)
        .precisions(List.of(Precision.bf16(), FP8)).addApis(ApiOption.of(CARD_3_15)).build();

    Plan first = PLANNER.plan(r);
    Plan second = PLANNER.plan(r);

    assertThat(second).isEqualTo(first);
    assertThat(second.toString()).isEqualTo(first.toString());
    assertThat(jsonRoundTrip(first, Plan.class)).isEqualTo(first);
  }

  @Test
  void plan_toString_reportsChoicesFrontComparisonAndRejections() {
    PlanRequest r = PlanRequest.builder().from(only2xH100()).addApis(ApiOption.of(CARD_3_15))
        .build();

    String text = PLANNER.plan(r).toString();

    assertThat(text).startsWith("Plan for 1 requests/s, mean 1000 in / 200 out tokens, cache "
        + "hits 0%; targets TTFT 2 s, TPOT 100 ms at p90; utilisation 1\n5 candidates: 2 "
        + "feasible, 3 rejected\nRanked by monthly cost:\n");
    assertThat(text).contains("USD 4382.91", "Llama-3.1-70B on 2 x h100 (tp=2",
        "Pareto front (monthly cost, TTFT, TPOT): #1",
        "Cheapest self-hosted against cheapest API:", "Self-hosting saves USD",
        "Rejected: DOES_NOT_FIT 1 MISSES_TPOT 1 INVALID_LAYOUT 1");
  }

  @Test
  void planAndSensitivity_nulls_throwNullPointer() {
    assertThatThrownBy(() -> PLANNER.plan(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PLANNER.sensitivity(null, SensitivityGrid.defaults()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PLANNER.sensitivity(only2xH100(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Planner.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void of_usesTheGivenModel() {
    PerformanceModel model = PerformanceModel.defaults();

    assertThat(Planner.of(model).performanceModel()).isSameAs(model);
    assertThat(Planner.of(model).toString()).startsWith("Planner[PerformanceModel[");
  }

  @Test
  void plan_everyCandidateOnce() {
    PlanRequest r = PlanRequest.builder().addModels(LLAMA_8B, LLAMA_70B)
        .traffic(ONE_RPS_1000_200).addHardware(H100_AT_3, BIG_SLOW_AT_2)
        .tensorParallelDegrees(List.of(1, 2, 4)).addApis(ApiOption.of(CARD_3_15)).build();

    Plan plan = PLANNER.plan(r);

    Set<Candidate> all = plan.choices().stream().map(Choice::candidate)
        .collect(Collectors.toCollection(HashSet::new));
    plan.rejections().forEach(x -> all.add(x.candidate()));
    assertThat(all).hasSize(r.candidateCount());
    assertThat(plan.candidateCount()).isEqualTo(r.candidateCount());
    EnumSet<Candidate.Kind> kinds = EnumSet.noneOf(Candidate.Kind.class);
    all.forEach(x -> kinds.add(x.kind()));
    assertThat(kinds).containsExactlyInAnyOrder(Candidate.Kind.values());
  }
}
