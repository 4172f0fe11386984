/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

/**
 * The resource that limits a phase of inference, such as 'decode at batch 1 is bound by memory
 * bandwidth'.
 *
 * <p>A forward pass spends time computing (matrix products at the accelerator's peak rate times
 * the compute efficiency), moving bytes between device memory and the chips (weights and KV
 * cache at the memory bandwidth times the memory efficiency), and exchanging activations between
 * devices (tensor-parallel all-reduces and pipeline hand-offs over the scale-up interconnect).
 * The bound is the resource with the most time of the three.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Bound {
  /** Arithmetic limits the phase: more peak FLOP/s would make it faster. */
  COMPUTE,
  /** Device memory bandwidth limits the phase: reading weights and KV cache takes longest. */
  MEMORY_BANDWIDTH,
  /** The interconnect between devices limits the phase: all-reduces and hand-offs take longest. */
  INTERCONNECT
}
