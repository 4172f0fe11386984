/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures pricing one API request from a price card: {@link ApiCost#of} for the
 * bundled Anthropic Claude Sonnet 4 card (USD 3 input, 0.30 cache reads, 15 output per million
 * tokens) and a request of 10,000 input tokens, 8,000 of them cache reads, and 1,000 output
 * tokens, which costs exactly USD 0.0234. Target: at most 1 microsecond.
 *
 * <p>The card is looked up once in the set-up; the benchmark is the calculation alone: splitting
 * the usage into components, exact decimal arithmetic and building the explained result.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ApiCostBenchmark {

  /** The provider of the bundled card. */
  static final String PROVIDER = "anthropic";
  /** The model of the bundled card. */
  static final String MODEL = "claude-sonnet-4";

  // Not final, so the JIT cannot fold the inputs into constants.
  ApiPriceCard card;
  ApiUsage usage;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public ApiCostBenchmark() {}

  /**
   * Looks up the bundled card and builds the request.
   */
  @Setup
  public void setUp() {
    card = PriceCatalog.bundled().card(PROVIDER, MODEL);
    usage = ApiUsage.builder()
        .inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000))
        .outputTokens(TokenCount.of(1_000))
        .build();
  }

  /**
   * Prices the request at the card.
   *
   * @return the explained cost, not null
   */
  @Benchmark
  public ApiCost cost() {
    return ApiCost.of(card, usage);
  }
}
