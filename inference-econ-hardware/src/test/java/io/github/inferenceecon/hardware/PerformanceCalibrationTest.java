/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.performance.Calibration;
import io.github.inferenceecon.core.performance.Efficiency;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.PredictionInterval;
import io.github.inferenceecon.core.performance.Regime;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calibration report: fits the performance model's efficiencies by regime to the MLPerf
 * Inference calibration set ({@link MlperfCalibrationSet}, procedure in {@link CalibrationFit}),
 * checks them by leaving groups out, derives the prediction intervals, and checks that the
 * library's defaults ({@link Calibration#defaults()}) are what this fit gives.
 *
 * <p>Printed: the rows left out and why; per regime (generation x format x dense/MoE) the rows,
 * the fitted efficiencies, the leave-one-accelerator-out median error and share within 2x, and
 * the 80% interval; the leave-one-accelerator-out and leave-one-model-out totals; per scenario
 * (Offline, Server, Interactive: the "at capacity under SLOs" mode for the last two); the
 * interval coverage on held-out rows; and the figures to paste into the library's
 * {@code FittedCalibration} when the fit changes.
 *
 * <p>Leave one group out: the rows of one accelerator family (or of one model) are held out,
 * every parameter is refitted on the rest, and the held-out rows are predicted. A held-out
 * accelerator whose generation has no other accelerator in the set is predicted with the base
 * (the pooled fit), as the library predicts an accelerator it has no generation for.
 *
 * <p>Prediction intervals: the 10th and 90th percentiles of the ratio measured/predicted over
 * the held-out predictions of both groupings (each row counted once per grouping), taken per
 * regime where it has at least {@value #MIN_INTERVAL_RESIDUALS} such ratios, else per
 * generation and format, else per generation, else over all rows. Coverage is checked on
 * held-out rows: each fold's rows against an interval built only from the other folds' rows.
 */
final class PerformanceCalibrationTest {

  static final int MIN_INTERVAL_RESIDUALS = 150;
  static final double COVERAGE = 0.8;

  private static List<MlperfCalibrationSet.Case> all;
  private static List<MlperfCalibrationSet.Case> rows;
  private static CalibrationFit.Result full;
  private static double[] inSample;
  private static Map<String, double[]> heldOut;
  private static Map<String, Function<MlperfCalibrationSet.Case, String>> groupings;

  @BeforeAll
  static void fit() {
    all = MlperfCalibrationSet.cases();
    rows = all.stream().filter(MlperfCalibrationSet.Case::isEstimable)
        .collect(Collectors.toList());
    full = CalibrationFit.fit(rows, null, 12);
    inSample = CalibrationFit.residuals(rows, full.calibration(), false);
    groupings = new LinkedHashMap<>();
    groupings.put("accelerator", c -> c.row().family());
    groupings.put("model", c -> c.row().model());
    heldOut = new LinkedHashMap<>();
    groupings.forEach((name, key) -> heldOut.put(name, logo(key)));
  }

  /** Held-out residuals: each row predicted by a fit without its group. */
  private static double[] logo(Function<MlperfCalibrationSet.Case, String> key) {
    double[] r = new double[rows.size()];
    for (String g : rows.stream().map(key).collect(Collectors.toCollection(TreeSet::new))) {
      List<MlperfCalibrationSet.Case> train = rows.stream().filter(c -> !key.apply(c).equals(g))
          .collect(Collectors.toList());
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (key.apply(rows.get(i)).equals(g)) {
          held.add(i);
        }
      }
      CalibrationFit.Result f = CalibrationFit.fit(train, full, 4);
      double[] hr = CalibrationFit.residuals(
          held.stream().map(rows::get).collect(Collectors.toList()), f.calibration(), false);
      for (int k = 0; k < held.size(); k++) {
        r[held.get(k)] = hr[k];
      }
    }
    return r;
  }

  @Test
  void report_fitsLeavesGroupsOutAndMatchesTheLibraryDefaults() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "MLPerf calibration set: %d rows, %d estimable%n",
        all.size(), rows.size()));
    all.stream().filter(c -> !c.isEstimable()).collect(Collectors.groupingBy(
        c -> c.skipped().orElseThrow(), TreeMap::new, Collectors.counting()))
        .forEach((reason, n) -> out.append(String.format(Locale.ROOT, "  left out %3d: %s%n",
            n, reason)));

    out.append("\nFitted efficiencies (shared: ").append(shared()).append(")\n");
    double[] acc = heldOut.get("accelerator");
    out.append(String.format(Locale.ROOT, "%-44s %4s %8s %7s %10s %8s  %s%n", "regime", "rows",
        "compute", "memory", "LOGO err", "in 2x", "80% interval"));
    Calibration intervals = intervals(i -> true);
    for (Regime regime : rows.stream().map(CalibrationFit::regime)
        .collect(Collectors.toCollection(() -> new TreeSet<>(
            (a, b) -> a.toString().compareTo(b.toString()))))) {
      double[] r = select(acc, c -> CalibrationFit.regime(c).equals(regime));
      Efficiency e = full.calibration().efficiencyFor(rows.stream()
          .filter(c -> CalibrationFit.regime(c).equals(regime)).findFirst().orElseThrow()
          .deployment().orElseThrow());
      out.append(String.format(Locale.ROOT, "%-44s %4d %8.3f %7.3f %9.1f%% %7.1f%%  %s%n",
          regime, r.length, e.computeEfficiency(), e.memoryEfficiency(), medianApe(r),
          within2x(r), intervals.intervalFor(regime).map(PerformanceCalibrationTest::range)
              .orElse("-")));
    }

    out.append('\n');
    line(out, "in sample", inSample);
    heldOut.forEach((name, r) -> line(out, "leave one " + name + " out", r));
    for (String scenario : List.of("Offline", "Server", "Interactive")) {
      line(out, "  " + scenario + ", one accelerator out",
          select(acc, c -> c.row().scenario().equals(scenario)));
    }
    groupings.forEach((name, key) -> {
      out.append("  folds, one ").append(name).append(" out:");
      rows.stream().map(key).collect(Collectors.toCollection(TreeSet::new)).forEach(g ->
          out.append(String.format(Locale.ROOT, " %s %.1f%%", g,
              medianApe(select(heldOut.get(name), c -> key.apply(c).equals(g))))));
      out.append('\n');
    });

    Map<String, double[]> coverage = coverage();
    coverage.forEach((name, c) -> out.append(String.format(Locale.ROOT,
        "%.0f%% interval covers %.1f%% of %d held-out rows (one %s out)%n", COVERAGE * 100,
        100 * c[0] / c[1], (int) c[1], name)));
    out.append('\n').append(javaFigures(intervals));
    System.out.print(out);

    // the goals of issue 18 and what the set reaches
    assertThat(medianApe(acc)).as("median error, one accelerator out, %").isLessThan(20);
    assertThat(within2x(acc)).as("share within 2x, one accelerator out, %")
        .isGreaterThanOrEqualTo(95);
    assertThat(medianApe(heldOut.get("model"))).as("median error, one model out, %")
        .isLessThan(20);
    assertThat(within2x(heldOut.get("model"))).as("share within 2x, one model out, %")
        .isGreaterThanOrEqualTo(95);
    coverage.forEach((name, c) -> assertThat(c[0] / c[1]).as("coverage, one " + name + " out")
        .isBetween(0.70, 0.90));
    // the library ships this fit
    Calibration library = Calibration.defaults();
    for (CalibrationFit.Param p : full.params()) {
      double fitted = p.value(full.theta()[full.params().indexOf(p)]);
      assertThat(libraryValue(library, p)).as(p.name()).isCloseTo(fitted,
          within(p.kind() == CalibrationFit.Kind.OVERHEAD ? 1.5e-6
              : p.kind() == CalibrationFit.Kind.ALL_TO_ALL ? 1.5e-7 : 0.0015));
    }
    intervals.generations().keySet().forEach(g -> {
      for (ComputeFormat f : ComputeFormat.values()) {
        for (boolean moe : new boolean[] {false, true}) {
          Regime r = Regime.of(g, f, moe);
          assertThat(library.intervalFor(r).map(PerformanceCalibrationTest::range))
              .as("interval of " + r).isEqualTo(intervals.intervalFor(r)
                  .map(PerformanceCalibrationTest::range));
        }
      }
    });
  }

  /**
   * The "at capacity under SLOs" mode against the MLPerf Server and Interactive rows: at the
   * rate it returns, each row's own p99 TTFT limit and TPOT limit hold; the rate is the highest
   * that does (a limit binds, or memory does); it never exceeds the Offline estimate of the same
   * deployment and workload; the tighter Interactive limits never give more than the Server
   * ones on the same system; and held out by accelerator, the capacities are as accurate as the
   * issue's goals ask of every row.
   */
  @Test
  void serverAndInteractive_atCapacityMeetsEachRowsLimitsAndMatchesTheMeasuredRates() {
    PerformanceModel model = PerformanceModel.defaults();
    Map<String, Double> serverByRun = new TreeMap<>();
    Map<String, Double> interactiveByRun = new TreeMap<>();
    int checked = 0;
    for (MlperfCalibrationSet.Case c : rows) {
      if (c.row().isOffline()) {
        continue;
      }
      ServiceLevelTargets targets = c.targets().orElseThrow();
      Deployment d = c.deployment().orElseThrow();
      TrafficProfile traffic = c.traffic().orElseThrow();
      ServingEstimate s = model.atCapacity(d, traffic, targets);
      String row = c.row().id();
      double ttftLimit = Durations.toSeconds(targets.timeToFirstToken().orElseThrow());
      double tpotLimit = Durations.toSeconds(targets.timePerOutputToken().orElseThrow());
      double ttft = Durations.toSeconds(s.timeToFirstTokenAtPercentile());
      double tpot = Durations.toSeconds(s.timePerOutputToken());
      assertThat(s.percentile()).as(row).isEqualTo(0.99);
      // within the nanosecond rounding of the durations
      assertThat(ttft).as(row + ": p99 TTFT").isLessThanOrEqualTo(ttftLimit + 1e-9);
      assertThat(tpot).as(row + ": TPOT").isLessThanOrEqualTo(tpotLimit + 1e-9);
      // at capacity: a limit binds (the bisection stops within 1e-7 of the rate, and a
      // latency near it moves with the rate), or the memory-limited rate is reached
      double offline = model.offline(d, traffic.meanRequest()).outputThroughput()
          .tokensPerSecond();
      double rate = s.outputThroughput().tokensPerSecond();
      assertThat(ttft >= 0.99 * ttftLimit || tpot >= 0.99 * tpotLimit
          || s.concurrency() >= 0.99 * s.memoryLimit() || rate >= 0.99 * offline)
          .as(row + ": no limit binds (TTFT " + ttft + " of " + ttftLimit + " s, TPOT " + tpot
              + " of " + tpotLimit + " s, " + s.concurrency() + " of " + s.memoryLimit()
              + " sequences)").isTrue();
      // Offline is estimated for the traffic's mean request, in whole tokens (a mean input of
      // hundreds of tokens or more rounded by at most half a token)
      assertThat(rate).as(row + ": at most Offline").isLessThanOrEqualTo(offline * (1 + 1e-3));
      String run = c.row().round() + "|" + c.row().submitter() + "|" + c.row().systemName()
          + "|" + c.row().benchmark() + "|" + d;
      (c.row().scenario().equals("Server") ? serverByRun : interactiveByRun).put(run, rate);
      checked++;
    }
    int paired = 0;
    for (Map.Entry<String, Double> e : interactiveByRun.entrySet()) {
      Double server = serverByRun.get(e.getKey());
      if (server != null) {
        assertThat(e.getValue()).as(e.getKey()).isLessThanOrEqualTo(server * (1 + 1e-6));
        paired++;
      }
    }
    double[] acc = heldOut.get("accelerator");
    double[] server = select(acc, c -> c.row().scenario().equals("Server"));
    double[] interactive = select(acc, c -> c.row().scenario().equals("Interactive"));
    System.out.printf(Locale.ROOT, "At capacity under SLOs: %d Server and Interactive rows "
        + "meet their limits (%d systems with both, Interactive <= Server)%n", checked, paired);
    StringBuilder out = new StringBuilder();
    line(out, "Server, one accelerator out", server);
    line(out, "Interactive, one accelerator out", interactive);
    System.out.print(out);
    assertThat(checked).isEqualTo(server.length + interactive.length).isPositive();
    assertThat(paired).isPositive();
    assertThat(within2x(server)).as("Server within 2x, %").isGreaterThanOrEqualTo(95);
    assertThat(within2x(interactive)).as("Interactive within 2x, %")
        .isGreaterThanOrEqualTo(95);
    // the median goal (20%) is met over all rows held out by accelerator; these bounds
    // guard the scenarios alone: measured 16.4% (Server) and 17.0% (Interactive) on 2026-12-07
    assertThat(medianApe(server)).as("Server median error, %").isLessThan(25);
    assertThat(medianApe(interactive)).as("Interactive median error, %").isLessThan(30);
  }

  //-----------------------------------------------------------------------
  private static String shared() {
    return String.format(Locale.ROOT, "experts %.3f, overlap %.3f, step overhead %.2f ms, "
        + "all-to-all %.0f us, base memory %.3f", full.value(CalibrationFit.Kind.EXPERT),
        full.value(CalibrationFit.Kind.OVERLAP), full.value(CalibrationFit.Kind.OVERHEAD) * 1e3,
        full.value(CalibrationFit.Kind.ALL_TO_ALL) * 1e6,
        full.value(CalibrationFit.Kind.BASE_MEMORY));
  }

  private static double libraryValue(Calibration c, CalibrationFit.Param p) {
    switch (p.kind()) {
      case COMPUTE:
        return c.computeEfficiencies().get(p.generation()).get(p.format());
      case MEMORY:
        return c.memoryEfficiencies().get(p.generation());
      case BASE_COMPUTE:
        return c.baseComputeEfficiencies().get(p.format());
      case BASE_MEMORY:
        return c.base().memoryEfficiency();
      case EXPERT:
        return c.base().expertEfficiency();
      case OVERLAP:
        return c.base().overlap();
      case ALL_TO_ALL:
        return Durations.toSeconds(c.base().allToAllLatency());
      default:
        return Durations.toSeconds(c.base().stepOverhead());
    }
  }

  /** One interval of the calibration: its level (regime, generation and format, ...). */
  record IntervalSpec(String generation, ComputeFormat format, Boolean moe,
      PredictionInterval interval) {

    void addTo(Calibration.Builder b) {
      if (generation == null) {
        b.interval(interval);
      } else if (format == null) {
        b.interval(generation, interval);
      } else if (moe == null) {
        b.interval(generation, format, interval);
      } else {
        b.interval(Regime.of(generation, format, moe), interval);
      }
    }

    /** The builder call FittedCalibration makes. */
    String java() {
      String i = String.format(Locale.ROOT, "interval(%.3f, %.3f, %d, \"%s\")",
          interval.lowRatio(), interval.highRatio(), interval.rows(), interval.basis());
      if (generation == null) {
        return ".interval(" + i + ")";
      }
      String g = constant(generation);
      if (format == null) {
        return ".interval(" + g + ", " + i + ")";
      }
      if (moe == null) {
        return ".interval(" + g + ", ComputeFormat." + format + ", " + i + ")";
      }
      return ".interval(Regime.of(" + g + ", ComputeFormat." + format + ", " + moe + "), " + i
          + ")";
    }
  }

  private static String constant(String generation) {
    switch (generation) {
      case "NVIDIA Hopper":
        return "HOPPER";
      case "NVIDIA Blackwell":
        return "BLACKWELL";
      case "NVIDIA Blackwell Ultra":
        return "BLACKWELL_ULTRA";
      case "AMD CDNA 3":
        return "CDNA3";
      case "AMD CDNA 4":
        return "CDNA4";
      default:
        return "\"" + generation + "\"";
    }
  }

  /** The intervals from the held-out residuals of the rows a predicate keeps. */
  static Calibration intervals(Predicate<MlperfCalibrationSet.Case> keep) {
    Calibration.Builder b = Calibration.builder().base(full.calibration().base());
    full.calibration().generations().forEach((g, ids) -> b.generation(g,
        ids.toArray(new String[0])));
    intervalSpecs(keep).forEach(spec -> spec.addTo(b));
    return b.build();
  }

  /** The intervals, overall first and regimes last. */
  static List<IntervalSpec> intervalSpecs(Predicate<MlperfCalibrationSet.Case> keep) {
    Map<String, List<Double>> byRegime = new TreeMap<>();
    Map<String, List<Double>> byFormat = new TreeMap<>();
    Map<String, List<Double>> byGeneration = new TreeMap<>();
    List<Double> overall = new ArrayList<>();
    for (double[] r : heldOut.values()) {
      for (int i = 0; i < rows.size(); i++) {
        MlperfCalibrationSet.Case c = rows.get(i);
        if (!keep.test(c)) {
          continue;
        }
        double ratio = Math.exp(-r[i]);
        Regime regime = CalibrationFit.regime(c);
        byRegime.computeIfAbsent(regime.generation() + "|" + regime.computeFormat() + "|"
            + regime.isMixtureOfExperts(), k -> new ArrayList<>()).add(ratio);
        byFormat.computeIfAbsent(regime.generation() + "|" + regime.computeFormat(),
            k -> new ArrayList<>()).add(ratio);
        byGeneration.computeIfAbsent(regime.generation(), k -> new ArrayList<>()).add(ratio);
        overall.add(ratio);
      }
    }
    List<IntervalSpec> specs = new ArrayList<>();
    specs.add(new IntervalSpec(null, null, null, interval(overall, "all rows")));
    byGeneration.forEach((g, l) -> {
      if (l.size() >= MIN_INTERVAL_RESIDUALS) {
        specs.add(new IntervalSpec(g, null, null, interval(l, g)));
      }
    });
    byFormat.forEach((k, l) -> {
      if (l.size() >= MIN_INTERVAL_RESIDUALS) {
        String[] p = k.split("\\|");
        specs.add(new IntervalSpec(p[0], ComputeFormat.valueOf(p[1]), null,
            interval(l, p[0] + ", " + p[1])));
      }
    });
    byRegime.forEach((k, l) -> {
      if (l.size() >= MIN_INTERVAL_RESIDUALS) {
        String[] p = k.split("\\|");
        Regime r = Regime.of(p[0], ComputeFormat.valueOf(p[1]), Boolean.parseBoolean(p[2]));
        specs.add(new IntervalSpec(p[0], r.computeFormat(), r.isMixtureOfExperts(),
            interval(l, r.toString())));
      }
    });
    return specs;
  }

  private static PredictionInterval interval(List<Double> ratios, String basis) {
    double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double tail = (1 - COVERAGE) / 2;
    return PredictionInterval.builder().coverage(COVERAGE)
        .lowRatio(round(quantile(sorted, tail))).highRatio(round(quantile(sorted, 1 - tail)))
        .rows(sorted.length / heldOut.size())
        .basis(basis + ", held out by accelerator and by model").build();
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** The quantile of sorted values, interpolated linearly between order statistics. */
  static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * For each grouping, the held-out rows inside an interval built without their fold, and the
   * rows counted.
   */
  private static Map<String, double[]> coverage() {
    Map<String, double[]> out = new LinkedHashMap<>();
    groupings.forEach((name, key) -> {
      double[] r = heldOut.get(name);
      int inside = 0;
      for (String g : rows.stream().map(key).collect(Collectors.toCollection(TreeSet::new))) {
        Calibration c = intervals(x -> !key.apply(x).equals(g));
        for (int i = 0; i < rows.size(); i++) {
          if (key.apply(rows.get(i)).equals(g)) {
            Optional<PredictionInterval> in = c.intervalFor(CalibrationFit.regime(rows.get(i)));
            double ratio = Math.exp(-r[i]);
            if (in.isPresent() && ratio >= in.get().lowRatio()
                && ratio <= in.get().highRatio()) {
              inside++;
            }
          }
        }
      }
      out.put(name, new double[] {inside, rows.size()});
    });
    return out;
  }

  private static String range(PredictionInterval i) {
    return String.format(Locale.ROOT, "[%.3f, %.3f] (%d)", i.lowRatio(), i.highRatio(),
        i.rows());
  }

  private static double[] select(double[] r, Predicate<MlperfCalibrationSet.Case> keep) {
    List<Double> l = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (keep.test(rows.get(i))) {
        l.add(r[i]);
      }
    }
    return l.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Median of |predicted/measured - 1|, in percent. */
  static double medianApe(double[] logRatios) {
    double[] a = Arrays.stream(logRatios).map(x -> Math.abs(Math.exp(x) - 1)).sorted()
        .toArray();
    if (a.length == 0) {
      return 0;
    }
    return 100 * (a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2])
        / 2);
  }

  /** Share of predictions within a factor of 2 of the measurement, in percent. */
  static double within2x(double[] logRatios) {
    long n = Arrays.stream(logRatios).filter(x -> Math.abs(x) <= Math.log(2) + 1e-12).count();
    return logRatios.length == 0 ? 0 : 100.0 * n / logRatios.length;
  }

  private static void line(StringBuilder out, String label, double[] r) {
    out.append(String.format(Locale.ROOT, "%-36s %4d rows: median error %5.1f%%, within 2x "
        + "%5.1f%%%n", label, r.length, medianApe(r), within2x(r)));
  }

  /** The figures of this fit as the library's FittedCalibration writes them. */
  private static String javaFigures(Calibration intervals) {
    StringBuilder b = new StringBuilder("FittedCalibration figures:\n");
    for (int j = 0; j < full.params().size(); j++) {
      CalibrationFit.Param p = full.params().get(j);
      double v = p.value(full.theta()[j]);
      b.append(p.kind() == CalibrationFit.Kind.OVERHEAD
          ? String.format(Locale.ROOT, "  %s = %.0f us%n", p.name(), v * 1e6)
          : p.kind() == CalibrationFit.Kind.ALL_TO_ALL
          ? String.format(Locale.ROOT, "  %s = %.1f us%n", p.name(), v * 1e6)
          : String.format(Locale.ROOT, "  %s = %.4f%n", p.name(), v));
    }
    intervalSpecs(c -> true).forEach(spec -> b.append("  ").append(spec.java()).append('\n'));
    return b.toString();
  }
}
