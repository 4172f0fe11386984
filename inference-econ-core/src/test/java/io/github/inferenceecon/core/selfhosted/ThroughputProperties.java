/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import org.junit.jupiter.api.Test;

final class ThroughputProperties {

  @Test
  void json_roundTrips() {
    qt().forAll(CostGenerators.throughputs()).checkAssert(t ->
        assertThat(CostTesting.roundTrip(t, Throughput.class)).isEqualTo(t));
  }
}
