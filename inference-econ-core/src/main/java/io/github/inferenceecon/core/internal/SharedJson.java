/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.inferenceecon.core.json.InferenceEconJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The one JSON reader that inference-econ's modules share for their bundled data and the
 * catalogs users load, so that Jackson is set up once per JVM, not once per module.
 *
 * <p>The reader has the settings of {@link InferenceEconJson#newMapper()} (unknown properties,
 * trailing tokens and duplicate keys are errors; floating-point numbers are read as
 * {@link java.math.BigDecimal}), except that it never closes the stream it reads: callers close
 * their own streams. It is created on first use. An {@link ObjectReader} is immutable, so
 * sharing it is safe; a caller that needs other settings derives its own reader with
 * {@code with(...)} or {@code without(...)}, which leaves this one unchanged.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
public final class SharedJson {

  private SharedJson() {}

  /** Created on first use (initialisation-on-demand holder). */
  private static final class Holder {
    static final ObjectReader READER = InferenceEconJson.newMapper().reader()
        .without(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  }

  /**
   * Returns the shared reader.
   *
   * @return the reader, not null
   */
  public static ObjectReader reader() {
    return Holder.READER;
  }

  /**
   * Reads a JSON document as a tree; the stream is read but not closed.
   *
   * @param in the JSON, not null
   * @return the tree, a missing node when the input is empty, not null
   * @throws JsonProcessingException if the JSON is malformed,
   *     has a duplicate key or content after the first value
   * @throws IOException if reading fails
   */
  public static JsonNode readTree(InputStream in) throws IOException {
    return Holder.READER.readTree(Objects.requireNonNull(in, "in"));
  }

  /**
   * Reads a JSON document as a tree.
   *
   * @param json the JSON, not null
   * @return the tree, a missing node when the input is empty, not null
   * @throws JsonProcessingException if the JSON is malformed,
   *     has a duplicate key or content after the first value
   * @throws IOException if reading fails
   */
  public static JsonNode readTree(byte[] json) throws IOException {
    return Holder.READER.readTree(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a JSON document as a tree.
   *
   * @param json the JSON text, not null
   * @return the tree, a missing node when the text is empty, not null
   * @throws JsonProcessingException if the JSON is malformed,
   *     has a duplicate key or content after the first value
   */
  public static JsonNode readTree(String json) throws JsonProcessingException {
    return Holder.READER.readTree(Objects.requireNonNull(json, "json"));
  }
}
