/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import static io.github.inferenceecon.core.memory.MemoryFixtures.H100_SXM;
import static io.github.inferenceecon.core.memory.MemoryGenerators.FORMATS_BY_SIZE;
import static io.github.inferenceecon.core.memory.MemoryGenerators.denseArchitectures;
import static io.github.inferenceecon.core.memory.MemoryGenerators.formatPairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.Precision;
import org.junit.jupiter.api.Test;

final class MemoryEstimatorProperties {

  private static final MemoryEstimator MEMORY = MemoryEstimator.defaults();

  @Test
  void estimate_conservesTheBudget() {
    // used + free = budget when the load fits; used - shortfall = budget when it does not
    qt().forAll(denseArchitectures(), longs().between(0, 131_072), longs().between(0, 256))
        .checkAssert((m, context, sequences) -> {
          DeploymentMemory e = MEMORY.estimate(Deployment.of(m, H100_SXM, 1), context, sequences);
          if (e.fits()) {
            assertThat(e.used().plus(e.free())).isEqualTo(e.budget());
          } else {
            assertThat(e.used().minus(e.shortfall())).isEqualTo(e.budget());
          }
        });
  }

  @Test
  void addingDevices_neverLowersCapacity() {
    qt().forAll(denseArchitectures(), integers().between(0, 2), longs().between(1, 32_768))
        .checkAssert((m, shift, context) -> {
          int tp = 1 << shift;
          Deployment fewer = Deployment.of(m, H100_SXM, tp);
          Deployment more = Deployment.of(m, H100_SXM, tp * 2);
          assertThat(MEMORY.maxConcurrentSequences(more, context))
              .isGreaterThanOrEqualTo(MEMORY.maxConcurrentSequences(fewer, context));
        });
  }

  @Test
  void smallerWeightFormat_neverNeedsMore() {
    qt().forAll(denseArchitectures(), formatPairs()).checkAssert((m, pair) -> assertThat(
        WeightMemory.of(m, Precision.uniform(FORMATS_BY_SIZE.get(pair[0]))).total())
        .isLessThanOrEqualTo(WeightMemory.of(m, Precision.uniform(FORMATS_BY_SIZE.get(pair[1])))
            .total()));
  }

  @Test
  void minimumDeployment_isAtMostAnyFittingLayout() {
    qt().withExamples(40).forAll(denseArchitectures(), integers().between(0, 3),
        longs().between(1, 65_536), longs().between(1, 64))
        .checkAssert((m, shift, context, sequences) -> {
          int tp = 1 << shift;
          Deployment layout = Deployment.of(m, H100_SXM, tp);
          if (MEMORY.estimate(layout, context, sequences).fits()) {
            assertThat(MEMORY.minimumDeployment(m, H100_SXM, Precision.bf16(), context,
                sequences)).hasValueSatisfying(min ->
                    assertThat(min.devices()).isLessThanOrEqualTo(tp));
          }
        });
  }

  @Test
  void maxConcurrentSequences_loadAtTheLimitFits() {
    qt().forAll(denseArchitectures(), longs().between(1, 131_072)).checkAssert((m, context) -> {
      Deployment d = Deployment.of(m, H100_SXM, 1);
      long max = MEMORY.maxConcurrentSequences(d, context);
      if (max > 0 && max < 1_000_000) {
        assertThat(MEMORY.estimate(d, context, max).fits()).isTrue();
        assertThat(MEMORY.estimate(d, context, max + 1).fits()).isFalse();
      }
    });
  }

}
