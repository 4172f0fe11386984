/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

final class ApiPriceCardProperties {

  @Test
  void json_roundTrips() {
    qt().forAll(CostGenerators.cardsWithLongContext()).checkAssert(card ->
        assertThat(CostTesting.roundTrip(card, ApiPriceCard.class)).isEqualTo(card));
  }
}
