/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inferenceecon.core.architecture.HuggingFaceConfig;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.architecture.UnsupportedModelTypeException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.memory.KvCache;
import io.github.inferenceecon.core.memory.WeightMemory;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.DatePolicy;
import io.github.inferenceecon.pricing.PriceCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzes the JSON readers with mutations of valid documents
 * ({@link HostileGenerators#mutations(String)}): Hugging Face {@code config.json} files, user
 * price catalogs and user cloud-offer catalogs. Each document is read, and when it loads, used
 * (a model's weights and KV cache, a catalog's price); the only exceptions allowed are the
 * declared ones, with a one-line message, and each case answers within
 * {@value HostileCliProperties#CASE_TIMEOUT_MILLIS} ms. Runs for {@code -Dhostile.fuzz.seconds}
 * seconds per reader (default 5).
 */
final class HostileJsonProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "hostile-json");
    t.setDaemon(true);
    return t;
  });

  private static final AtomicInteger RUNS = new AtomicInteger();

  @AfterAll
  static void stop() {
    RUNNER.shutdownNow();
    System.out.println("HostileJsonProperties: " + RUNS.get() + " documents in 3 x "
        + HostileCliProperties.SECONDS + " s");
  }

  @Test
  void configJson_mutated_readsOrRejectsWithInvalidJson() throws IOException {
    assumeFalse(HostileCases.PENDING.contains(HostileCases.DEFAULTS), "waits for defaults");
    List<String> seeds = List.of("llama-3.1-8b", "mixtral-8x7b", "gemma-2-9b", "qwen3-30b-a3b",
        "deepseek-v3", "gpt-oss-20b", "mistral-7b-v0.1");
    Gen<String> docs = Generate.pick(seeds).flatMap(m -> HostileGenerators.mutations(
        bundledConfig(m)));
    fuzz(docs, json -> {
      ModelArchitecture m = HuggingFaceConfig.read(stream(json), "fuzz", "fuzz/config.json");
      // a config in range is estimated without an exception
      WeightMemory.of(m, m.defaultPrecision());
      WeightMemory.of(m, Precision.bf16());
      KvCache.perToken(m, NumericFormat.BF16);
      KvCache.perSequence(m, NumericFormat.BF16, m.contextLength(), 16);
      return m;
    }, InvalidJsonException.class, UnsupportedModelTypeException.class);
  }

  @Test
  void priceCatalog_mutated_loadsOrRejectsWithInvalidJson() {
    String seed = HostileCases.priceCatalogText("{\"effectiveFrom\": \"2025-01-01\", "
        + "\"source\": {\"url\": \"https://acme.example/a\"}, \"input\": \"3.00\", "
        + "\"output\": \"15.00\", \"cachedInput\": \"0.30\", \"cacheWrites\": [{\"ttl\": "
        + "\"PT5M\", \"price\": \"3.75\"}], \"batchDiscount\": \"0.5\"}, {\"listedOn\": "
        + "\"2026-01-15\", \"source\": {\"url\": \"https://acme.example/c\"}, \"input\": "
        + "\"1.5\", \"output\": \"7.5\", \"longContext\": {\"fromInputTokens\": 200000, "
        + "\"appliesTo\": \"ALL_TOKENS\", \"input\": \"3\", \"output\": \"15\"}, "
        + "\"serviceTiers\": {\"priority\": {\"input\": \"3\", \"output\": \"15\"}}}");
    fuzz(HostileGenerators.mutations(seed), json -> {
      PriceCatalog c = PriceCatalog.load(stream(json), "fuzz.json");
      ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(1_000))
          .outputTokens(TokenCount.of(100)).build();
      for (var provider : c.providers()) {
        for (var model : c.models(provider.id())) {
          try {
            c.costAsOf(provider.id(), model.id(), usage, LocalDate.of(2026, 2, 1),
                DatePolicy.LENIENT).findTotal();
          } catch (IllegalArgumentException e) {
            assertOneLine(e);
          }
        }
      }
      return c;
    }, InvalidJsonException.class);
  }

  @Test
  void cloudOffers_mutated_loadOrRejectWithInvalidJson() throws IOException {
    assumeFalse(HostileCases.PENDING.contains(HostileCases.READERS), "waits for readers");
    fuzz(HostileGenerators.mutations(userOffers()), json -> HardwareCatalogs.overBundled()
        .cloudOffers(stream(json), "fuzz-offers.json").load(), InvalidJsonException.class);
  }

  /** The bundled cloud-offer catalog cut to its first two offers, renamed as a user's. */
  private static String userOffers() throws IOException {
    try (InputStream in = HostileJsonProperties.class.getResourceAsStream(
        "/io/github/inferenceecon/hardware/cloud-offers.json")) {
      ObjectNode root = (ObjectNode) MAPPER.readTree(in);
      ArrayNode offers = (ArrayNode) root.get("offers");
      ArrayNode kept = MAPPER.createArrayNode();
      for (int i = 0; i < 2; i++) {
        ObjectNode o = (ObjectNode) offers.get(i).deepCopy();
        o.put("id", "fuzz-" + o.get("id").asText());
        kept.add(o);
      }
      root.set("offers", kept);
      root.remove("notes");
      return MAPPER.writeValueAsString(root);
    }
  }

  /** A reader's work on one document. */
  private interface Read {
    Object apply(String json) throws Exception;
  }

  @SafeVarargs
  private static void fuzz(Gen<String> docs, Read read,
      Class<? extends Exception>... declared) {
    qt().withUnlimitedExamples()
        .withTestingTime(HostileCliProperties.SECONDS, TimeUnit.SECONDS)
        .withShrinkCycles(20)
        .forAll(docs)
        .checkAssert(json -> readsOrRejects(json, read, declared));
  }

  private static void readsOrRejects(String json, Read read,
      Class<? extends Exception>[] declared) {
    RUNS.incrementAndGet();
    Callable<Object> task = () -> read.apply(json);
    Future<Object> f = RUNNER.submit(task);
    try {
      f.get(HostileCliProperties.CASE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      assertThat(cause).as(json + " threw " + cause).isInstanceOfAny(declared);
      assertOneLine(cause);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("No answer within " + HostileCliProperties.CASE_TIMEOUT_MILLIS
          + " ms (a hang): " + json);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void assertOneLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    assertThat(e.getMessage()).as(e.getClass().getName() + ": "
        + m.substring(0, Math.min(m.length(), 300))).isNotNull().doesNotContain("\n", "\r")
        .hasSizeLessThan(2_000);
  }

  private static String bundledConfig(String model) {
    try {
      return HostileCases.bundledConfig(model);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
