/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;

/**
 * Accelerator fixtures for memory tests. They carry only what memory needs; the figures are the
 * vendors' labels (the bundled catalog in inference-econ-hardware carries the sourced entries).
 */
final class MemoryFixtures {

  /** NVIDIA A100 40GB: 40 GiB HBM2, 1.555 TB/s (NVIDIA A100 datasheet). */
  static final AcceleratorSpec A100_40GB = AcceleratorSpec.builder()
      .id("test-a100-40gb").vendor("NVIDIA").name("A100 40GB")
      .memory(ByteSize.ofGibibytes(40)).memoryBandwidth(ByteRate.parse("1.555 TB/s")).build();

  /** NVIDIA H100 SXM: 80 GiB HBM3, 3.35 TB/s (NVIDIA H100 datasheet). */
  static final AcceleratorSpec H100_SXM = AcceleratorSpec.builder()
      .id("test-h100-sxm").vendor("NVIDIA").name("H100 SXM")
      .memory(ByteSize.ofGibibytes(80)).memoryBandwidth(ByteRate.parse("3.35 TB/s")).build();

  private MemoryFixtures() {}
}
