/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static io.github.inferenceecon.core.performance.PerformanceGenerators.contexts;
import static io.github.inferenceecon.core.performance.PerformanceGenerators.deployments;
import static io.github.inferenceecon.core.performance.PerformanceGenerators.efficiencies;
import static io.github.inferenceecon.core.performance.PerformanceGenerators.faster;
import static io.github.inferenceecon.core.performance.PerformanceGenerators.requests;
import static io.github.inferenceecon.core.performance.PerformanceGenerators.sparsities;
import static io.github.inferenceecon.core.performance.PerformanceGenerators.speculativeDecodings;
import static io.github.inferenceecon.core.performance.PerformanceGenerators.speedUps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.workload.TrafficProfile;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The laws of the performance model, over deployments of every kind the package handles. */
final class PerformanceModelProperties {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();
  private static final PerformanceModel DEFAULTS = PerformanceModel.defaults();
  /** Relative slack for rounding to whole nanoseconds and floating-point sums. */
  private static final double SLACK = 1e-9;

  private static Deployment scaled(Deployment d, double bandwidth, double compute) {
    return d.withAccelerator(faster(d.accelerator(), bandwidth, compute));
  }

  //-----------------------------------------------------------------------
  // more bandwidth or compute never slows anything
  @Test
  void decodeStep_moreBandwidthOrCompute_neverSlower() {
    qt().forAll(deployments(), speedUps().zip(speedUps(), (b, c) -> new double[] {b, c}),
        integers().between(1, 1024), contexts())
        .checkAssert((d, up, batch, context) -> {
          DecodeEstimate base = DEFAULTS.decodeStep(d, batch, context);
          DecodeEstimate fast = DEFAULTS.decodeStep(scaled(d, up[0], up[1]), batch, context);
          assertThat(fast.timePerOutputToken()).isLessThanOrEqualTo(base.timePerOutputToken());
        });
  }

  @Test
  void prefill_moreBandwidthOrCompute_neverSlower() {
    qt().forAll(deployments(), speedUps().zip(speedUps(), (b, c) -> new double[] {b, c}),
        longs().between(1, 100_000), integers().between(1, 64))
        .checkAssert((d, up, prompt, batch) -> assertThat(DEFAULTS.prefill(
            scaled(d, up[0], up[1]), prompt, 0, batch).timeToFirstToken())
            .isLessThanOrEqualTo(DEFAULTS.prefill(d, prompt, 0, batch).timeToFirstToken()));
  }

  @Test
  void offline_moreBandwidthOrCompute_neverLessThroughputOrSlower() {
    qt().withExamples(200)
        .forAll(deployments(), speedUps().zip(speedUps(), (b, c) -> new double[] {b, c}),
            requests())
        .checkAssert((d, up, r) -> {
          ServingEstimate base = DEFAULTS.offline(d, r);
          ServingEstimate fast = DEFAULTS.offline(scaled(d, up[0], up[1]), r);
          assertThat(fast.outputThroughput().tokensPerSecond()).isGreaterThanOrEqualTo(
              base.outputThroughput().tokensPerSecond() * (1 - SLACK));
          assertThat(fast.timePerOutputToken()).isLessThanOrEqualTo(base.timePerOutputToken());
          assertThat(fast.timeToFirstToken()).isLessThanOrEqualTo(base.timeToFirstToken());
        });
  }

  @Test
  void serve_moreBandwidthOrCompute_neverSlower() {
    qt().withExamples(200)
        .forAll(deployments(), speedUps().zip(speedUps(), (b, c) -> new double[] {b, c}),
            requests(), doubles().between(0.01, 0.9))
        .checkAssert((d, up, r, load) -> {
          double capacity = DEFAULTS.offline(d, r).requestsPerSecond();
          TrafficProfile t = TrafficProfile.fixed(capacity * load,
              r.inputTokens().count(), r.outputTokens().count());
          ServingEstimate base = DEFAULTS.serve(d, t);
          ServingEstimate fast = DEFAULTS.serve(scaled(d, up[0], up[1]), t);
          assertThat(fast.timePerOutputToken()).isLessThanOrEqualTo(base.timePerOutputToken());
          assertThat(fast.timeToFirstToken()).isLessThanOrEqualTo(base.timeToFirstToken());
        });
  }

  @Test
  void decodeStep_higherEfficiency_neverSlower() {
    qt().forAll(deployments(), efficiencies(), integers().between(1, 512), contexts())
        .checkAssert((d, e, batch, context) -> {
          Efficiency better = Efficiency.builder().from(e)
              .computeEfficiency(Math.min(1, e.computeEfficiency() * 1.5))
              .memoryEfficiency(Math.min(1, e.memoryEfficiency() * 1.5)).build();
          PerformanceModel m = PerformanceModel.of(e, MemoryEstimator.defaults());
          assertThat(m.withEfficiency(better).decodeStep(d, batch, context).timePerOutputToken())
              .isLessThanOrEqualTo(m.decodeStep(d, batch, context).timePerOutputToken());
        });
  }

  //-----------------------------------------------------------------------
  // a larger batch never lowers throughput below the memory limit
  @Test
  void decodeStep_largerBatch_neverLessThroughput() {
    qt().forAll(deployments(), integers().between(1, 2048), integers().between(0, 2048),
        contexts())
        .checkAssert((d, batch, more, context) -> assertThat(DEFAULTS.decodeStep(d,
            batch + more, context).throughputPerReplica().tokensPerSecond())
            .isGreaterThanOrEqualTo(DEFAULTS.decodeStep(d, batch, context)
                .throughputPerReplica().tokensPerSecond() * (1 - SLACK)));
  }

  @Test
  void atConcurrency_moreSequences_neverLessThroughput() {
    qt().withExamples(300)
        .forAll(deployments(), requests(), integers().between(1, 1024),
            integers().between(0, 1024))
        .checkAssert((d, r, c, more) -> assertThat(DEFAULTS.atConcurrency(d, r, c + more)
            .outputThroughput().tokensPerSecond()).isGreaterThanOrEqualTo(
                DEFAULTS.atConcurrency(d, r, c).outputThroughput().tokensPerSecond()
                    * (1 - SLACK)));
  }

  //-----------------------------------------------------------------------
  // speculative decoding with acceptance 0 gives no gain
  @Test
  void speculativeDecoding_acceptanceZero_neverGains() {
    qt().forAll(deployments(), speculativeDecodings(), integers().between(1, 512), contexts())
        .checkAssert((d, s, batch, context) -> {
          SpeculativeDecoding none = SpeculativeDecoding.of(s.draftTokens(), 0,
              s.draftCostRatio());
          assertThat(DEFAULTS.withSpeculativeDecoding(none).decodeStep(d, batch, context)
              .timePerOutputToken()).isGreaterThanOrEqualTo(
                  DEFAULTS.decodeStep(d, batch, context).timePerOutputToken());
        });
  }

  @Test
  void speculativeDecoding_acceptanceZero_neverGainsThroughputServing() {
    qt().withExamples(200).forAll(deployments(), speculativeDecodings(), requests())
        .checkAssert((d, s, r) -> {
          SpeculativeDecoding none = SpeculativeDecoding.of(s.draftTokens(), 0,
              s.draftCostRatio());
          assertThat(DEFAULTS.withSpeculativeDecoding(none).offline(d, r).outputThroughput()
              .tokensPerSecond()).isLessThanOrEqualTo(DEFAULTS.offline(d, r).outputThroughput()
              .tokensPerSecond() * (1 + SLACK));
        });
  }

  //-----------------------------------------------------------------------
  // longer context never shortens a step
  @Test
  void decodeStep_longerContext_neverShorter() {
    qt().forAll(deployments(), sparsities(), integers().between(1, 512),
        contexts().zip(contexts(), (a, b) -> new long[] {Math.min(a, b), Math.max(a, b)}))
        .checkAssert((d, sparsity, batch, ctx) -> {
          PerformanceModel m = DEFAULTS.withAttentionSparsity(sparsity);
          assertThat(m.decodeStep(d, batch, ctx[1]).iterationTime())
              .isGreaterThanOrEqualTo(m.decodeStep(d, batch, ctx[0]).iterationTime());
        });
  }

  @Test
  void prefill_longerPromptOrLessCached_neverShorter() {
    qt().forAll(deployments(), longs().between(1, 50_000), longs().between(0, 50_000),
        doubles().between(0, 1))
        .checkAssert((d, prompt, more, cachedFraction) -> {
          long cached = (long) (prompt * cachedFraction);
          assertThat(DEFAULTS.prefill(d, prompt + more, cached, 1).timeToFirstToken())
              .isGreaterThanOrEqualTo(DEFAULTS.prefill(d, prompt, cached, 1)
                  .timeToFirstToken());
          assertThat(DEFAULTS.prefill(d, prompt, 0, 1).timeToFirstToken())
              .isGreaterThanOrEqualTo(DEFAULTS.prefill(d, prompt, cached, 1)
                  .timeToFirstToken());
        });
  }

  @Test
  void sparseAttention_neverSlowerThanDense() {
    qt().forAll(deployments(), sparsities(), integers().between(1, 256), contexts())
        .checkAssert((d, sparsity, batch, context) -> assertThat(DEFAULTS
            .withAttentionSparsity(sparsity).decodeStep(d, batch, context).iterationTime())
            .isLessThanOrEqualTo(DEFAULTS.decodeStep(d, batch, context).iterationTime()));
  }

  //-----------------------------------------------------------------------
  // results
  @Test
  void estimates_jsonReadAfterWrite_equalsOriginal() {
    qt().withExamples(50).forAll(deployments(), requests(), integers().between(1, 64))
        .checkAssert((d, r, batch) -> {
          try {
            DecodeEstimate decode = DEFAULTS.decodeStep(d, batch, r.inputTokens().count());
            PrefillEstimate prefill = DEFAULTS.prefill(d, r.inputTokens().count(), 0, batch);
            ServingEstimate serving = DEFAULTS.offline(d, r);
            assertThat(JSON.readValue(JSON.writeValueAsString(decode), DecodeEstimate.class))
                .isEqualTo(decode);
            assertThat(JSON.readValue(JSON.writeValueAsString(prefill), PrefillEstimate.class))
                .isEqualTo(prefill);
            assertThat(JSON.readValue(JSON.writeValueAsString(serving), ServingEstimate.class))
                .isEqualTo(serving);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void serving_sharesAndBoundsAreConsistent() {
    qt().withExamples(200).forAll(deployments(), requests()).checkAssert((d, r) -> {
      ServingEstimate s = DEFAULTS.offline(d, r);
      assertThat(s.prefillShare() + s.decodeShare()).isEqualTo(1.0);
      assertThat(s.concurrency()).isLessThanOrEqualTo(s.memoryLimit());
      assertThat(s.outputThroughputPerDevice().tokensPerSecond() * d.devicesPerReplica())
          .isCloseTo(s.outputThroughputPerReplica().tokensPerSecond(),
              Assertions.within(1e-6));
      assertThat(s.request()).isEqualTo(r);
    });
  }

  @Test
  void staticBatch_firstTokenNeverBeforeASinglePrefill() {
    qt().withExamples(200).forAll(deployments(), requests(), integers().between(1, 64))
        .assuming((d, r, b) -> b <= DEFAULTS.staticBatch(d, r, 1).memoryLimit())
        .checkAssert((d, r, b) -> assertThat(DEFAULTS.staticBatch(d, r, b).timeToFirstToken())
            .isGreaterThanOrEqualTo(DEFAULTS.prefill(d, r.inputTokens().count(), 0, 1)
                .timeToFirstToken()));
  }
}
