/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class BreakEvenProperties {

  static Gen<BreakEven> breakEvens() {
    return CostGenerators.cards().zip(CostGenerators.usages(), CostGenerators.setups(),
        (card, usage, setup) -> BreakEven.of(card,
            usage.plusReasoningTokens(TokenCount.of(1)), setup));
  }

  @Test
  void aboveBreakEven_selfHostingNeverDearer() {
    qt().forAll(breakEvens(), Generate.range(0, 1_000)).checkAssert((b, percentAbove) ->
        b.breakEvenRequestsPerMonth().ifPresent(v -> {
          BigDecimal volume = v.add(v.multiply(BigDecimal.valueOf(percentAbove, 2)));
          assertThat(b.selfHostedCostAt(volume)).isLessThanOrEqualTo(b.apiCostAt(volume));
        }));
  }

  @Test
  void atBreakEven_bothCostTheSameToThePrecision() {
    qt().forAll(breakEvens()).checkAssert(b -> b.breakEvenRequestsPerMonth().ifPresent(v -> {
      if (b.apiCostAt(v).isPositive()) {
        CostTesting.assertClose(b.selfHostedCostAt(v).amount(), b.apiCostAt(v).amount(),
            "1e-14");
      }
    }));
  }

  @Test
  void noBreakEven_apiNeverDearerAtFullReplicas() {
    qt().forAll(breakEvens(), Generate.range(0, 10)).checkAssert((b, extra) -> {
      if (b.breakEvenRequestsPerMonth().isEmpty()) {
        BigDecimal volume = b.requestsPerReplicaMonth()
            .multiply(BigDecimal.valueOf(b.setup().replicas() + extra));
        assertThat(b.apiCostAt(volume)).isLessThanOrEqualTo(b.selfHostedCostAt(volume));
      }
    });
  }

  @Test
  void replicasAt_enoughCapacityAndNoMore() {
    qt().forAll(breakEvens(), Generate.longRange(0, 100_000_000)).checkAssert((b, n) -> {
      BigDecimal volume = BigDecimal.valueOf(n);
      long replicas = b.replicasAt(volume);
      BigDecimal cap = b.requestsPerReplicaMonth();
      assertThat(cap.multiply(BigDecimal.valueOf(replicas))).isGreaterThanOrEqualTo(volume);
      if (replicas > b.setup().replicas()) {
        assertThat(cap.multiply(BigDecimal.valueOf(replicas - 1))).isLessThan(volume);
      }
    });
  }

  @Test
  void json_roundTrips() {
    qt().withExamples(50).forAll(breakEvens()).checkAssert(b ->
        assertThat(CostTesting.roundTrip(b, BreakEven.class)).isEqualTo(b));
  }
}
