/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.planner.PlannerFixtures.BIG_SLOW_AT_2;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100_AT_3;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA2_7B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA_8B;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.WorkedEfficiency;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.planner.Rejection.Reason;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The replica search and the capacity bisection of {@link Evaluator}: their answers against a
 * direct check, and how few serving estimates the search needs.
 *
 * <p>Every answer of the search is confirmed by probes, so a worse probe placement changes only
 * the number of estimates, not the answer; the probe counts below are what make the placement
 * (interpolation of the slack, bisection fallback) testable. A plain bisection of the bracket
 * [1, 10,000] needs about log2(10,000) = 14 probes; the measured counts for these cases
 * (2026-11-27, default efficiencies) are 2 to 11.
 */
final class EvaluatorTest {

  private static final PerformanceModel PERFORMANCE = WorkedEfficiency.MODEL;

  /** Llama-3.1-8B on one H100 per replica, 1,000 input and 200 output tokens per request. */
  private static PlanRequest request(double requestsPerSecond, int tpotMillis) {
    return request(requestsPerSecond, 1000, 2000, tpotMillis, 0);
  }

  /** Llama-3.1-8B on one H100 per replica, 200 output tokens per request; no cap when 0. */
  private static PlanRequest request(double requestsPerSecond, int input, int ttftMillis,
      int tpotMillis, int maxConcurrency) {
    PlanRequest.Builder b = PlanRequest.builder().addModels(LLAMA_8B)
        .traffic(TrafficProfile.fixed(requestsPerSecond, input, 200))
        .targets(ServiceLevelTargets.of(Duration.ofMillis(ttftMillis),
            Duration.ofMillis(tpotMillis), 0.9))
        .addHardware(H100_AT_3).deviceCounts(List.of(1));
    if (maxConcurrency > 0) {
      b.maxConcurrency(maxConcurrency);
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} requests/s of {1} tokens, TTFT {2} ms, TPOT {3} ms, cap {4}")
  @CsvSource({
      // rate, input, TTFT target, TPOT target, concurrency cap (0: none), most probes; the
      // bracket [1, 10,000] by bisection would take 14
      // TPOT binds: the slack is close to linear in the rate per replica
      "50, 1000, 2000, 9, 0, 12", "1000, 1000, 2000, 9, 0, 12", "20000, 1000, 2000, 9, 0, 12",
      "200, 1000, 2000, 12, 0, 12", "5000, 1000, 2000, 12, 0, 12",
      // (prompts are whole, so the slack has a kink at each whole number of prompts per
      // iteration: 9 and 11 probes measured here)
      "1000, 1000, 2000, 20, 0, 10", "20000, 1000, 2000, 20, 0, 12",
      "1000, 1000, 2000, 100, 0, 3", "20000, 1000, 2000, 100, 0, 7",
      // TTFT binds (9 probes measured since the activation traffic, 2026-12-07)
      "5000, 8000, 500, 1000, 0, 9",
      // the concurrency cap binds: far from linear near capacity, so the bisection fallback
      // does much of the work (measured 11 to 17 probes)
      "200, 8000, 1000, 1000, 4, 13", "5000, 1000, 2000, 100, 4, 17",
      "200, 1000, 2000, 100, 16, 16", "5000, 8000, 1000, 1000, 16, 8"})
  void size_manyReplicas_fewestThatMeetInFewProbes(double rate, int input, int ttftMillis,
      int tpotMillis, int maxConcurrency, int mostProbes) {
    PlanRequest request = request(rate, input, ttftMillis, tpotMillis, maxConcurrency);
    Evaluator evaluator = new Evaluator(PERFORMANCE, request);

    Evaluator.Outcome outcome = evaluator.outcome(0, 0, 0, 0);

    assertThat(outcome.isFeasible()).isTrue();
    Deployment d = outcome.deployment;
    int n = d.replicas();
    assertThat(n).isGreaterThan(1);
    assertThat(meets(d, request)).isTrue();
    Deployment fewer = Deployment.builder().from(d).replicas(n - 1).build();
    assertThat(meets(fewer, request)).as("%d replicas", n - 1).isFalse();
    // one replica is always probed first, and n > 1 takes at least one more
    assertThat(evaluator.probes()).as("probes to find %d replicas", n).isBetween(2, mostProbes);
  }

  @ParameterizedTest(name = "{0} requests/s, TPOT {1} ms")
  @CsvSource({"0.5, 9", "3, 12", "50, 20"})
  void outcome_secondCall_reusesTheEvaluation(double rate, int tpotMillis) {
    Evaluator evaluator = new Evaluator(PERFORMANCE, request(rate, tpotMillis));
    Evaluator.Outcome first = evaluator.outcome(0, 0, 0, 0);
    int probes = evaluator.probes();

    Evaluator.Outcome second = evaluator.outcome(0, 0, 0, 0);

    assertThat(probes).isPositive();
    assertThat(second).isSameAs(first);
    assertThat(evaluator.probes()).isEqualTo(probes);
  }

  /** Whether a deployment meets the request's targets and concurrency cap at its traffic. */
  private static boolean meets(Deployment d, PlanRequest request) {
    if (!PlannerTest.meets(d, request.traffic(), request.targets())) {
      return false;
    }
    double concurrency = PERFORMANCE.serve(d, request.traffic(), request.targets().percentile())
        .concurrency();
    return request.maxConcurrency().isEmpty()
        || concurrency <= request.maxConcurrency().getAsInt();
  }

  @ParameterizedTest(name = "{0} requests/s, TPOT {1} ms")
  @CsvSource({"0.5, 9", "50, 9", "1000, 12", "3, 20", "200, 100"})
  void capacity_isTheHighestRatePerReplicaThatMeetsTheTargets(double rate, int tpotMillis) {
    PlanRequest request = request(rate, tpotMillis);
    Evaluator evaluator = new Evaluator(PERFORMANCE, request);
    Evaluator.Outcome outcome = evaluator.outcome(0, 0, 0, 0);

    ServingEstimate capacity = evaluator.capacity(outcome);

    // capacity is per replica: at least the sized share, and the bisection stops within a
    // relative 1e-9, so a rate 1e-6 above it fails while the rate itself meets
    double perReplica = capacity.requestsPerSecond();
    int n = outcome.deployment.replicas();
    assertThat(perReplica).isGreaterThanOrEqualTo(rate / n);
    if (n > 1) {
      assertThat(perReplica).isLessThan(rate / (n - 1));
    }
    Deployment single = outcome.single;
    TrafficProfile at = request.traffic().withRequestsPerSecond(perReplica);
    assertThat(PlannerTest.meets(single, at, request.targets())).isTrue();
    TrafficProfile above = request.traffic().withRequestsPerSecond(perReplica * (1 + 1e-6));
    assertThat(PlannerTest.meets(single, above, request.targets())).isFalse();
  }

  //-----------------------------------------------------------------------
  @Test
  void layouts_sortedByDevicesThenTensorParallel_withPipelineForTheRest() {
    PlanRequest r = PlanRequest.builder().from(request(1, 100)).deviceCounts(List.of(8, 2, 4))
        .tensorParallelDegrees(List.of(4, 1, 2)).build();

    // 2 devices: tp 1 x pp 2, tp 2 x pp 1; 4: (1, 4), (2, 2), (4, 1); 8: (1, 8), (2, 4), (4, 2)
    assertThat(Evaluator.layouts(r)).containsExactly(new int[] {1, 2}, new int[] {2, 1},
        new int[] {1, 4}, new int[] {2, 2}, new int[] {4, 1}, new int[] {1, 8},
        new int[] {2, 4}, new int[] {4, 2});
  }

  @ParameterizedTest(name = "{0} input + 200 output tokens")
  @CsvSource({
      // Llama-2-7B's window is 4,096 tokens: a request that fills it exactly is served
      "3896, false",
      // one token more does not fit, though its input alone (or input less output) would
      "3897, true", "4000, true"})
  void outcome_contextWindow_rejectsOnlyARequestLongerThanTheWindow(int input,
      boolean rejected) {
    PlanRequest r = PlanRequest.builder().from(request(1, 100)).models(List.of(LLAMA2_7B))
        .traffic(TrafficProfile.fixed(1, input, 200)).build();

    Evaluator.Outcome o = new Evaluator(PERFORMANCE, r).outcome(0, 0, 0, 0);

    assertThat(o.reasons != null && o.reasons.contains(Reason.CONTEXT_WINDOW_TOO_SHORT))
        .as(o.message).isEqualTo(rejected);
  }

  @Test
  void outcome_pipelineAsDeepAsTheLayers_isAValidLayout() {
    // Llama-2-7B has 32 layers: one per stage is a valid (if wasteful) layout, 33 stages is not
    PlanRequest r = PlanRequest.builder().from(request(1, 1000)).models(List.of(LLAMA2_7B))
        .traffic(TrafficProfile.fixed(1, 500, 100)).deviceCounts(List.of(32, 33))
        .tensorParallelDegrees(List.of(1)).precisions(List.of(Precision.bf16())).build();
    Evaluator e = new Evaluator(PERFORMANCE, r);

    Evaluator.Outcome stage32 = e.outcome(0, 0, 0, 0);
    Evaluator.Outcome stage33 = e.outcome(0, 0, 1, 0);

    assertThat(stage32.isFeasible()).as(stage32.message).isTrue();
    assertThat(stage32.deployment.pipelineParallel()).isEqualTo(32);
    assertThat(stage33.reasons).containsExactly(Reason.INVALID_LAYOUT);
    assertThat(stage33.message).isEqualTo("invalid layout: pp 33 exceeds the 32 layers");
  }

  @Test
  void outcome_pipelineWithoutScaleUp_isAnInvalidLayout() {
    // the made-up device lists no scale-up interconnect: tp 1 x pp 2 needs one as much as tp 2
    PlanRequest r = PlanRequest.builder().from(request(1, 1000)).hardware(List.of(BIG_SLOW_AT_2))
        .deviceCounts(List.of(2)).tensorParallelDegrees(List.of(1)).build();

    Evaluator.Outcome o = new Evaluator(PERFORMANCE, r).outcome(0, 0, 0, 0);

    assertThat(o.reasons).containsExactly(Reason.INVALID_LAYOUT);
    assertThat(o.message).startsWith("invalid layout: 2 devices per replica need a scale-up "
        + "interconnect");
  }

  @Test
  void outcome_tooFewReplicasAllowed_saysTheLatencyAtTheLargestFleet() {
    // 100 requests/s over at most 8 replicas is 12.5 requests/s each: within one H100's memory
    // but above the ~9.3 requests/s per replica that a 9 ms TPOT allows (108 replicas for 1,000
    // requests/s above)
    PlanRequest r = PlanRequest.builder().from(request(100, 9)).maxReplicas(8).build();

    Evaluator.Outcome o = new Evaluator(PERFORMANCE, r).outcome(0, 0, 0, 0);

    assertThat(o.reasons).containsExactly(Reason.TOO_MANY_REPLICAS);
    assertThat(o.message).startsWith("needs more than 8 replica(s): at 12.5 requests/s each, "
        + "TTFT is ");
  }
}
