/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.time.Duration;

/**
 * Models, accelerators, prices and API cards for the planner tests. Core tests cannot use the
 * hardware and pricing catalogs, so real devices are built here from vendor figures (each cited;
 * read on 2026-11-27 for the project's accelerator research, the same figures as the
 * performance tests' fixtures). Made-up devices are marked as such. Every price here is
 * illustrative: round numbers, not any provider's price.
 */
final class PlannerFixtures {

  private PlannerFixtures() {}

  /** Llama 3.1 8B, bundled architecture (131,072-token context). */
  static final ModelArchitecture LLAMA_8B = KnownArchitectures.get("Llama-3.1-8B");
  /** Llama 3.1 70B, bundled architecture: 64 heads, 8 KV heads, 80 layers. */
  static final ModelArchitecture LLAMA_70B = KnownArchitectures.get("Llama-3.1-70B");
  /** Llama 2 7B, bundled architecture with a 4,096-token context. */
  static final ModelArchitecture LLAMA2_7B = KnownArchitectures.get("Llama-2-7B");

  /**
   * NVIDIA H100 SXM.
   * <ul>
   *   <li>80 GiB, BF16 989 and FP8 1979 TFLOP/s dense ("based on non-sparse specifications"),
   *       NVLink 4 "900 GB/s per GPU": https://github.com/NVIDIA/exemplar-performance/blob/97b1fd4bf95a9ae85dec0b243d9f97ac038deffb/README.md
   *   <li>3.35 TB/s: https://github.com/NVIDIA/TensorRT-LLM/blob/16d2467ea8e3b45d7d9555010c2ad018d006d5c1/tensorrt_llm/auto_parallel/cluster_info.py
   *   <li>900 GB/s taken as the two-way total: the same cluster_info.py uses 450 GB/s
   *       (intra_node_bw_per_device) for this GPU.
   * </ul>
   */
  static final AcceleratorSpec H100 = AcceleratorSpec.builder()
      .id("nvidia-h100-sxm").vendor("NVIDIA").name("H100 SXM")
      .memory(ByteSize.ofGibibytes(80))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(3.35))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(989))
      .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979))
      .scaleUp(Interconnect.of("NVLink 4", ByteRate.ofGigabytesPerSecond(900),
          BandwidthBasis.BIDIRECTIONAL))
      .build();

  /**
   * NVIDIA H200 SXM: 141 GiB
   * (https://docs.nvidia.com/nim/large-language-models/latest/supported-llm-specific-models.html),
   * 4.8 TB/s (https://github.com/NVIDIA/TensorRT-LLM/blob/1555478c1b417a0b34de05209862ea5a2ab9add1/docs/source/blogs/H200launch.md),
   * BF16 989 and FP8 1979 TFLOP/s dense (GH100 compute as H100: ai-dynamo/aiconfigurator
   * systems/h200_sxm.yaml at 095f58a), NVLink 900 GB/s two-way (NVIDIA's MLPerf v4.1 system
   * description H200-SXM-141GBx8_TRT_MaxQ.json at a2f5d66).
   */
  static final AcceleratorSpec H200 = AcceleratorSpec.builder()
      .id("nvidia-h200-sxm").vendor("NVIDIA").name("H200 SXM")
      .memory(ByteSize.ofGibibytes(141))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(4.8))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(989))
      .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979))
      .scaleUp(Interconnect.of("NVLink 4", ByteRate.ofGigabytesPerSecond(900),
          BandwidthBasis.BIDIRECTIONAL))
      .build();

  /**
   * A made-up device (not a real product): much memory, little bandwidth, BF16 only, no
   * scale-up interconnect. 192 GiB, 1 TB/s, 400 TFLOP/s BF16.
   */
  static final AcceleratorSpec BIG_SLOW = AcceleratorSpec.builder()
      .id("test-big-slow").vendor("Test").name("Big Slow")
      .memory(ByteSize.ofGibibytes(192))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(1))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(400))
      .build();

  /** USD 3 per device-hour (illustrative). */
  static final HourlyPrice USD_3_PER_DEVICE_HOUR =
      HourlyPrice.perDeviceHour(Money.of("USD", "3"));
  /** USD 4 per device-hour (illustrative). */
  static final HourlyPrice USD_4_PER_DEVICE_HOUR =
      HourlyPrice.perDeviceHour(Money.of("USD", "4"));
  /** USD 2 per device-hour (illustrative). */
  static final HourlyPrice USD_2_PER_DEVICE_HOUR =
      HourlyPrice.perDeviceHour(Money.of("USD", "2"));
  /** USD 24 per 8-device instance-hour (illustrative). */
  static final HourlyPrice USD_24_PER_INSTANCE_HOUR =
      HourlyPrice.perInstanceHour(Money.of("USD", "24"));

  /** H100 at USD 3 per device-hour. */
  static final HardwareOption H100_AT_3 = HardwareOption.of("h100", H100, USD_3_PER_DEVICE_HOUR);
  /** H200 at USD 4 per device-hour. */
  static final HardwareOption H200_AT_4 = HardwareOption.of("h200", H200, USD_4_PER_DEVICE_HOUR);
  /** The made-up big, slow device at USD 2 per device-hour. */
  static final HardwareOption BIG_SLOW_AT_2 =
      HardwareOption.of("big-slow", BIG_SLOW, USD_2_PER_DEVICE_HOUR);
  /** Eight H100 in an instance at USD 24 per instance-hour. */
  static final HardwareOption H100_NODE_AT_24 =
      HardwareOption.ofInstance("h100-node", H100, USD_24_PER_INSTANCE_HOUR, 8);

  /** FP8 (E4M3) weights, KV cache and activations. */
  static final Precision FP8 = Precision.uniform(NumericFormat.FP8_E4M3);

  /**
   * A card at USD 3 per million input and 15 per million output tokens, cache reads at 0.30
   * (illustrative prices).
   */
  static final ApiPriceCard CARD_3_15 = ApiPriceCard.builder().provider("acme").model("large")
      .rates(TokenRates.builder().input(TokenPrice.perMillion("USD", "3"))
          .output(TokenPrice.perMillion("USD", "15"))
          .cachedInput(TokenPrice.perMillion("USD", "0.30")).build())
      .build();

  /** A card at USD 0.10 / 0.40 per million without a cache-read price (illustrative). */
  static final ApiPriceCard CARD_NO_CACHE = ApiPriceCard.builder().provider("acme")
      .model("small")
      .rates(TokenRates.builder().input(TokenPrice.perMillion("USD", "0.10"))
          .output(TokenPrice.perMillion("USD", "0.40")).build())
      .build();

  /** One request per second of 1,000 input and 200 output tokens. */
  static final TrafficProfile ONE_RPS_1000_200 = TrafficProfile.fixed(1, 1000, 200);

  /** TTFT 2 s and TPOT 100 ms at p90. */
  static final ServiceLevelTargets TTFT_2S_TPOT_100MS = ServiceLevelTargets.of(
      Duration.ofSeconds(2), Duration.ofMillis(100), 0.9);
}
