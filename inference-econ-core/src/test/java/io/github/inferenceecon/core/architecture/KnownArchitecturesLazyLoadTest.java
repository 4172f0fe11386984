/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.json.InferenceEconJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The bundled architectures are read lazily (the index at once, each config on first use), and
 * every answer is the one every config read at once gives, also when many threads ask at once;
 * a broken config fails on every use of its model, naming the file, and the others still answer.
 */
final class KnownArchitecturesLazyLoadTest {

  private static InputStream bundled(String file) {
    return KnownArchitectures.class.getResourceAsStream("known/" + file);
  }

  /**
   * Every bundled architecture read at once, independently of the lazy reader: the index read
   * with Jackson's mapper, each config with {@link HuggingFaceConfig}, then its source and the
   * published parameter count from the index.
   */
  private static List<ModelArchitecture> eager() throws IOException {
    JsonNode index;
    try (InputStream in = bundled("architectures.json")) {
      index = InferenceEconJson.newMapper().readTree(in);
    }
    List<ModelArchitecture> out = new ArrayList<>();
    for (JsonNode e : index.path("architectures")) {
      ModelArchitecture.Builder b = ModelArchitecture.builder();
      String file = e.path("config").asText();
      try (InputStream in = bundled(file)) {
        b.from(HuggingFaceConfig.read(in, e.path("name").asText(), file));
      }
      b.source(e.path("source").asText());
      JsonNode published = e.path("published");
      if (!published.isMissingNode()) {
        PublishedParameters.Builder p = PublishedParameters.builder()
            .total(published.path("total").asLong())
            .source(published.path("source").asText())
            .nominal(published.path("nominal").asBoolean(false));
        if (published.has("active")) {
          p.active(published.path("active").asLong());
        }
        if (published.has("note")) {
          p.note(published.path("note").asText());
        }
        b.publishedParameters(p.build());
      }
      out.add(b.build());
    }
    return out;
  }

  private static KnownArchitectures.Known lazy() {
    return KnownArchitectures.Known.read(KnownArchitecturesLazyLoadTest::bundled);
  }

  @Test
  void lazy_givesTheArchitecturesReadAtOnce() throws IOException {
    List<ModelArchitecture> eager = eager();
    KnownArchitectures.Known lazy = lazy();

    // one by one first, then all: each is built once
    List<ModelArchitecture> oneByOne = new ArrayList<>();
    for (String id : lazy.names.ids()) {
      oneByOne.add(lazy.names.get(id).architecture());
    }
    assertThat(oneByOne).hasSize(25).isEqualTo(eager);
    assertThat(lazy.all()).isEqualTo(eager);
    for (int i = 0; i < eager.size(); i++) {
      assertThat(lazy.all().get(i)).isSameAs(oneByOne.get(i));
    }
    assertThat(KnownArchitectures.all()).isEqualTo(eager);
    // the alias the index gives, and the name
    assertThat(KnownArchitectures.get("meta-llama/Llama-2-7b-hf")).isEqualTo(eager.get(0));
    assertThat(KnownArchitectures.find("Llama-2-7B")).contains(eager.get(0));
  }

  @Test
  void lazy_architecturesBuiltByManyThreadsAtOnce_areBuiltOnce() throws Exception {
    KnownArchitectures.Known lazy = lazy();
    List<Callable<List<ModelArchitecture>>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      boolean all = t % 2 == 0;
      tasks.add(() -> {
        if (all) {
          return lazy.all();
        }
        List<ModelArchitecture> out = new ArrayList<>();
        for (String id : lazy.names.ids()) {
          out.add(lazy.names.get(id).architecture());
        }
        return out;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<List<ModelArchitecture>> f : pool.invokeAll(tasks)) {
        List<ModelArchitecture> seen = f.get();
        assertThat(seen).hasSize(25);
        for (int i = 0; i < seen.size(); i++) {
          assertThat(seen.get(i)).isSameAs(lazy.all().get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  //-----------------------------------------------------------------------
  /** The bundled files, one of them changed by an edit. */
  private static KnownArchitectures.BundledFiles with(String broken,
      UnaryOperator<String> edit) {
    return file -> {
      byte[] bytes;
      try (InputStream in = bundled(file)) {
        bytes = in.readAllBytes();
      }
      if (!file.equals(broken)) {
        return new ByteArrayInputStream(bytes);
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      String edited = edit.apply(text);
      assertThat(edited).as("the edit changes " + file).isNotEqualTo(text);
      return new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8));
    };
  }

  @Test
  void lazy_invalidConfig_failsOnEveryUseNamingFileAndField_othersStillAnswer() {
    // Llama-3.1-70B's 80 layers made negative
    KnownArchitectures.Known lazy = KnownArchitectures.Known.read(with(
        "llama-3.1-70b.config.json",
        text -> text.replaceFirst("\"num_hidden_layers\": 80", "\"num_hidden_layers\": -80")));

    for (int use = 0; use < 2; use++) {
      assertThatThrownBy(() -> lazy.names.get("llama-3.1-70b").architecture())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("bundled config 'llama-3.1-70b.config.json' of model "
              + "'llama-3.1-70b' cannot be read")
          .hasMessageContaining("num_hidden_layers")
          .hasMessageContaining("-80");
    }
    assertThatThrownBy(lazy::all).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("llama-3.1-70b.config.json");
    assertThat(lazy.names.get("llama-3.1-8b").architecture().layers()).isEqualTo(32);
  }

  @Test
  void lazy_malformedConfig_failsNamingFileLineAndColumn() {
    KnownArchitectures.Known lazy = KnownArchitectures.Known.read(with(
        "qwen3-8b.config.json", text -> text.substring(0, text.length() / 2)));

    assertThatThrownBy(() -> lazy.names.get("qwen3-8b").architecture())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("qwen3-8b.config.json")
        .hasMessageMatching("(?s).*Malformed JSON at line \\d+, column \\d+.*");
  }

  @Test
  void lazy_invalidIndex_failsAtOnceNamingFileAndPath() {
    assertThatThrownBy(() -> KnownArchitectures.Known.read(with("architectures.json",
        text -> text.replaceFirst("\"total\": 7000000000", "\"total\": 0"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bundled 'known/architectures.json' is invalid")
        .hasMessageContaining("architectures[0].published.total");
  }
}
