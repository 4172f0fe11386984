/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

/**
 * How pipeline parallelism splits layers into stages: as evenly as possible, the first
 * {@code layers % stages} stages taking one layer more.
 */
final class Stages {

  private Stages() {}

  /**
   * Returns the layer range of a stage.
   *
   * @param layers the number of layers
   * @param stages the number of stages
   * @param stage the stage, from 0
   * @return {from, to}, to exclusive
   */
  static int[] layers(int layers, int stages, int stage) {
    int base = layers / stages;
    int extra = layers % stages;
    int from = stage * base + Math.min(stage, extra);
    int to = from + base + (stage < extra ? 1 : 0);
    return new int[] {from, to};
  }
}
