/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.Durations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of a command: named values in order, printed as an aligned table for people or as
 * JSON for programs.
 *
 * <p>JSON conventions: money is {@code {"amount": "0.0234", "currency": "USD"}} with an exact
 * decimal string; sizes are numbers of bytes; durations are numbers of seconds; rates are plain
 * numbers. The table shows the same values with their units.
 */
final class Report {

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  /** Adds a value; a null value is left out of both forms. */
  Report put(String key, String label, Object value) {
    if (value != null) {
      values.put(key, value);
      labels.put(key, label);
    }
    return this;
  }

  Report put(String key, Object value) {
    return put(key, key, value);
  }

  /** The values in order; a value is a scalar, a nested {@code Report} or a list. */
  Map<String, Object> entries() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /** The label of a key, as the table shows it. */
  String label(String key) {
    return labels.get(key);
  }

  /** Adds a note shown under the table (not in JSON). */
  Report note(String note) {
    notes.add(note);
    return this;
  }

  void print(PrintWriter out, boolean json) {
    if (json) {
      out.println(toJson());
    } else {
      out.print(toTable(""));
      for (String note : notes) {
        out.println(note);
      }
    }
    out.flush();
  }

  String toJson() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      write(g, this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Report) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : ((Report) value).values.entrySet()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List) {
      g.writeStartArray();
      for (Object item : (List<?>) value) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof Money) {
      Money m = (Money) value;
      g.writeStartObject();
      g.writeStringField("amount", m.amount().toPlainString());
      g.writeStringField("currency", m.currency().getCurrencyCode());
      g.writeEndObject();
    } else if (value instanceof ByteSize) {
      g.writeNumber(((ByteSize) value).toBytes());
    } else if (value instanceof Duration) {
      g.writeNumber(Durations.toSeconds((Duration) value));
    } else if (value instanceof BigDecimal) {
      g.writeString(((BigDecimal) value).toPlainString());
    } else if (value instanceof Integer || value instanceof Long) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double) {
      g.writeNumber((Double) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  String toTable(String indent) {
    StringBuilder b = new StringBuilder();
    int width = 0;
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (!(e.getValue() instanceof List) && !(e.getValue() instanceof Report)) {
        width = Math.max(width, labels.get(e.getKey()).length());
      }
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String label = labels.get(e.getKey());
      Object value = e.getValue();
      if (value instanceof Report) {
        b.append(indent).append(label).append(':').append('\n');
        b.append(((Report) value).toTable(indent + "  "));
      } else if (value instanceof List) {
        b.append(indent).append(label).append(':').append('\n');
        int i = 0;
        for (Object item : (List<?>) value) {
          if (item instanceof Report) {
            b.append(indent).append("  [").append(++i).append("]\n");
            b.append(((Report) item).toTable(indent + "    "));
          } else {
            b.append(indent).append("  - ").append(show(item)).append('\n');
          }
        }
      } else {
        b.append(indent).append(String.format(Locale.ROOT, "%-" + width + "s  %s", label, show(value)))
            .append('\n');
      }
    }
    return b.toString();
  }

  static String show(Object value) {
    if (value instanceof ByteSize) {
      ByteSize s = (ByteSize) value;
      return s.toDisplayString() + " (" + String.format(Locale.ROOT, "%,d", s.toBytes()) + " bytes)";
    }
    if (value instanceof Duration) {
      double seconds = Durations.toSeconds((Duration) value);
      return seconds < 1 ? String.format(Locale.ROOT, "%.2f ms", seconds * 1000)
          : String.format(Locale.ROOT, "%.3f s", seconds);
    }
    if (value instanceof Double) {
      double d = (Double) value;
      return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%,.1f", d) : String.format(Locale.ROOT, "%.4g", d);
    }
    if (value instanceof Long || value instanceof Integer) {
      return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
    }
    if (value instanceof BigDecimal) {
      return grouped((BigDecimal) value);
    }
    if (value instanceof Money) {
      return money((Money) value);
    }
    return String.valueOf(value);
  }

  /** Money for people: cents above one unit, four significant digits below; JSON stays exact. */
  private static String money(Money m) {
    BigDecimal amount = m.amount();
    BigDecimal shown = amount.abs().compareTo(BigDecimal.ONE) >= 0
        ? amount.setScale(2, RoundingMode.HALF_EVEN)
        : amount.round(new MathContext(4, RoundingMode.HALF_EVEN));
    String text = m.currency().getCurrencyCode() + " " + grouped(shown);
    return shown.compareTo(amount) == 0 ? text : text + " (rounded)";
  }

  /** A decimal in full, its whole part grouped in thousands: 54,933,890,000 or 0.0005215. */
  private static String grouped(BigDecimal value) {
    return String.format(Locale.ROOT, "%,." + Math.max(value.scale(), 0) + "f", value);
  }
}
