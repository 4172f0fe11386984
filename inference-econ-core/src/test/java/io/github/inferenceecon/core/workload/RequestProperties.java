/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.workload.WorkloadGenerators.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

final class RequestProperties {

  @Test
  void subsets_addBackToTheirWhole() {
    qt().forAll(requests()).checkAssert(r -> {
      assertThat(r.uncachedInputTokens().plus(r.cachedInputTokens())).isEqualTo(r.inputTokens());
      assertThat(r.visibleOutputTokens().plus(r.reasoningTokens())).isEqualTo(r.outputTokens());
      assertThat(r.totalTokens()).isEqualTo(r.inputTokens().plus(r.outputTokens()));
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(requests()).checkAssert(r ->
        assertThat(jsonRoundTrip(r, Request.class)).isEqualTo(r));
  }
}
