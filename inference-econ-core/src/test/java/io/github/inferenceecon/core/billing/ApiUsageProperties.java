/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

final class ApiUsageProperties {

  @Test
  void parts_sumToTotals() {
    qt().forAll(CostGenerators.usages()).checkAssert(u -> {
      assertThat(u.uncachedInputTokens().plus(u.cachedInputTokens())
          .plus(u.totalCacheWriteTokens())).isEqualTo(u.inputTokens());
      assertThat(u.visibleOutputTokens().plus(u.reasoningTokens()))
          .isEqualTo(u.outputTokens());
    });
  }

  @Test
  void plus_commutativeAndAssociative() {
    qt().forAll(CostGenerators.usages(), CostGenerators.usages(), CostGenerators.usages())
        .checkAssert((a, b, c) -> {
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        });
  }

  @Test
  void plus_zeroUsage_identity() {
    qt().forAll(CostGenerators.usages()).checkAssert(u ->
        assertThat(u.plus(ApiUsage.of(0, 0))).isEqualTo(u));
  }

  @Test
  void plusReasoningTokens_keepsVisibleOutput() {
    qt().forAll(CostGenerators.usages(), CostGenerators.smallPositiveTokenCounts())
        .checkAssert((u, k) -> {
          ApiUsage more = u.plusReasoningTokens(k);
          assertThat(more.visibleOutputTokens()).isEqualTo(u.visibleOutputTokens());
          assertThat(more.reasoningTokens()).isEqualTo(u.reasoningTokens().plus(k));
        });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(CostGenerators.usages()).checkAssert(u ->
        assertThat(CostTesting.roundTrip(u, ApiUsage.class)).isEqualTo(u));
  }

  @Test
  void fromExclusiveInput_uncachedIsWhatWasGiven() {
    qt().forAll(CostGenerators.usages()).checkAssert(u -> {
      ApiUsage back = ApiUsage.fromExclusiveInput(u.uncachedInputTokens(),
          u.cachedInputTokens(), u.cacheWriteTokens(), u.outputTokens());
      assertThat(back.uncachedInputTokens()).isEqualTo(u.uncachedInputTokens());
      assertThat(back.inputTokens()).isEqualTo(u.inputTokens());
      assertThat(back.reasoningTokens()).isEqualTo(TokenCount.ZERO);
    });
  }
}
