/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

/**
 * How a serving engine groups sequences into forward passes.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Batching {
  /**
   * Continuous (in-flight, iteration-level) batching: a finished sequence leaves the batch at
   * once and a waiting one joins, its prompt prefilled in chunks alongside the decoding
   * sequences (vLLM, TensorRT-LLM, SGLang).
   */
  CONTINUOUS,
  /**
   * Static batching: a batch starts together, prompts padded to the longest, and runs until its
   * longest output is done; finished sequences hold their slots.
   */
  STATIC
}
