/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;
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
 * <p>{@link #allCatalogs()} is the figure with a target (at most 300 ms): every bundled catalog
 * loaded <em>and one first answer got from each</em> (a priced request, an accelerator spec, a
 * cloud offer, the default PUE and a model architecture). The catalogs are read in parts on first
 * use (the price catalog's models per provider, each of the three hardware catalogs, each
 * architecture's config), so loading alone would read almost nothing; the first answers make the
 * gate pay for what a user waits for. {@link #allCatalogsInFull()} reads everything, as every
 * catalog was read at once before: the old meaning of the gate, kept for comparison.
 *
 * <p>The others load one catalog each in their own fresh JVM, so they add up to more than the
 * whole, each paying the start-up costs the catalogs share.
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
   * Loads every bundled catalog and gets a first answer from each: the gate, at most 300 ms.
   *
   * @return the answers, not null
   */
  @Benchmark
  public BundledCatalogs.FirstAnswers allCatalogs() {
    return BundledCatalogs.load().firstAnswers();
  }

  /**
   * Loads every bundled catalog and reads each in full (the price catalog's models still per
   * provider): what {@link #allCatalogs()} measured before the catalogs were read in parts.
   *
   * @return the catalogs, not null
   */
  @Benchmark
  public BundledCatalogs allCatalogsInFull() {
    return BundledCatalogs.load().readInFull();
  }

  /**
   * Loads the API price catalog alone: each document's header and the open catalog's providers.
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
    return PriceCatalog.bundled().costAsOf(BundledCatalogs.PROVIDER, BundledCatalogs.MODEL,
        BundledCatalogs.USAGE, BundledCatalogs.DATE);
  }

  /**
   * Loads the hardware catalogs alone and reads all three.
   *
   * @return the catalogs, not null
   */
  @Benchmark
  public HardwareCatalogs hardwareCatalogs() {
    HardwareCatalogs hardware = HardwareCatalogs.bundled();
    hardware.accelerators();
    hardware.cloudOffers();
    hardware.energy();
    return hardware;
  }

  /**
   * Loads the known architectures alone, every config read.
   *
   * @return the architectures, not null
   */
  @Benchmark
  public List<ModelArchitecture> knownArchitectures() {
    return KnownArchitectures.all();
  }

  /**
   * Loads the known architectures' index and one model's config (Llama-3.1-70B).
   *
   * @return the architecture, not null
   */
  @Benchmark
  public ModelArchitecture oneArchitecture() {
    return KnownArchitectures.get(BundledCatalogs.ARCHITECTURE);
  }
}
