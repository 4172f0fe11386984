/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inferenceecon.core.billing.ApiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog is read lazily (each provider's models on first use), and every answer is
 * the one the documents and the feed read at once and layered give: the same providers, models,
 * cards, date and look-ups, also when many threads build the providers at once.
 */
final class BundledLazyLoadTest {

  private static final List<String> DOCUMENTS = List.of("anthropic.json", "openai.json",
      "google.json", "google-vertex.json", "amazon-bedrock.json", "azure-openai.json",
      "deepseek.json", "mistral.json", "xai.json", "together.json", "fireworks.json",
      "groq.json", "deepinfra.json", "cerebras.json");

  /** The bundled catalog read at once, as before it was read lazily. */
  private static PriceCatalog eager() throws IOException {
    List<CatalogReader.Document> docs = new ArrayList<>();
    for (String file : DOCUMENTS) {
      try (InputStream in = PriceCatalog.class.getResourceAsStream(file)) {
        docs.add(CatalogReader.read(in, file));
      }
    }
    try (InputStream in = PriceCatalog.class.getResourceAsStream("genai-prices.json")) {
      return PriceCatalog.fromDocuments(docs).withSecondary(PriceCatalog.fromDocuments(
          GenaiPricesReader.read(in, "genai-prices.json", PriceCatalog.GENAI_PRICES_URL,
              PriceCatalog.GENAI_PRICES_COMMIT, PriceCatalog.GENAI_PRICES_DATE)));
    }
  }

  @Test
  void lazy_givesTheAnswersOfTheCatalogReadAtOnce() throws IOException {
    PriceCatalog eager = eager();
    PriceCatalog lazy = PriceCatalog.loadBundled();

    assertThat(lazy.publishedOn()).isEqualTo(eager.publishedOn());
    assertThat(lazy.providers()).isEqualTo(eager.providers());
    assertThat(lazy.models()).isEqualTo(eager.models());
    assertThat(lazy.toString()).isEqualTo(eager.toString());
    for (CatalogModel m : eager.models()) {
      for (String name : m.names()) {
        assertThat(lazy.findModel(m.provider(), name)).as(m.provider() + " " + name)
            .isEqualTo(eager.findModel(m.provider(), name));
      }
    }
    assertThat(lazy.disagreements(LocalDate.of(2026, 12, 1)))
        .isEqualTo(eager.disagreements(LocalDate.of(2026, 12, 1)));
  }

  @Test
  void lazy_providersBuiltByManyThreadsAtOnce_areTheSame() throws Exception {
    PriceCatalog eager = eager();
    PriceCatalog lazy = PriceCatalog.loadBundled();
    ApiUsage usage = ApiUsage.of(1_000, 100);
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      tasks.add(() -> {
        List<String> costs = new ArrayList<>();
        for (CatalogModel m : eager.models()) {
          costs.add(cost(lazy, m, usage));
        }
        return costs;
      });
    }
    List<String> expected = new ArrayList<>();
    for (CatalogModel m : eager.models()) {
      expected.add(cost(eager, m, usage));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<List<String>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String cost(PriceCatalog catalog, CatalogModel m, ApiUsage usage) {
    try {
      return catalog.costAsOf(m.provider(), m.id(), usage, LocalDate.of(2026, 7, 1)).toString();
    } catch (IllegalArgumentException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
