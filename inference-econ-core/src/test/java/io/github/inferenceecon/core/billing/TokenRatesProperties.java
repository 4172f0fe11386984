/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import org.junit.jupiter.api.Test;

final class TokenRatesProperties {

  @Test
  void json_roundTrips() {
    qt().forAll(CostGenerators.fullRates()).checkAssert(r ->
        assertThat(CostTesting.roundTrip(r, TokenRates.class)).isEqualTo(r));
  }

  @Test
  void cacheWrite_findsEveryListedTtl() {
    qt().forAll(CostGenerators.fullRates()).checkAssert(r -> r.cacheWrites().forEach(w ->
        assertThat(r.cacheWrite(w.ttl())).contains(w.price())));
  }
}
