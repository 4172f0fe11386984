/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.inferenceecon.core.InputValues;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one way inference-econ reads JSON: a cursor over the tree that {@link SharedJson} builds,
 * with typed reads that check every rule and one error style.
 *
 * <p><b>Reading.</b> A reader opens a document with {@link #read(InputStream, String)} and walks
 * it: {@link #object(String...)} checks an object and rejects fields it does not name,
 * {@link #field(String)} moves to a field (which may be absent), {@link #optional(String)} to a
 * field that is present and not {@code null}, {@link #elements()} and {@link #fields()} over
 * arrays and maps. Typed reads ({@link #text()}, {@link #decimal(BigDecimal, BigDecimal)},
 * {@link #whole(long, long)}, {@link #bool()}, {@link #date()}, {@link #instant()},
 * {@link #duration()}, {@link #constant(Class)}) accept only the JSON type and form their rule
 * names: no coercion between types, and a whole number, a date or a duration written as text
 * is rejected unless the method says otherwise. Decimals are bounded in scale and size
 * ({@value #MAX_DIGITS} digits before and after the point) before anything is computed with
 * them, so {@code 1e-999999999} is an error, never a hang.
 *
 * <p><b>Errors.</b> Every failure is an {@link InvalidJsonException} naming the source, the
 * JSON path (such as {@code models[1].cards[0].input}, computed only when an error is
 * reported), the value as written and the rule. A rule broken inside a value type's own check
 * (an {@link IllegalArgumentException} from a factory or builder) is reported at the cursor with
 * {@link #fail(RuntimeException)}. A reader that can go on after a bad element records the
 * problem with {@link #recover(InvalidJsonException)} and calls {@link #throwIfProblems()} when
 * done, so that one load reports every problem (up to {@value #MAX_PROBLEMS}) and loads nothing.
 *
 * <p><b>Schemas.</b> The readers built on this class enforce every rule of their format at
 * load, whatever the JSON Schema says; the JSON Schemas ship in the jars for users' editors and
 * are checked in tests against the bundled files and a corpus of invalid files, so that the
 * schema and the reader cannot drift apart. Nothing validates a schema at run time.
 *
 * <p>Not part of the public API. A cursor and its document are not thread-safe; each load uses
 * its own.
 */
public final class JsonCursor {

  /** The most digits a decimal may have before, and after, the point. */
  public static final int MAX_DIGITS = InputValues.MAX_DECIMAL_DIGITS;
  /** The most problems one load collects before it stops. */
  public static final int MAX_PROBLEMS = 100;
  private static final int MAX_NUMBER_TEXT = InputValues.MAX_DECIMAL_TEXT;

  /** The document a cursor belongs to: its source and the problems found so far. */
  private static final class Document {
    final String source;
    final List<InvalidJsonException> problems = new ArrayList<>();

    Document(String source) {
      this.source = source;
    }
  }

  private final Document doc;
  private final @Nullable JsonCursor parent;
  private final @Nullable String name;
  private final int index;
  private final JsonNode node;

  private JsonCursor(Document doc, @Nullable JsonCursor parent, @Nullable String name, int index,
      JsonNode node) {
    this.doc = doc;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.node = node;
  }

  //-----------------------------------------------------------------------
  /**
   * Reads a JSON document and returns a cursor at its root; the stream is not closed.
   *
   * @param in the JSON, not null
   * @param source the file, resource or name for messages, not null
   * @return the cursor, not null
   * @throws InvalidJsonException if the JSON is malformed or empty
   * @throws IOException if reading fails
   */
  public static JsonCursor read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    JsonNode tree;
    try {
      tree = SharedJson.readTree(in);
    } catch (JsonProcessingException e) {
      throw malformed(source, e);
    }
    return root(tree, source);
  }

  /**
   * Reads a JSON document from text and returns a cursor at its root.
   *
   * @param json the JSON, not null
   * @param source the name for messages, not null
   * @return the cursor, not null
   * @throws InvalidJsonException if the JSON is malformed or empty
   */
  public static JsonCursor read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    try {
      return root(SharedJson.readTree(json), source);
    } catch (JsonProcessingException e) {
      throw malformed(source, e);
    }
  }

  private static JsonCursor root(JsonNode tree, String source) {
    if (tree.isMissingNode()) {
      throw new InvalidJsonException(source, "", null, "Document must not be empty", null);
    }
    return new JsonCursor(new Document(source), null, null, -1, tree);
  }

  private static InvalidJsonException malformed(String source, JsonProcessingException e) {
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
        + ", column " + e.getLocation().getColumnNr();
    return new InvalidJsonException(source, "", null, "Malformed JSON" + where + ": "
        + e.getOriginalMessage(), e);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the source of the document, as given when it was read.
   *
   * @return the source, not null
   */
  public String source() {
    return doc.source;
  }

  /**
   * Returns the JSON path of this value, such as {@code models[1].cards[0].input}.
   *
   * @return the path, empty at the root, not null
   */
  public String path() {
    StringBuilder b = new StringBuilder();
    appendPath(b);
    return b.toString();
  }

  private void appendPath(StringBuilder b) {
    if (parent == null) {
      return;
    }
    parent.appendPath(b);
    if (name == null) {
      b.append('[').append(index).append(']');
    } else {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(name);
    }
  }

  /**
   * Returns the name of this field.
   *
   * @return the field name, or the empty string for an array element or the root
   */
  public String name() {
    return name == null ? "" : name;
  }

  /**
   * Returns the tree node under the cursor.
   *
   * @return the node, a missing node when the field is absent, not null
   */
  public JsonNode node() {
    return node;
  }

  /**
   * Checks if the value is present and not {@code null}.
   *
   * @return true if present
   */
  public boolean isPresent() {
    return !node.isMissingNode() && !node.isNull();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks that the value is an object whose fields are all named, and returns this cursor.
   *
   * @param known the fields the object may have; none to allow any field
   * @return this cursor, not null
   * @throws InvalidJsonException if the value is not an object, or has another field
   */
  public JsonCursor object(String... known) {
    requireType(node.isObject(), "an object");
    if (known.length > 0) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!contains(known, e.getKey())) {
          String[] sorted = known.clone();
          Arrays.sort(sorted);
          throw child(e.getKey(), e.getValue()).fail("Unknown field '" + e.getKey()
              + "' (known: " + String.join(", ", sorted) + ")");
        }
      }
    }
    return this;
  }

  private static boolean contains(String[] names, String name) {
    for (String n : names) {
      if (n.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a cursor at a field of this object, which may be absent.
   *
   * @param field the field name, not null
   * @return the cursor, not null
   * @throws InvalidJsonException if this value is not an object
   */
  public JsonCursor field(String field) {
    requireType(node.isObject(), "an object");
    JsonNode child = node.get(field);
    return child(field, child == null ? MissingNode.getInstance() : child);
  }

  /**
   * Returns a cursor at a field of this object if the field is present and not {@code null}.
   *
   * @param field the field name, not null
   * @return the cursor, or null when the field is absent or null
   * @throws InvalidJsonException if this value is not an object
   */
  public @Nullable JsonCursor optional(String field) {
    JsonCursor c = field(field);
    return c.isPresent() ? c : null;
  }

  private JsonCursor child(String field, JsonNode child) {
    return new JsonCursor(doc, this, field, -1, child);
  }

  /**
   * Returns cursors at the elements of this array.
   *
   * @return the elements, in order, not null
   * @throws InvalidJsonException if the value is absent or not an array
   */
  public List<JsonCursor> elements() {
    requireType(node.isArray(), "an array");
    List<JsonCursor> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(new JsonCursor(doc, this, null, i, node.get(i)));
    }
    return out;
  }

  /**
   * Returns cursors at the fields of this object, in document order, for objects used as maps.
   *
   * @return the fields, not null
   * @throws InvalidJsonException if the value is absent or not an object
   */
  public List<JsonCursor> fields() {
    requireType(node.isObject(), "an object");
    List<JsonCursor> out = new ArrayList<>(node.size());
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      out.add(child(e.getKey(), e.getValue()));
    }
    return out;
  }

  //-----------------------------------------------------------------------
  /**
   * Reads a text that is not blank.
   *
   * @return the text, not null
   * @throws InvalidJsonException if the value is absent, not a string, or blank
   */
  public String text() {
    requireType(node.isTextual(), "a string");
    String text = node.textValue();
    if (text.isBlank()) {
      throw fail("Text must not be blank");
    }
    return text;
  }

  /**
   * Reads an array of texts, none blank.
   *
   * @return the texts, in order, not null
   * @throws InvalidJsonException if the value is not an array of non-blank strings
   */
  public List<String> texts() {
    List<String> out = new ArrayList<>(node.size());
    for (JsonCursor c : elements()) {
      out.add(c.text());
    }
    return out;
  }

  /**
   * Reads an exact decimal in a range, written as a JSON number or as numeric text (as
   * catalogs write prices, such as {@code "0.30"}), without trailing zeros.
   *
   * @param min the smallest value allowed, not null
   * @param max the largest value allowed, not null
   * @return the decimal, not null
   * @throws InvalidJsonException if the value is absent, not a number, has more than
   *     {@value #MAX_DIGITS} digits before or after the point, or is out of range
   */
  public BigDecimal decimal(BigDecimal min, BigDecimal max) {
    BigDecimal value;
    if (node.isNumber()) {
      value = node.decimalValue();
    } else if (node.isTextual()) {
      try {
        if (node.textValue().length() > MAX_NUMBER_TEXT) {
          throw new NumberFormatException();
        }
        value = new BigDecimal(node.textValue());
      } catch (NumberFormatException e) {
        throw fail("Value must be a decimal number");
      }
    } else {
      throw fail(typeRule("a number"));
    }
    if (!InputValues.isBounded(value)) {
      throw fail("Number must have at most " + MAX_DIGITS + " digits before and after the "
          + "point");
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw fail("Number must be in [" + min.toPlainString() + ", " + max.toPlainString() + "]");
    }
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /**
   * Reads a whole number in a range, written as a JSON number.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the number
   * @throws InvalidJsonException if the value is absent, not a number, has a fraction, or is out
   *     of range
   */
  public long whole(long min, long max) {
    requireType(node.isNumber(), "a number");
    BigDecimal value = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue())
        : node.decimalValue();
    if (!InputValues.isBounded(value)) {
      throw fail("Whole number must be in [" + min + ", " + max + "]");
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw fail("Number must be a whole number");
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw fail("Whole number must be in [" + min + ", " + max + "]");
    }
    return value.longValue();
  }

  /**
   * Reads a boolean.
   *
   * @return the boolean
   * @throws InvalidJsonException if the value is absent or not {@code true} or {@code false}
   */
  public boolean bool() {
    requireType(node.isBoolean(), "true or false");
    return node.booleanValue();
  }

  /**
   * Reads an ISO date such as {@code 2025-05-22}.
   *
   * @return the date, not null
   * @throws InvalidJsonException if the value is absent or not an ISO date
   */
  public LocalDate date() {
    requireType(node.isTextual(), "an ISO date such as \"2025-05-22\"");
    try {
      return IsoDates.parse(node.textValue());
    } catch (DateTimeException e) {
      throw fail("Value must be an ISO date such as \"2025-05-22\"");
    }
  }

  /**
   * Reads an ISO instant such as {@code 2025-05-22T12:00:00Z}.
   *
   * @return the instant, not null
   * @throws InvalidJsonException if the value is absent or not an ISO instant
   */
  public Instant instant() {
    requireType(node.isTextual(), "an ISO instant such as \"2025-05-22T12:00:00Z\"");
    try {
      return Instant.parse(node.textValue());
    } catch (DateTimeException e) {
      throw fail("Value must be an ISO instant such as \"2025-05-22T12:00:00Z\"");
    }
  }

  /**
   * Reads an ISO duration such as {@code PT5M}, positive.
   *
   * @return the duration, not null
   * @throws InvalidJsonException if the value is absent, not an ISO duration or not positive
   */
  public Duration duration() {
    requireType(node.isTextual(), "an ISO duration such as \"PT5M\"");
    Duration d;
    try {
      d = IsoDates.parseDuration(node.textValue());
    } catch (DateTimeException | ArithmeticException e) {
      throw fail("Value must be an ISO duration such as \"PT5M\"");
    }
    if (d.isNegative() || d.isZero()) {
      throw fail("Duration must be positive");
    }
    return d;
  }

  /**
   * Reads an enum constant by its exact name.
   *
   * @param type the enum, not null
   * @param <E> the enum type
   * @return the constant, not null
   * @throws InvalidJsonException if the value is absent or names no constant
   */
  public <E extends Enum<E>> E constant(Class<E> type) {
    E[] values = type.getEnumConstants();
    if (node.isTextual()) {
      for (E e : values) {
        if (e.name().equals(node.textValue())) {
          return e;
        }
      }
    }
    List<String> names = new ArrayList<>(values.length);
    for (E e : values) {
      names.add(e.name());
    }
    throw fail("Value must be one of " + String.join(", ", names));
  }

  //-----------------------------------------------------------------------
  private void requireType(boolean ok, String what) {
    if (!ok) {
      throw fail(typeRule(what));
    }
  }

  private String typeRule(String what) {
    if (node.isMissingNode()) {
      return "Missing required field '" + name() + "'";
    }
    return (name == null ? "Value" : "Field '" + name + "'") + " must be " + what;
  }

  /**
   * Returns an error at this value: the source, the path, the value as written and the rule.
   *
   * @param rule the rule, starting with a capital, not null
   * @return the exception, for the caller to throw, not null
   */
  public InvalidJsonException fail(String rule) {
    return new InvalidJsonException(doc.source, path(), shownValue(), rule, null);
  }

  /**
   * Returns an error at this value for a rule broken in a value type's check, such as an
   * {@link IllegalArgumentException} from a builder; its message is the rule.
   *
   * @param cause the exception, not null
   * @return the exception, for the caller to throw, not null
   */
  public InvalidJsonException fail(RuntimeException cause) {
    if (cause instanceof InvalidJsonException) {
      return (InvalidJsonException) cause;
    }
    String rule = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getMessage();
    return new InvalidJsonException(doc.source, path(), shownValue(), rule, cause);
  }

  private @Nullable String shownValue() {
    if (node.isMissingNode()) {
      return null;
    }
    if (node.isContainerNode()) {
      return node.isObject() ? "{...}" : "[...]";
    }
    return node.toString();
  }

  //-----------------------------------------------------------------------
  /**
   * Records a problem so that the load can go on to find more, and reports them all at the
   * end with {@link #throwIfProblems()}.
   *
   * @param problem the problem, not null
   * @throws InvalidJsonException when {@value #MAX_PROBLEMS} problems have been found
   */
  public void recover(InvalidJsonException problem) {
    doc.problems.add(Objects.requireNonNull(problem, "problem"));
    if (doc.problems.size() >= MAX_PROBLEMS) {
      throw InvalidJsonException.of(doc.problems);
    }
  }

  /**
   * Throws the problems recorded so far, if any.
   *
   * @throws InvalidJsonException for the first problem, carrying the others
   */
  public void throwIfProblems() {
    if (!doc.problems.isEmpty()) {
      throw InvalidJsonException.of(doc.problems);
    }
  }
}
