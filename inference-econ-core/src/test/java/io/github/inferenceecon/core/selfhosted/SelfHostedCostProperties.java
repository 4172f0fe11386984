/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

final class SelfHostedCostProperties {

  @Test
  void costOfTokens_additiveAcrossRequests() {
    qt().forAll(CostGenerators.setups(), CostGenerators.tokenCounts(),
            CostGenerators.tokenCounts(), CostGenerators.tokenCounts())
        .checkAssert((setup, a, b, out) -> {
          SelfHostedCost cost = SelfHostedCostCalculator.cost(setup);
          assertThat(cost.costOfTokens(a.plus(b), out.plus(out))).isEqualTo(
              cost.costOfTokens(a, out).plus(cost.costOfTokens(b, out)));
        });
  }

  @Test
  void costOfTokens_neverDecreasesAsTokensGrow() {
    qt().forAll(CostGenerators.setups(), CostGenerators.tokenCounts(),
            CostGenerators.tokenCounts(), CostGenerators.smallPositiveTokenCounts())
        .checkAssert((setup, in, out, k) -> {
          SelfHostedCost cost = SelfHostedCostCalculator.cost(setup);
          assertThat(cost.costOfTokens(in.plus(k), out))
              .isGreaterThanOrEqualTo(cost.costOfTokens(in, out));
          assertThat(cost.costOfTokens(in, out.plus(k)))
              .isGreaterThanOrEqualTo(cost.costOfTokens(in, out));
        });
  }

  @Test
  void perMillionRates_inverseToThroughput() {
    // input/output cost ratio equals decode/prefill rate ratio, to the precision.
    qt().forAll(CostGenerators.setups()).checkAssert(setup -> {
      SelfHostedCost cost = SelfHostedCostCalculator.cost(setup);
      java.math.BigDecimal lhs = cost.costPerMillionInput().amount().multiply(
          java.math.BigDecimal.valueOf(setup.throughput().prefill().tokensPerSecond()));
      java.math.BigDecimal rhs = cost.costPerMillionOutput().amount().multiply(
          java.math.BigDecimal.valueOf(setup.throughput().decode().tokensPerSecond()));
      // Each side is rounded once to 16 digits (half a unit in the 16th place each).
      CostTesting.assertClose(lhs, rhs, "2e-15");
      assertThat(cost.costOfTokens(TokenCount.ZERO, TokenCount.ZERO).isZero()).isTrue();
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(CostGenerators.setups()).checkAssert(setup -> {
      SelfHostedCost cost = SelfHostedCostCalculator.cost(setup);
      assertThat(CostTesting.roundTrip(cost, SelfHostedCost.class)).isEqualTo(cost);
    });
  }
}
