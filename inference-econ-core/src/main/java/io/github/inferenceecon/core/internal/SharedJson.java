/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inferenceecon.core.json.InferenceEconJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON tree reader that inference-econ's modules share for their bundled data and the
 * catalogs users load.
 *
 * <p>It gives the tree that a mapper from {@link InferenceEconJson#newMapper()} reads: duplicate
 * keys and content after the first value are errors; floating-point numbers are exact
 * {@link BigDecimal}s without trailing zeros; whole numbers are int, long or big-integer nodes
 * by size; empty input is a missing node. It builds the tree itself on Jackson's streaming parser
 * and never creates an {@code ObjectMapper}: setting up data binding took about a third of the
 * time of loading every bundled catalog in a fresh JVM, and the catalogs need only the tree. It
 * never closes the stream it reads: callers close their own streams.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe: the parser factory is
 * created on first use and never reconfigured.
 */
public final class SharedJson {

  private SharedJson() {}

  /** Created on first use (initialisation-on-demand holder). */
  private static final class Holder {
    static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Reads a JSON document as a tree; the stream is read but not closed.
   *
   * @param in the JSON, not null
   * @return the tree, a missing node when the input is empty, not null
   * @throws JsonProcessingException if the JSON is malformed, has a duplicate key or content
   *     after the first value
   * @throws IOException if reading fails
   */
  public static JsonNode readTree(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser parser = Holder.FACTORY.createParser(in)) {
      return read(parser);
    }
  }

  /**
   * Reads a JSON document as a tree.
   *
   * @param json the JSON, not null
   * @return the tree, a missing node when the input is empty, not null
   * @throws JsonProcessingException if the JSON is malformed, has a duplicate key or content
   *     after the first value
   * @throws IOException if reading fails
   */
  public static JsonNode readTree(byte[] json) throws IOException {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = Holder.FACTORY.createParser(json)) {
      return read(parser);
    }
  }

  /**
   * Reads a JSON document as a tree.
   *
   * @param json the JSON text, not null
   * @return the tree, a missing node when the text is empty, not null
   * @throws JsonProcessingException if the JSON is malformed, has a duplicate key or content
   *     after the first value
   */
  public static JsonNode readTree(String json) throws JsonProcessingException {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = Holder.FACTORY.createParser(json)) {
      return read(parser);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: reading a string failed", e);
    }
  }

  /**
   * Reads a JSON document as a tree of only the fields on some paths: a field is read when its
   * path (names joined by dots, such as {@code usage.prompt_tokens}) is one of the paths, lies
   * below one or leads to one; every other field is skipped without building its value. Array
   * elements take their array's path. The rules of {@link #readTree(String)} apply to what is
   * read; content that is skipped is checked for well-formedness only.
   *
   * @param json the JSON text, not null
   * @param paths the paths to read, not null
   * @return the tree, a missing node when the text is empty, not null
   * @throws JsonProcessingException if the JSON is malformed, has a duplicate key in what is
   *     read, or content after the first value
   */
  public static JsonNode readTree(String json, Set<String> paths)
      throws JsonProcessingException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(paths, "paths");
    try (JsonParser parser = Holder.FACTORY.createParser(json)) {
      return read(parser, paths);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: reading a string failed", e);
    }
  }

  /**
   * Reads a JSON document held in part of a byte array as a tree, of only the fields on some
   * paths if paths are given (see {@link #readTree(String, Set)}).
   *
   * @param json the bytes, UTF-8, not null
   * @param offset the index of the document's first byte
   * @param length the number of bytes of the document
   * @param paths the paths to read, or null for the whole document
   * @return the tree, a missing node when the part is empty, not null
   * @throws JsonProcessingException if the JSON is malformed, has a duplicate key in what is
   *     read, or content after the first value
   */
  public static JsonNode readTree(byte[] json, int offset, int length,
      @Nullable Set<String> paths) throws JsonProcessingException {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = Holder.FACTORY.createParser(json, offset, length)) {
      return read(parser, paths);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: reading bytes failed", e);
    }
  }

  /**
   * Reads some top-level fields of a JSON object, such as a document's header, and stops as
   * soon as it has them all: what comes after is not read, so it is not checked either (read
   * the document whole for that).
   *
   * @param json the bytes of a JSON object, UTF-8, not null
   * @param fields the names of the fields to read, not null
   * @return an object of the fields found, not null
   * @throws JsonProcessingException if what is read is malformed or not an object
   */
  public static ObjectNode readFields(byte[] json, Set<String> fields)
      throws JsonProcessingException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(fields, "fields");
    try (JsonParser parser = Holder.FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(parser, "Expected a JSON object");
      }
      return fields(parser, fields, true);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: reading bytes failed", e);
    }
  }

  /**
   * One element of a JSON array read by {@link #elements(byte[], Set)}: some of its fields and
   * where the whole element lies in the bytes, to be read when needed.
   */
  public static final class Element {
    /** The fields read, not null. */
    public final ObjectNode fields;
    /** The index of the element's first byte. */
    public final int offset;
    /** The number of bytes of the element. */
    public final int length;

    Element(ObjectNode fields, int offset, int length) {
      this.fields = fields;
      this.offset = offset;
      this.length = length;
    }
  }

  /**
   * Streams over a JSON array of objects once, reading some top-level fields of each object and
   * where it lies, without building the rest, so that a reader can read each element whole
   * when it is needed.
   *
   * @param json the bytes of a JSON array of objects, UTF-8, not null
   * @param fields the names of the fields to read of each element, not null
   * @return the elements, in order, not null
   * @throws JsonProcessingException if the JSON is malformed or not an array of objects
   */
  public static List<Element> elements(byte[] json, Set<String> fields)
      throws JsonProcessingException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(fields, "fields");
    List<Element> out = new ArrayList<>();
    try (JsonParser parser = Holder.FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new JsonParseException(parser, "Expected a JSON array");
      }
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw new JsonParseException(parser, "Expected a JSON object");
        }
        int start = (int) parser.currentTokenLocation().getByteOffset();
        ObjectNode read = fields(parser, fields, false);
        out.add(new Element(read, start,
            (int) parser.currentLocation().getByteOffset() - start));
      }
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "Trailing content after the array");
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("inference-econ bug: reading bytes failed", e);
    }
    return out;
  }

  /** Reads the named fields of the object the parser is in, skipping the others. */
  private static ObjectNode fields(JsonParser parser, Set<String> fields, boolean stopEarly)
      throws IOException {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw new JsonParseException(parser, "Unexpected token " + t);
      }
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (fields.contains(name)) {
        if (out.has(name)) {
          throw new JsonParseException(parser, "Duplicate field '" + name + "'");
        }
        out.set(name, value(parser, value, null));
        if (stopEarly && out.size() == fields.size()) {
          break;
        }
      } else {
        parser.skipChildren();
      }
    }
    return out;
  }

  //-----------------------------------------------------------------------
  private static JsonNode read(JsonParser parser) throws IOException {
    return read(parser, null);
  }

  private static JsonNode read(JsonParser parser, @Nullable Set<String> paths)
      throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return MissingNode.getInstance();
    }
    JsonNode root = value(parser, first, paths);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      // the message of Jackson's DeserializationFeature.FAIL_ON_TRAILING_TOKENS
      throw new JsonParseException(parser, "Trailing token (of type " + trailing
          + ") found after value (bound as `" + JsonNode.class.getName() + "`): not allowed as "
          + "per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
          parser.currentTokenLocation());
    }
    return root;
  }

  /**
   * Reads the value that starts at the current token, without recursion; with paths, only the
   * fields on them (and the path of each open container is kept beside it).
   */
  private static JsonNode value(JsonParser parser, JsonToken first, @Nullable Set<String> paths)
      throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
      return scalar(parser, first, nodes);
    }
    JsonNode root = first == JsonToken.START_OBJECT ? nodes.objectNode() : nodes.arrayNode();
    Deque<JsonNode> open = new ArrayDeque<>();
    Deque<String> openPaths = new ArrayDeque<>();
    open.push(root);
    openPaths.push("");
    String name = null;
    while (!open.isEmpty()) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        // the parser reports an unclosed object or array itself; this is a safeguard
        throw new JsonParseException(parser, "Unexpected end-of-input");
      }
      JsonNode container = open.peek();
      JsonNode child;
      switch (token) {
        case FIELD_NAME:
          name = parser.currentName();
          if (paths != null && !onPath(paths, join(openPaths.peek(), name))) {
            parser.nextToken();
            parser.skipChildren();
          }
          continue;
        case END_OBJECT:
        case END_ARRAY:
          open.pop();
          openPaths.pop();
          continue;
        case START_OBJECT:
          child = nodes.objectNode();
          break;
        case START_ARRAY:
          child = nodes.arrayNode();
          break;
        default:
          child = scalar(parser, token, nodes);
          break;
      }
      if (container.isObject()) {
        // the parser rejects duplicate names, so set never replaces a value
        ((ObjectNode) container).set(name, child);
      } else {
        ((ArrayNode) container).add(child);
      }
      if (child.isContainerNode()) {
        openPaths.push(paths == null ? "" : container.isObject() ? join(openPaths.peek(), name)
            : openPaths.peek());
        open.push(child);
      }
    }
    return root;
  }

  private static String join(String path, @Nullable String name) {
    return path.isEmpty() ? String.valueOf(name) : path + "." + name;
  }

  /** Checks if a path is one of the paths, lies below one, or leads to one. */
  private static boolean onPath(Set<String> paths, String path) {
    for (String p : paths) {
      if (p.equals(path) || p.startsWith(path) && p.charAt(path.length()) == '.'
          || path.startsWith(p) && path.charAt(p.length()) == '.') {
        return true;
      }
    }
    return false;
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token, JsonNodeFactory nodes)
      throws IOException {
    switch (token) {
      case VALUE_STRING:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return nodes.numberNode(parser.getIntValue());
          case LONG:
            return nodes.numberNode(parser.getLongValue());
          default:
            return nodes.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(withoutTrailingZeros(parser.getDecimalValue()));
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw new JsonParseException(parser, "inference-econ bug: unexpected token " + token);
    }
  }

  /** As Jackson's tree reader does for floating-point numbers read as decimals. */
  private static BigDecimal withoutTrailingZeros(BigDecimal value) {
    try {
      return value.stripTrailingZeros();
    } catch (ArithmeticException e) {
      // a scale that cannot be reduced further: keep the value as written
      return value;
    }
  }

  /**
   * Writes a JSON path as catalog errors show it: names joined by dots, array indexes in
   * brackets, such as {@code models[3].cards[0].input}.
   *
   * @param segments the names (strings) and indexes (integers), not null
   * @return the path, empty for no segments, not null
   */
  public static String path(List<?> segments) {
    StringBuilder b = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        b.append('[').append(segment).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(segment);
      }
    }
    return b.toString();
  }
}
