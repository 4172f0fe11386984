/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static io.github.inferenceecon.cli.Html.coordinate;
import static io.github.inferenceecon.cli.Html.escape;
import static io.github.inferenceecon.cli.Html.number;

import io.github.inferenceecon.core.chart.BreakdownChart;
import io.github.inferenceecon.core.chart.Category;
import io.github.inferenceecon.core.chart.ChartPoint;
import io.github.inferenceecon.core.chart.Marker;
import io.github.inferenceecon.core.chart.Series;
import io.github.inferenceecon.core.chart.XyChart;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the library's chart values as inline SVG, by hand: a fixed 720 x 400 view box that
 * scales to the width of the page (phones and print alike), axis ticks at 1, 2 or 5 x 10^n,
 * every text escaped, and colours paired with dash patterns so that a grey print still tells the
 * series apart.
 */
final class SvgCharts {

  static final String[] COLOURS = {
      "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4", "3 6"};

  /** The most unjoined points that each get a hover label. */
  static final int MAX_TITLED_POINTS = 500;

  private static final int WIDTH = 720;
  private static final int HEIGHT = 400;
  private static final int LEFT = 78;
  private static final int RIGHT = 24;
  private static final int TOP = 16;
  private static final int BOTTOM = 56;

  private SvgCharts() {}

  /** The colour of the series (or category) at an index. */
  static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  static String dash(int index) {
    return DASHES[index % DASHES.length];
  }

  //-----------------------------------------------------------------------
  /** An XY chart: axes with ticks, every series, the markers numbered 1, 2, ... */
  static void xy(StringBuilder b, XyChart chart) {
    double[] x = range(chart, true);
    double[] y = range(chart, false);
    double[] xTicks = chart.xAxis().isDate() ? dateTicks(x[0], x[1]) : ticks(x[0], x[1]);
    double[] yTicks = ticks(y[0], y[1]);
    if (!chart.xAxis().isDate()) {
      x[0] = Math.min(x[0], xTicks[0]);
      x[1] = Math.max(x[1], xTicks[xTicks.length - 1]);
    }
    y[0] = Math.min(y[0], yTicks[0]);
    y[1] = Math.max(y[1], yTicks[yTicks.length - 1]);
    Scale sx = new Scale(x[0], x[1], LEFT, WIDTH - RIGHT);
    Scale sy = new Scale(y[0], y[1], HEIGHT - BOTTOM, TOP);
    open(b, chart.title());
    // grid and tick labels
    b.append("<g class=\"axis\">");
    for (double t : yTicks) {
      String py = coordinate(sy.at(t));
      b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(py).append("\" y2=\"").append(py).append("\"/>")
          .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(py)
          .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
          .append(escape(number(t, chart.yAxis().isDate()))).append("</text>");
    }
    for (double t : xTicks) {
      double at = sx.at(t);
      String px = coordinate(at);
      // a label near either edge is anchored inside the view box
      String anchor = at > WIDTH - RIGHT - 30 ? "end" : at < LEFT + 30 ? "start" : "middle";
      b.append("<line class=\"grid\" x1=\"").append(px).append("\" x2=\"").append(px)
          .append("\" y1=\"").append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM)
          .append("\"/><text x=\"").append(px).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
          .append("\" text-anchor=\"").append(anchor).append("\">")
          .append(escape(chart.xAxis().isDate() ? month(t) : number(t, false)))
          .append("</text>");
    }
    b.append("<rect class=\"frame\" x=\"").append(LEFT).append("\" y=\"").append(TOP)
        .append("\" width=\"").append(WIDTH - LEFT - RIGHT).append("\" height=\"")
        .append(HEIGHT - TOP - BOTTOM).append("\"/>");
    b.append("<text class=\"title\" x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"")
        .append(HEIGHT - 10).append("\" text-anchor=\"middle\">")
        .append(escape(chart.xAxis().title())).append("</text>");
    b.append("<text class=\"title\" transform=\"translate(16 ").append((TOP + HEIGHT - BOTTOM) / 2)
        .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(chart.yAxis().title()))
        .append("</text></g>");
    // series: unjoined points first, so that lines stay visible on top of them
    for (int i = 0; i < chart.series().size(); i++) {
      if (chart.series().get(i).style() == Series.Style.POINTS) {
        series(b, chart.series().get(i), i, sx, sy);
      }
    }
    for (int i = 0; i < chart.series().size(); i++) {
      if (chart.series().get(i).style() != Series.Style.POINTS) {
        series(b, chart.series().get(i), i, sx, sy);
      }
    }
    // markers
    for (int i = 0; i < chart.markers().size(); i++) {
      Marker m = chart.markers().get(i);
      String px = coordinate(sx.at(m.x()));
      String py = coordinate(sy.at(m.y()));
      b.append("<g class=\"marker\"><title>").append(escape(m.label())).append("</title>")
          .append("<circle cx=\"").append(px).append("\" cy=\"").append(py)
          .append("\" r=\"6\"/><text x=\"").append(px).append("\" y=\"").append(py)
          .append("\" dy=\"-10\" text-anchor=\"middle\">").append(i + 1).append("</text></g>");
    }
    b.append("</svg>");
  }

  private static void series(StringBuilder b, Series s, int index, Scale sx, Scale sy) {
    String colour = colour(index);
    b.append("<g class=\"series\" data-series=\"").append(escape(s.name())).append("\">")
        .append("<title>").append(escape(s.name())).append("</title>");
    List<ChartPoint> points = s.points();
    if (s.style() == Series.Style.POINTS) {
      // a hover label on each of many points would outweigh the drawing: the table has them
      boolean titled = points.size() <= MAX_TITLED_POINTS;
      for (ChartPoint p : points) {
        b.append("<circle cx=\"").append(coordinate(sx.at(p.x()))).append("\" cy=\"")
            .append(coordinate(sy.at(p.y()))).append("\" r=\"3\" fill=\"").append(colour);
        if (titled && p.label().isPresent()) {
          b.append("\"><title>").append(escape(p.label().get())).append("</title></circle>");
        } else {
          b.append("\"/>");
        }
      }
    } else {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < points.size(); i++) {
        ChartPoint p = points.get(i);
        String px = coordinate(sx.at(p.x()));
        String py = coordinate(sy.at(p.y()));
        if (i == 0) {
          d.append('M').append(px).append(' ').append(py);
        } else if (s.style() == Series.Style.STEP) {
          d.append(" H").append(px).append(" V").append(py);
        } else {
          d.append(" L").append(px).append(' ').append(py);
        }
      }
      b.append("<path fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(colour).append('"');
      if (!dash(index).isEmpty()) {
        b.append(" stroke-dasharray=\"").append(dash(index)).append('"');
      }
      b.append(" d=\"").append(d).append("\"/>");
      if (points.size() <= 60) {
        for (ChartPoint p : points) {
          b.append("<circle cx=\"").append(coordinate(sx.at(p.x()))).append("\" cy=\"")
              .append(coordinate(sy.at(p.y()))).append("\" r=\"2.5\" fill=\"").append(colour)
              .append("\">");
          p.label().ifPresent(l -> b.append("<title>").append(escape(l)).append("</title>"));
          b.append("</circle>");
        }
      }
    }
    b.append("</g>");
  }

  //-----------------------------------------------------------------------
  /** A breakdown: one stacked bar of the parts, the limit as a dashed line. */
  static void breakdown(StringBuilder b, BreakdownChart chart) {
    int height = 150;
    double max = Math.max(chart.total(), chart.limit());
    double[] ticks = ticks(0, max);
    Scale sx = new Scale(0, Math.max(max, ticks[ticks.length - 1]), 20, WIDTH - 20);
    b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(escape(chart.title())).append("\"><title>").append(escape(chart.title()))
        .append("</title><g class=\"axis\">");
    for (double t : ticks) {
      String px = coordinate(sx.at(t));
      b.append("<line class=\"grid\" x1=\"").append(px).append("\" x2=\"").append(px)
          .append("\" y1=\"30\" y2=\"100\"/><text x=\"").append(px)
          .append("\" y=\"118\" text-anchor=\"middle\">").append(escape(number(t, false)))
          .append("</text>");
    }
    b.append("<text class=\"title\" x=\"").append(WIDTH / 2).append("\" y=\"142\" ")
        .append("text-anchor=\"middle\">").append(escape(chart.unit())).append("</text></g>");
    double at = 0;
    for (int i = 0; i < chart.categories().size(); i++) {
      Category c = chart.categories().get(i);
      double x0 = sx.at(at);
      double x1 = sx.at(at + c.value());
      at += c.value();
      b.append("<rect class=\"part\" x=\"").append(coordinate(x0)).append("\" y=\"40\" width=\"")
          .append(coordinate(x1 - x0)).append("\" height=\"50\" fill=\"").append(colour(i))
          .append("\"><title>").append(escape(c.name() + ": " + number(c.value(), false) + " "
              + chart.unit())).append("</title></rect>");
    }
    String limit = coordinate(sx.at(chart.limit()));
    b.append("<g class=\"limit\"><line x1=\"").append(limit).append("\" x2=\"").append(limit)
        .append("\" y1=\"24\" y2=\"100\" stroke-dasharray=\"5 3\"/><text x=\"").append(limit)
        .append("\" y=\"18\" text-anchor=\"end\">").append(escape(chart.limitLabel() + " "
            + number(chart.limit(), false) + " " + chart.unit())).append("</text></g></svg>");
  }

  //-----------------------------------------------------------------------
  private static void open(StringBuilder b, String title) {
    b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
        .append(escape(title)).append("\"><title>").append(escape(title)).append("</title>");
  }

  /** The data range of one axis: every point and marker, and zero for a number axis. */
  private static double[] range(XyChart chart, boolean horizontal) {
    boolean date = horizontal ? chart.xAxis().isDate() : chart.yAxis().isDate();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : chart.series()) {
      for (ChartPoint p : s.points()) {
        double v = horizontal ? p.x() : p.y();
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    for (Marker m : chart.markers()) {
      double v = horizontal ? m.x() : m.y();
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (!date && lo > 0) {
      lo = 0;
    }
    if (hi <= lo) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= date ? 15 : (lo == 0 ? 0 : pad);
      hi += date ? 15 : pad;
    }
    return new double[] {lo, hi};
  }

  /** About five ticks at 1, 2 or 5 x 10^n covering [lo, hi]. */
  static double[] ticks(double lo, double hi) {
    double span = hi - lo;
    double raw = span / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 5, 10}) {
      step = m * magnitude;
      if (span / step <= 6) {
        break;
      }
    }
    double first = Math.floor(lo / step) * step;
    List<Double> ticks = new ArrayList<>();
    for (double t = first; t < hi + step * 0.999 && ticks.size() < 20; t += step) {
      ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
    }
    double[] result = new double[ticks.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ticks.get(i);
    }
    return result;
  }

  /** Ticks on the first day of every 1, 2, 3, 6, 12, ... months within [lo, hi] (epoch days). */
  static double[] dateTicks(double lo, double hi) {
    LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(lo));
    LocalDate to = LocalDate.ofEpochDay((long) Math.floor(hi));
    long months = Math.max(1, ChronoUnit.MONTHS.between(from, to));
    int step = 1;
    for (int s : new int[] {1, 2, 3, 6, 12, 24, 60, 120}) {
      step = s;
      if (months / s <= 6) {
        break;
      }
    }
    LocalDate t = from.withDayOfMonth(1);
    if (t.isBefore(from)) {
      t = t.plusMonths(1);
    }
    while ((t.getMonthValue() - 1) % Math.min(step, 12) != 0) {
      t = t.plusMonths(1);
    }
    List<Double> ticks = new ArrayList<>();
    for (; !t.isAfter(to) && ticks.size() < 20; t = t.plusMonths(step)) {
      ticks.add((double) t.toEpochDay());
    }
    if (ticks.isEmpty()) {
      ticks.add((double) from.toEpochDay());
    }
    double[] result = new double[ticks.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ticks.get(i);
    }
    return result;
  }

  /** A tick on a date axis: 2024-10. */
  private static String month(double epochDay) {
    LocalDate d = LocalDate.ofEpochDay(Math.round(epochDay));
    return d.getDayOfMonth() == 1 ? d.toString().substring(0, 7) : d.toString();
  }

  /** A linear map from data to view-box coordinates. */
  private static final class Scale {
    private final double lo;
    private final double factor;
    private final double from;

    Scale(double lo, double hi, double from, double to) {
      this.lo = lo;
      this.from = from;
      this.factor = (to - from) / (hi - lo);
    }

    double at(double v) {
      return from + (v - lo) * factor;
    }
  }
}
