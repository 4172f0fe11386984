/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * Reads the usage, model and tier of a raw API response body, whole or streamed, with
 * {@link JsonCursor}: only the fields on the usage's paths are read into a tree, and of a stream
 * only the events that carry the usage, from the end. The counts go to the format's convention
 * as {@link UsageFields} named by their JSON paths.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
final class ResponseBodyReader {

  /** Counts above this are refused as JSON: a quadrillion tokens. */
  private static final long MAX_COUNT = 1_000_000_000_000_000L;
  private static final Set<String> OPENAI = Set.of("usage", "model", "service_tier");
  private static final Set<String> RESPONSES_EVENT = Set.of("response.usage", "response.model",
      "response.service_tier");
  private static final Set<String> ANTHROPIC = Set.of("usage", "model", "message.usage",
      "message.model");
  private static final Set<String> GEMINI = Set.of("usageMetadata", "modelVersion");
  private static final Set<String> BEDROCK = Set.of("usage", "serviceTier",
      "performanceConfig");
  /** The name of a body of each format in messages ("anthropic messages response body"). */
  private static final String[] SOURCES = new String[ApiResponseFormat.values().length];

  static {
    for (ApiResponseFormat f : ApiResponseFormat.values()) {
      SOURCES[f.ordinal()] = f.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " response body";
    }
  }

  private ResponseBodyReader() {}

  /**
   * One JSON document of a body: the whole body, or the data of one event of a stream, cut out
   * of the body only when it is read (most events of a stream never are).
   */
  private static final class Event {
    final @Nullable String name;
    private final String text;
    private final int start;
    private final int end;
    private @Nullable String json;

    Event(@Nullable String name, String json) {
      this(name, json, 0, json.length());
      this.json = json;
    }

    Event(@Nullable String name, String text, int start, int end) {
      this.name = name;
      this.text = text;
      this.start = start;
      this.end = end;
    }

    String json() {
      String j = json;
      if (j == null) {
        j = text.substring(start, end);
        json = j;
      }
      return j;
    }

    /** Checks if the document contains a text, without cutting it out. */
    boolean contains(String part) {
      int at = text.indexOf(part, start);
      return at >= 0 && at + part.length() <= end;
    }
  }

  static ApiResponseUsage read(ApiResponseFormat format, byte[] body) {
    int first = 0;
    while (first < body.length && body[first] <= ' ' && body[first] >= 0) {
      first++;
    }
    if (format == ApiResponseFormat.BEDROCK_CONVERSE && first < body.length
        && body[first] != '{') {
      return fromEvents(format, eventStream(body, source(format)));
    }
    return read(format, new String(body, StandardCharsets.UTF_8));
  }

  static ApiResponseUsage read(ApiResponseFormat format, String body) {
    // the body is not trimmed at its end (a copy of it): JSON reads past white space, and
    // blank lines only end events
    int first = 0;
    while (first < body.length() && Character.isWhitespace(body.charAt(first))) {
      first++;
    }
    char c = first < body.length() ? body.charAt(first) : ' ';
    List<Event> events;
    if (c == '{') {
      events = List.of(new Event(null, body));
    } else if (c == '[' && format == ApiResponseFormat.GEMINI_GENERATE_CONTENT) {
      // streamGenerateContent without alt=sse: a JSON array of responses
      List<JsonCursor> chunks = JsonCursor.read(body, source(format), GEMINI).elements();
      return gemini(format, chunks.isEmpty() ? null : chunks);
    } else {
      events = serverSentEvents(first == 0 ? body : body.substring(first));
    }
    return fromEvents(format, events);
  }

  //-----------------------------------------------------------------------
  private static ApiResponseUsage fromEvents(ApiResponseFormat format, List<Event> events) {
    String source = source(format);
    switch (format) {
      case OPENAI_CHAT_COMPLETIONS:
        return last(format, events, OPENAI, "", "usage");
      case OPENAI_RESPONSES:
        return events.size() == 1 && events.get(0).name == null
            ? last(format, events, OPENAI, "", "usage")
            : last(format, events, RESPONSES_EVENT, "response.", "response.usage");
      case ANTHROPIC_MESSAGES:
        return anthropic(format, events, source);
      case GEMINI_GENERATE_CONTENT:
        List<JsonCursor> chunks = new ArrayList<>();
        for (Event e : events) {
          chunks.add(JsonCursor.read(e.json(), source, GEMINI));
        }
        return gemini(format, chunks);
      default:
        return last(format, events, BEDROCK, "", "usage");
    }
  }

  /**
   * The usage of the last document with a usage object at {@code at} (with {@code prefix} in
   * front of the usage's siblings: the model and the tiers).
   */
  private static ApiResponseUsage last(ApiResponseFormat format, List<Event> events,
      Set<String> paths, String prefix, String at) {
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (!e.contains("sage\"")) {
        continue;
      }
      JsonCursor doc = JsonCursor.read(e.json(), source(format), paths);
      JsonCursor usage = at(doc, at);
      if (usage != null) {
        JsonCursor around = prefix.isEmpty() ? doc : at(doc, prefix.substring(0,
            prefix.length() - 1));
        UsageFields.Builder b = UsageFields.builder(at + ".");
        flatten(usage, "", b, true, true);
        b.prefix(prefix);
        flatten(around == null ? doc : around, "", b, false, false);
        return ApiResponseUsage.of(format, model(around == null ? doc : around, "model"),
            format.toApiUsage(b.build()));
      }
    }
    throw missing(at);
  }

  /** Anthropic: the message's usage, updated by each message_delta's cumulative usage. */
  private static ApiResponseUsage anthropic(ApiResponseFormat format, List<Event> events,
      String source) {
    if (events.size() == 1 && events.get(0).name == null) {
      return last(format, events, ANTHROPIC, "", "usage");
    }
    UsageFields.Builder b = UsageFields.builder("message.usage.");
    String model = null;
    boolean started = false;
    for (Event e : events) {
      if ("message_start".equals(e.name) || "message_delta".equals(e.name)) {
        JsonCursor doc = JsonCursor.read(e.json(), source, ANTHROPIC);
        JsonCursor message = doc.optional("message");
        JsonCursor usage = (message == null ? doc : message).optional("usage");
        if (message != null) {
          model = model(message, "model");
          started = true;
        }
        if (usage != null) {
          b.prefix(message == null ? "usage." : "message.usage.");
          flatten(usage, "", b, true, message != null);
        }
      }
    }
    if (!started) {
      throw missing("message_start");
    }
    return ApiResponseUsage.of(format, model, format.toApiUsage(b.build()));
  }

  /** Gemini: the usage of the last chunk with usageMetadata, the model its version. */
  private static ApiResponseUsage gemini(ApiResponseFormat format,
      @Nullable List<JsonCursor> chunks) {
    for (int i = chunks == null ? -1 : chunks.size() - 1; i >= 0; i--) {
      JsonCursor usage = chunks.get(i).optional("usageMetadata");
      if (usage != null) {
        UsageFields.Builder b = UsageFields.builder("usageMetadata.");
        flatten(usage, "", b, true, true);
        return ApiResponseUsage.of(format, model(chunks.get(i), "modelVersion"),
            format.toApiUsage(b.build()));
      }
    }
    throw missing("usageMetadata");
  }

  //-----------------------------------------------------------------------
  /**
   * Gives every count, text and null of a usage object to the builder, nested names joined by
   * dots; a list of objects of one text and one count (a count by modality or by lifetime)
   * gives each count under its text, such as {@code promptTokensDetails.AUDIO}. Of an object
   * around the usage, only the texts (the model, the tiers) are given; of an update to a usage
   * (Anthropic's message_delta), no nulls.
   */
  private static void flatten(JsonCursor object, String prefix, UsageFields.Builder b,
      boolean counts, boolean nulls) {
    for (JsonCursor f : object.fields()) {
      String name = prefix + f.name();
      if (f.node().isTextual()) {
        b.text(name, f.node().textValue());
      } else if (!counts) {
        if (f.node().isObject() && !name.equals("usage")) {
          flatten(f, name + ".", b, false, false);
        }
      } else if (f.node().isNumber()) {
        b.count(name, f.whole(Long.MIN_VALUE, MAX_COUNT));
      } else if (f.node().isNull() && nulls) {
        b.nullValue(name);
      } else if (f.node().isObject()) {
        flatten(f, name + ".", b, true, nulls);
      } else if (f.node().isArray()) {
        for (JsonCursor element : f.elements()) {
          String kind = null;
          JsonCursor count = null;
          for (JsonCursor g : element.node().isObject() ? element.fields()
              : List.<JsonCursor>of()) {
            kind = g.node().isTextual() ? g.node().textValue() : kind;
            count = g.node().isNumber() ? g : count;
          }
          if (kind != null && count != null) {
            b.count(name + "." + kind, count.whole(Long.MIN_VALUE, MAX_COUNT));
          }
        }
      }
    }
  }

  private static @Nullable JsonCursor at(JsonCursor doc, String path) {
    JsonCursor c = doc;
    for (String name : path.split("\\.")) {
      c = c.node().isObject() ? c.optional(name) : null;
      if (c == null) {
        return null;
      }
    }
    return c.node().isObject() ? c : null;
  }

  private static @Nullable String model(JsonCursor object, String field) {
    JsonCursor model = object.optional(field);
    return model == null ? null : model.text();
  }

  private static UnmappableUsageException missing(String field) {
    return new UnmappableUsageException(field, "is required (a stream reports it only in its "
        + "final usage event)", "missing");
  }

  private static String source(ApiResponseFormat format) {
    return SOURCES[format.ordinal()];
  }


  //-----------------------------------------------------------------------
  /**
   * The events of a server-sent event stream: {@code event:} names and {@code data:} lines
   * (joined by newlines), dispatched at blank lines; comments and {@code [DONE]} are dropped.
   */
  private static List<Event> serverSentEvents(String text) {
    List<Event> events = new ArrayList<>();
    String name = null;
    // the data of the event being read: one line as a span of the text, more lines joined
    int dataStart = -1;
    int dataEnd = -1;
    StringBuilder data = null;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (end == start) {
        if (dataStart >= 0) {
          add(events, name, text, dataStart, dataEnd, data);
        }
        name = null;
        dataStart = -1;
        data = null;
      } else if (text.startsWith("data:", start)) {
        int value = start + (text.startsWith("data: ", start) ? 6 : 5);
        if (dataStart < 0) {
          dataStart = value;
          dataEnd = end;
        } else {
          if (data == null) {
            data = new StringBuilder().append(text, dataStart, dataEnd);
          }
          data.append('\n').append(text, value, end);
        }
      } else if (text.startsWith("event:", start)) {
        name = text.substring(start + (text.startsWith("event: ", start) ? 7 : 6), end);
      }
      start = end < length && text.charAt(end) == '\r' && end + 1 < length
          && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
      if (end == length && dataStart >= 0) {
        add(events, name, text, dataStart, dataEnd, data);
      }
    }
    return events;
  }

  /** Adds an event unless it is the {@code [DONE]} that ends an OpenAI stream. */
  private static void add(List<Event> events, @Nullable String name, String text, int start,
      int end, @Nullable StringBuilder data) {
    if (data != null) {
      String joined = data.toString();
      if (!joined.equals("[DONE]")) {
        events.add(new Event(name, joined));
      }
    } else if (!(end - start == 6 && text.startsWith("[DONE]", start))) {
      events.add(new Event(name, text, start, end));
    }
  }

  /**
   * The events of an AWS event stream (the binary body of Bedrock's ConverseStream): each
   * message a prelude (total length, headers length, CRC-32), headers, the payload and a CRC-32
   * of the whole; the events named by their {@code :event-type} header.
   */
  private static List<Event> eventStream(byte[] b, String source) {
    List<Event> events = new ArrayList<>();
    int pos = 0;
    while (pos < b.length) {
      int total = b.length - pos >= 12 ? readInt(b, pos) : -1;
      int headers = total < 0 ? -1 : readInt(b, pos + 4);
      if (total < 16 || headers < 0 || headers > total - 16 || total > b.length - pos
          || crc(b, pos, 8) != readInt(b, pos + 8)
          || crc(b, pos, total - 4) != readInt(b, pos + total - 4)) {
        throw new InvalidJsonException(source, "", null, "Malformed event stream: the message "
            + "at byte " + pos + " has a bad length or checksum", null);
      }
      String type = null;
      String messageType = null;
      int h = pos + 12;
      while (h < pos + 12 + headers) {
        int nameLength = b[h] & 0xff;
        String name = new String(b, h + 1, nameLength, StandardCharsets.UTF_8);
        h += 1 + nameLength;
        int valueType = b[h++];
        int length = valueType <= 1 ? 0 : valueType == 2 ? 1 : valueType == 3 ? 2
            : valueType == 4 ? 4 : valueType == 5 || valueType == 8 ? 8 : valueType == 9 ? 16
            : 2 + ((b[h] & 0xff) << 8 | (b[h + 1] & 0xff));
        if (valueType == 7) {
          String value = new String(b, h + 2, length - 2, StandardCharsets.UTF_8);
          type = name.equals(":event-type") ? value : type;
          messageType = name.equals(":message-type") ? value : messageType;
        }
        h += length;
      }
      if ("event".equals(messageType) && "metadata".equals(type)) {
        events.add(new Event(type, new String(b, pos + 12 + headers, total - 16 - headers,
            StandardCharsets.UTF_8)));
      }
      pos += total;
    }
    return events;
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
