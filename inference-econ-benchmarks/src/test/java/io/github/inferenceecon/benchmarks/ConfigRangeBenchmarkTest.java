/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.architecture.SlidingWindow;
import org.junit.jupiter.api.Test;

final class ConfigRangeBenchmarkTest {

  private static ConfigRangeBenchmark atMostLayers() {
    ConfigRangeBenchmark b = new ConfigRangeBenchmark();
    b.layers = 65_536;
    b.setUp();
    return b;
  }

  @Test
  void importConfig_mostLayers_holdsOnePeriodOfLayerKinds() {
    ModelArchitecture m = atMostLayers().importConfig();

    // Gemma-2 alternates, local first: 32,768 of 65,536 layers local, stored as one period
    SlidingWindow w = m.slidingWindow().orElseThrow();
    assertThat(m.layers()).isEqualTo(65_536);
    assertThat(w.localLayerCount()).isEqualTo(32_768);
    assertThat(w.period()).isEqualTo(2);
    assertThat(w.localOffsets()).containsExactly(0);
  }

  @Test
  void estimateMemory_mostLayers_isTheHandWorkedKvCache() {
    // tp 8 leaves 1 of 8 KV heads per device: 2 x 1 x 256 = 512 elements = 1,024 B per token
    // and layer in BF16; pp 64 gives each stage 1,024 layers, 512 local (4,096 tokens cached of
    // 8,192) and 512 global (8,192): 512 x 1,024 x (4,096 + 8,192) = 6,442,450,944 B
    assertThat(atMostLayers().estimateMemory().kvCache().toBytes()).isEqualTo(6_442_450_944L);
  }

  @Test
  void decodeStep_mostLayers_givesAnEstimate() {
    assertThat(atMostLayers().decodeStep().timePerOutputToken()).isPositive();
  }
}
