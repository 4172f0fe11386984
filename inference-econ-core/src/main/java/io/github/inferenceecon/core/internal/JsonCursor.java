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
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.inferenceecon.core.InputValues;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one way inference-econ reads JSON: a tree built on Jackson's streaming parser, and a cursor
 * over it whose typed reads check every rule and report one error style.
 *
 * <p><b>Tree.</b> The tree a mapper from {@link InferenceEconJson#newMapper()} reads (duplicate
 * keys and trailing content are errors; floating-point numbers are exact {@link BigDecimal}s
 * without trailing zeros) in JDK types, which a cold JVM has at hand (Jackson's nodes took a tenth
 * of a cold load), built without an {@code ObjectMapper}, whose set-up took a third of a cold
 * load. Streams are read, never closed. Partial reads skip what a reader has no use for.
 *
 * <p><b>Reading.</b> {@link #object(String...)} rejects fields it does not name; typed reads
 * accept only their JSON type and bound decimals to {@value #MAX_DIGITS} digits either side of
 * the point before computing with them ({@code 1e-999999999} is an error, never a hang).
 *
 * <p><b>Errors.</b> Every failure is an {@link InvalidJsonException} naming the source, the JSON
 * path ({@code models[1].cards[0].input}, computed only for an error), the value and the rule. A
 * reader that goes on after a problem records it with {@link #recover} and ends with
 * {@link #throwIfProblems()}: one load reports every problem (up to {@value #MAX_PROBLEMS}) and
 * loads nothing. The JSON Schemas ship for editors; tests hold them to the readers.
 *
 * <p>Not part of the public API. A cursor is not thread-safe; each load uses its own.
 */
public final class JsonCursor {

  /** The most digits a decimal may have before, and after, the point. */
  public static final int MAX_DIGITS = InputValues.MAX_DECIMAL_DIGITS;
  /** The most problems one load collects before it stops. */
  public static final int MAX_PROBLEMS = 100;
  private static final int MAX_NUMBER_TEXT = InputValues.MAX_DECIMAL_TEXT;

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]{1," + MAX_DIGITS
      + "}(\\.[0-9]{1," + MAX_DIGITS + "})?");
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  /** A JSON {@code null} in the tree (an absent field is Java's null), a mapper's null too. */
  private static final Object NULL = Optional.empty();

  private final String source;
  private final List<InvalidJsonException> problems;
  private final @Nullable JsonCursor parent;
  private final @Nullable String name;
  private final int index;
  private final @Nullable Object node;

  private JsonCursor(String source, List<InvalidJsonException> problems,
      @Nullable JsonCursor parent, @Nullable String name, int index, @Nullable Object node) {
    this.source = source;
    this.problems = problems;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.node = node;
  }

  //-----------------------------------------------------------------------
  // No lambdas on these paths: each costs about half a millisecond of a cold load.

  /** Reads a document from a stream, which is not closed, and returns a cursor at its root. */
  public static JsonCursor read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try (JsonParser p = FACTORY.createParser(in)) {
      return root(document(p), source);
    } catch (JsonProcessingException e) {
      throw malformed(source, e);
    }
  }

  /** Reads a document from text and returns a cursor at its root. */
  public static JsonCursor read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    try (JsonParser p = FACTORY.createParser(json)) {
      return root(document(p), source);
    } catch (IOException e) {
      throw inMemory(source, e);
    }
  }

  /**
   * Reads the element at {@code [index]} of a document's top-level array, which lies in
   * {@code json[start, end)} (as {@link #elements} finds it); a malformed element is reported at
   * its line and column in the whole document.
   */
  public static JsonCursor readElement(byte[] json, int start, int end, int index,
      String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    return element(span(json, start, end, source), index, source);
  }

  //-----------------------------------------------------------------------
  // Skimming: a bundled catalog finds its parts byte by byte, following only strings and
  // brackets, and parses only what it needs at once; each part is read whole on first use.

  /**
   * Returns where the elements of a document's top-level array lie: the start and end of each,
   * found by skimming, so that nothing in them is checked yet.
   */
  public static int[] elements(byte[] json, String source) {
    Objects.requireNonNull(source, "source");
    int n = json.length;
    int[] out = new int[64];
    int count = 0;
    int i = space(json, 0, n);
    if (i < n && json[i] == '[') {
      i = space(json, i + 1, n);
      boolean more = i < n && json[i] != ']';
      while (more) {
        int end = skip(json, i, n);
        if (end < 0) {
          return malformedArray(json, source);
        }
        out = count == out.length ? Arrays.copyOf(out, count * 2) : out;
        out[count++] = i;
        out[count++] = end;
        i = space(json, end, n);
        more = i < n && json[i] == ',';
        i = more ? space(json, i + 1, n) : i;
      }
      if (i < n && json[i] == ']' && space(json, i + 1, n) == n) {
        return Arrays.copyOf(out, count);
      }
    }
    return malformedArray(json, source);
  }

  private static int[] malformedArray(byte[] json, String source) {
    span(json, 0, json.length, source); // reports what is malformed
    throw new InvalidJsonException(source, "", null, "Document must be an array", null);
  }

  /**
   * Reads some top-level fields of the object in {@code json[start, end)}, a document's header
   * ({@code index} negative) or the element at {@code [index]} of its top-level array: the
   * object is skimmed, only those fields' values are parsed, and it stops once it has them all.
   * What cannot be skimmed (or is malformed) is read whole.
   */
  public static JsonCursor readFields(byte[] json, int start, int end, int index,
      Set<String> fields, String source) {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(source, "source");
    int open = space(json, start, end);
    int last = prefix(json, open, end, fields);
    Object node = null;
    if (last > open) {
      // one parse of the object up to its last field asked for, closed after it
      byte[] prefix = Arrays.copyOfRange(json, open, last + 1);
      prefix[prefix.length - 1] = '}';
      try (JsonParser p = FACTORY.createParser(prefix)) {
        Map<?, ?> header = (Map<?, ?>) document(p);
        header.keySet().retainAll(fields);
        node = header;
      } catch (IOException e) {
        // reported below, by the whole object read
      }
    }
    node = node == null ? span(json, start, end, source) : node;
    return index < 0 ? root(node, source) : element(node, index, source);
  }

  /**
   * Skims the object at {@code i} for some fields: returns the index after the value of the
   * last of them it finds (after the '{' if none), once it has them all or at the end of the
   * object, or -1 if it cannot follow the object.
   */
  private static int prefix(byte[] json, int i, int end, Set<String> fields) {
    if (i >= end || json[i] != '{') {
      return -1;
    }
    int last = i + 1;
    i = space(json, i + 1, end);
    int found = 0;
    while (found < fields.size() && i < end && json[i] != '}') {
      int key = i;
      int keyEnd = key < end && json[key] == '"' ? skip(json, key, end) : -1;
      i = keyEnd < 0 ? end : space(json, keyEnd, end);
      if (i >= end || json[i] != ':' || (i = skip(json, space(json, i + 1, end), end)) < 0) {
        return -1;
      }
      String name = new String(json, key + 1, keyEnd - key - 2, StandardCharsets.UTF_8);
      if (name.indexOf('\\') >= 0) {
        return -1; // an escaped name: read whole, which decodes it
      }
      if (fields.contains(name)) {
        found++;
        last = i;
      }
      i = space(json, i, end);
      if (i < end && json[i] == ',') {
        i = space(json, i + 1, end);
      } else if (i >= end || json[i] != '}') {
        return -1;
      }
    }
    return i < end ? last : -1;
  }

  /** Returns the index after the value at {@code i}, following strings and brackets, or -1. */
  private static int skip(byte[] json, int i, int end) {
    int start = i;
    int depth = 0;
    for (; i < end; i++) {
      byte c = json[i];
      if (c == '"') {
        for (i++; i < end && json[i] != '"'; i++) {
          i += json[i] == '\\' ? 1 : 0;
        }
        if (i >= end) {
          return -1;
        }
        if (depth == 0) {
          return i + 1;
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          break; // the end of a number or literal
        }
        if (--depth == 0) {
          return i + 1;
        }
      } else if (depth == 0 && (c == ',' || c == ':' || c <= ' ')) {
        break;
      }
    }
    return depth == 0 && i > start ? i : -1;
  }

  private static int space(byte[] json, int i, int end) {
    while (i < end && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** Reads the value in part of a document's bytes; if malformed, reports the whole document. */
  private static @Nullable Object span(byte[] json, int start, int end, String source) {
    try (JsonParser p = FACTORY.createParser(json, start, end - start)) {
      return document(p);
    } catch (IOException e) {
      // reported below, at its place in the whole document
    }
    try (JsonParser p = FACTORY.createParser(json)) {
      document(p);
    } catch (IOException e) {
      throw inMemory(source, e);
    }
    throw new InvalidJsonException(source, "", null, "inference-econ bug: a part of the "
        + "document is malformed, but not the whole", null);
  }

  /** Returns the error for malformed JSON: the source, and where the parser stopped. */
  private static InvalidJsonException malformed(String source, JsonProcessingException e) {
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
        + ", column " + e.getLocation().getColumnNr();
    return new InvalidJsonException(source, "", null, "Malformed JSON" + where + ": "
        + e.getOriginalMessage(), e);
  }

  /** Returns the error for input in memory: malformed JSON, or (a bug) any other I/O failure. */
  private static RuntimeException inMemory(String source, IOException e) {
    return e instanceof JsonProcessingException ? malformed(source, (JsonProcessingException) e)
        : new UncheckedIOException("inference-econ bug: reading memory failed", e);
  }

  private static JsonCursor root(@Nullable Object tree, String source) {
    if (tree == null) {
      throw new InvalidJsonException(source, "", null, "Document must not be empty", null);
    }
    return new JsonCursor(source, new ArrayList<>(), null, null, -1, tree);
  }

  private static JsonCursor element(@Nullable Object tree, int index, String source) {
    JsonCursor array = root(List.of(), source);
    return new JsonCursor(source, array.problems, array, null, index, tree);
  }

  //-----------------------------------------------------------------------
  private static @Nullable Object document(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return null;
    }
    Object root = value(parser, first);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      // the message of Jackson's DeserializationFeature.FAIL_ON_TRAILING_TOKENS
      throw new JsonParseException(parser, "Trailing token (of type " + trailing
          + ") found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not "
          + "allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
          parser.currentTokenLocation());
    }
    return root;
  }

  /**
   * Reads the value at the current token. It recurses at
   * most as deep as the parser allows nesting ({@code StreamReadConstraints}, 1,000 levels).
   */
  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
          String name = parser.currentName();
          // the parser rejects duplicate names, so put never replaces a value
          object.put(name, value(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t));
        }
        return array;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        // the kinds of Jackson's tree: int, long or BigInteger by size
        return parser.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        BigDecimal value = parser.getDecimalValue();
        try {
          // as Jackson's tree reader does for floating-point numbers read as decimals
          return value.stripTrailingZeros();
        } catch (ArithmeticException e) {
          return value; // a scale that cannot be reduced further
        }
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new JsonParseException(parser, "inference-econ bug: unexpected token " + token);
    }
  }

  //-----------------------------------------------------------------------
  /** Returns the source of the document, as given when it was read. */
  public String source() {
    return source;
  }

  /** Returns the JSON path of this value, such as {@code models[1].cards[0].input}. */
  public String path() {
    if (parent == null) {
      return "";
    }
    String up = parent.path();
    return name == null ? up + "[" + index + "]" : up.isEmpty() ? name : up + "." + name;
  }

  /** Returns the name of this field, empty for an array element or the root. */
  public String name() {
    return name == null ? "" : name;
  }

  /** Returns the value under the cursor as Jackson's tree, a missing node if it is absent. */
  public JsonNode node() {
    return Tree.of(node);
  }

  /** Checks if the value is present and not {@code null}. */
  public boolean isPresent() {
    return node != null && node != NULL;
  }

  /** Checks if the value is an object. */
  public boolean isObject() {
    return node instanceof Map;
  }

  /** Checks if the value is an array. */
  public boolean isArray() {
    return node instanceof List;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map() {
    requireType(isObject(), "an object");
    return (Map<String, Object>) node;
  }

  /** Jackson's tree of a value, made only when asked for (by tests). */
  private static final class Tree {
    static JsonNode of(@Nullable Object value) {
      return value == null ? MissingNode.getInstance()
          : InferenceEconJson.newMapper().valueToTree(value);
    }
  }

  //-----------------------------------------------------------------------
  /** Checks that the value is an object with no field but the known ones (any if none given). */
  public JsonCursor object(String... known) {
    for (Map.Entry<String, Object> e : map().entrySet()) {
      if (known.length > 0 && !Arrays.asList(known).contains(e.getKey())) {
        String[] sorted = known.clone();
        Arrays.sort(sorted);
        throw child(e.getKey(), e.getValue()).fail("Unknown field '" + e.getKey()
            + "' (known: " + String.join(", ", sorted) + ")");
      }
    }
    return this;
  }

  /** Returns a cursor at a field of this object, which may be absent. */
  public JsonCursor field(String field) {
    return child(field, map().get(field));
  }

  /** Returns a cursor at a field of this object, or null if it is absent or {@code null}. */
  public @Nullable JsonCursor optional(String field) {
    JsonCursor c = field(field);
    return c.isPresent() ? c : null;
  }

  /** Returns cursors at the elements of an array field: none if absent or {@code null}. */
  public List<JsonCursor> optionalElements(String field) {
    JsonCursor c = optional(field);
    return c == null ? List.of() : c.elements();
  }

  private JsonCursor child(String field, @Nullable Object child) {
    return new JsonCursor(source, problems, this, field, -1, child);
  }

  /** Returns cursors at the elements of this array. */
  public List<JsonCursor> elements() {
    requireType(isArray(), "an array");
    List<?> list = (List<?>) node;
    List<JsonCursor> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(new JsonCursor(source, problems, this, null, i, list.get(i)));
    }
    return out;
  }

  /** Returns cursors at the fields of this object, in document order, for objects used as maps. */
  public List<JsonCursor> fields() {
    Map<String, Object> map = map();
    List<JsonCursor> out = new ArrayList<>(map.size());
    for (Map.Entry<String, Object> e : map.entrySet()) {
      out.add(child(e.getKey(), e.getValue()));
    }
    return out;
  }

  //-----------------------------------------------------------------------
  /** Reads a text that is not blank. */
  public String text() {
    String text = string("a string");
    if (text.isBlank()) {
      throw fail("Text must not be blank");
    }
    return text;
  }

  /** Reads this array of texts, none blank. */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    for (JsonCursor c : elements()) {
      out.add(c.text());
    }
    return out;
  }

  /** Reads a text field of this object, empty if absent or {@code null}. */
  public Optional<String> optionalText(String field) {
    JsonCursor c = optional(field);
    return c == null ? Optional.empty() : Optional.of(c.text());
  }

  /** Reads an array-of-texts field of this object, empty if absent or {@code null}. */
  public List<String> texts(String field) {
    JsonCursor c = optional(field);
    return c == null ? List.of() : c.texts();
  }

  /** Reads a date field of this object, empty if absent or {@code null}. */
  public Optional<LocalDate> optionalDate(String field) {
    JsonCursor c = optional(field);
    return c == null ? Optional.empty() : Optional.of(c.date());
  }

  /**
   * Reads an exact decimal in [min, max] written as a JSON number or as numeric text (as catalogs
   * write prices, {@code "0.30"}), bounded in digits, without trailing zeros.
   */
  public BigDecimal decimal(BigDecimal min, BigDecimal max) {
    BigDecimal value;
    if (node instanceof Number) {
      value = decimalValue();
    } else if (node instanceof String) {
      try {
        if (((String) node).length() > MAX_NUMBER_TEXT) {
          throw new NumberFormatException();
        }
        value = new BigDecimal((String) node);
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

  private BigDecimal decimalValue() {
    return node instanceof BigDecimal ? (BigDecimal) node : node instanceof BigInteger
        ? new BigDecimal((BigInteger) node) : BigDecimal.valueOf(((Number) node).longValue());
  }

  /** Reads an exact decimal in [min, max] written as a JSON number, not as text. */
  public BigDecimal number(BigDecimal min, BigDecimal max) {
    requireType(node instanceof Number, "a number");
    return decimal(min, max);
  }

  /**
   * Reads a decimal written as text in plain form, as catalogs write amounts: one to
   * {@code integerDigits} digits, then optionally a point and digits ({@code "23.92"}).
   */
  public BigDecimal plainDecimal(int integerDigits) {
    String text = string("a string");
    int point = text.indexOf('.');
    if ((point < 0 ? text.length() : point) > integerDigits || !isPlainDecimal(text)) {
      throw fail("Value must be a plain decimal such as \"23.92\", with at most "
          + integerDigits + " digits before the point and " + MAX_DIGITS + " after");
    }
    BigDecimal value = new BigDecimal(text);
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /** Checks if text is {@code [0-9]+(\.[0-9]+)?} with at most {@value #MAX_DIGITS} digits a side. */
  public static boolean isPlainDecimal(CharSequence text) {
    return PLAIN_DECIMAL.matcher(text).matches();
  }

  /** Reads the ISO 4217 code of a currency with minor units (not XXX, XTS or XAU). */
  public Currency currency() {
    String code = text();
    try {
      Currency currency = Currency.getInstance(code);
      if (code.length() == 3 && currency.getDefaultFractionDigits() >= 0) {
        return currency;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw fail("Currency must be an ISO 4217 currency code");
  }

  /** Reads a whole number in [min, max] written as a JSON number. */
  public long whole(long min, long max) {
    requireType(node instanceof Number, "a number");
    BigDecimal value = decimalValue();
    boolean bounded = InputValues.isBounded(value);
    if (bounded && value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw fail("Number must be a whole number");
    }
    if (!bounded || value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw fail("Whole number must be in [" + min + ", " + max + "]");
    }
    return value.longValue();
  }

  /** Reads a boolean. */
  public boolean bool() {
    requireType(node instanceof Boolean, "true or false");
    return (Boolean) node;
  }

  /** Reads a boolean field of this object, {@code orElse} if absent or {@code null}. */
  public boolean bool(String field, boolean orElse) {
    JsonCursor c = optional(field);
    return c == null ? orElse : c.bool();
  }

  /** Reads an ISO date such as {@code 2025-05-22}. */
  public LocalDate date() {
    String text = string("an ISO date such as \"2025-05-22\"");
    try {
      return IsoDates.parse(text);
    } catch (DateTimeException e) {
      throw fail("Value must be an ISO date such as \"2025-05-22\"");
    }
  }

  /** Reads a positive ISO duration such as {@code PT5M}. */
  public Duration duration() {
    String text = string("an ISO duration such as \"PT5M\"");
    Duration d;
    try {
      d = IsoDates.parseDuration(text);
    } catch (DateTimeException | ArithmeticException e) {
      throw fail("Value must be an ISO duration such as \"PT5M\"");
    }
    if (d.isNegative() || d.isZero()) {
      throw fail("Duration must be positive");
    }
    return d;
  }

  /** Reads an enum constant by its exact name. */
  public <E extends Enum<E>> E constant(Class<E> type) {
    requireType(node != null, "");
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(node)) {
        return e;
      }
      names.add(e.name());
    }
    throw fail("Value must be one of " + String.join(", ", names));
  }

  //-----------------------------------------------------------------------
  private String string(String what) {
    requireType(node instanceof String, what);
    return (String) node;
  }

  private void requireType(boolean ok, String what) {
    if (!ok) {
      throw fail(typeRule(what));
    }
  }

  private String typeRule(String what) {
    if (node == null) {
      return "Missing required field '" + name() + "'";
    }
    return (name == null ? "Value" : "Field '" + name + "'") + " must be " + what;
  }

  /** Returns an error at this value, with its path and value, for the caller to throw. */
  public InvalidJsonException fail(String rule) {
    return new InvalidJsonException(source, path(), shownValue(), rule, null);
  }

  /**
   * Returns an error at this value for a rule broken in a value type's check, such as an
   * {@link IllegalArgumentException} from a builder (at the field an
   * {@link InvalidFieldException} names), for the caller to throw.
   */
  public InvalidJsonException fail(RuntimeException cause) {
    if (cause instanceof InvalidJsonException) {
      return (InvalidJsonException) cause;
    }
    JsonCursor at = this;
    if (cause instanceof InvalidFieldException) {
      for (String name : ((InvalidFieldException) cause).field().split("\\.")) {
        if (at.isObject()) {
          at = at.field(name);
        }
      }
    }
    String rule = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getMessage();
    return new InvalidJsonException(source, at.path(), at.shownValue(), rule, cause);
  }

  private @Nullable String shownValue() {
    return node == null ? null : isObject() ? "{...}" : isArray() ? "[...]" : node == NULL
        ? "null" : node instanceof String ? '"' + new String(JsonStringEncoder.getInstance()
        .quoteAsString((String) node)) + '"' : node.toString();
  }

  /** Records a problem so that the load goes on; throws them all at {@value #MAX_PROBLEMS}. */
  public void recover(InvalidJsonException problem) {
    problems.add(Objects.requireNonNull(problem, "problem"));
    if (problems.size() >= MAX_PROBLEMS) {
      throw InvalidJsonException.of(problems);
    }
  }

  /** Throws the problems recorded so far, if any: the first, carrying the others. */
  public void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw InvalidJsonException.of(problems);
    }
  }
}
