/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static io.github.inferenceecon.cli.Html.escape;
import static io.github.inferenceecon.cli.Html.number;

import io.github.inferenceecon.core.chart.BreakdownChart;
import io.github.inferenceecon.core.chart.Category;
import io.github.inferenceecon.core.chart.ChartPoint;
import io.github.inferenceecon.core.chart.Marker;
import io.github.inferenceecon.core.chart.Omission;
import io.github.inferenceecon.core.chart.Series;
import io.github.inferenceecon.core.chart.XyChart;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One self-contained HTML page: sections of inline SVG charts, the numbers behind them in
 * tables, the command's results as tables, and where every figure comes from. Nothing is fetched:
 * the style is inline, there is no script, and a Content-Security-Policy forbids any request.
 */
final class HtmlPage {

  /** Rows of a long table shown before the rest is folded away. */
  static final int SHOWN_ROWS = 50;
  /** Rows of a long table written at all; the JSON output has every one. */
  static final int MAX_ROWS = 1_000;

  private final String title;
  private final List<Section> sections = new ArrayList<>();

  HtmlPage(String title) {
    this.title = title;
  }

  HtmlPage add(Section section) {
    sections.add(section);
    return this;
  }

  HtmlPage addAll(List<Section> more) {
    sections.addAll(more);
    return this;
  }

  /** A figure's provenance, as the page's source tables show it. */
  record Source(String figure, String source, String date, String tier) {}

  /** A heading with its charts, result table and sources. */
  static final class Section {
    final String heading;
    final List<Object> charts = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    Report results;

    Section(String heading) {
      this.heading = heading;
    }

    Section chart(XyChart chart) {
      charts.add(chart);
      return this;
    }

    Section chart(BreakdownChart chart) {
      charts.add(chart);
      return this;
    }

    Section results(Report report) {
      this.results = report;
      return this;
    }

    Section source(String figure, String source, String date, String tier) {
      sources.add(new Source(figure, source, date, tier));
      return this;
    }
  }

  //-----------------------------------------------------------------------
  /** Writes the page, or says which file could not be written and why. */
  void write(Path file) throws IOException {
    String page = render();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(page);
    } catch (IOException e) {
      throw new IOException("Cannot write the HTML page '" + file + "': "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  String render() {
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"meta\">Written by ").append(escape(version()))
        .append(". Estimates from public figures; each figure's source, date and tier is listed "
            + "with it. Secondary figures come from third parties, given ones from the "
            + "command line.</p>\n");
    int chartNumber = 0;
    for (Section s : sections) {
      b.append("<section>\n<h2>").append(escape(s.heading)).append("</h2>\n");
      for (Object chart : s.charts) {
        chartNumber++;
        if (chart instanceof XyChart) {
          xy(b, (XyChart) chart, chartNumber);
        } else {
          breakdown(b, (BreakdownChart) chart, chartNumber);
        }
      }
      if (s.results != null) {
        b.append("<h3>Results</h3>\n");
        report(b, s.results);
      }
      if (!s.sources.isEmpty()) {
        b.append("<h3>Sources</h3>\n<div class=\"scroll\"><table class=\"sources\"><thead><tr>")
            .append("<th>figure</th><th>source</th><th>date</th><th>tier</th></tr></thead><tbody>");
        for (Source src : s.sources) {
          b.append("<tr><td>").append(escape(src.figure())).append("</td><td>")
              .append(link(src.source())).append("</td><td>").append(escape(src.date()))
              .append("</td><td>").append(escape(src.tier())).append("</td></tr>");
        }
        b.append("</tbody></table></div>\n");
      }
      b.append("</section>\n");
    }
    return b.append("</main>\n</body>\n</html>\n").toString();
  }

  //-----------------------------------------------------------------------
  private static void xy(StringBuilder b, XyChart chart, int n) {
    b.append("<figure>\n<figcaption>Figure ").append(n).append(". ")
        .append(escape(chart.title())).append("</figcaption>\n");
    if (chart.isEmpty()) {
      b.append("<p class=\"empty\">Nothing to draw.</p>\n");
    } else {
      SvgCharts.xy(b, chart);
      b.append("\n<ul class=\"legend\">");
      for (int i = 0; i < chart.series().size(); i++) {
        b.append("<li><span class=\"swatch\" style=\"border-color:").append(SvgCharts.colour(i))
            .append(";border-style:").append(SvgCharts.dash(i).isEmpty() ? "solid" : "dashed")
            .append("\"></span>").append(escape(chart.series().get(i).name())).append("</li>");
      }
      b.append("</ul>\n");
    }
    if (!chart.markers().isEmpty()) {
      b.append("<table class=\"markers\"><thead><tr><th>#</th><th>marked</th><th>")
          .append(escape(chart.xAxis().title())).append("</th><th>")
          .append(escape(chart.yAxis().title())).append("</th></tr></thead><tbody>");
      for (int i = 0; i < chart.markers().size(); i++) {
        Marker m = chart.markers().get(i);
        b.append("<tr><td>").append(i + 1).append("</td><td>").append(escape(m.label()))
            .append("</td><td class=\"num\">").append(escape(full(m.x(), chart.xAxis().isDate())))
            .append("</td><td class=\"num\">").append(escape(full(m.y(), false)))
            .append("</td></tr>");
      }
      b.append("</tbody></table>\n");
    }
    for (String note : chart.notes()) {
      b.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    // the numbers behind the chart
    int rows = 0;
    for (Series s : chart.series()) {
      rows += s.points().size();
    }
    if (rows > 0) {
      b.append(rows > SHOWN_ROWS ? "<details>" : "<details open>")
          .append("<summary>Data of figure ").append(n).append(" (").append(rows)
          .append(" points)</summary><div class=\"scroll\"><table class=\"data\"><thead><tr>")
          .append("<th>series</th><th>").append(escape(chart.xAxis().title())).append("</th><th>")
          .append(escape(chart.yAxis().title())).append("</th><th>point</th></tr></thead><tbody>");
      int written = 0;
      for (Series s : chart.series()) {
        for (ChartPoint p : s.points()) {
          if (written++ == MAX_ROWS) {
            break;
          }
          b.append("<tr><td>").append(escape(s.name())).append("</td><td class=\"num\">")
              .append(escape(full(p.x(), chart.xAxis().isDate()))).append("</td><td class=\"num\">")
              .append(escape(full(p.y(), chart.yAxis().isDate()))).append("</td><td>")
              .append(escape(p.label().orElse(""))).append("</td></tr>");
        }
      }
      b.append("</tbody></table></div>");
      if (rows > MAX_ROWS) {
        b.append("<p class=\"note\">First ").append(MAX_ROWS).append(" of ").append(rows)
            .append(" points; --json has them all.</p>");
      }
      b.append("</details>\n");
    }
    omissions(b, chart.omissions());
    b.append("</figure>\n");
  }

  private static void omissions(StringBuilder b, List<Omission> omissions) {
    if (omissions.isEmpty()) {
      return;
    }
    Map<String, Integer> byReason = new LinkedHashMap<>();
    for (Omission o : omissions) {
      byReason.merge(o.reason(), 1, Integer::sum);
    }
    b.append(omissions.size() > SHOWN_ROWS ? "<details>" : "<details open>")
        .append("<summary>Not drawn: ").append(omissions.size()).append(" (")
        .append(byReason.size()).append(byReason.size() == 1 ? " reason" : " reasons")
        .append(")</summary><div class=\"scroll\"><table class=\"omitted\"><thead><tr>")
        .append("<th>not drawn</th><th>why</th></tr></thead><tbody>");
    int written = 0;
    for (Omission o : omissions) {
      if (written++ == MAX_ROWS) {
        break;
      }
      b.append("<tr><td>").append(escape(o.label())).append("</td><td>")
          .append(escape(o.reason())).append("</td></tr>");
    }
    b.append("</tbody></table></div>");
    if (omissions.size() > MAX_ROWS) {
      b.append("<p class=\"note\">First ").append(MAX_ROWS).append(" of ")
          .append(omissions.size()).append("; --json has them all.</p>");
    }
    b.append("</details>\n");
  }

  private static void breakdown(StringBuilder b, BreakdownChart chart, int n) {
    b.append("<figure>\n<figcaption>Figure ").append(n).append(". ")
        .append(escape(chart.title())).append("</figcaption>\n");
    SvgCharts.breakdown(b, chart);
    b.append("\n<table class=\"data\"><thead><tr><th>part</th><th>")
        .append(escape(chart.unit())).append("</th><th>share of ")
        .append(escape(chart.limitLabel())).append("</th></tr></thead><tbody>");
    for (int i = 0; i < chart.categories().size(); i++) {
      Category c = chart.categories().get(i);
      b.append("<tr><td><span class=\"swatch\" style=\"border-color:")
          .append(SvgCharts.colour(i)).append("\"></span>").append(escape(c.name()))
          .append("</td><td class=\"num\">").append(escape(full(c.value(), false)))
          .append("</td><td class=\"num\">")
          .append(escape(String.format(Locale.ROOT, "%.1f%%",
              100 * c.value() / chart.limit()))).append("</td></tr>");
    }
    b.append("<tr><th>total</th><td class=\"num\">").append(escape(full(chart.total(), false)))
        .append("</td><td class=\"num\">").append(escape(String.format(Locale.ROOT,
            "%.1f%%", 100 * chart.total() / chart.limit()))).append("</td></tr>")
        .append("<tr><th>").append(escape(chart.limitLabel())).append("</th><td class=\"num\">")
        .append(escape(full(chart.limit(), false))).append("</td><td></td></tr>")
        .append("</tbody></table>\n");
    for (String note : chart.notes()) {
      b.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    b.append("</figure>\n");
  }

  /**
   * A value in a table: a date, a whole number grouped (52,821,044), one decimal from 100
   * (33,508,554.1), or four significant digits below (0.0135). Written without a
   * {@code Formatter}, which a table of thousands of rows would spend most of its time in.
   */
  static String full(double v, boolean date) {
    if (date) {
      return number(v, true);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return grouped(Long.toString((long) v));
    }
    if (Math.abs(v) >= 100 && Math.abs(v) < 1e14) {
      long tenths = Math.round(v * 10);
      String sign = tenths < 0 ? "-" : "";
      long abs = Math.abs(tenths);
      return sign + grouped(Long.toString(abs / 10)) + "." + (abs % 10);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** Digits with a comma between each group of three: 52821044 to 52,821,044. */
  private static String grouped(String digits) {
    int start = digits.startsWith("-") ? 1 : 0;
    int length = digits.length() - start;
    if (length <= 3) {
      return digits;
    }
    StringBuilder b = new StringBuilder(digits.length() + length / 3);
    b.append(digits, 0, start);
    int first = length % 3 == 0 ? 3 : length % 3;
    b.append(digits, start, start + first);
    for (int i = start + first; i < digits.length(); i += 3) {
      b.append(',').append(digits, i, i + 3);
    }
    return b.toString();
  }

  //-----------------------------------------------------------------------
  /** A result as tables: values in rows, nested results in nested tables, lists as tables. */
  static void report(StringBuilder b, Report r) {
    b.append("<div class=\"scroll\"><table class=\"results\"><tbody>");
    for (Map.Entry<String, Object> e : r.entries().entrySet()) {
      b.append("<tr><th>").append(escape(r.label(e.getKey()))).append("</th><td>");
      cell(b, e.getValue());
      b.append("</td></tr>");
    }
    b.append("</tbody></table></div>\n");
  }

  private static void cell(StringBuilder b, Object value) {
    if (value instanceof Report) {
      report(b, (Report) value);
    } else if (value instanceof Report.Columns) {
      columns(b, (Report.Columns) value);
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      if (!list.isEmpty() && list.get(0) instanceof Report) {
        rows(b, list);
      } else {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(Report.show(item)));
        b.append(escape(String.join(", ", items)));
      }
    } else {
      b.append(link(Report.show(value)));
    }
  }

  /** Results side by side (before and after): a row per key, a column per result. */
  private static void columns(StringBuilder b, Report.Columns columns) {
    Map<String, String> labels = new LinkedHashMap<>();
    columns.columns.values().forEach(r -> r.entries().keySet()
        .forEach(key -> labels.putIfAbsent(key, r.label(key))));
    b.append("<div class=\"scroll\"><table class=\"rows\"><thead><tr><th></th>");
    columns.columns.keySet().forEach(name -> b.append("<th>").append(escape(name))
        .append("</th>"));
    b.append("</tr></thead><tbody>");
    labels.forEach((key, label) -> {
      b.append("<tr><th>").append(escape(label)).append("</th>");
      for (Report r : columns.columns.values()) {
        b.append("<td>");
        Object v = r.entries().get(key);
        if (v != null) {
          cell(b, v);
        }
        b.append("</td>");
      }
      b.append("</tr>");
    });
    b.append("</tbody></table></div>");
  }

  /** A list of results as one table: a column per key any of them has. */
  private static void rows(StringBuilder b, List<?> list) {
    Set<String> keys = new LinkedHashSet<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Object item : list) {
      Report r = (Report) item;
      for (String key : r.entries().keySet()) {
        keys.add(key);
        labels.putIfAbsent(key, r.label(key));
      }
    }
    b.append("<div class=\"scroll\"><table class=\"rows\"><thead><tr>");
    for (String key : keys) {
      b.append("<th>").append(escape(labels.get(key))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (Object item : list) {
      Report r = (Report) item;
      b.append("<tr>");
      for (String key : keys) {
        b.append("<td>");
        Object v = r.entries().get(key);
        if (v != null) {
          cell(b, v);
        }
        b.append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div>");
  }

  /** Text, as a link when it is a web address. */
  private static String link(String text) {
    if (text.startsWith("https://") && text.indexOf(' ') < 0) {
      return "<a href=\"" + escape(text) + "\">" + escape(text) + "</a>";
    }
    return escape(text);
  }

  private static String version() {
    String v = HtmlPage.class.getPackage().getImplementationVersion();
    return "inference-econ " + (v == null ? "(development)" : v);
  }

  private static final String STYLE = String.join("\n",
      "*{box-sizing:border-box}",
      "body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
          + "color:#1a1a1a;background:#fff}",
      "main{max-width:960px;margin:0 auto;padding:12px 16px 40px}",
      "h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.25em;margin:1.4em 0 .4em;"
          + "border-bottom:1px solid #ccc}h3{font-size:1.05em;margin:1em 0 .3em}",
      ".meta,.note{color:#555;font-size:.9em;margin:.3em 0}",
      "figure{margin:1em 0 1.6em}figcaption{font-weight:600;margin-bottom:.3em}",
      "svg.chart{display:block;width:100%;height:auto;max-width:960px}",
      "svg text{font:12px system-ui,sans-serif;fill:#333}svg .title{font-size:13px;fill:#111}",
      "svg .grid{stroke:#e3e3e3;stroke-width:1}svg .frame{fill:none;stroke:#999}",
      "svg .marker circle{fill:#fff;stroke:#000;stroke-width:2}"
          + "svg .marker text{font-weight:700;fill:#000}",
      "svg .limit line{stroke:#000;stroke-width:2}svg .part{stroke:#fff;stroke-width:1}",
      ".legend{list-style:none;padding:0;margin:.3em 0;display:flex;flex-wrap:wrap;gap:4px 16px;"
          + "font-size:.9em}",
      ".swatch{display:inline-block;width:22px;height:0;border-top:3px solid;"
          + "vertical-align:middle;margin-right:6px}",
      ".scroll{overflow-x:auto;max-width:100%}",
      "table{border-collapse:collapse;margin:.4em 0;font-size:.88em}",
      "th,td{border:1px solid #d5d5d5;padding:3px 7px;text-align:left;vertical-align:top}",
      "thead th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "table.results>tbody>tr>th{background:#fafafa;font-weight:600;white-space:nowrap}",
      "td{overflow-wrap:anywhere}a{color:#0645ad}details{margin:.4em 0}summary{cursor:pointer}",
      ".empty{padding:1em;border:1px dashed #999;color:#555}",
      "@media (max-width:600px){body{font-size:14px}main{padding:8px}th,td{padding:2px 4px}"
          + "svg text{font-size:20px}svg .title{font-size:22px}}",
      "@media print{body{font-size:10pt}main{max-width:none;padding:0}"
          + "figure,table,tr{break-inside:avoid}h2{break-after:avoid}"
          + "a{color:#000;text-decoration:none}details>summary{list-style:none}"
          + ".scroll{overflow:visible}}");
}
