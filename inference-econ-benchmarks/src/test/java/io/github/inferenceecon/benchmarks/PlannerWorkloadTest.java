/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.planner.Plan;
import io.github.inferenceecon.core.planner.PlanRequest;
import io.github.inferenceecon.core.planner.Planner;
import org.junit.jupiter.api.Test;

final class PlannerWorkloadTest {

  @Test
  void request_hasAtLeastTenThousandCandidates() {
    PlanRequest request = PlannerWorkload.request(20);
    assertThat(request.candidateCount()).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void plan_evaluatesEveryCandidate_andFindsFeasibleChoices() {
    PlanRequest request = PlannerWorkload.request(20);
    Plan plan = Planner.defaults().plan(request);
    // every candidate is either a ranked choice or a rejection with a reason
    assertThat(plan.choices().size() + plan.rejections().size())
        .isEqualTo(request.candidateCount());
    assertThat(plan.choices()).isNotEmpty();
    assertThat(plan.candidateCount()).isEqualTo(request.candidateCount());
  }
}
