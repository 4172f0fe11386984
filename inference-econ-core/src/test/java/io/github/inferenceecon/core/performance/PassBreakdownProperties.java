/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class PassBreakdownProperties {

  @Test
  void time_isAtLeastTheLargestResourceAndTheBoundIsIt() {
    qt().forAll(PerformanceGenerators.deployments(), PerformanceGenerators.efficiencies(),
        integers().between(1, 4096), PerformanceGenerators.contexts())
        .checkAssert((d, e, batch, context) -> {
          PassBreakdown p = Roofline.of(d, e, AttentionSparsity.none())
              .decode(batch, 1, context).toBreakdown();
          assertThat(p.time()).isGreaterThanOrEqualTo(p.computeTime())
              .isGreaterThanOrEqualTo(p.memoryTime())
              .isGreaterThanOrEqualTo(p.interconnectTime());
          Duration largest = p.bound() == Bound.COMPUTE ? p.computeTime()
              : p.bound() == Bound.MEMORY_BANDWIDTH ? p.memoryTime() : p.interconnectTime();
          assertThat(largest).isGreaterThanOrEqualTo(p.computeTime())
              .isGreaterThanOrEqualTo(p.memoryTime())
              .isGreaterThanOrEqualTo(p.interconnectTime());
        });
  }

  @Test
  void attentionFlops_neverExceedTotal() {
    qt().forAll(PerformanceGenerators.deployments(), integers().between(1, 1024),
        PerformanceGenerators.contexts())
        .checkAssert((d, batch, context) -> {
          PassBreakdown p = Roofline.of(d, Efficiency.defaults(), AttentionSparsity.none())
              .decode(batch, 1, context).toBreakdown();
          assertThat(p.attentionFlops()).isLessThanOrEqualTo(p.flops());
        });
  }
}
