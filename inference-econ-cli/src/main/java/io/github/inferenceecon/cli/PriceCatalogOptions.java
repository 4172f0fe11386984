/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.pricing.PriceCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** The price catalog a command uses: the bundled one, restricted or with the user's own. */
final class PriceCatalogOptions {

  @Option(names = "--prices", paramLabel = "FILE", split = ",",
      description = "Price catalogs of your own (inference-econ format, a file or a directory "
          + "of .json files), laid over the bundled one.")
  List<Path> prices = List.of();

  @Option(names = "--litellm", paramLabel = "FILE",
      description = "A LiteLLM model_prices_and_context_window.json, laid over the bundled "
          + "catalog (its cards are marked SECONDARY).")
  Path litellm;

  @Option(names = "--litellm-date", paramLabel = "DATE",
      description = "The date the --litellm prices were current (ISO). Default: today.")
  LocalDate litellmDate;

  @Option(names = "--genai-prices", paramLabel = "FILE",
      description = "A genai-prices v2 data.json to use as the secondary layer instead of the "
          + "bundled one; give its version (commit) with --genai-prices-version and its date "
          + "with --genai-prices-date.")
  Path genaiPrices;

  @Option(names = "--genai-prices-version", paramLabel = "COMMIT",
      description = "The version of --genai-prices, such as its commit. Default: the file name.")
  String genaiPricesVersion;

  @Option(names = "--genai-prices-date", paramLabel = "DATE",
      description = "The date of --genai-prices (ISO). Default: today.")
  LocalDate genaiPricesDate;

  /**
   * Returns the catalog these options describe: the files given laid over the bundled catalog
   * in the library's order ({@link PriceCatalog.Loader}), restricted to primary figures with
   * --primary-only.
   *
   * @param primaryOnly whether to keep the providers' own figures alone (--primary-only)
   * @return the catalog
   * @throws UncheckedIOException if a file cannot be read
   */
  PriceCatalog catalog(boolean primaryOnly) {
    try {
      PriceCatalog.Loader loader = PriceCatalog.over(Catalogs.prices());
      if (genaiPrices != null) {
        if (genaiPricesVersion != null && genaiPricesDate != null) {
          loader.genaiPrices(genaiPrices, genaiPricesVersion, genaiPricesDate);
        } else if (genaiPricesVersion != null) {
          loader.genaiPrices(genaiPrices, genaiPricesVersion);
        } else if (genaiPricesDate != null) {
          loader.genaiPrices(genaiPrices, genaiPricesDate);
        } else {
          loader.genaiPrices(genaiPrices);
        }
      }
      if (litellm != null) {
        if (litellmDate != null) {
          loader.liteLlm(litellm, litellmDate);
        } else {
          loader.liteLlm(litellm);
        }
      }
      if (!prices.isEmpty()) {
        loader.catalogs(prices);
      }
      PriceCatalog catalog = loader.load();
      return primaryOnly ? catalog.primaryOnly() : catalog;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
