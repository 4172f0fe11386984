/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
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
import java.util.Set;

/**
 * The result of a command: named values in order, printed as an aligned table for people, as
 * JSON for programs or as CSV for spreadsheets.
 *
 * <p>A value is a scalar (text, number, money, size, duration, flag), a nested report, a list
 * (of reports or of scalars) or {@link Columns}, reports with the same keys shown side by side
 * (such as before, after and change).
 *
 * <p>JSON conventions: money is {@code {"amount": "0.0234", "currency": "USD"}} with an exact
 * decimal string; sizes are numbers of bytes; durations are numbers of seconds; rates are plain
 * numbers. The table shows the same values with their units.
 *
 * <p>CSV ({@link #toCsv()}, written by {@link Csv}): the rows are the entries of the report's
 * lists of reports and {@link Columns} (a {@code Columns} entry named in a column under the
 * value's label; where the report has several lists, the column {@value #LIST_COLUMN} names
 * each row's), or else the report itself as one row. Every other value is a column repeated
 * on each row. Columns are named by the table's labels, a nested value's joined to its
 * parent's with {@code " / "} (an entry of a nested list by its number); the unit is in the
 * header ({@code (bytes)}, {@code (s)}, the currency code, {@code (B/s)}, {@code (FLOP/s)},
 * {@code (W)}) and the number unformatted: bytes, seconds and money amounts exact, no grouping.
 * (Rates and power are shown with their unit in the table and JSON, as text.) A list of
 * scalars is one field, its items joined with {@code "; "}. An entry that lacks a column
 * leaves its field empty. Notes are not part of CSV or JSON.
 */
final class Report {

  /** The output formats. */
  enum Format {
    /** Aligned text for people. */
    TABLE,
    /** JSON for programs. */
    JSON,
    /** RFC 4180 comma-separated values. */
    CSV
  }

  /** The CSV column naming the list a row comes from, where a report has several. */
  static final String LIST_COLUMN = "list";

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

  /** Prints the report in the format the options choose. */
  void print(PrintWriter out, OutputOptions output) {
    print(out, output.format());
  }

  void print(PrintWriter out, Format format) {
    switch (format) {
      case JSON:
        out.println(toJson());
        break;
      case CSV:
        out.print(toCsv());
        break;
      default:
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
    } else if (value instanceof Columns) {
      g.writeStartObject();
      for (Map.Entry<String, Report> e : ((Columns) value).columns.entrySet()) {
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
    } else if (value instanceof Bytes) {
      g.writeNumber(((Bytes) value).bytes);
    } else if (value instanceof Duration) {
      g.writeNumber(seconds((Duration) value).toPlainString());
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
      if (!(e.getValue() instanceof List) && !(e.getValue() instanceof Report)
          && !(e.getValue() instanceof Columns)) {
        width = Math.max(width, labels.get(e.getKey()).length());
      }
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String label = labels.get(e.getKey());
      Object value = e.getValue();
      if (value instanceof Report) {
        b.append(indent).append(label).append(':').append('\n');
        b.append(((Report) value).toTable(indent + "  "));
      } else if (value instanceof Columns) {
        b.append(indent).append(label).append(':').append('\n');
        b.append(((Columns) value).toTable(indent + "  "));
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

  //-----------------------------------------------------------------------
  String toCsv() {
    List<String> sources = new ArrayList<>();
    Map<String, String> context = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (e.getValue() instanceof Columns || isRows(e.getValue())) {
        sources.add(e.getKey());
      } else {
        flatten(labels.get(e.getKey()), e.getValue(), context);
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    if (sources.isEmpty()) {
      rows.add(context);
    }
    for (String key : sources) {
      String label = labels.get(key);
      Object source = values.get(key);
      if (source instanceof Columns) {
        for (Map.Entry<String, Report> c : ((Columns) source).columns.entrySet()) {
          Map<String, String> row = new LinkedHashMap<>(context);
          row.put(label, c.getKey());
          c.getValue().flattenInto(label, row, context.keySet());
          rows.add(row);
        }
      } else {
        for (Object item : (List<?>) source) {
          Map<String, String> row = new LinkedHashMap<>(context);
          if (sources.size() > 1) {
            row.put(LIST_COLUMN, label);
          }
          if (item instanceof Report) {
            ((Report) item).flattenInto(label, row, context.keySet());
          } else {
            flatten(label, item, row);
          }
          rows.add(row);
        }
      }
    }
    List<String> header = new ArrayList<>(context.keySet());
    for (Map<String, String> row : rows) {
      for (String column : row.keySet()) {
        if (!header.contains(column)) {
          header.add(column);
        }
      }
    }
    List<List<String>> records = new ArrayList<>();
    for (Map<String, String> row : rows) {
      List<String> record = new ArrayList<>();
      for (String column : header) {
        record.add(row.getOrDefault(column, ""));
      }
      records.add(record);
    }
    return Csv.write(header, records);
  }

  /** Whether a value is a list of entries: reports, or an empty list (no entries). */
  private static boolean isRows(Object value) {
    return value instanceof List && (((List<?>) value).isEmpty()
        || ((List<?>) value).stream().anyMatch(Report.class::isInstance));
  }

  /** Adds a row entry's columns, named by their labels (prefixed where the context has one). */
  private void flattenInto(String rowsLabel, Map<String, String> row, Set<String> taken) {
    Map<String, String> own = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      flatten(labels.get(e.getKey()), e.getValue(), own);
    }
    own.forEach((column, value) -> row.put(taken.contains(column)
        ? rowsLabel + " / " + column : column, value));
  }

  private static void flatten(String name, Object value, Map<String, String> into) {
    if (value instanceof Report) {
      Report r = (Report) value;
      r.values.forEach((k, v) -> flatten(name + " / " + r.labels.get(k), v, into));
    } else if (value instanceof Columns) {
      ((Columns) value).columns.forEach((c, r) -> flatten(name + " / " + c, r, into));
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      if (list.stream().anyMatch(Report.class::isInstance)) {
        for (int i = 0; i < list.size(); i++) {
          flatten(name + " / " + (i + 1), list.get(i), into);
        }
      } else {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(csvValue(item)));
        into.put(name, String.join("; ", items));
      }
    } else {
      into.put(name + csvUnit(value), csvValue(value));
    }
  }

  /** The unit a CSV header names for a value: its number alone is written. */
  private static String csvUnit(Object value) {
    if (value instanceof ByteSize || value instanceof Bytes) {
      return " (bytes)";
    }
    if (value instanceof Duration) {
      return " (s)";
    }
    if (value instanceof Money) {
      return " (" + ((Money) value).currency().getCurrencyCode() + ")";
    }
    if (value instanceof ByteRate) {
      return " (B/s)";
    }
    if (value instanceof FlopRate) {
      return " (FLOP/s)";
    }
    if (value instanceof Power) {
      return " (W)";
    }
    return "";
  }

  /** A value for CSV: numbers in full, without grouping or units. */
  private static String csvValue(Object value) {
    if (value instanceof ByteSize) {
      return Long.toString(((ByteSize) value).toBytes());
    }
    if (value instanceof Bytes) {
      return Long.toString(((Bytes) value).bytes);
    }
    if (value instanceof Duration) {
      return seconds((Duration) value).toPlainString();
    }
    if (value instanceof Money) {
      return ((Money) value).amount().toPlainString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Double) {
      return plain((Double) value);
    }
    if (value instanceof ByteRate) {
      return plain(((ByteRate) value).bytesPerSecond());
    }
    if (value instanceof FlopRate) {
      return plain(((FlopRate) value).flopsPerSecond());
    }
    if (value instanceof Power) {
      return plain(((Power) value).watts());
    }
    return String.valueOf(value);
  }

  /** A duration in seconds, exactly (to the nanosecond). */
  private static BigDecimal seconds(Duration d) {
    BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    return s.signum() == 0 ? BigDecimal.ZERO : s.stripTrailingZeros();
  }

  private static String plain(double d) {
    return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : Double.toString(d);
  }

  //-----------------------------------------------------------------------
  /**
   * A signed number of bytes, such as a change in memory: shown like a size with its sign, a
   * number of bytes in JSON and CSV.
   */
  static final class Bytes {

    final long bytes;

    private Bytes(long bytes) {
      this.bytes = bytes;
    }

    static Bytes of(long bytes) {
      return new Bytes(bytes);
    }

    static Bytes of(ByteSize size) {
      return new Bytes(size.toBytes());
    }

    @Override
    public String toString() {
      String size = ByteSize.ofBytes(Math.abs(bytes)).toDisplayString();
      return bytes < 0 ? "-" + size : size;
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Reports with the same keys shown side by side under their names, such as before, after
   * and change: columns in a table, an object of objects in JSON, one CSV row each.
   */
  static final class Columns {

    final Map<String, Report> columns = new LinkedHashMap<>();

    /** Adds a column. */
    Columns put(String name, Report column) {
      columns.put(name, column);
      return this;
    }

    String toTable(String indent) {
      Map<String, String> rowLabels = new LinkedHashMap<>();
      columns.values().forEach(r -> r.labels.forEach(rowLabels::putIfAbsent));
      List<List<String>> cells = new ArrayList<>();
      List<String> head = new ArrayList<>();
      head.add("");
      head.addAll(columns.keySet());
      cells.add(head);
      rowLabels.forEach((key, label) -> {
        List<String> line = new ArrayList<>();
        line.add(label);
        columns.values().forEach(r -> line.add(r.values.containsKey(key)
            ? brief(r.values.get(key)) : "-"));
        cells.add(line);
      });
      int[] widths = new int[head.size()];
      for (List<String> line : cells) {
        for (int i = 0; i < line.size(); i++) {
          widths[i] = Math.max(widths[i], line.get(i).length());
        }
      }
      StringBuilder b = new StringBuilder();
      for (List<String> line : cells) {
        StringBuilder l = new StringBuilder(indent);
        for (int i = 0; i < line.size(); i++) {
          String cell = line.get(i);
          l.append(i == 0 ? String.format(Locale.ROOT, "%-" + widths[i] + "s", cell)
              : "  " + String.format(Locale.ROOT, "%" + widths[i] + "s", cell));
        }
        b.append(l.toString().stripTrailing()).append('\n');
      }
      return b.toString();
    }

    /** A value in a column: as in the table, a size without its byte count. */
    private static String brief(Object value) {
      return value instanceof ByteSize ? ((ByteSize) value).toDisplayString()
          : value instanceof Bytes ? value.toString() : show(value);
    }
  }

  static String show(Object value) {
    if (value instanceof Bytes) {
      Bytes b = (Bytes) value;
      return b + " (" + String.format(Locale.ROOT, "%,d", b.bytes) + " bytes)";
    }
    if (value instanceof ByteSize) {
      ByteSize s = (ByteSize) value;
      return s.toDisplayString() + " (" + String.format(Locale.ROOT, "%,d", s.toBytes()) + " bytes)";
    }
    if (value instanceof Duration) {
      double seconds = Durations.toSeconds((Duration) value);
      return Math.abs(seconds) < 1 ? String.format(Locale.ROOT, "%.2f ms", seconds * 1000)
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
