/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.planner.PlannerFixtures.CARD_3_15;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.performance.WorkedEfficiency;
import io.github.inferenceecon.core.planner.Rejection.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PlanTest {

  /** The hand-worked plan plus an API: 2 choices, 3 rejections. */
  static final Plan WITH_API = Planner.of(WorkedEfficiency.MODEL).plan(PlanRequest.builder()
      .from(PlannerTest.only2xH100()).addApis(ApiOption.of(CARD_3_15)).build());
  static final Plan EMPTY = Planner.of(WorkedEfficiency.MODEL).plan(PlanRequest.builder()
      .from(PlannerTest.only2xH100()).deviceCounts(List.of(1)).build());

  //-----------------------------------------------------------------------
  // ranking
  //-----------------------------------------------------------------------
  @Test
  void ranking_costFirst() {
    Choice cheap = ChoiceTest.TWO_H100;
    Choice dear = ChoiceTest.API;

    assertThat(Plan.ranking().compare(cheap, dear)).isNegative();
    assertThat(Plan.ranking().compare(dear, cheap)).isPositive();
    assertThat(Plan.ranking().compare(cheap, cheap)).isZero();
  }

  @Test
  void ranking_equalCost_apiAfterSelfHosted() {
    Choice api = ChoiceTest.apiChoice(ChoiceTest.TWO_H100.monthlyCost());

    assertThat(Plan.ranking().compare(ChoiceTest.TWO_H100, api)).isNegative();
  }

  @Test
  void ranking_equalCostAndLatency_candidateOrder() {
    Choice a = ChoiceTest.apiChoice(ChoiceTest.API.monthlyCost());
    Choice b = Choice.builder().from(a).candidate(Candidate.api("other", "acme large")).build();

    assertThat(Plan.ranking().compare(a, b)).isNegative();
  }

  @Test
  void choices_areInRankingOrder() {
    List<Choice> sorted = new ArrayList<>(WITH_API.choices());
    Collections.reverse(sorted);
    sorted.sort(Plan.ranking());

    assertThat(WITH_API.choices()).containsExactlyElementsOf(sorted);
  }

  //-----------------------------------------------------------------------
  // derived
  //-----------------------------------------------------------------------
  @Test
  void best_ofEachKind() {
    assertThat(WITH_API.best()).contains(ChoiceTest.TWO_H100);
    assertThat(WITH_API.bestSelfHosted()).contains(ChoiceTest.TWO_H100);
    assertThat(WITH_API.bestApi().orElseThrow().candidate().kind())
        .isEqualTo(Candidate.Kind.API);
    assertThat(WITH_API.isEmpty()).isFalse();
    assertThat(WITH_API.comparison()).isPresent();
  }

  @Test
  void empty_hasNoBestAndNoComparison() {
    assertThat(EMPTY.isEmpty()).isTrue();
    assertThat(EMPTY.best()).isEmpty();
    assertThat(EMPTY.bestSelfHosted()).isEmpty();
    assertThat(EMPTY.bestApi()).isEmpty();
    assertThat(EMPTY.comparison()).isEmpty();
    assertThat(EMPTY.candidateCount()).isEqualTo(2);
  }

  @Test
  void rejectionCounts_perReasonInEnumOrder() {
    Map<Reason, Integer> counts = WITH_API.rejectionCounts();

    assertThat(counts).containsExactly(Map.entry(Reason.DOES_NOT_FIT, 1),
        Map.entry(Reason.MISSES_TPOT, 1), Map.entry(Reason.INVALID_LAYOUT, 1));
    assertThatThrownBy(() -> counts.put(Reason.UNPRICED, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejections_inCandidateOrder() {
    List<Candidate> order = new ArrayList<>();
    WITH_API.rejections().forEach(r -> order.add(r.candidate()));

    assertThat(order).isSorted();
  }

  //-----------------------------------------------------------------------
  // check
  //-----------------------------------------------------------------------
  @Test
  void check_countThatDoesNotAddUp_throws() {
    assertThatThrownBy(() -> Plan.builder().from(WITH_API).candidateCount(4).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Candidate count must equal choices plus rejections: 4/2+3");
  }

  //-----------------------------------------------------------------------
  // toString, equals, JSON, immutability
  //-----------------------------------------------------------------------
  @Test
  void toString_emptyPlan_saysSoAndListsRejections() {
    assertThat(EMPTY.toString()).isEqualTo("Plan for 1 requests/s, mean 1000 in / 200 out "
        + "tokens, cache hits 0%; targets TTFT 2 s, TPOT 100 ms at p90; utilisation 1\n"
        + "2 candidates: 0 feasible, 2 rejected\n"
        + "Rejected: DOES_NOT_FIT 1 MISSES_TPOT 1\n"
        + "  Llama-3.1-70B on 1 x big-slow (tp=1, pp=1; weights=BF16, kvCache=BF16, "
        + "activations=BF16): misses TPOT: 176 ms at p90 > 100 ms even lightly loaded\n"
        + "  Llama-3.1-70B on 1 x h100 (tp=1, pp=1; weights=BF16, kvCache=BF16, "
        + "activations=BF16): does not fit: 133.82 GiB per device for weights (131.42 GiB), "
        + "activations, overhead and one sequence of 1100 tokens > budget 72.00 GiB");
  }

  @Test
  void toString_manyRejections_showsTheFirstTen() {
    PlanRequest r = PlanRequest.builder().from(PlannerTest.only2xH100())
        .tensorParallelDegrees(List.of(3, 5, 6, 7, 9, 10)).deviceCounts(List.of(30, 60))
        .build();

    String text = Planner.of(WorkedEfficiency.MODEL).plan(r).toString();

    assertThat(text).contains("  ... and 6 more");
  }

  @Test
  void equals_hashCode_json_immutability() {
    assertEqualsContract(WITH_API, Plan.builder().from(WITH_API).build(), EMPTY);
    assertThat(jsonRoundTrip(WITH_API, Plan.class)).isEqualTo(WITH_API);
    assertThat(jsonRoundTrip(EMPTY, Plan.class)).isEqualTo(EMPTY);
    assertImmutable(Plan.class, WITH_API);
  }
}
