/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;

/**
 * Accelerator specs for the performance tests, built from vendor figures (core tests cannot use
 * the hardware module's catalog). Each figure cites where it was read; all were read on
 * 2026-11-27 for the project's accelerator research. Public for the tests of other packages
 * (charts) that need a real device.
 */
public final class AcceleratorFixtures {

  private AcceleratorFixtures() {}

  /**
   * NVIDIA H100 SXM.
   * <ul>
   *   <li>80 GiB, BF16 989 and FP8 1979 TFLOP/s dense ("based on non-sparse specifications"),
   *       NVLink 4 "900 GB/s per GPU": https://github.com/NVIDIA/exemplar-performance/blob/97b1fd4bf95a9ae85dec0b243d9f97ac038deffb/README.md
   *   <li>3.35 TB/s (memory_bw=3350 GBps, row citing the H100 datasheet), FP16 989, INT8 1979:
   *       https://github.com/NVIDIA/TensorRT-LLM/blob/16d2467ea8e3b45d7d9555010c2ad018d006d5c1/tensorrt_llm/auto_parallel/cluster_info.py
   *   <li>900 GB/s taken as the two-way total: the same cluster_info.py uses 450 GB/s
   *       (intra_node_bw_per_device) for this GPU.
   * </ul>
   */
  public static final AcceleratorSpec H100_SXM = AcceleratorSpec.builder()
      .id("nvidia-h100-sxm").vendor("NVIDIA").name("H100 SXM")
      .memory(ByteSize.ofGibibytes(80))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(3.35))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(989))
      .putDensePeak(ComputeFormat.FP16, FlopRate.ofTeraflops(989))
      .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979))
      .putDensePeak(ComputeFormat.INT8, FlopRate.ofTeraflops(1979))
      .scaleUp(Interconnect.of("NVLink 4", ByteRate.ofGigabytesPerSecond(900),
          BandwidthBasis.BIDIRECTIONAL))
      .build();

  /**
   * NVIDIA H200 SXM.
   * <ul>
   *   <li>141 GiB: https://docs.nvidia.com/nim/large-language-models/latest/supported-llm-specific-models.html
   *   <li>4.8 TB/s: https://github.com/NVIDIA/TensorRT-LLM/blob/1555478c1b417a0b34de05209862ea5a2ab9add1/docs/source/blogs/H200launch.md
   *   <li>BF16 989 and FP8 1979 TFLOP/s dense: the project's research found no NVIDIA page with
   *       H200 dense figures; these are from the shared reference accelerators.json (ai-dynamo/
   *       aiconfigurator systems/h200_sxm.yaml at 095f58a, commented dense, and
   *       stas00/ml-engineering compute/accelerator/README.md at 744d01e), the same GH100 compute
   *       as H100 (stas00's MAMF table: "H200 same").
   *   <li>NVLink "900GB/s": NVIDIA's MLPerf v4.1 system description,
   *       https://github.com/mlcommons/inference_results_v4.1/blob/a2f5d66d17e8f75c02fd74dfe810ecca6a046696/closed/NVIDIA/systems/H200-SXM-141GBx8_TRT_MaxQ.json
   *       (two-way total, as for H100).
   * </ul>
   */
  static final AcceleratorSpec H200_SXM = AcceleratorSpec.builder()
      .id("nvidia-h200-sxm").vendor("NVIDIA").name("H200 SXM")
      .memory(ByteSize.ofGibibytes(141))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(4.8))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(989))
      .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979))
      .scaleUp(Interconnect.of("NVLink 4", ByteRate.ofGigabytesPerSecond(900),
          BandwidthBasis.BIDIRECTIONAL))
      .build();

  /**
   * NVIDIA B200 (HGX/DGX B200). 180 GiB, 7.7 TB/s, BF16 2250, FP8 4500 and NVFP4 9000 TFLOP/s
   * dense, NVLink 5 "1.8 TB/s per GPU":
   * https://github.com/NVIDIA/exemplar-performance/blob/97b1fd4bf95a9ae85dec0b243d9f97ac038deffb/README.md
   * (1.8 TB/s taken as the two-way total, 900 GB/s each way per aiconfigurator's b200_sxm.yaml).
   */
  static final AcceleratorSpec B200 = AcceleratorSpec.builder()
      .id("nvidia-b200").vendor("NVIDIA").name("B200")
      .memory(ByteSize.ofGibibytes(180))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(7.7))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(2250))
      .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(4500))
      .putDensePeak(ComputeFormat.FP4, FlopRate.ofTeraflops(9000))
      .scaleUp(Interconnect.of("NVLink 5", ByteRate.ofTerabytesPerSecond(1.8),
          BandwidthBasis.BIDIRECTIONAL))
      .build();

  /**
   * AMD Instinct MI300X. 192 GiB (https://rocm.docs.amd.com/en/latest/_sources/reference/gpu-specs.rst),
   * 5.3 TB/s, BF16 1307.4 and FP8 2614.9 TFLOP/s dense, Infinity Fabric "896 GB/s" peak
   * aggregate peer-to-peer per GPU:
   * https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/white-papers/amd-cdna-3-white-paper.pdf
   * (an aggregate, taken here as the two-way total; the paper does not split it).
   */
  static final AcceleratorSpec MI300X = AcceleratorSpec.builder()
      .id("amd-mi300x").vendor("AMD").name("Instinct MI300X")
      .memory(ByteSize.ofGibibytes(192))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(5.3))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(1307.4))
      .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(2614.9))
      .scaleUp(Interconnect.of("Infinity Fabric", ByteRate.ofGigabytesPerSecond(896),
          BandwidthBasis.BIDIRECTIONAL))
      .build();

  /**
   * A made-up device without an interconnect, for the error tests (not a real product).
   */
  static final AcceleratorSpec NO_LINK = AcceleratorSpec.builder()
      .id("test-no-link").vendor("Test").name("No Link")
      .memory(ByteSize.ofGibibytes(80))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(2))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(300))
      .build();
}
