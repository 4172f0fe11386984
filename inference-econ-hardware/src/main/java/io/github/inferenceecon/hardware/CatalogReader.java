/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.inferenceecon.core.internal.IsoDates;
import io.github.inferenceecon.core.internal.ResourceFolder;
import io.github.inferenceecon.core.internal.SharedJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads catalog files: parses the JSON, validates it against the shipped schema, builds every
 * entry with {@link EntryReader} and collects every problem, each naming the file, the entry and
 * the field.
 *
 * <p>Nothing here builds a catalog; the catalogs build themselves only from documents that had
 * no problem, so a rejected file is never half-loaded.
 */
final class CatalogReader {

  /**
   * The bundled files, opened with one class-loader look-up, not one each. The look-up is made
   * here, in this module, so that it finds them on the module path too.
   */
  private static final ResourceFolder BUNDLED =
      ResourceFolder.of(path -> CatalogReader.class.getResource(path), "");

  /** The three file formats. */
  enum Kind {
    ACCELERATORS("accelerators.json", "accelerators.schema.json",
        Map.of("accelerators", "accelerator")),
    CLOUD_OFFERS("cloud-offers.json", "cloud-offers.schema.json", Map.of("offers", "offer")),
    ENERGY("energy.json", "energy.schema.json", Map.of("pue", "PUE figure",
        "electricityPrices", "electricity price", "carbonIntensities", "carbon intensity"));

    final String bundled;
    final String schema;
    final Map<String, String> entryKinds;

    Kind(String bundled, String schema, Map<String, String> entryKinds) {
      this.bundled = bundled;
      this.schema = schema;
      this.entryKinds = entryKinds;
    }
  }

  /**
   * An array of entries in a document, and how to build one entry. Each section is an anonymous
   * subclass rather than a lambda: linking a lambda costs a class of its own in a fresh JVM.
   *
   * @param <T> the entry type
   */
  abstract static class Section<T> {
    final String field;
    final String entryKind;

    Section(String field, String entryKind) {
      this.field = field;
      this.entryKind = entryKind;
    }

    /** Builds one entry from its schema-valid tree. */
    abstract T read(JsonNode node) throws EntryReader.Failure;

    /** Returns the id of an entry. */
    abstract String id(T entry);
  }

  private static final class Schemas {
    static final Map<Kind, SchemaValidator> VALIDATORS = load();

    private static Map<Kind, SchemaValidator> load() {
      Map<Kind, SchemaValidator> map = new EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        try (InputStream in = open(kind.schema)) {
          map.put(kind, new SchemaValidator(SharedJson.readTree(in)));
        } catch (IOException e) {
          throw new UncheckedIOException("inference-econ bug: cannot read the bundled schema '"
              + kind.schema + "'", e);
        }
      }
      return map;
    }
  }

  private CatalogReader() {}

  //-----------------------------------------------------------------------
  static byte[] bytes(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return Files.readAllBytes(file);
  }

  static byte[] bytes(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return in.readAllBytes();
  }

  static byte[] bundledBytes(Kind kind) {
    try (InputStream in = open(kind.bundled)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: cannot read the bundled '"
          + kind.bundled + "'", e);
    }
  }

  static String bundledOrigin(Kind kind) {
    return "bundled ".concat(kind.bundled);
  }

  static InputStream open(String resource) throws IOException {
    return BUNDLED.open(resource);
  }

  /**
   * Parses a document and validates it against its schema, adding every problem found.
   *
   * @return the document, or empty when it is not even well-formed JSON
   */
  static Optional<Document> parse(byte[] bytes, String origin, Kind kind,
      List<CatalogProblem> problems) {
    Objects.requireNonNull(origin, "origin");
    JsonNode root;
    try {
      root = SharedJson.readTree(bytes);
    } catch (JsonProcessingException e) {
      problems.add(CatalogProblem.ofFile(origin, "Malformed JSON" + where(e.getLocation())
          + ": " + e.getOriginalMessage()));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: reading a byte array failed", e);
    }
    if (root == null || root.isMissingNode()) {
      problems.add(CatalogProblem.ofFile(origin, "Malformed JSON: the file is empty"));
      return Optional.empty();
    }
    Document document = new Document(origin, root, kind);
    for (SchemaValidator.Violation v : Schemas.VALIDATORS.get(kind).validate(root)) {
      problems.add(document.problemAt(v.path, v.message));
    }
    return Optional.of(document);
  }

  /**
   * Parses a document of one section, adding every problem; returns its header and the entries
   * that mapped, or empty when the header could not be read.
   */
  static <T> Optional<Layer<T>> layer(byte[] bytes, String origin, Kind kind, Section<T> section,
      List<CatalogProblem> problems) {
    Optional<Document> document = parse(bytes, origin, kind, problems);
    if (document.isEmpty() || !document.get().isHeaderValid()) {
      return Optional.empty();
    }
    return Optional.of(new Layer<>(document.get().info(),
        document.get().entries(section, problems)));
  }

  /**
   * The header and entries of one file.
   *
   * @param <T> the entry type
   */
  static final class Layer<T> {
    final CatalogInfo info;
    final List<T> entries;

    Layer(CatalogInfo info, List<T> entries) {
      this.info = info;
      this.entries = List.copyOf(entries);
    }
  }

  private static String where(@Nullable JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  //-----------------------------------------------------------------------
  /** A parsed document that conforms to its schema except where problems were recorded. */
  static final class Document {
    final String origin;
    final JsonNode root;
    private final Kind kind;
    private final Set<String> rejected = new HashSet<>();
    private boolean headerRejected;

    Document(String origin, JsonNode root, Kind kind) {
      this.origin = origin;
      this.root = root;
      this.kind = kind;
    }

    /**
     * Maps a schema location to a problem naming the entry and the field.
     */
    CatalogProblem problemAt(List<Object> path, String message) {
      if (path.size() >= 2 && path.get(0) instanceof String && path.get(1) instanceof Integer) {
        String section = (String) path.get(0);
        int index = (Integer) path.get(1);
        rejected.add(section + "#" + index);
        String field = SharedJson.path(path.subList(2, path.size()));
        return CatalogProblem.ofEntry(origin, kind.entryKinds.getOrDefault(section, "entry"),
            label(root.path(section).path(index), index), field.isEmpty() ? null : field,
            message);
      }
      headerRejected = true;
      String field = SharedJson.path(path);
      return field.isEmpty() ? CatalogProblem.ofFile(origin, message)
          : CatalogProblem.ofField(origin, field, message);
    }

    boolean isHeaderValid() {
      return !headerRejected && root.isObject();
    }

    /** Returns the header, which the schema has validated. */
    CatalogInfo info() {
      List<String> notes = new ArrayList<>();
      for (JsonNode note : root.path("notes")) {
        notes.add(note.asText());
      }
      return CatalogInfo.of(origin, root.path("version").asText(),
          IsoDates.parse(root.path("publishedOn").asText()), notes);
    }

    /**
     * Maps the entries of a section, skipping those the schema rejected, and adds a problem
     * for each entry that fails to map or repeats an id.
     */
    <T> List<T> entries(Section<T> section, List<CatalogProblem> problems) {
      List<T> out = new ArrayList<>();
      Map<String, Integer> firstIndexOfId = new HashMap<>();
      JsonNode array = root.path(section.field);
      for (int i = 0; i < array.size(); i++) {
        JsonNode node = array.get(i);
        String label = label(node, i);
        if (node.path("id").isTextual()) {
          Integer first = firstIndexOfId.putIfAbsent(node.path("id").asText(), i);
          if (first != null) {
            problems.add(CatalogProblem.ofEntry(origin, section.entryKind, label, "id",
                "Duplicate id: the entry at index " + first + " has it too"));
            continue;
          }
        }
        if (!rejected.isEmpty() && rejected.contains(section.field + "#" + i)) {
          continue;
        }
        try {
          out.add(section.read(node));
        } catch (EntryReader.Failure f) {
          problems.add(f.getCause() instanceof RuntimeException
              ? checkProblem((RuntimeException) f.getCause(), section.entryKind, label, f.path)
              : CatalogProblem.ofEntry(origin, section.entryKind, label,
                  f.path.isEmpty() ? null : f.path, f.getMessage()));
        } catch (IllegalArgumentException | IllegalStateException e) {
          problems.add(checkProblem(e, section.entryKind, label, ""));
        }
      }
      return out;
    }

    private CatalogProblem checkProblem(RuntimeException e, String entryKind, String label,
        String path) {
      String field = path;
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidFieldException) {
          String own = ((InvalidFieldException) t).field();
          field = path.isEmpty() ? own : path + "." + own;
          break;
        }
      }
      return CatalogProblem.ofEntry(origin, entryKind, label, field.isEmpty() ? null : field,
          String.valueOf(e.getMessage()));
    }
  }

  static String label(JsonNode node, int index) {
    JsonNode id = node.path("id");
    if (id.isTextual() && !id.asText().isBlank()) {
      // String.concat, not +, on this path that every entry takes: each + expression links a
      // call site of its own the first time it runs, which costs at start-up
      return "'".concat(id.asText()).concat("'");
    }
    return "at index " + index;
  }

}
