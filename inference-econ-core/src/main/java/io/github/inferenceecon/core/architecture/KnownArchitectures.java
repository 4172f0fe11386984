/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.internal.Lazy;
import io.github.inferenceecon.core.internal.NameMatcher;
import io.github.inferenceecon.core.internal.ResourceFolder;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * nearest known ids. The index of the architectures (their ids, names and sources) is read on
 * the first call, and each model's config on the first call that needs that model, once:
 * {@link #get(String)} reads one config, {@link #all()} every one. A defect in the bundled data
 * throws {@link IllegalStateException} naming the file, on every call that needs it.
 *
 * <pre>{@code
 * ModelArchitecture m = KnownArchitectures.get("Llama-3.1-70B");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KnownArchitectures {

  private static final String FOLDER = "known/";
  private static final String INDEX = FOLDER + "architectures.json";
  private static final ResourceFolder KNOWN =
      ResourceFolder.of(path -> KnownArchitectures.class.getResource(path), FOLDER);

  /** The index, read once (a failed read is not remembered: the next call reads again). */
  private static final Lazy<Known> BUNDLED = Lazy.from(() -> Known.read(KNOWN::open));

  private KnownArchitectures() {}

  /**
   * Returns every bundled architecture, in a stable order (by family and size).
   *
   * @return the architectures, not null
   */
  public static List<ModelArchitecture> all() {
    return BUNDLED.get().all();
  }

  /**
   * Returns the ids of the bundled architectures, such as {@code llama-3.1-70b}.
   *
   * @return the ids, not null
   */
  public static List<String> ids() {
    return BUNDLED.get().names.ids();
  }

  /**
   * Gets a bundled architecture by id or alias, ignoring case and punctuation.
   *
   * @param name the id or alias, not null
   * @return the architecture, not null
   * @throws UnknownNameException if no bundled architecture has that name
   */
  public static ModelArchitecture get(String name) {
    return BUNDLED.get().names.get(name).architecture();
  }

  /**
   * Finds a bundled architecture by id or alias, ignoring case and punctuation.
   *
   * @param name the id or alias, not null
   * @return the architecture, or empty
   */
  public static Optional<ModelArchitecture> find(String name) {
    Optional<Entry> entry = BUNDLED.get().names.find(name);
    return entry.isPresent() ? Optional.of(entry.get().architecture()) : Optional.empty();
  }

  /** Opens a bundled file of the folder {@code known/} by its name (tests give broken ones). */
  interface BundledFiles {
    InputStream open(String file) throws IOException;
  }

  /** The architectures of an index, each built from its config on first use. */
  static final class Known {
    final List<Entry> entries;
    final NameMatcher<Entry> names;
    private volatile @Nullable List<ModelArchitecture> all;

    private Known(List<Entry> entries, NameMatcher<Entry> names) {
      this.entries = entries;
      this.names = names;
    }

    /** Reads the index, and nothing else yet. */
    static Known read(BundledFiles files) {
      JsonCursor index;
      try (InputStream in = files.open("architectures.json")) {
        index = JsonCursor.read(in, INDEX);
      } catch (IOException e) {
        throw new UncheckedIOException("inference-econ bug: cannot read bundled '" + INDEX
            + "'", e);
      }
      try {
        return read(index, files);
      } catch (InvalidJsonException e) {
        throw new IllegalStateException("inference-econ bug: bundled '" + INDEX
            + "' is invalid: " + e.getMessage(), e);
      }
    }

    private static Known read(JsonCursor index, BundledFiles files) {
      NameMatcher.Builder<Entry> names = NameMatcher.builder("model");
      List<Entry> entries = new ArrayList<>();
      for (JsonCursor e : index.object().field("architectures").elements()) {
        Entry entry = new Entry(files, e.field("id").text(), e.field("name").text(),
            e.field("config").text(), e.field("source").text(), published(e));
        List<String> aliases = new ArrayList<>();
        aliases.add(entry.name);
        JsonCursor listed = e.optional("aliases");
        if (listed != null) {
          aliases.addAll(listed.texts());
        }
        names.add(entry.id, aliases, entry);
        entries.add(entry);
      }
      return new Known(List.copyOf(entries), names.build());
    }

    private static @Nullable PublishedParameters published(JsonCursor entry) {
      JsonCursor published = entry.optional("published");
      if (published == null) {
        return null;
      }
      PublishedParameters.Builder p = PublishedParameters.builder()
          .total(published.field("total").whole(1, Long.MAX_VALUE))
          .source(published.field("source").text());
      JsonCursor nominal = published.optional("nominal");
      p.nominal(nominal != null && nominal.bool());
      JsonCursor active = published.optional("active");
      if (active != null) {
        p.active(active.whole(1, Long.MAX_VALUE));
      }
      return p.note(published.optionalText("note")).build();
    }

    /** Every architecture, each config read if it was not yet. */
    List<ModelArchitecture> all() {
      List<ModelArchitecture> a = all;
      if (a == null) {
        List<ModelArchitecture> built = new ArrayList<>();
        for (Entry entry : entries) {
          built.add(entry.architecture());
        }
        a = List.copyOf(built);
        all = a;
      }
      return a;
    }
  }

  /** One architecture of the index: what the index says, and the config read on first use. */
  static final class Entry {
    private final BundledFiles files;
    final String id;
    final String name;
    private final String file;
    private final String source;
    private final @Nullable PublishedParameters published;
    private final Lazy<ModelArchitecture> architecture = Lazy.from(this::read);

    Entry(BundledFiles files, String id, String name, String file, String source,
        @Nullable PublishedParameters published) {
      this.files = files;
      this.id = id;
      this.name = name;
      this.file = file;
      this.source = source;
      this.published = published;
    }

    /** The architecture, built once; a failed read is not remembered, so it fails each time. */
    ModelArchitecture architecture() {
      return architecture.get();
    }

    private ModelArchitecture read() {
      ModelArchitecture.Builder b = ModelArchitecture.builder();
      try (InputStream in = files.open(file)) {
        b.from(HuggingFaceConfig.read(in, name, file));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException("inference-econ bug: bundled config '" + file
            + "' of model '" + id + "' cannot be read: " + e.getMessage(), e);
      }
      b.source(source);
      if (published != null) {
        b.publishedParameters(published);
      }
      return b.build();
    }
  }
}
