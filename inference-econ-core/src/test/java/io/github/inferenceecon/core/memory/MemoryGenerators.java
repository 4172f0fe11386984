/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.architecture.SlidingWindow;
import io.github.inferenceecon.core.format.NumericFormat;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for memory properties, built from parts (never filtered). */
final class MemoryGenerators {

  /** Formats ordered by bits per element, smallest first. */
  static final List<NumericFormat> FORMATS_BY_SIZE = List.of(NumericFormat.INT4,
      NumericFormat.INT4_G128, NumericFormat.MXFP4, NumericFormat.NVFP4, NumericFormat.FP8_E4M3,
      NumericFormat.BF16, NumericFormat.FP32);

  private MemoryGenerators() {}

  /**
   * Dense GQA architectures: kvHeads = heads / 2^g, head dim 64 or 128, hidden = heads x dim,
   * optionally with every other layer local.
   */
  static Gen<ModelArchitecture> denseArchitectures() {
    Gen<Integer> layers = integers().between(1, 48);
    Gen<Integer> heads = Generate.pick(List.of(8, 16, 32, 64));
    Gen<Integer> groupShift = integers().between(0, 3);
    Gen<Integer> window = Generate.pick(List.of(0, 128, 4096));
    return layers.zip(heads, groupShift, window, (l, h, g, w) -> {
      int dim = l % 2 == 0 ? 128 : 64;
      ModelArchitecture.Builder b = ModelArchitecture.builder().name("generated")
          .layers(l).hiddenSize(h * dim).attentionHeads(h).kvHeads(h >> g).headDim(dim)
          .intermediateSize(4 * h * dim).vocabSize(32_000).contextLength(262_144);
      if (w > 0) {
        b.slidingWindow(SlidingWindow.periodic(w, l, 2));
      }
      return b.build();
    });
  }

  /** Pairs of indices (i <= j) into {@link #FORMATS_BY_SIZE}. */
  static Gen<int[]> formatPairs() {
    int n = FORMATS_BY_SIZE.size();
    return integers().between(0, n - 1).zip(integers().between(0, n - 1),
        (a, b) -> new int[] {Math.min(a, b), Math.max(a, b)});
  }
}
