/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.hardware.CloudOffer;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.hardware.PueFigure;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.time.LocalDate;
import java.util.List;

/**
 * Every catalog the library bundles: the API price catalog, the hardware catalogs (accelerator
 * specs, cloud offers and energy figures) and the known model architectures, and a first answer
 * from each.
 *
 * <p>Each catalog is read on first use, in parts, and cached for the life of the JVM: the price
 * catalog reads its documents' headers at once and each provider's models when asked for them;
 * each of the three hardware catalogs is read when first asked for; the architectures read their
 * index, then each model's config when asked for that model. {@link #load()} alone therefore
 * reads little; {@link #firstAnswers()} asks each catalog one question, which reads what the
 * answer needs, and {@link #readInFull()} reads everything. Only the first call in a JVM measures
 * reading.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BundledCatalogs {

  /** The provider and model of the first price asked for: Claude Sonnet 4 at Anthropic. */
  static final String PROVIDER = "anthropic";
  static final String MODEL = "claude-sonnet-4-20250514";
  /** The request priced: 10,000 input and 1,000 output tokens, on 2026-07-01. */
  static final ApiUsage USAGE = ApiUsage.of(10_000, 1_000);
  static final LocalDate DATE = LocalDate.of(2026, 7, 1);
  /** The model of the first architecture asked for, the one the self-hosted estimate uses. */
  static final String ARCHITECTURE = SelfHostedEstimateBenchmark.MODEL;

  private final PriceCatalog prices;
  private final HardwareCatalogs hardware;

  private BundledCatalogs(PriceCatalog prices, HardwareCatalogs hardware) {
    this.prices = prices;
    this.hardware = hardware;
  }

  /**
   * Returns every bundled catalog, reading what each reads at once (the price documents'
   * headers and the open catalog's providers), or the cached ones after the first call.
   *
   * @return the catalogs, not null
   */
  static BundledCatalogs load() {
    return new BundledCatalogs(PriceCatalog.bundled(), HardwareCatalogs.bundled());
  }

  /**
   * Asks each catalog one question: the price of one request ({@link #MODEL} at
   * {@link #PROVIDER}), the spec of the accelerator and the offer the self-hosted estimate uses
   * (H100 SXM, DigitalOcean's 8 x H100 on demand), the default PUE and one architecture
   * ({@link #ARCHITECTURE}).
   *
   * @return the answers, not null
   */
  FirstAnswers firstAnswers() {
    return new FirstAnswers(prices.costAsOf(PROVIDER, MODEL, USAGE, DATE),
        hardware.accelerators().spec(SelfHostedEstimateBenchmark.ACCELERATOR),
        hardware.cloudOffers().get(SelfHostedEstimateBenchmark.OFFER),
        hardware.energy().defaultPue().orElseThrow(),
        KnownArchitectures.get(ARCHITECTURE));
  }

  /**
   * Reads every catalog in full, as every catalog was read at once before the catalogs were
   * read in parts: the three hardware catalogs and every architecture (the price catalog's
   * headers are read by {@link #load()}; its models are still read per provider).
   *
   * @return this, not null
   */
  BundledCatalogs readInFull() {
    hardware.accelerators();
    hardware.cloudOffers();
    hardware.energy();
    KnownArchitectures.all();
    return this;
  }

  /**
   * Returns the API price catalog.
   *
   * @return the catalog, not null
   */
  PriceCatalog prices() {
    return prices;
  }

  /**
   * Returns the hardware catalogs.
   *
   * @return the catalogs, not null
   */
  HardwareCatalogs hardware() {
    return hardware;
  }

  /**
   * Returns the known architectures, every config read.
   *
   * @return the architectures, not null
   */
  List<ModelArchitecture> architectures() {
    return KnownArchitectures.all();
  }

  /** The first answer from each catalog. This class is immutable and thread-safe. */
  static final class FirstAnswers {
    final ApiCost cost;
    final AcceleratorSpec accelerator;
    final CloudOffer offer;
    final PueFigure pue;
    final ModelArchitecture architecture;

    FirstAnswers(ApiCost cost, AcceleratorSpec accelerator, CloudOffer offer, PueFigure pue,
        ModelArchitecture architecture) {
      this.cost = cost;
      this.accelerator = accelerator;
      this.offer = offer;
      this.pue = pue;
      this.architecture = architecture;
    }
  }
}
