/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.planner.PlannerFixtures.BIG_SLOW_AT_2;
import static io.github.inferenceecon.core.planner.PlannerFixtures.FP8;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100_AT_3;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H200_AT_4;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA2_7B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA_70B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA_8B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.ONE_RPS_1000_200;
import static io.github.inferenceecon.core.planner.PlannerFixtures.TTFT_2S_TPOT_100MS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CandidateOrderTest {

  /**
   * Models, options, device counts and precisions each given out of their candidate order:
   * Llama-3.1-8B, Llama-2-7B, Llama-3.1-70B (by name Llama-2-7B, Llama-3.1-70B, Llama-3.1-8B);
   * options h200, h100, big-slow (by id big-slow, h100, h200); devices 4, 1, 2 and degrees 4, 2,
   * 1 (layouts 1; 2 at tp 1 and 2; 4 at tp 1, 2 and 4); precisions FP8, BF16 with an FP8 cache
   * and BF16 (by their texts).
   */
  private static PlanRequest shuffled() {
    return PlanRequest.builder().addModels(LLAMA_8B, LLAMA2_7B, LLAMA_70B)
        .traffic(ONE_RPS_1000_200).targets(TTFT_2S_TPOT_100MS)
        .addHardware(H200_AT_4, H100_AT_3, BIG_SLOW_AT_2)
        .deviceCounts(List.of(4, 1, 2)).tensorParallelDegrees(List.of(4, 2, 1))
        .precisions(List.of(FP8, Precision.bf16().withKvCache(NumericFormat.FP8_E4M3),
            Precision.bf16()))
        .build();
  }

  //-----------------------------------------------------------------------
  // key
  @Test
  void key_ofEveryCandidate_sortsAsCandidatesCompare() {
    PlanRequest request = shuffled();
    List<int[]> layouts = Evaluator.layouts(request);
    CandidateOrder order = new CandidateOrder(request, layouts.size());
    List<Candidate> candidates = new ArrayList<>();
    List<Long> keys = new ArrayList<>();
    for (int mi = 0; mi < request.models().size(); mi++) {
      List<Precision> precisions = request.precisionsFor(request.models().get(mi));
      for (int hi = 0; hi < request.hardware().size(); hi++) {
        for (int li = 0; li < layouts.size(); li++) {
          for (int pi = 0; pi < precisions.size(); pi++) {
            candidates.add(Candidate.selfHosted(request.models().get(mi).name(),
                request.hardware().get(hi).id(), layouts.get(li)[0], layouts.get(li)[1],
                precisions.get(pi)));
            keys.add(order.key(mi, hi, li, pi));
          }
        }
      }
    }
    // 3 models x 3 options x 6 layouts x 3 precisions
    assertThat(candidates).hasSize(162);
    for (int i = 0; i < candidates.size(); i++) {
      for (int j = 0; j < candidates.size(); j++) {
        assertThat(Integer.signum(Long.compare(keys.get(i), keys.get(j))))
            .as("%s against %s", candidates.get(i), candidates.get(j))
            .isEqualTo(Integer.signum(candidates.get(i).compareTo(candidates.get(j))));
      }
    }
  }

  //-----------------------------------------------------------------------
  // compare
  @Test
  void compare_withoutKey_comparesCandidates() {
    Candidate api = Candidate.api("acme", "acme large");
    Candidate self = Candidate.selfHosted("Llama-3.1-8B", "h100", 1, 1, Precision.bf16());
    // a self-hosted candidate sorts before an API whatever its key
    assertThat(CandidateOrder.compare(CandidateOrder.NONE, api, 0, self)).isPositive();
    assertThat(CandidateOrder.compare(7, self, CandidateOrder.NONE, api)).isNegative();
    assertThat(CandidateOrder.compare(3, self, 5, self)).isNegative();
  }

  @Test
  void plan_ranksAndRejectsInCandidateOrder() {
    Plan plan = Planner.defaults().plan(shuffled());
    List<Rejection> rejections = plan.rejections();
    for (int i = 1; i < rejections.size(); i++) {
      assertThat(rejections.get(i - 1).candidate().compareTo(rejections.get(i).candidate()))
          .isNegative();
    }
    assertThat(plan.candidateCount()).isEqualTo(162);
  }
}
