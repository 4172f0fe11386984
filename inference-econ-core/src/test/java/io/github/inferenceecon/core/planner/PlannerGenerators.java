/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.workload.LengthDistribution;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the planner's types (test scope). Prices, rates and targets are
 * synthetic; the models are bundled architectures and the accelerators those of
 * {@link PlannerFixtures}.
 */
final class PlannerGenerators {

  private static final List<ModelArchitecture> MODELS = List.of(
      KnownArchitectures.get("Llama-3.2-1B"), PlannerFixtures.LLAMA_8B,
      PlannerFixtures.LLAMA_70B);
  private static final List<Precision> PRECISIONS = List.of(Precision.bf16(),
      PlannerFixtures.FP8);
  private static final List<Integer> DEVICE_COUNTS = List.of(1, 2, 4, 8);

  private PlannerGenerators() {}

  /** Self-hosted and API candidates with small names, so that equal ones occur. */
  static Gen<Candidate> candidates() {
    Gen<Integer> small = integers().between(0, 2);
    Gen<Boolean> api = booleans().all();
    return rnd -> {
      String model = "m" + small.generate(rnd);
      String option = "o" + small.generate(rnd);
      if (api.generate(rnd)) {
        return Candidate.api(option, model);
      }
      int tp = 1 << small.generate(rnd);
      int pp = 1 << small.generate(rnd);
      return Candidate.selfHosted(model, option, tp, pp, PRECISIONS.get(small.generate(rnd)
          % 2));
    };
  }

  /** Hourly prices from USD 0.50 to 40.00 per device-hour or per 8-device instance-hour. */
  static Gen<HardwareOption> hardwareOptions(String id) {
    Gen<Long> cents = longs().between(50, 4_000);
    Gen<Integer> which = integers().between(0, 2);
    Gen<Boolean> instance = booleans().all();
    return rnd -> {
      Money price = Money.of(Money.USD, BigDecimal.valueOf(cents.generate(rnd), 2));
      var accelerator = List.of(PlannerFixtures.H100, PlannerFixtures.H200,
          PlannerFixtures.BIG_SLOW).get(which.generate(rnd));
      return instance.generate(rnd)
          ? HardwareOption.ofInstance(id, accelerator,
              HourlyPrice.perInstanceHour(price.multipliedBy(8)), 8)
          : HardwareOption.of(id, accelerator, HourlyPrice.perDeviceHour(price));
    };
  }

  /** Traffic from 0.05 to 40 requests/s, prompts of 50 to 4,000 tokens, answers of 10 to 400. */
  static Gen<TrafficProfile> traffic() {
    Gen<Double> rate = doubles().between(0.05, 40);
    Gen<Double> input = doubles().between(50, 4_000);
    Gen<Double> output = doubles().between(10, 400);
    Gen<Double> hit = doubles().between(0, 0.9);
    Gen<Boolean> flag = booleans().all();
    return rnd -> TrafficProfile.builder().requestsPerSecond(rate.generate(rnd))
        .inputLength(flag.generate(rnd) ? LengthDistribution.fixed(Math.round(input.generate(rnd)))
            : LengthDistribution.logNormal(input.generate(rnd), 0.5))
        .outputLength(LengthDistribution.logNormal(output.generate(rnd), 0.5))
        .cacheHitRate(flag.generate(rnd) ? 0 : hit.generate(rnd))
        .build();
  }

  /** Targets on TTFT (0.05 to 5 s), TPOT (4 to 200 ms), both or neither, at p50, p90 or p99. */
  static Gen<ServiceLevelTargets> targets() {
    Gen<Long> ttft = longs().between(50, 5_000);
    Gen<Long> tpot = longs().between(4, 200);
    Gen<Integer> which = integers().between(0, 3);
    Gen<Integer> percentile = integers().between(0, 2);
    return rnd -> {
      int w = which.generate(rnd);
      ServiceLevelTargets.Builder b = ServiceLevelTargets.builder()
          .percentile(new double[] {0.5, 0.9, 0.99}[percentile.generate(rnd)]);
      long first = ttft.generate(rnd);
      long per = tpot.generate(rnd);
      if (w == 1 || w == 3) {
        b.timeToFirstToken(Duration.ofMillis(first));
      }
      if (w == 2 || w == 3) {
        b.timePerOutputToken(Duration.ofMillis(per));
      }
      return b.build();
    };
  }

  /**
   * Plan requests: one to three models, one to four hardware options (accelerators may repeat
   * at other prices), some device counts, tensor-parallel degrees and precisions, up to two
   * APIs, utilisation 1, 0.8 or 0.5, and sometimes a concurrency cap.
   */
  static Gen<PlanRequest> requests() {
    Gen<Long> seeds = longs().all();
    Gen<TrafficProfile> traffic = traffic();
    Gen<ServiceLevelTargets> targets = targets();
    return rnd -> {
      Random r = new Random(seeds.generate(rnd));
      PlanRequest.Builder b = PlanRequest.builder()
          .traffic(traffic.generate(rnd))
          .targets(targets.generate(rnd))
          .models(subset(MODELS, r))
          .deviceCounts(subset(DEVICE_COUNTS, r))
          .precisions(subset(PRECISIONS, r))
          .utilisation(new double[] {1, 0.8, 0.5}[r.nextInt(3)]);
      if (r.nextBoolean()) {
        b.tensorParallelDegrees(subset(DEVICE_COUNTS, r));
      }
      int options = 1 + r.nextInt(4);
      for (int i = 0; i < options; i++) {
        b.addHardware(hardwareOptions("opt" + i).generate(rnd));
      }
      if (r.nextBoolean()) {
        b.addApis(ApiOption.of(PlannerFixtures.CARD_3_15));
      }
      if (r.nextBoolean()) {
        b.addApis(ApiOption.of(PlannerFixtures.CARD_NO_CACHE));
      }
      if (r.nextInt(4) == 0) {
        b.maxConcurrency(1 + r.nextInt(64));
      }
      return b.build();
    };
  }

  /** Random seeds, to shuffle with. */
  static Gen<Long> seeds() {
    return longs().all();
  }

  /**
   * Returns a copy of a request with every list in another order.
   *
   * @param request the request
   * @param seed the seed of the shuffle
   * @return the reordered request, equal in meaning
   */
  static PlanRequest shuffled(PlanRequest request, long seed) {
    Random r = new Random(seed);
    return PlanRequest.builder().from(request)
        .models(shuffle(request.models(), r))
        .hardware(shuffle(request.hardware(), r))
        .deviceCounts(shuffle(request.deviceCounts(), r))
        .tensorParallelDegrees(shuffle(request.tensorParallelDegrees(), r))
        .precisions(shuffle(request.precisions(), r))
        .apis(shuffle(request.apis(), r))
        .build();
  }

  private static <T> List<T> shuffle(List<T> items, Random r) {
    List<T> out = new ArrayList<>(items);
    Collections.shuffle(out, r);
    return out;
  }

  /** A non-empty subset, in the list's order. */
  private static <T> List<T> subset(List<T> items, Random r) {
    List<T> out = new ArrayList<>();
    for (T t : items) {
      if (r.nextBoolean()) {
        out.add(t);
      }
    }
    if (out.isEmpty()) {
      out.add(items.get(r.nextInt(items.size())));
    }
    return out;
  }
}
