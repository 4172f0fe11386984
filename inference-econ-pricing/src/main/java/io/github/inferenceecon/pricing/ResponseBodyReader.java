/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.inferenceecon.core.InputValues;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * Reads the usage, model and tier of a raw API response body, whole or streamed, in place: a
 * document is skimmed for the spans of the usage object and the few fields beside it (the model,
 * the tiers), only those are parsed with Jackson's streaming parser, and nothing of the body is
 * copied. Of a server-sent event stream only the events that carry the usage are
 * parsed, found by their framing from the end (and, for Anthropic's {@code message_start}, from
 * the start). The counts go to the format's convention as {@link UsageFields} named by their
 * JSON paths. The format of a body is told by {@link #detect}.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
final class ResponseBodyReader {

  /** Counts above this are refused as JSON: a quintillion tokens. */
  private static final long MAX_COUNT = 1_000_000_000_000_000L;
  /** The longest body read, in bytes or characters. */
  static final int MAX_BODY_LENGTH = 64 * 1024 * 1024;

  /**
   * Parsers over part of a body; no duplicate detection (the reader refuses a usage field
   * given twice itself, and skips everything else).
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  /** The name of a body of each format in messages ("anthropic messages response body"). */
  private static final Map<ApiResponseFormat, String> SOURCES =
      new EnumMap<>(ApiResponseFormat.class);
  private static final String UNKNOWN_SOURCE = "response body";

  static {
    for (ApiResponseFormat f : ApiResponseFormat.values()) {
      SOURCES.put(f, f.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " response body");
    }
  }

  /** Where a document of a format holds its usage and what is read beside it. */
  private static final class Shape {
    /** The field whose object holds the usage, or empty when the root holds it. */
    final String holder;
    /** The usage object's field. */
    final String usage;
    /** The field naming the model, or null. */
    final @Nullable String model;
    /** The fields beside the usage whose texts the convention reads (service tiers). */
    final String[] texts;
    /** Whether nulls in the usage are given (an update to a usage gives none). */
    final boolean nulls;
    /** The prefixes messages show before the usage's fields and the fields beside it. */
    final String usagePrefix;
    final String holderPrefix;

    Shape(String holder, String usage, @Nullable String model, boolean nulls,
        String... texts) {
      this.holder = holder;
      this.usage = usage;
      this.model = model;
      this.texts = texts;
      this.nulls = nulls;
      this.holderPrefix = holder.isEmpty() ? "" : holder + ".";
      this.usagePrefix = holderPrefix + usage + ".";
    }

    /** The path of the usage, as messages name it when it is missing. */
    String usagePath() {
      return holderPrefix + usage;
    }
  }

  private static final Shape OPENAI = new Shape("", "usage", "model", true, "service_tier");
  private static final Shape RESPONSES_EVENT = new Shape("response", "usage", "model", true,
      "service_tier");
  private static final Shape ANTHROPIC = new Shape("", "usage", "model", true);
  private static final Shape ANTHROPIC_START = new Shape("message", "usage", "model", true);
  private static final Shape ANTHROPIC_DELTA = new Shape("", "usage", null, false);
  private static final Shape GEMINI = new Shape("", "usageMetadata", "modelVersion", true);
  private static final Shape BEDROCK = new Shape("", "usage", null, true, "serviceTier",
      "performanceConfig");

  private ResponseBodyReader() {}

  //-----------------------------------------------------------------------
  static ApiResponseUsage read(ApiResponseFormat format, byte[] body) {
    checkLength(body.length, "bytes");
    return read(format, new Bytes(body, SOURCES.get(format)));
  }

  static ApiResponseUsage read(ApiResponseFormat format, String body) {
    checkLength(body.length(), "characters");
    return read(format, new Text(body, SOURCES.get(format)));
  }

  /** Reads a body of a format told from the body, told and read in one pass where it can. */
  static ApiResponseUsage read(byte[] body) {
    checkLength(body.length, "bytes");
    return read(new Bytes(body, UNKNOWN_SOURCE));
  }

  /** Reads a body of a format told from the body, told and read in one pass where it can. */
  static ApiResponseUsage read(String body) {
    checkLength(body.length(), "characters");
    return read(new Text(body, UNKNOWN_SOURCE));
  }

  static ApiResponseFormat detect(byte[] body) {
    checkLength(body.length, "bytes");
    return detect(new Bytes(body, UNKNOWN_SOURCE));
  }

  static ApiResponseFormat detect(String body) {
    checkLength(body.length(), "characters");
    return detect(new Text(body, UNKNOWN_SOURCE));
  }

  static ApiResponseFormat detect(ApiResponseFormat expected, byte[] body) {
    checkLength(body.length, "bytes");
    return detect(expected, new Bytes(body, UNKNOWN_SOURCE));
  }

  static ApiResponseFormat detect(ApiResponseFormat expected, String body) {
    checkLength(body.length(), "characters");
    return detect(expected, new Text(body, UNKNOWN_SOURCE));
  }

  private static void checkLength(int length, String unit) {
    if (length > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException("Response body must be at most " + MAX_BODY_LENGTH
          + " " + unit + " long: " + length);
    }
  }

  private static ApiResponseUsage read(ApiResponseFormat format, Body body) {
    int first = body.firstNonBlank();
    int c = first < body.length() ? body.at(first) : -1;
    if (c == '{') {
      Reading r = new Reading(format, body, whole(format));
      r.document(0, body.length());
      return r.result();
    }
    if (format == ApiResponseFormat.BEDROCK_CONVERSE && body instanceof Bytes && c >= 0) {
      return eventStream(format, (Bytes) body);
    }
    if (c == '[' && format == ApiResponseFormat.GEMINI_GENERATE_CONTENT) {
      return geminiArray(format, body);
    }
    switch (format) {
      case ANTHROPIC_MESSAGES:
        return anthropicStream(format, body);
      case OPENAI_RESPONSES:
        return lastUsage(format, body, RESPONSES_EVENT);
      default:
        return lastUsage(format, body, whole(format));
    }
  }

  /**
   * Reads a body of a format told from it. A JSON document is told and read in one pass: the
   * telling parses its top-level members and notes where each value lies, and the reading
   * parses only the values of the usage, the model and the tiers from those spans, as it
   * parses those a skim finds ({@link Reading#document}). A stream, an array, or a document
   * whose spans do not check out is read as a body of the format told.
   */
  private static ApiResponseUsage read(Body body) {
    Signs signs = tell(body);
    ApiResponseFormat format = signs.format();
    Body named = body.named(SOURCES.get(format));
    if (signs.members != null) {
      Reading r = new Reading(format, named, whole(format));
      if (r.members(signs.members, signs.documentEnd)) {
        r.spans(0, named.length());
        return r.result();
      }
    }
    return read(format, named);
  }

  private static Shape whole(ApiResponseFormat format) {
    switch (format) {
      case OPENAI_CHAT_COMPLETIONS:
      case OPENAI_RESPONSES:
        return OPENAI;
      case ANTHROPIC_MESSAGES:
        return ANTHROPIC;
      case GEMINI_GENERATE_CONTENT:
        return GEMINI;
      default:
        return BEDROCK;
    }
  }

  /**
   * A stream whose final usage event holds the whole usage: the last event with a usage, found
   * from the end (a Chat Completions usage chunk, a Responses {@code response.completed}, the
   * last Gemini chunk).
   */
  private static ApiResponseUsage lastUsage(ApiResponseFormat format, Body body, Shape shape) {
    Event e = new Event();
    String marker = "\"" + shape.usage + "\"";
    for (int end = body.length(); (end = body.eventBefore(end, 0, e)) >= 0; ) {
      if (e.dataStart < 0 || body.isDone(e)) {
        continue;
      }
      Reading r = new Reading(format, body, shape);
      if (e.dataLines == 1 && r.skim(e.dataStart, e.dataEnd)) {
        r.spans(e.dataStart, e.dataEnd);
      } else if (body.contains(e, marker)) {
        // an event that is not a plain object is parsed only if it may hold the usage
        r.event(e);
      }
      if (r.hasUsage) {
        return r.result();
      }
    }
    throw missing(shape.usagePath());
  }

  /**
   * Anthropic: the usage of {@code message_start} (the stream's first event), updated by the
   * usage of the last {@code message_delta}, whose counts are cumulative ("The token counts
   * shown in the usage field of the message_delta event are cumulative", Anthropic's streaming
   * documentation), so the events between them are never parsed.
   */
  private static ApiResponseUsage anthropicStream(ApiResponseFormat format, Body body) {
    Event e = new Event();
    Reading r = new Reading(format, body, ANTHROPIC_START);
    int startEnd = -1;
    for (int pos = 0; pos < body.length() && startEnd < 0; ) {
      int end = body.eventEnd(pos);
      if (body.eventBefore(end, pos, e) >= 0 && body.named(e, "message_start")
          && e.dataStart >= 0) {
        r.event(e);
        startEnd = end;
      }
      pos = end + 1;
    }
    if (startEnd < 0 || !r.hasHolder) {
      throw missing("message_start");
    }
    for (int end = body.length(); (end = body.eventBefore(end, startEnd, e)) >= 0; ) {
      if (body.named(e, "message_delta") && e.dataStart >= 0) {
        r.update(ANTHROPIC_DELTA);
        r.event(e);
        break;
      }
    }
    return r.result();
  }

  /** Gemini's {@code streamGenerateContent} without {@code alt=sse}: a JSON array. */
  private static ApiResponseUsage geminiArray(ApiResponseFormat format, Body body) {
    Reading last = null;
    try (JsonParser p = body.parser(0, body.length())) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          Reading r = new Reading(format, body, GEMINI);
          r.root(p);
          last = r.hasUsage ? r : last;
        } else if (t == null) {
          throw malformed(body.source, "Unexpected end of the array", null);
        } else {
          p.skipChildren();
        }
      }
      Reading.end(p, body.source);
    } catch (JsonProcessingException ex) {
      throw malformed(body.source, ex);
    } catch (IOException ex) {
      throw unreadable(ex);
    }
    if (last == null) {
      throw missing(GEMINI.usagePath());
    }
    return last.result();
  }

  //-----------------------------------------------------------------------
  /** The reading of one body's usage: a builder fed by the documents read. */
  private static final class Reading {
    final ApiResponseFormat format;
    final Body body;
    Shape shape;
    final UsageFields.Builder fields;
    @Nullable String model;
    boolean hasUsage;
    boolean hasHolder;

    Reading(ApiResponseFormat format, Body body, Shape shape) {
      this.format = format;
      this.body = body;
      this.shape = shape;
      this.fields = UsageFields.builder(shape.usagePrefix);
    }

    void update(Shape next) {
      this.shape = next;
    }

    ApiResponseUsage result() {
      if (!hasUsage) {
        throw missing(shape.usagePath());
      }
      return ApiResponseUsage.of(format, model, format.toApiUsage(fields.build()));
    }

    /** Reads the data of an event. */
    void event(Event e) {
      if (e.dataLines == 1) {
        document(e.dataStart, e.dataEnd);
      } else {
        Text joined = new Text(body.joinedData(e), body.source);
        new Reading(this, joined).document(0, joined.length());
      }
    }

    /** A reading of a joined event's data into this reading's fields. */
    private Reading(Reading parent, Body joined) {
      this.format = parent.format;
      this.body = joined;
      this.shape = parent.shape;
      this.fields = parent.fields;
      this.parentReading = parent;
    }

    private @Nullable Reading parentReading;

    /**
     * Reads one JSON document of the body. The document is first skimmed for the spans of the
     * usage, the model and the tiers (strings found by their quotes, other values by their
     * nesting), and only those spans are parsed; a document the skim cannot follow (not an
     * object, a key with escapes, broken nesting) is parsed whole, and so is one whose spans
     * break a rule, so that the error names the value's full path and location.
     */
    void document(int start, int end) {
      if (!skim(start, end)) {
        parse(start, end);
      } else {
        spans(start, end);
      }
      Reading parent = parentReading;
      if (parent != null) {
        parent.model = model != null ? model : parent.model;
        parent.hasUsage |= hasUsage;
        parent.hasHolder |= hasHolder;
      }
    }

    /** Parses the spans a skim of a document found; on a broken rule, the whole document. */
    void spans(int start, int end) {
      try {
        readSpans();
      } catch (InvalidJsonException e) {
        new Reading(format, body, shape).parse(start, end);
        throw e;
      }
    }

    /** Parses one whole JSON document of the body, skipping the subtrees it does not read. */
    void parse(int start, int end) {
      try (JsonParser p = body.parser(start, end)) {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new InvalidJsonException(body.source, "", null, "Document must not be empty",
              null);
        }
        if (t == JsonToken.START_OBJECT) {
          root(p);
        } else {
          p.skipChildren();
        }
        end(p, body.source);
      } catch (JsonProcessingException ex) {
        throw malformed(body.source, ex);
      } catch (IOException ex) {
        throw unreadable(ex);
      }
    }

    //-----------------------------------------------------------------------
    private static final int USAGE = 0;
    private static final int MODEL = 1;
    private static final int TEXT = 2;
    /** The spans found by the skim: kind, start and end of each. */
    private int[] spans = new int[12];
    private int spanCount;
    private boolean skimmedHolder;

    /** Skims a document for its spans; false when it cannot be skimmed. */
    private boolean skim(int start, int end) {
      spanCount = 0;
      skimmedHolder = false;
      int i = body.blank(start, end);
      if (i >= end || body.at(i) != '{') {
        return false;
      }
      i = members(i, end, shape.holder.isEmpty());
      return i >= 0 && body.blank(i, end) == end;
    }

    /**
     * Skims the members of the object at {@code i}, noting the spans of the fields read when it
     * holds the usage.
     *
     * @return the index after the object, or -1 when it cannot be skimmed
     */
    private int members(int from, int end, boolean holds) {
      int i = body.blank(from + 1, end);
      if (i < end && body.at(i) == '}') {
        return i + 1;
      }
      while (i < end && body.at(i) == '"') {
        int keyEnd = body.string(i, end);
        if (keyEnd < 0 || body.hasEscape(i + 1, keyEnd - 1)) {
          return -1;
        }
        int v = body.blank(keyEnd, end);
        if (v >= end || body.at(v) != ':') {
          return -1;
        }
        v = body.blank(v + 1, end);
        int valueEnd;
        if (!holds && v < end && body.at(v) == '{' && body.isKey(i, keyEnd, shape.holder)) {
          skimmedHolder = true;
          valueEnd = members(v, end, true);
        } else {
          valueEnd = body.value(v, end);
          int kind = !holds || valueEnd < 0 ? -1 : kind(i, keyEnd);
          if (kind >= 0) {
            span(kind, v, valueEnd);
          }
        }
        if (valueEnd < 0) {
          return -1;
        }
        i = body.blank(valueEnd, end);
        if (i < end && body.at(i) == '}') {
          return i + 1;
        }
        if (i >= end || body.at(i) != ',') {
          return -1;
        }
        i = body.blank(i + 1, end);
      }
      return -1;
    }

    /**
     * Takes the spans of the top-level members of a whole document, as the telling found them
     * (name, value start and end), in place of a skim; false when they do not check out (a
     * value's span does not start and end as its kind of value does, or the document is
     * followed by more than white space), so that the document is read the usual way.
     */
    boolean members(List<Member> members, int documentEnd) {
      spanCount = 0;
      skimmedHolder = false;
      if (documentEnd < 0 || documentEnd > body.length()
          || body.blank(documentEnd, body.length()) != body.length()) {
        return false;
      }
      for (Member m : members) {
        int kind = kind(m.name);
        if (kind < 0) {
          continue;
        }
        if (m.start < 0 || m.end <= m.start || m.end > documentEnd || !isValue(m.start, m.end)) {
          return false;
        }
        span(kind, m.start, m.end);
      }
      return true;
    }

    /** Checks if a span starts and ends as a JSON value does. */
    private boolean isValue(int start, int end) {
      int first = body.at(start);
      int last = body.at(end - 1);
      switch (first) {
        case '{':
          return last == '}';
        case '[':
          return last == ']';
        case '"':
          return last == '"' && end - start >= 2;
        default:
          return first == '-' || first >= '0' && first <= '9' || first == 't' || first == 'f'
              || first == 'n';
      }
    }

    private int kind(String key) {
      if (key.equals(shape.usage)) {
        return USAGE;
      }
      if (shape.model != null && key.equals(shape.model)) {
        return MODEL;
      }
      for (int k = 0; k < shape.texts.length; k++) {
        if (key.equals(shape.texts[k])) {
          return TEXT + k;
        }
      }
      return -1;
    }

    private int kind(int key, int keyEnd) {
      if (body.isKey(key, keyEnd, shape.usage)) {
        return USAGE;
      }
      if (shape.model != null && body.isKey(key, keyEnd, shape.model)) {
        return MODEL;
      }
      for (int k = 0; k < shape.texts.length; k++) {
        if (body.isKey(key, keyEnd, shape.texts[k])) {
          return TEXT + k;
        }
      }
      return -1;
    }

    private void span(int kind, int start, int end) {
      if (spanCount * 3 == spans.length) {
        spans = java.util.Arrays.copyOf(spans, spans.length * 2);
      }
      spans[spanCount * 3] = kind;
      spans[spanCount * 3 + 1] = start;
      spans[spanCount * 3 + 2] = end;
      spanCount++;
    }

    /** Parses the spans the skim found, in document order. */
    private void readSpans() {
      hasHolder |= skimmedHolder;
      for (int k = 0; k < spanCount; k++) {
        int kind = spans[k * 3];
        int start = spans[k * 3 + 1];
        int end = spans[k * 3 + 2];
        if (kind != USAGE && body.at(start) == '"' && !body.hasEscape(start + 1, end - 1)) {
          // a plain string (the model, a tier): its text, without a parser
          String text = body.text(start + 1, end - 1);
          if (kind == MODEL && !text.isBlank()) {
            model = text;
            continue;
          } else if (kind >= TEXT) {
            fields.prefix(shape.holderPrefix);
            if (!fields.give(shape.texts[kind - TEXT], text)) {
              throw new InvalidJsonException(body.source, "", null, "Repeated field", null);
            }
            continue;
          }
        }
        try (JsonParser p = body.parser(start, end)) {
          JsonToken t = p.nextToken();
          if (kind == USAGE) {
            usage(p, t);
          } else if (kind == MODEL) {
            model(p, t);
          } else {
            fields.prefix(shape.holderPrefix);
            texts(p, t, shape.texts[kind - TEXT]);
          }
          end(p, body.source);
        } catch (JsonProcessingException ex) {
          throw malformed(body.source, ex);
        } catch (IOException ex) {
          throw unreadable(ex);
        }
      }
    }

    static void end(JsonParser p, String source) throws IOException {
      if (p.nextToken() != null) {
        throw malformed(source, "Content after the document at line "
            + p.currentLocation().getLineNr() + ", column "
            + p.currentLocation().getColumnNr(), null);
      }
    }

    /** Reads a document's root object, the parser at its start. */
    void root(JsonParser p) throws IOException {
      if (shape.holder.isEmpty()) {
        holder(p);
        return;
      }
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        if (p.nextToken() == JsonToken.START_OBJECT && name.equals(shape.holder)) {
          hasHolder = true;
          holder(p);
        } else {
          p.skipChildren();
        }
      }
    }

    /** Reads the usage object's counts from its first token {@code t}; skips a non-object. */
    private void usage(JsonParser p, JsonToken t) throws IOException {
      if (t == JsonToken.START_OBJECT) {
        hasUsage = true;
        fields.prefix(shape.usagePrefix);
        counts(p, "");
      } else {
        p.skipChildren();
      }
    }

    /** Reads the object that holds the usage. */
    private void holder(JsonParser p) throws IOException {
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        if (name.equals(shape.usage)) {
          usage(p, t);
        } else if (name.equals(shape.model)) {
          model(p, t);
        } else if (isText(shape.texts, name)) {
          fields.prefix(shape.holderPrefix);
          texts(p, t, name);
        } else {
          p.skipChildren();
        }
      }
    }

    private void model(JsonParser p, JsonToken t) throws IOException {
      if (t == JsonToken.VALUE_STRING) {
        String text = p.getText();
        if (text.isBlank()) {
          throw fail(p, "Text must not be blank");
        }
        model = text;
      } else if (t != JsonToken.VALUE_NULL) {
        throw fail(p, "Field '" + p.currentName() + "' must be a string");
      }
    }

    /**
     * Gives every count, text and null of a usage object to the builder, nested names joined
     * by dots; a list of objects of one text and one count (a count by modality or by
     * lifetime) gives each count under its text, such as {@code promptTokensDetails.AUDIO}.
     */
    private void counts(JsonParser p, String prefix) throws IOException {
      for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
        String name = prefix.isEmpty() ? n : prefix + n;
        JsonToken t = p.nextToken();
        if (t == null) {
          throw malformed(body.source, "Unexpected end of the document", null);
        }
        switch (t) {
          case VALUE_STRING:
            put(p, name, p.getText());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            put(p, name, count(p));
            break;
          case VALUE_NULL:
            if (shape.nulls) {
              put(p, name, null);
            }
            break;
          case START_OBJECT:
            counts(p, name + ".");
            break;
          case START_ARRAY:
            kinds(p, name);
            break;
          default:
            p.skipChildren();
        }
      }
    }

    /** A list of counts by kind, such as {@code [{"modality": "TEXT", "tokenCount": 9}]}. */
    private void kinds(JsonParser p, String name) throws IOException {
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        String kind = null;
        long count = 0;
        boolean counted = false;
        for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
          JsonToken v = p.nextToken();
          if (v == JsonToken.VALUE_STRING) {
            kind = p.getText();
          } else if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
            count = count(p);
            counted = true;
          } else {
            p.skipChildren();
          }
        }
        if (kind != null && counted) {
          put(p, name + "." + kind, count);
        }
      }
    }

    /** The texts of an object beside the usage, such as {@code serviceTier.type}. */
    private void texts(JsonParser p, JsonToken t, String name) throws IOException {
      if (t == JsonToken.VALUE_STRING) {
        put(p, name, p.getText());
      } else if (t == JsonToken.START_OBJECT) {
        for (String n = p.nextFieldName(); n != null; n = p.nextFieldName()) {
          texts(p, p.nextToken(), name + "." + n);
        }
      } else {
        p.skipChildren();
      }
    }

    private void put(JsonParser p, String name, @Nullable Object value) throws IOException {
      if (!fields.give(name, value)) {
        throw fail(p, "Field '" + p.currentName() + "' must not be repeated");
      }
    }

    /** A count: a whole JSON number in [Long.MIN_VALUE, MAX_COUNT]. */
    private long count(JsonParser p) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
          && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        long value = p.getLongValue();
        if (value <= MAX_COUNT) {
          return value;
        }
      }
      String range = "Whole number must be in [" + Long.MIN_VALUE + ", " + MAX_COUNT + "]";
      if (p.getTextLength() > InputValues.MAX_DECIMAL_TEXT) {
        throw fail(p, range);
      }
      BigDecimal value = new BigDecimal(p.getText());
      if (!InputValues.isBounded(value)) {
        throw fail(p, range);
      }
      if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
        throw fail(p, "Number must be a whole number");
      }
      if (value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0
          || value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
        throw fail(p, range);
      }
      return value.longValueExact();
    }

    private InvalidJsonException fail(JsonParser p, String rule) {
      String value;
      try {
        value = p.currentToken() == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\""
            : p.getText();
      } catch (IOException e) {
        value = null;
      }
      return new InvalidJsonException(body.source, path(p.getParsingContext()), value, rule,
          null);
    }
  }

  private static boolean isText(String[] texts, String name) {
    for (String t : texts) {
      if (t.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The JSON path of the parser's value, such as {@code usage.prompt_tokens} or {@code [1]}. */
  static String path(@Nullable JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder path = new StringBuilder();
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonStreamContext c = chain.get(i);
      if (c.inArray()) {
        path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else if (c.getCurrentName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(c.getCurrentName());
      }
    }
    return path.toString();
  }

  private static UnmappableUsageException missing(String field) {
    return new UnmappableUsageException(field, "is required (a stream reports it only in its "
        + "final usage event)", "missing");
  }

  private static InvalidJsonException malformed(String source, JsonProcessingException e) {
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
        + ", column " + e.getLocation().getColumnNr();
    return malformed(source, "Malformed JSON" + where + ": " + e.getOriginalMessage(), e);
  }

  private static InvalidJsonException malformed(String source, String rule,
      @Nullable Throwable cause) {
    return new InvalidJsonException(source, "", null, rule, cause);
  }

  private static IllegalStateException unreadable(IOException e) {
    return new IllegalStateException("inference-econ bug: a body in memory could not be read",
        e);
  }

  //-----------------------------------------------------------------------
  /**
   * The format of a body, told by the fields each API documents: a Chat Completions object or
   * chunk ({@code "object": "chat.completion"} or {@code "chat.completion.chunk"}), a Responses
   * object or stream event ({@code "object": "response"}, {@code "type": "response.*"} or an
   * event named {@code response.*}), an Anthropic message or {@code message_start}
   * ({@code "type": "message"} or {@code "message_start"}), a Gemini response
   * ({@code usageMetadata} or {@code candidates}), a Bedrock Converse response (an
   * {@code output} object with a {@code message} and a {@code usage} object with
   * {@code inputTokens}) or ConverseStream's binary event stream. A stream is told by its first
   * event with data, a Gemini JSON array by its first element.
   */
  private static ApiResponseFormat detect(Body body) {
    return tell(body).format();
  }

  /**
   * The format of a body expected to be of a format: the one expected, unless the body has the
   * distinguishing fields of exactly one other format. A body whose format cannot be told (the
   * fields of none or of several, or JSON too malformed to look at) is taken as expected; its
   * reading then says what is wrong with it.
   */
  private static ApiResponseFormat detect(ApiResponseFormat expected, Body body) {
    Signs signs;
    try {
      signs = tell(body);
    } catch (InvalidJsonException e) {
      return expected;
    }
    ApiResponseFormat told = signs.single();
    if (told == null || told == expected) {
      return expected;
    }
    throw new ResponseFormatMismatchException(expected, told, signs.where + " has the fields of "
        + id(told) + " (" + signs.found.get(told) + ")");
  }

  /**
   * The distinguishing fields of a body, by the fields each API documents: a Chat Completions
   * object or chunk ({@code "object": "chat.completion"} or {@code "chat.completion.chunk"}), a
   * Responses object or stream event ({@code "object": "response"}, {@code "type":
   * "response.*"} or an event named {@code response.*}), an Anthropic message or
   * {@code message_start} ({@code "type": "message"} or {@code "message_start"}), a Gemini
   * response ({@code usageMetadata} or {@code candidates}), a Bedrock Converse response (an
   * {@code output} object with a {@code message} and a {@code usage} object with
   * {@code inputTokens}) or ConverseStream's binary event stream. A stream is told by its first
   * event with data, a Gemini JSON array by its first element.
   */
  private static Signs tell(Body body) {
    int first = body.firstNonBlank();
    int c = first < body.length() ? body.at(first) : -1;
    Signs signs = new Signs();
    if (c < 0) {
      return signs.refused("the body is empty");
    }
    if (c == 0 && body instanceof Bytes) {
      // an AWS event stream's prelude starts with the big-endian length of its first message
      byte[] b = ((Bytes) body).bytes;
      if (b.length < 16 || crc(b, 0, 8) != readInt(b, 8)) {
        return signs.refused("the body is binary but not an AWS event stream (its first "
            + "message's prelude checksum does not match)");
      }
      signs.where = "the body";
      signs.add(ApiResponseFormat.BEDROCK_CONVERSE, "an AWS event stream");
      return signs;
    }
    if (c == '{') {
      signs.where = "the document";
      signs.members = new ArrayList<>();
      signs.document(body, 0, body.length(), false);
      return signs;
    }
    if (c == '[') {
      signs.where = "the array's first element";
      signs.document(body, 0, body.length(), true);
      ApiResponseFormat f = signs.single();
      if (f != null && f != ApiResponseFormat.GEMINI_GENERATE_CONTENT) {
        return signs.refused("a JSON array is the stream of Gemini's streamGenerateContent "
            + "only, but its first element has the fields of " + id(f));
      }
      return signs;
    }
    Event e = new Event();
    for (int pos = 0; pos < body.length(); ) {
      int end = body.eventEnd(pos);
      if (body.eventBefore(end, pos, e) >= 0 && e.dataStart >= 0 && !body.isDone(e)) {
        signs.where = "the stream's first event";
        if (e.nameStart >= 0) {
          String name = body.text(e.nameStart, e.nameEnd);
          if (name.equals("message_start")) {
            signs.add(ApiResponseFormat.ANTHROPIC_MESSAGES, "event: message_start");
          } else if (name.startsWith("response.")) {
            signs.add(ApiResponseFormat.OPENAI_RESPONSES, "event: " + name);
          }
        }
        Body data = e.dataLines == 1 ? body : new Text(body.joinedData(e), body.source);
        signs.document(data, e.dataLines == 1 ? e.dataStart : 0,
            e.dataLines == 1 ? e.dataEnd : data.length(), false);
        return signs;
      }
      pos = end + 1;
    }
    return signs.refused("the body is neither a JSON document nor a stream of events with data");
  }

  /** A top-level member of a document: its name and where its value lies in the body. */
  private static final class Member {
    final String name;
    final int start;
    final int end;

    Member(String name, int start, int end) {
      this.name = name;
      this.start = start;
      this.end = end;
    }
  }

  /** The distinguishing fields found in a body, by the format they belong to. */
  private static final class Signs {
    final Map<ApiResponseFormat, String> found = new EnumMap<>(ApiResponseFormat.class);
    /** The part of the body looked at, such as "the document". */
    String where = "the body";
    /** Why no format can be told whatever fields were found, or null. */
    @Nullable String refusal;
    /**
     * Of a whole document, its top-level members as the telling parsed them: the name, the
     * start and the end of each value, in turn; null for anything else.
     */
    @Nullable List<Member> members;
    /** Of a whole document, the index after its closing brace; -1 when not known. */
    int documentEnd = -1;

    Signs refused(String why) {
      refusal = why;
      return this;
    }

    /** The one format whose fields were found, or null if none, several, or refused. */
    @Nullable ApiResponseFormat single() {
      return refusal == null && found.size() == 1 ? found.keySet().iterator().next() : null;
    }

    void add(ApiResponseFormat format, String sign) {
      found.putIfAbsent(format, sign);
    }

    /** Looks at the top-level fields of a document (of its first element, for an array). */
    void document(Body body, int start, int end, boolean array) {
      try (JsonParser p = body.parser(start, end)) {
        JsonToken t = p.nextToken();
        if (array) {
          t = p.nextToken();
        }
        if (t != JsonToken.START_OBJECT) {
          return;
        }
        boolean bedrockOutput = false;
        boolean bedrockUsage = false;
        List<Member> values = members;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonToken v = p.nextToken();
          int valueStart = values == null ? -1 : body.offset(p.currentTokenLocation());
          if (name.equals("object") && v == JsonToken.VALUE_STRING) {
            String object = p.getText();
            if (object.equals("chat.completion") || object.equals("chat.completion.chunk")) {
              add(ApiResponseFormat.OPENAI_CHAT_COMPLETIONS, "\"object\": \"" + object + "\"");
            } else if (object.equals("response")) {
              add(ApiResponseFormat.OPENAI_RESPONSES, "\"object\": \"response\"");
            }
          } else if (name.equals("type") && v == JsonToken.VALUE_STRING) {
            String type = p.getText();
            if (type.equals("message") || type.equals("message_start")) {
              add(ApiResponseFormat.ANTHROPIC_MESSAGES, "\"type\": \"" + type + "\"");
            } else if (type.startsWith("response.")) {
              add(ApiResponseFormat.OPENAI_RESPONSES, "\"type\": \"" + type + "\"");
            }
          } else if (name.equals("usageMetadata") || name.equals("candidates")) {
            add(ApiResponseFormat.GEMINI_GENERATE_CONTENT, "\"" + name + "\"");
          } else if (name.equals("output") && v == JsonToken.START_OBJECT) {
            bedrockOutput |= hasField(p, "message");
          } else if (name.equals("usage") && v == JsonToken.START_OBJECT) {
            bedrockUsage |= hasField(p, "inputTokens");
          }
          if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            // an object hasField read is at its end already, where skipChildren does nothing
            p.skipChildren();
          } else if (values != null && v == JsonToken.VALUE_STRING) {
            // a string is read lazily: its end is known once it is read
            p.finishToken();
          }
          if (values != null) {
            values.add(new Member(name, valueStart, body.offset(p.currentLocation())));
          }
        }
        if (values != null) {
          documentEnd = body.offset(p.currentLocation());
        }
        if (bedrockOutput && bedrockUsage) {
          add(ApiResponseFormat.BEDROCK_CONVERSE, "\"output\": {\"message\"} and "
              + "\"usage\": {\"inputTokens\"}");
        }
      } catch (JsonProcessingException ex) {
        throw malformed(body.source, ex);
      } catch (IOException ex) {
        throw unreadable(ex);
      }
    }

    /** Checks if the object at the parser has a field, reading to its end. */
    private static boolean hasField(JsonParser p, String field) throws IOException {
      boolean has = false;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        has |= name.equals(field);
        p.nextToken();
        p.skipChildren();
      }
      return has;
    }

    /** The one format whose fields were found, or an exception saying why there is none. */
    ApiResponseFormat format() {
      if (refusal != null) {
        throw new IllegalArgumentException("Response body format cannot be told: " + refusal);
      }
      if (found.size() == 1) {
        return found.keySet().iterator().next();
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException("Response body format cannot be told: " + where
            + " has none of the fields that distinguish the formats (\"object\": "
            + "\"chat.completion\", \"object\": \"response\", \"type\": \"message\", "
            + "\"usageMetadata\", \"candidates\", Bedrock's \"output\" and \"usage\"); give "
            + "the format");
      }
      StringBuilder b = new StringBuilder();
      found.forEach((f, sign) -> b.append(b.length() == 0 ? "" : ", ").append(id(f))
          .append(" (").append(sign).append(')'));
      throw new IllegalArgumentException("Response body format is ambiguous: " + where
          + " has the fields of " + b + "; give the format");
    }
  }

  /** The format's name in messages and on the command line, such as {@code openai-responses}. */
  static String id(ApiResponseFormat format) {
    return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  //-----------------------------------------------------------------------
  /**
   * One event of a server-sent event stream, as spans of the body: its {@code event:} name and
   * its {@code data:} lines (one line kept as a span; several joined only when read).
   */
  private static final class Event {
    int start;
    int end;
    int nameStart;
    int nameEnd;
    int dataStart;
    int dataEnd;
    int dataLines;
  }

  /** A body in memory, read in place: the characters of a text or the bytes of UTF-8. */
  private abstract static class Body {
    final String source;

    Body(String source) {
      this.source = source;
    }

    abstract int length();

    /** The character or byte at an index; the stream framing is ASCII. */
    abstract int at(int i);

    /** A parser over part of the body. */
    abstract JsonParser parser(int start, int end) throws IOException;

    /**
     * The index of a location of a parser over the body from its start, or -1 when the parser
     * does not know it.
     */
    abstract int offset(JsonLocation location);

    /** The same body under another name in messages, not copied. */
    abstract Body named(String source);

    /** The text of part of the body. */
    abstract String text(int start, int end);

    int firstNonBlank() {
      int i = 0;
      while (i < length() && (at(i) == ' ' || at(i) == '\t' || at(i) == '\n'
          || at(i) == '\r' || at(i) == 0xFEFF)) {
        i++;
      }
      return i;
    }

    private boolean isEol(int i) {
      int c = at(i);
      return c == '\n' || c == '\r';
    }

    /**
     * Finds the last event that ends at or before {@code end} and starts at or after
     * {@code limit}, scanning lines backwards up to the blank line before it.
     *
     * @return the event's start, or -1 when there is none
     */
    int eventBefore(int end, int limit, Event e) {
      int i = end;
      while (i > limit && isEol(i - 1)) {
        i--;
      }
      if (i <= limit) {
        return -1;
      }
      e.end = i;
      e.nameStart = -1;
      e.dataStart = -1;
      e.dataLines = 0;
      while (true) {
        int lineEnd = i;
        int lineStart = lineStart(i, limit);
        line(e, lineStart, lineEnd);
        if (lineStart <= limit) {
          e.start = lineStart;
          return lineStart;
        }
        int j = lineStart - 1;
        if (at(j) == '\n' && j > limit && at(j - 1) == '\r') {
          j--;
        }
        if (j <= limit || isEol(j - 1)) {
          e.start = lineStart;
          return lineStart;
        }
        i = j;
      }
    }

    /** The start of the line that ends at {@code i}: after the line end before it. */
    int lineStart(int i, int limit) {
      int j = i;
      while (j > limit && !isEol(j - 1)) {
        j--;
      }
      return j;
    }

    /** Records a line of an event read backwards: its data or its name. */
    private void line(Event e, int start, int end) {
      if (startsWith(start, end, "data:")) {
        int value = start + 5 + (start + 5 < end && at(start + 5) == ' ' ? 1 : 0);
        e.dataStart = value;
        e.dataEnd = end;
        e.dataLines++;
      } else if (startsWith(start, end, "event:")) {
        e.nameStart = start + 6 + (start + 6 < end && at(start + 6) == ' ' ? 1 : 0);
        e.nameEnd = end;
      }
    }

    /** The end of the event that starts at or after {@code from}: its blank line, or the end. */
    int eventEnd(int from) {
      int n = length();
      int i = from;
      while (i < n && isEol(i)) {
        i++;
      }
      while (i < n) {
        if (isEol(i)) {
          int k = i + (at(i) == '\r' && i + 1 < n && at(i + 1) == '\n' ? 2 : 1);
          if (k >= n || isEol(k)) {
            return i;
          }
          i = k;
        } else {
          i++;
        }
      }
      return n;
    }

    /** The index of the first character at or after {@code i} that is not JSON white space. */
    int blank(int i, int end) {
      int j = i;
      while (j < end) {
        int c = at(j);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          break;
        }
        j++;
      }
      return j;
    }

    /** The index after the JSON string that starts at {@code i}, or -1 if it does not end. */
    int string(int i, int end) {
      for (int j = i + 1; j < end; j++) {
        int c = at(j);
        if (c == '\\') {
          j++;
        } else if (c == '"') {
          return j + 1;
        }
      }
      return -1;
    }

    /**
     * The index after the JSON value that starts at {@code i}, followed by its strings and
     * nesting only (the value is not checked), or -1 if it does not end.
     */
    int value(int i, int end) {
      if (i >= end) {
        return -1;
      }
      int c = at(i);
      if (c == '"') {
        return string(i, end);
      }
      if (c == '{' || c == '[') {
        int depth = 0;
        for (int j = i; j < end; ) {
          c = at(j);
          if (c == '"') {
            j = string(j, end);
            if (j < 0) {
              return -1;
            }
            continue;
          }
          if (c == '{' || c == '[') {
            depth++;
          } else if ((c == '}' || c == ']') && --depth == 0) {
            return j + 1;
          }
          j++;
        }
        return -1;
      }
      int j = i;
      while (j < end && (c = at(j)) != ',' && c != '}' && c != ']' && c != ' ' && c != '\n'
          && c != '\r' && c != '\t') {
        j++;
      }
      return j > i ? j : -1;
    }

    /** Checks if a key (with its quotes) is a name. */
    boolean isKey(int key, int keyEnd, String name) {
      return keyEnd - key - 2 == name.length() && startsWith(key + 1, keyEnd - 1, name);
    }

    /** Checks if part of the body holds an escape. */
    boolean hasEscape(int start, int end) {
      for (int i = start; i < end; i++) {
        if (at(i) == '\\') {
          return true;
        }
      }
      return false;
    }

    boolean startsWith(int start, int end, String ascii) {
      if (end - start < ascii.length()) {
        return false;
      }
      for (int k = 0; k < ascii.length(); k++) {
        if (at(start + k) != ascii.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    boolean named(Event e, String name) {
      return e.nameStart >= 0 && e.nameEnd - e.nameStart == name.length()
          && startsWith(e.nameStart, e.nameEnd, name);
    }

    /** Checks if an event's data is the {@code [DONE]} that ends an OpenAI stream. */
    boolean isDone(Event e) {
      return e.dataLines == 1 && e.dataEnd - e.dataStart == 6
          && startsWith(e.dataStart, e.dataEnd, "[DONE]");
    }

    /** Checks if an event contains a text, such as the name of the usage's field. */
    boolean contains(Event e, String ascii) {
      int c0 = ascii.charAt(0);
      for (int i = e.start, last = e.end - ascii.length(); i <= last; i++) {
        if (at(i) == c0 && startsWith(i, e.end, ascii)) {
          return true;
        }
      }
      return false;
    }

    /** The data of an event of several {@code data:} lines, joined by newlines. */
    String joinedData(Event e) {
      StringBuilder data = new StringBuilder();
      for (int pos = e.start; pos < e.end; ) {
        int lineEnd = pos;
        while (lineEnd < e.end && !isEol(lineEnd)) {
          lineEnd++;
        }
        if (startsWith(pos, lineEnd, "data:")) {
          int value = pos + 5 + (pos + 5 < lineEnd && at(pos + 5) == ' ' ? 1 : 0);
          data.append(data.length() == 0 ? "" : "\n").append(text(value, lineEnd));
        }
        pos = lineEnd < e.end && at(lineEnd) == '\r' && lineEnd + 1 < e.end
            && at(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
      }
      return data.toString();
    }
  }

  /** A body given as text. */
  private static final class Text extends Body {
    private final String text;

    Text(String text, String source) {
      super(source);
      this.text = text;
    }

    @Override
    int length() {
      return text.length();
    }

    @Override
    int at(int i) {
      return text.charAt(i);
    }

    @Override
    JsonParser parser(int start, int end) throws IOException {
      return FACTORY.createParser(new Span(text, start, end));
    }

    @Override
    int offset(JsonLocation location) {
      return (int) location.getCharOffset();
    }

    @Override
    Body named(String name) {
      return new Text(text, name);
    }

    @Override
    int lineStart(int i, int limit) {
      int j = i;
      char c;
      while (j > limit && (c = text.charAt(j - 1)) != '\n' && c != '\r') {
        j--;
      }
      return j;
    }

    /** Finds the closing quote with {@link String#indexOf(int, int)}, a HotSpot intrinsic. */
    @Override
    int string(int i, int end) {
      for (int j = i + 1; ; ) {
        int q = text.indexOf('"', j);
        if (q < 0 || q >= end) {
          return -1;
        }
        int k = q - 1;
        while (k > i && text.charAt(k) == '\\') {
          k--;
        }
        if (((q - 1 - k) & 1) == 0) {
          return q + 1;
        }
        j = q + 1;
      }
    }

    @Override
    String text(int start, int end) {
      return text.substring(start, end);
    }
  }

  /** A body given as bytes: UTF-8 JSON or stream text, or an AWS event stream. */
  private static final class Bytes extends Body {
    private final byte[] bytes;

    Bytes(byte[] bytes, String source) {
      super(source);
      this.bytes = bytes;
    }

    @Override
    int length() {
      return bytes.length;
    }

    @Override
    int at(int i) {
      return bytes[i] & 0xff;
    }

    @Override
    JsonParser parser(int start, int end) throws IOException {
      return FACTORY.createParser(bytes, start, end - start);
    }

    @Override
    int offset(JsonLocation location) {
      return (int) location.getByteOffset();
    }

    @Override
    Body named(String name) {
      return new Bytes(bytes, name);
    }

    @Override
    String text(int start, int end) {
      return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
  }

  /** A reader over part of a text, so that the parser reads it in place. */
  private static final class Span extends Reader {
    private final String text;
    private int pos;
    private final int end;

    Span(String text, int start, int end) {
      this.text = text;
      this.pos = start;
      this.end = end;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (pos >= end) {
        return -1;
      }
      int n = Math.min(length, end - pos);
      text.getChars(pos, pos + n, buffer, offset);
      pos += n;
      return n;
    }

    @Override
    public void close() {
      // nothing to release
    }
  }

  //-----------------------------------------------------------------------
  /**
   * The usage of an AWS event stream (the binary body of Bedrock's ConverseStream): each
   * message a prelude (total length, headers length, CRC-32 of both), headers, the payload and
   * a CRC-32 of the whole; the usage is the payload of the last {@code metadata} event. Every
   * prelude's checksum is checked (the lengths the scan follows), and the whole checksum of the
   * message read.
   */
  private static ApiResponseUsage eventStream(ApiResponseFormat format, Bytes body) {
    byte[] b = body.bytes;
    int metadata = -1;
    int pos = 0;
    while (pos < b.length) {
      int total = b.length - pos >= 12 ? readInt(b, pos) : -1;
      int headers = total < 0 ? -1 : readInt(b, pos + 4);
      if (total < 16 || headers < 0 || headers > total - 16 || total > b.length - pos
          || crc(b, pos, 8) != readInt(b, pos + 8)) {
        throw badMessage(body, pos);
      }
      String type = null;
      String messageType = null;
      int h = pos + 12;
      int headersEnd = pos + 12 + headers;
      while (h < headersEnd) {
        int nameLength = b[h] & 0xff;
        if (h + 2 + nameLength > headersEnd) {
          throw badMessage(body, pos);
        }
        String name = new String(b, h + 1, nameLength, StandardCharsets.UTF_8);
        h += 1 + nameLength;
        int valueType = b[h++];
        int length = valueType <= 1 ? 0 : valueType == 2 ? 1 : valueType == 3 ? 2
            : valueType == 4 ? 4 : valueType == 5 || valueType == 8 ? 8 : valueType == 9 ? 16
            : h + 2 <= headersEnd ? 2 + ((b[h] & 0xff) << 8 | (b[h + 1] & 0xff)) : -1;
        if (length < 0 || h + length > headersEnd) {
          throw badMessage(body, pos);
        }
        if (valueType == 7) {
          String value = new String(b, h + 2, length - 2, StandardCharsets.UTF_8);
          type = name.equals(":event-type") ? value : type;
          messageType = name.equals(":message-type") ? value : messageType;
        }
        h += length;
      }
      if ("event".equals(messageType) && "metadata".equals(type)) {
        if (crc(b, pos, total - 4) != readInt(b, pos + total - 4)) {
          throw badMessage(body, pos);
        }
        metadata = pos;
      }
      pos += total;
    }
    Reading r = new Reading(format, body, BEDROCK);
    if (metadata >= 0) {
      int total = readInt(b, metadata);
      r.document(metadata + 12 + readInt(b, metadata + 4), metadata + total - 4);
    }
    return r.result();
  }

  private static InvalidJsonException badMessage(Body body, int pos) {
    return malformed(body.source, "Malformed event stream: the message at byte " + pos
        + " has a bad length or checksum", null);
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8
        | (b[at + 3] & 0xff);
  }

  private static int crc(byte[] b, int from, int length) {
    CRC32 crc = new CRC32();
    crc.update(b, from, length);
    return (int) crc.getValue();
  }
}
