/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.performance.WorkedEfficiency;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class PlannerProperties {

  private static final Planner PLANNER = Planner.of(WorkedEfficiency.MODEL);
  /** Each example plans up to a few hundred candidates; a few dozen examples suffice. */
  private static final int EXAMPLES = 30;

  @Test
  void plan_reorderedRequest_equalPlan() {
    qt().withExamples(EXAMPLES).forAll(PlannerGenerators.requests(), PlannerGenerators.seeds())
        .checkAssert((request, seed) -> {
          PlanRequest reordered = PlannerGenerators.shuffled(request, seed);
          assertThat(PLANNER.plan(reordered)).isEqualTo(PLANNER.plan(request));
        });
  }

  @Test
  void plan_choices_rankedByMonthlyCost() {
    qt().withExamples(EXAMPLES).forAll(PlannerGenerators.requests()).checkAssert(request -> {
      List<Choice> choices = PLANNER.plan(request).choices();
      for (int i = 1; i < choices.size(); i++) {
        assertThat(choices.get(i - 1).monthlyCost().isGreaterThan(choices.get(i).monthlyCost()))
            .isFalse();
        assertThat(Plan.ranking().compare(choices.get(i - 1), choices.get(i))).isNegative();
      }
    });
  }

  @Test
  void plan_paretoFront_noMemberDominatedAndEveryOtherDominated() {
    qt().withExamples(EXAMPLES).forAll(PlannerGenerators.requests()).checkAssert(request -> {
      Plan plan = PLANNER.plan(request);
      List<Choice> selfHosted = new ArrayList<>();
      plan.choices().stream().filter(Choice::isSelfHosted).forEach(selfHosted::add);
      Set<Candidate> front = new HashSet<>();
      plan.paretoFront().forEach(c -> front.add(c.candidate()));
      assertThat(selfHosted.stream().map(Choice::candidate)).containsAll(front);
      for (Choice c : selfHosted) {
        boolean dominated = selfHosted.stream().anyMatch(o -> dominates(o, c));
        assertThat(dominated).as("%s dominated", c.candidate())
            .isEqualTo(!front.contains(c.candidate()));
      }
      List<Choice> inOrder = new ArrayList<>(plan.paretoFront());
      inOrder.sort(Plan.ranking());
      assertThat(plan.paretoFront()).containsExactlyElementsOf(inOrder);
    });
  }

  /** True if a is no worse than b on cost, TTFT and TPOT, and better on one. */
  private static boolean dominates(Choice a, Choice b) {
    int cost = a.monthlyCost().compareTo(b.monthlyCost());
    Duration at = a.timeToFirstToken().orElseThrow();
    Duration bt = b.timeToFirstToken().orElseThrow();
    int first = at.compareTo(bt);
    int per = a.timePerOutputToken().orElseThrow().compareTo(b.timePerOutputToken()
        .orElseThrow());
    return cost <= 0 && first <= 0 && per <= 0 && (cost < 0 || first < 0 || per < 0);
  }

  @Test
  void plan_everyCandidateExactlyOnce() {
    qt().withExamples(EXAMPLES).forAll(PlannerGenerators.requests()).checkAssert(request -> {
      Plan plan = PLANNER.plan(request);
      Set<Candidate> seen = new HashSet<>();
      plan.choices().forEach(c -> assertThat(seen.add(c.candidate())).isTrue());
      plan.rejections().forEach(r -> assertThat(seen.add(r.candidate())).isTrue());
      assertThat(seen).hasSize(request.candidateCount());
    });
  }

  @Test
  void plan_selfHostedChoices_meetTheTargetsAtTheTrafficAndTheCap() {
    qt().withExamples(EXAMPLES).forAll(PlannerGenerators.requests()).checkAssert(request -> {
      for (Choice c : PLANNER.plan(request).choices()) {
        c.serving().ifPresent(s -> {
          request.targets().timeToFirstToken().ifPresent(t ->
              assertThat(s.timeToFirstTokenAtPercentile()).isLessThanOrEqualTo(t));
          request.targets().timePerOutputToken().ifPresent(t ->
              assertThat(s.timePerOutputTokenAtPercentile()).isLessThanOrEqualTo(t));
          request.maxConcurrency().ifPresent(m ->
              assertThat(s.concurrency()).isLessThanOrEqualTo(m));
          assertThat(s.percentile()).isEqualTo(request.targets().percentile());
          assertThat(c.replicas().getAsInt()).isBetween(1, request.maxReplicas());
        });
      }
    });
  }

  @Test
  void plan_moreTraffic_neverFewerReplicas() {
    qt().withExamples(EXAMPLES).forAll(PlannerGenerators.requests()).checkAssert(request -> {
      PlanRequest busier = request.withTraffic(request.traffic().withRequestsPerSecond(
          request.traffic().requestsPerSecond() * 2));
      Map<Candidate, Integer> replicas = new HashMap<>();
      PLANNER.plan(request).choices().forEach(c -> c.replicas().ifPresent(n ->
          replicas.put(c.candidate(), n)));
      for (Choice c : PLANNER.plan(busier).choices()) {
        Integer before = replicas.get(c.candidate());
        if (before != null) {
          assertThat(c.replicas().getAsInt()).isGreaterThanOrEqualTo(before);
        }
      }
    });
  }

  @Test
  void plan_replicaCount_isTheFewest() {
    qt().withExamples(10).forAll(PlannerGenerators.requests()).checkAssert(request -> {
      for (Choice c : PLANNER.plan(request).choices()) {
        if (c.replicas().orElse(1) > 1) {
          Deployment d = c.deployment().orElseThrow();
          Deployment fewer = Deployment.builder().from(d).replicas(d.replicas() - 1).build();
          TrafficAtUtilisation sized = new TrafficAtUtilisation(request);
          assertThat(sized.meets(fewer, request)).as("%s with one replica fewer", c.candidate())
              .isFalse();
        }
      }
    });
  }

  /** The traffic a fleet is sized for: the rate over the utilisation. */
  private static final class TrafficAtUtilisation {
    private final TrafficProfile traffic;

    TrafficAtUtilisation(PlanRequest request) {
      this.traffic = request.traffic().withRequestsPerSecond(request.traffic()
          .requestsPerSecond() / request.utilisation());
    }

    boolean meets(Deployment d, PlanRequest request) {
      if (!PlannerTest.meets(d, traffic, request.targets())) {
        return false;
      }
      double concurrency = PLANNER.performanceModel().serve(d, traffic,
          request.targets().percentile()).concurrency();
      return request.maxConcurrency().isEmpty()
          || concurrency <= request.maxConcurrency().getAsInt();
    }
  }
}
