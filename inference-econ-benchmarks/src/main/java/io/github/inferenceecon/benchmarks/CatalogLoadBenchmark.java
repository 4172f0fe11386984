/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures loading the bundled catalogs cold: each fork is a fresh JVM that calls the benchmark
 * method exactly once (single shot, no warm-up), so the time includes reading and validating the
 * JSON, loading and initialising the classes involved (Jackson's among them) and running it all
 * in the interpreter and the first JIT tiers. The catalogs are cached after the first call, so a
 * second call in the same JVM would measure nothing; that is why there is one call per fork.
 *
 * <p>{@link #allCatalogs()} is the figure with a target (at most 300 ms); the others load one
 * catalog each in their own fresh JVM, so they add up to more than the whole, each paying the
 * start-up costs the catalogs share. The bundled price catalog reads each provider's models on
 * first use, so {@link #priceCatalogFirstAnswer()} also measures the first answer: the catalog
 * and one request priced (Claude Sonnet 4, whose provider is then read and layered).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(10)
public class CatalogLoadBenchmark {

  /** Creates the benchmark. */
  public CatalogLoadBenchmark() {}

  /**
   * Loads every bundled catalog: prices, hardware and architectures.
   *
   * @return the catalogs, not null
   */
  @Benchmark
  public BundledCatalogs allCatalogs() {
    return BundledCatalogs.load();
  }

  /**
   * Loads the API price catalog alone.
   *
   * @return the catalog, not null
   */
  @Benchmark
  public PriceCatalog priceCatalog() {
    return PriceCatalog.bundled();
  }

  /**
   * Loads the API price catalog and prices one request, the first answer a user waits for.
   *
   * @return the cost, not null
   */
  @Benchmark
  public ApiCost priceCatalogFirstAnswer() {
    return PriceCatalog.bundled().costAsOf("anthropic", "claude-sonnet-4-20250514",
        ApiUsage.of(10_000, 1_000), LocalDate.of(2026, 7, 1));
  }

  /**
   * Loads the hardware catalogs alone.
   *
   * @return the catalogs, not null
   */
  @Benchmark
  public HardwareCatalogs hardwareCatalogs() {
    return HardwareCatalogs.bundled();
  }

  /**
   * Loads the known architectures alone.
   *
   * @return the architectures, not null
   */
  @Benchmark
  public List<ModelArchitecture> knownArchitectures() {
    return KnownArchitectures.all();
  }
}
