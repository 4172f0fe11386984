/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.billing.ApiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
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

  //-----------------------------------------------------------------------
  /** The bundled files, one of them changed by an edit. */
  private static PriceCatalog.BundledFiles with(String broken, UnaryOperator<String> edit) {
    return file -> {
      byte[] bytes;
      try (InputStream in = PriceCatalog.class.getResourceAsStream(file)) {
        bytes = in.readAllBytes();
      }
      if (!file.equals(broken)) {
        return bytes;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      String edited = edit.apply(text);
      assertThat(edited).as("the edit changes " + file).isNotEqualTo(text);
      return edited.getBytes(StandardCharsets.UTF_8);
    };
  }

  private static final ApiUsage USAGE = ApiUsage.of(1_000, 100);
  private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

  @Test
  void lazy_invalidValueAfterTheHeader_failsOnFirstUseNamingFileAndPath_everyTime() {
    // the document's currency comes after the header: read with the models, on first use
    PriceCatalog lazy = PriceCatalog.loadBundled(with("anthropic.json",
        text -> text.replaceFirst("\"currency\": \"USD\"", "\"currency\": \"XXX\"")));

    assertThatThrownBy(() -> lazy.costAsOf("anthropic", "claude-sonnet-4", USAGE, JULY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bundled price catalog is invalid")
        .hasMessageContaining("'anthropic.json' at currency")
        .hasMessageContaining("XXX");
    // nothing half-loaded: the provider fails again, the same way, and others still answer
    assertThatThrownBy(() -> lazy.models("anthropic"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'anthropic.json' at currency");
    assertThat(lazy.costAsOf("openai", "gpt-4o-mini", USAGE, JULY).total()).isNotNull();
  }

  @Test
  void lazy_malformedAfterTheHeader_failsOnFirstUseNamingFileLineAndColumn() {
    // cut off in the middle of the models: the header reads, the rest is malformed
    PriceCatalog lazy = PriceCatalog.loadBundled(with("mistral.json",
        text -> text.substring(0, text.length() * 2 / 3)));

    assertThatThrownBy(() -> lazy.models("mistral"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Invalid JSON in 'mistral.json'")
        .hasMessageMatching("(?s).*Malformed JSON at line \\d+, column \\d+.*");
  }

  @Test
  void lazy_malformedHeader_failsAtOnceNamingFileAndPath() {
    assertThatThrownBy(() -> PriceCatalog.loadBundled(with("groq.json",
        text -> text.replaceFirst("\"schemaVersion\": 2", "\"schemaVersion\": 1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'groq.json' at schemaVersion");
  }

  @Test
  void lazy_truncatedFeed_failsAtOnceNamingLineAndColumn() {
    // the feed is skimmed whole for its providers, following its strings and brackets
    assertThatThrownBy(() -> PriceCatalog.loadBundled(with("genai-prices.json",
        text -> text.substring(0, text.length() / 2))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Invalid JSON in 'genai-prices.json'")
        .hasMessageMatching("(?s).*Malformed JSON at line 1, column \\d+.*");
  }

  @Test
  void lazy_malformedFeedProvider_failsOnFirstUseNamingLineAndColumn_everyTime() {
    // a token the skim does not parse: found when the provider (anthropic, [0]) is first read
    PriceCatalog lazy = PriceCatalog.loadBundled(with("genai-prices.json",
        text -> text.replaceFirst("\"input_mtok\":8,", "\"input_mtok\":8,,")));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> lazy.models("anthropic"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Invalid JSON in 'genai-prices.json'")
          .hasMessageMatching("(?s).*Malformed JSON at line 1, column \\d+.*");
    }
    assertThat(lazy.costAsOf("openai", "gpt-4o-mini", USAGE, JULY).total()).isNotNull();
  }

  @Test
  void lazy_invalidFeedPrice_failsOnFirstUseWithThePathOfTheWholeFeed() {
    // the first provider of the feed (anthropic, [0]); its first price with input_mtok 8
    PriceCatalog lazy = PriceCatalog.loadBundled(with("genai-prices.json",
        text -> text.replaceFirst("\"input_mtok\":8,", "\"input_mtok\":-8,")));

    assertThatThrownBy(() -> lazy.models("anthropic"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageMatching("(?s).*'genai-prices\\.json' at \\[0\\]\\.models\\[\\d+\\]"
            + "\\.prices\\.input_mtok.*");
  }
}
