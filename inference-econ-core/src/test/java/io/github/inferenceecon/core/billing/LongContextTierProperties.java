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
import org.quicktheories.generators.Generate;

final class LongContextTierProperties {

  @Test
  void json_roundTrips() {
    qt().forAll(Generate.longRange(1, 2_000_000), Generate.enumValues(LongContextRule.class),
            CostGenerators.fullRates())
        .checkAssert((threshold, rule, rates) -> {
          LongContextTier t = LongContextTier.of(TokenCount.of(threshold), rule, rates);
          assertThat(CostTesting.roundTrip(t, LongContextTier.class)).isEqualTo(t);
        });
  }
}
