/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.planner.ApiOption;
import io.github.inferenceecon.core.planner.PlanRequest;
import io.github.inferenceecon.core.workload.LengthDistribution;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import io.github.inferenceecon.hardware.CloudOffer;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.time.Duration;
import java.util.List;

/**
 * The plan the planner benchmark evaluates: every bundled cloud offer whose accelerator has a
 * spec, twelve bundled models, device counts and tensor-parallel degrees 1, 2, 4 and 8, four
 * precisions and one API card; over 10,000 candidates.
 */
final class PlannerWorkload {

  /** The models, from 1B to 70B parameters. */
  static final List<String> MODELS = List.of("llama-3.2-1b", "llama-3.2-3b", "llama-3.1-8b",
      "qwen3-8b", "mistral-7b-v0.3", "gemma-2-9b", "mistral-nemo", "gemma-2-27b",
      "qwen3-30b-a3b", "qwen3-32b", "mixtral-8x7b", "llama-3.1-70b");

  private PlannerWorkload() {}

  /**
   * Builds the plan request.
   *
   * @param requestsPerSecond the traffic's mean rate, positive
   * @return the request, not null
   */
  static PlanRequest request(double requestsPerSecond) {
    PlanRequest.Builder b = PlanRequest.builder()
        .traffic(TrafficProfile.builder().requestsPerSecond(requestsPerSecond)
            .inputLength(LengthDistribution.logNormal(1000, 0.8))
            .outputLength(LengthDistribution.logNormal(200, 0.6))
            .cacheHitRate(0.2).build())
        .targets(ServiceLevelTargets.of(Duration.ofSeconds(2), Duration.ofMillis(60), 0.9))
        .deviceCounts(List.of(1, 2, 4, 8))
        .tensorParallelDegrees(List.of(1, 2, 4, 8))
        .precisions(List.of(Precision.bf16(), Precision.uniform(NumericFormat.FP8_E4M3),
            Precision.bf16().withKvCache(NumericFormat.FP8_E4M3),
            Precision.bf16().withWeights(NumericFormat.FP8_E4M3)))
        .addApis(ApiOption.of("groq:llama-3.3-70b-versatile",
            PriceCatalog.bundled().card("groq", "llama-3.3-70b-versatile")));
    for (String model : MODELS) {
      b.addModels(KnownArchitectures.get(model));
    }
    HardwareCatalogs hardware = HardwareCatalogs.bundled();
    for (CloudOffer offer : hardware.cloudOffers().all()) {
      hardware.hardwareOption(offer).ifPresent(b::addHardware);
    }
    return b.build();
  }
}
