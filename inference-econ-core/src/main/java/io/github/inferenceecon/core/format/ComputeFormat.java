/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import java.util.Locale;
import java.util.Objects;

/**
 * The arithmetic format of a matrix multiplication, the key under which accelerators publish
 * their peak rates ("989 TFLOP/s dense BF16").
 *
 * <p>A peak rate depends on the format, so the format is part of the key, never a comment.
 * Several storage formats share one compute format: both FP8 encodings (E4M3 and E5M2) run at the
 * FP8 rate, and MXFP4 and NVFP4 at the FP4 rate. For the integer formats the rate is in integer
 * operations per second (the "TOPS" of data sheets).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComputeFormat {
  /** IEEE double precision. */
  FP64,
  /** IEEE single precision (non-tensor or tensor, as the data sheet gives). */
  FP32,
  /** NVIDIA's TensorFloat-32: FP32 storage, 10-bit mantissa products. */
  TF32,
  /** bfloat16. */
  BF16,
  /** IEEE half precision. */
  FP16,
  /** 8-bit floating point, E4M3 or E5M2. */
  FP8,
  /** 6-bit floating point (FP6, MXFP6). */
  FP6,
  /** 4-bit floating point (FP4, MXFP4, NVFP4). */
  FP4,
  /** 8-bit integer. */
  INT8,
  /** 4-bit integer. */
  INT4;

  /**
   * Obtains the compute format with a name, ignoring case ({@code "bf16"} is {@link #BF16}).
   *
   * @param name the name, not null
   * @return the format, not null
   * @throws IllegalArgumentException if no format has that name
   */
  public static ComputeFormat of(String name) {
    Objects.requireNonNull(name, "name");
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown compute format '" + name
          + "' (known: FP64, FP32, TF32, BF16, FP16, FP8, FP6, FP4, INT8, INT4)", e);
    }
  }
}
