/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CapacityExceededExceptionTest {

  @Test
  void new_statesBothRates() {
    CapacityExceededException e = new CapacityExceededException(120, 84.25);
    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Traffic exceeds the deployment's capacity: 120.0 requests/s offered, "
            + "84.25 requests/s sustainable");
    assertThat(e.offeredRequestsPerSecond()).isEqualTo(120);
    assertThat(e.capacityRequestsPerSecond()).isEqualTo(84.25);
  }
}
