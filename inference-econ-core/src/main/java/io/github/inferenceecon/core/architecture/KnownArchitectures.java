/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.internal.ResourceFolder;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The well-known model architectures bundled with inference-econ, each imported from the
 * model's own Hugging Face {@code config.json} and citing where that config was read.
 *
 * <p>Bundled: Llama-2-7B/70B, Llama-3.1-8B/70B/405B, Llama-3.2-1B/3B, Llama-3.3-70B,
 * Mistral-7B (v0.1, v0.3), Mistral-Nemo, Mixtral-8x7B and 8x22B, Qwen2.5-72B, Qwen3-8B/32B,
 * Qwen3-30B-A3B, Qwen3-235B-A22B, DeepSeek-V3, DeepSeek-R1, Gemma-2-9B/27B, Gemma-3-27B,
 * gpt-oss-20b and gpt-oss-120b. Each carries its {@link ModelArchitecture#source()} and, where
 * the publisher states one, its {@link ModelArchitecture#publishedParameters()}.
 *
 * <p>Look-up is by id ({@code llama-3.1-70b}) or alias ({@code meta-llama/Llama-3.1-70B}),
 * ignoring case and punctuation; an unknown name throws {@link UnknownNameException} with the
 * nearest known ids. The configs are read once, on first use; a defect in the bundled data
 * throws {@link IllegalStateException} naming the file.
 *
 * <pre>{@code
 * ModelArchitecture m = KnownArchitectures.get("Llama-3.1-70B");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KnownArchitectures {

  private static final Logger LOG = LoggerFactory.getLogger(KnownArchitectures.class);
  private static final String FOLDER = "known/";
  private static final String INDEX = FOLDER + "architectures.json";
  private static final ResourceFolder KNOWN =
      ResourceFolder.of(path -> KnownArchitectures.class.getResource(path), FOLDER);

  private KnownArchitectures() {}

  /** Loaded on first use (initialisation-on-demand holder). */
  private static final class Holder {
    static final Loaded LOADED = load();
  }

  private static final class Loaded {
    final List<ModelArchitecture> all;
    final NameMatcher<ModelArchitecture> matcher;

    Loaded(List<ModelArchitecture> all, NameMatcher<ModelArchitecture> matcher) {
      this.all = all;
      this.matcher = matcher;
    }
  }

  /**
   * Returns every bundled architecture, in a stable order (by family and size).
   *
   * @return the architectures, not null
   */
  public static List<ModelArchitecture> all() {
    return Holder.LOADED.all;
  }

  /**
   * Returns the ids of the bundled architectures, such as {@code llama-3.1-70b}.
   *
   * @return the ids, not null
   */
  public static List<String> ids() {
    return Holder.LOADED.matcher.ids();
  }

  /**
   * Gets a bundled architecture by id or alias, ignoring case and punctuation.
   *
   * @param name the id or alias, not null
   * @return the architecture, not null
   * @throws UnknownNameException if no bundled architecture has that name
   */
  public static ModelArchitecture get(String name) {
    return Holder.LOADED.matcher.get(name);
  }

  /**
   * Finds a bundled architecture by id or alias, ignoring case and punctuation.
   *
   * @param name the id or alias, not null
   * @return the architecture, or empty
   */
  public static Optional<ModelArchitecture> find(String name) {
    return Holder.LOADED.matcher.find(name);
  }

  private static Loaded load() {
    try {
      return load(readIndex());
    } catch (InvalidJsonException e) {
      throw new IllegalStateException("inference-econ bug: bundled '" + INDEX + "' is invalid: "
          + e.getMessage(), e);
    }
  }

  private static Loaded load(JsonCursor index) {
    NameMatcher.Builder<ModelArchitecture> names = NameMatcher.builder("model");
    List<ModelArchitecture> all = new ArrayList<>();
    for (JsonCursor entry : index.object().field("architectures").elements()) {
      String id = entry.field("id").text();
      String file = entry.field("config").text();
      ModelArchitecture.Builder b = ModelArchitecture.builder();
      try (InputStream in = KNOWN.open(file)) {
        b.from(HuggingFaceConfig.read(in, entry.field("name").text(), file));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException("inference-econ bug: bundled config '" + file
            + "' of model '" + id + "' cannot be read: " + e.getMessage(), e);
      }
      b.source(entry.field("source").text());
      JsonCursor published = entry.optional("published");
      if (published != null) {
        PublishedParameters.Builder p = PublishedParameters.builder()
            .total(published.field("total").whole(1, Long.MAX_VALUE))
            .source(published.field("source").text());
        JsonCursor nominal = published.optional("nominal");
        p.nominal(nominal != null && nominal.bool());
        JsonCursor active = published.optional("active");
        if (active != null) {
          p.active(active.whole(1, Long.MAX_VALUE));
        }
        JsonCursor note = published.optional("note");
        if (note != null) {
          p.note(note.text());
        }
        b.publishedParameters(p.build());
      }
      ModelArchitecture architecture = b.build();
      List<String> aliases = new ArrayList<>();
      aliases.add(architecture.name());
      JsonCursor listed = entry.optional("aliases");
      if (listed != null) {
        aliases.addAll(listed.texts());
      }
      names.add(id, aliases, architecture);
      all.add(architecture);
    }
    LOG.debug("Loaded {} bundled model architectures", all.size());
    return new Loaded(List.copyOf(all), names.build());
  }

  private static JsonCursor readIndex() {
    try (InputStream in = KNOWN.open("architectures.json")) {
      return JsonCursor.read(in, INDEX);
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: cannot read bundled '" + INDEX + "'",
          e);
    }
  }
}
