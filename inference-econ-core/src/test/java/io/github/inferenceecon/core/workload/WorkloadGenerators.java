/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the {@code workload} package (test scope). */
public final class WorkloadGenerators {

  private WorkloadGenerators() {}

  /**
   * Returns requests of up to 10^9 input and output tokens, with a cached share of the input
   * and a reasoning share of the output drawn within them.
   *
   * @return the generator, not null
   */
  public static Gen<Request> requests() {
    Gen<Long> counts = longs().between(0, 1_000_000_000L);
    Gen<Double> shares = doubles().between(0, 1);
    return rnd -> {
      long input = counts.generate(rnd);
      long output = counts.generate(rnd);
      return Request.builder()
          .inputTokens(TokenCount.of(input))
          .outputTokens(TokenCount.of(output))
          .cachedInputTokens(TokenCount.of((long) Math.floor(input * shares.generate(rnd))))
          .reasoningTokens(TokenCount.of((long) Math.floor(output * shares.generate(rnd))))
          .build();
    };
  }

  /**
   * Returns length distributions of every shape, with means from 1 to 10^6 tokens and
   * log-normal sigmas from 0.05 to 3.
   *
   * @return the generator, not null
   */
  public static Gen<LengthDistribution> lengthDistributions() {
    Gen<Long> lengths = longs().between(0, 1_000_000);
    Gen<Double> means = doubles().between(1, 1_000_000);
    Gen<Double> sigmas = doubles().between(0.05, 3);
    Gen<LengthDistribution> fixed = lengths.map(LengthDistribution::fixed);
    Gen<LengthDistribution> uniform = lengths.zip(lengths,
        (a, b) -> LengthDistribution.uniform(Math.min(a, b), Math.max(a, b)));
    Gen<LengthDistribution> exponential = means.map(LengthDistribution::exponential);
    Gen<LengthDistribution> logNormal = means.zip(sigmas, LengthDistribution::logNormal);
    return fixed.mix(uniform).mix(exponential.mix(logNormal), 50);
  }

  /**
   * Returns traffic profiles: 0.001 to 10,000 requests per second, any length distributions,
   * cache-hit rates and reasoning fractions in [0, 1].
   *
   * @return the generator, not null
   */
  public static Gen<TrafficProfile> trafficProfiles() {
    Gen<Double> fractions = doubles().between(0, 1);
    return doubles().between(0.001, 10_000).zip(lengthDistributions(), lengthDistributions(),
        fractions, fractions, (rate, in, out, hit, reasoning) -> TrafficProfile.builder()
            .requestsPerSecond(rate).inputLength(in).outputLength(out)
            .cacheHitRate(hit).reasoningFraction(reasoning).build());
  }

  /**
   * Returns service-level targets with optional latencies of 1 ms to 100 s at a percentile in
   * (0, 1).
   *
   * @return the generator, not null
   */
  public static Gen<ServiceLevelTargets> serviceLevelTargets() {
    Gen<Optional<Duration>> latencies =
        longs().between(1, 100_000).map(Duration::ofMillis).toOptionals(25);
    return latencies.zip(latencies, doubles().between(0.01, 0.99), (ttft, tpot, p) ->
        ServiceLevelTargets.builder().timeToFirstToken(ttft).timePerOutputToken(tpot)
            .percentile(p).build());
  }
}
