/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the {@code format} package (test scope). */
public final class FormatGenerators {

  /** The predefined formats, every one of which {@link NumericFormat#parse} reads back. */
  public static final List<NumericFormat> PREDEFINED = List.of(NumericFormat.FP32,
      NumericFormat.TF32, NumericFormat.BF16, NumericFormat.FP16, NumericFormat.FP8_E4M3,
      NumericFormat.FP8_E5M2, NumericFormat.INT8, NumericFormat.INT4, NumericFormat.INT4_G128,
      NumericFormat.MXFP4, NumericFormat.NVFP4);

  private FormatGenerators() {}

  /**
   * Returns the compute formats.
   *
   * @return the generator, not null
   */
  public static Gen<ComputeFormat> computeFormats() {
    return Generate.enumValues(ComputeFormat.class);
  }

  /**
   * Returns formats whose text form parses back: the predefined ones and INT4 with any group.
   *
   * @return the generator, not null
   */
  public static Gen<NumericFormat> parseableFormats() {
    return Generate.pick(PREDEFINED).mix(integers().between(1, 100_000).map(NumericFormat::int4));
  }

  /**
   * Returns formats built from parts with {@link NumericFormat#of}: element bits 1 to 64, and
   * either no block scales or blocks of 1 to 256 elements with 1 to 32 scale bits.
   *
   * @return the generator, not null
   */
  public static Gen<NumericFormat> customFormats() {
    Gen<Integer> blockSizes = integers().between(0, 256);
    return integers().between(1, 64).zip(blockSizes, integers().between(1, 32), computeFormats(),
        (bits, block, scale, compute) -> block == 0
            ? NumericFormat.of("CUSTOM-" + bits, bits, 0, 0, compute)
            : NumericFormat.of("CUSTOM-" + bits + "-B" + block, bits, block, scale, compute));
  }

  /**
   * Returns any format: predefined, INT4 with a group, or custom.
   *
   * @return the generator, not null
   */
  public static Gen<NumericFormat> numericFormats() {
    return parseableFormats().mix(customFormats());
  }

  /**
   * Returns precisions from three parseable formats.
   *
   * @return the generator, not null
   */
  public static Gen<Precision> precisions() {
    return parseableFormats().zip(parseableFormats(), parseableFormats(), Precision::of);
  }

  /**
   * Returns element counts from 0 to 10^12.
   *
   * @return the generator, not null
   */
  public static Gen<Long> elementCounts() {
    return longs().between(0, 1_000_000_000_000L);
  }
}
