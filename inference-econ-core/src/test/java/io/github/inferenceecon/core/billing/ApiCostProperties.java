/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ApiCostProperties {

  @Test
  void total_isSumOfPricedComponents() {
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages())
        .checkAssert((card, usage) -> {
          ApiCost cost = ApiCost.of(card, usage);
          List<Money> costs = new ArrayList<>();
          cost.components().forEach(c -> c.cost().ifPresent(costs::add));
          assertThat(cost.total()).isEqualTo(Money.total(Money.USD, costs));
          assertThat(cost.total().isNegative()).isFalse();
        });
  }

  @Test
  void isFullyPriced_exactlyWhenNoUnpricedComponent() {
    qt().forAll(CostGenerators.cardsWithLongContext(), CostGenerators.usages())
        .checkAssert((card, usage) -> {
          // A 30-minute write is never on a generated card: that component is unpriced.
          ApiUsage odd = ApiUsage.builder().from(usage)
              .inputTokens(usage.inputTokens().plusTokens(1))
              .putCacheWriteTokens(Duration.ofMinutes(30),
                  TokenCount.of(1))
              .build();
          ApiCost cost = ApiCost.of(card, odd);
          assertThat(cost.isFullyPriced()).isFalse();
          assertThat(cost.unpricedComponents()).extracting(CostComponent::name)
              .anySatisfy(n -> assertThat(n).endsWithIgnoringCase("cacheWrite30m"));
        });
  }
}
