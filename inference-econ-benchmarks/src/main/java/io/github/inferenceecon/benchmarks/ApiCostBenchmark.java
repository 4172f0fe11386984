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
import java.time.LocalDate;
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
 * <p>{@link #cost()} looks the card up once in the set-up and measures the calculation alone:
 * splitting the usage into components, exact decimal arithmetic and building the explained
 * result. {@link #lookupAndCost()} measures look-up plus price in the bundled catalog with both
 * layers (37 providers, 1,370 models): the provider and model found by id, the card in force
 * on a date chosen from the model's primary and secondary histories, the context window
 * checked and the request priced. {@link #lookupAndCostBedrockProfile()} does the same for a
 * Bedrock cross-Region profile id ({@code us.anthropic.claude-sonnet-4-20250514-v1:0}), found
 * after its prefix is stripped the first time. Both names are then remembered as typed (a catalog
 * remembers up to 4,096 names per provider, and as many provider names), as a gateway looks up
 * the same ids again and again. Target: at most 1 microsecond each.
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
  PriceCatalog catalog;
  LocalDate date;
  String provider;
  String model;
  String bedrock;
  String bedrockProfile;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public ApiCostBenchmark() {}

  /**
   * Looks up the bundled card and builds the request.
   */
  @Setup
  public void setUp() {
    catalog = PriceCatalog.bundled();
    card = catalog.card(PROVIDER, MODEL);
    date = LocalDate.of(2026, 12, 1);
    provider = PROVIDER;
    model = "claude-sonnet-4-20250514";
    bedrock = "amazon-bedrock";
    bedrockProfile = "us.anthropic.claude-sonnet-4-20250514-v1:0";
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

  /**
   * Looks up a model by its dated id and prices the request at the card in force on a date.
   *
   * @return the cost
   */
  @Benchmark
  public ApiCost lookupAndCost() {
    return catalog.costAsOf(provider, model, usage, date);
  }

  /**
   * Looks up a Bedrock cross-Region profile id and prices the request.
   *
   * @return the cost
   */
  @Benchmark
  public ApiCost lookupAndCostBedrockProfile() {
    return catalog.costAsOf(bedrock, bedrockProfile, usage, date);
  }
}
