/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.performance.Calibration;
import io.github.inferenceecon.core.performance.Efficiency;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.Regime;
import io.github.inferenceecon.core.units.Durations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Fits the performance model's efficiencies by regime to calibration rows: robust least squares
 * on the logarithm of predicted over measured throughput, by Levenberg-Marquardt with a
 * finite-difference Jacobian.
 *
 * <p>Parameters: per accelerator generation (those of {@link Calibration#defaults()}), a compute
 * efficiency per compute format and a memory efficiency; shared by all, the expert (grouped
 * matrix product) efficiency, the compute/memory overlap, the step overhead and the latency of
 * one expert-parallel all-to-all. A pooled fit
 * (every generation sharing one compute efficiency per format and one memory efficiency, the
 * shared parameters held) gives the base used for accelerators in no fitted generation.
 *
 * <p>Loss: Huber on the log ratio with a knee at 0.3 (rows further off than about 35% count
 * linearly, so a few rows the model does not represent cannot pull a regime), plus a weak prior
 * that keeps a parameter no row informs at its starting value (normal in the transformed
 * parameter, standard deviation 1). Starting values: compute 0.4, memory 0.8, experts 0.7,
 * overlap 0.5, step overhead 2.5 ms, all-to-all latency {@link #ALL_TO_ALL_PRIOR}.
 */
final class CalibrationFit {

  static final double HUBER = 0.3;
  /**
   * The prior of the all-to-all latency, in seconds: 95.5 us, the mean of DeepEP's low-latency
   * dispatch (77 us) and combine (114 us) at EP 8 (deepseek-ai/DeepEP docs/legacy.md, commit
   * 0297fc8). A fit without expert-parallel rows keeps it.
   */
  static final double ALL_TO_ALL_PRIOR = 95.5e-6;
  static final double PRIOR_SD = 1.0;
  private static final double STEP = 0.05;

  enum Kind { COMPUTE, MEMORY, BASE_COMPUTE, BASE_MEMORY, EXPERT, OVERLAP, OVERHEAD, ALL_TO_ALL }

  /** One fitted parameter: an efficiency of a generation and format, or a shared one. */
  record Param(Kind kind, String generation, ComputeFormat format) {
    String name() {
      switch (kind) {
        case COMPUTE:
          return generation + " " + format + " compute";
        case MEMORY:
          return generation + " memory";
        case BASE_COMPUTE:
          return "pooled " + format + " compute";
        case BASE_MEMORY:
          return "pooled memory";
        default:
          return kind.toString().toLowerCase(java.util.Locale.ROOT);
      }
    }

    double start() {
      switch (kind) {
        case COMPUTE:
        case BASE_COMPUTE:
          return Math.log(0.4);
        case MEMORY:
        case BASE_MEMORY:
          return Math.log(0.8);
        case EXPERT:
          return Math.log(0.7);
        case OVERLAP:
          return 0;
        case ALL_TO_ALL:
          return Math.log(ALL_TO_ALL_PRIOR);
        default:
          return Math.log(2.5e-3);
      }
    }

    double value(double theta) {
      switch (kind) {
        case OVERLAP:
          return 1 / (1 + Math.exp(-theta));
        case OVERHEAD:
        case ALL_TO_ALL:
          return Math.exp(theta);
        default:
          return Math.exp(Math.min(theta, ceiling()));
      }
    }

    /**
     * The log of the highest value: a memory efficiency at most 0.90, the share of peak
     * bandwidth a device-to-device copy reached on one H100 (the project's reference README);
     * other efficiencies at most 1.
     */
    double ceiling() {
      return kind == Kind.MEMORY || kind == Kind.BASE_MEMORY ? Math.log(0.9) : 0;
    }
  }

  /** A fit: its parameters and values, and the calibration they make. */
  record Result(List<Param> params, double[] theta, Calibration calibration, double loss) {
    Map<String, Double> values() {
      Map<String, Double> v = new LinkedHashMap<>();
      for (int j = 0; j < params.size(); j++) {
        v.put(params.get(j).name(), params.get(j).value(theta[j]));
      }
      return v;
    }

    double value(Kind kind) {
      for (int j = 0; j < params.size(); j++) {
        if (params.get(j).kind() == kind) {
          return params.get(j).value(theta[j]);
        }
      }
      return Double.NaN;
    }
  }

  private static final Calibration GENERATIONS = Calibration.defaults();
  private static final MemoryEstimator MEMORY = MemoryEstimator.defaults();

  private CalibrationFit() {}

  /** The generation of a case's accelerator, or uncalibrated. */
  static String generation(MlperfCalibrationSet.Case c) {
    return GENERATIONS.generationOf(c.deployment().orElseThrow().accelerator());
  }

  static ComputeFormat format(MlperfCalibrationSet.Case c) {
    return c.deployment().orElseThrow().precision().computeFormat();
  }

  static Regime regime(MlperfCalibrationSet.Case c) {
    return Regime.of(generation(c), format(c), c.row().moe());
  }

  /**
   * Fits the per-generation parameters and the shared ones to rows, then the pooled base with
   * the shared ones held.
   *
   * @param rows the rows, each estimable
   * @param warm a fit to start from (its parameters' values where it has them), or null
   * @param iterations the most Levenberg-Marquardt iterations of each stage
   */
  static Result fit(List<MlperfCalibrationSet.Case> rows, Result warm, int iterations) {
    Set<String> keys = new TreeSet<>();
    for (MlperfCalibrationSet.Case c : rows) {
      keys.add(generation(c) + "|" + format(c));
    }
    List<Param> params = new ArrayList<>();
    Set<String> gens = new TreeSet<>();
    for (String k : keys) {
      String[] parts = k.split("\\|");
      params.add(new Param(Kind.COMPUTE, parts[0], ComputeFormat.valueOf(parts[1])));
      gens.add(parts[0]);
    }
    for (String g : gens) {
      params.add(new Param(Kind.MEMORY, g, null));
    }
    if (rows.stream().anyMatch(c -> c.row().moe())) {
      params.add(new Param(Kind.EXPERT, null, null));
    }
    params.add(new Param(Kind.ALL_TO_ALL, null, null));
    params.add(new Param(Kind.OVERLAP, null, null));
    params.add(new Param(Kind.OVERHEAD, null, null));
    double[] theta = start(params, warm);
    theta = minimise(rows, params, theta, new double[0], List.of(), iterations);
    // pooled base: one compute per format and one memory efficiency over all rows
    Set<ComputeFormat> formats = new TreeSet<>();
    rows.forEach(c -> formats.add(format(c)));
    List<Param> pooled = new ArrayList<>();
    formats.forEach(f -> pooled.add(new Param(Kind.BASE_COMPUTE, null, f)));
    pooled.add(new Param(Kind.BASE_MEMORY, null, null));
    List<Param> all = new ArrayList<>(params);
    all.addAll(pooled);
    double[] thetaAll = new double[all.size()];
    System.arraycopy(theta, 0, thetaAll, 0, theta.length);
    double[] pooledStart = start(pooled, warm);
    System.arraycopy(pooledStart, 0, thetaAll, theta.length, pooled.size());
    thetaAll = minimise(rows, all, thetaAll, theta, params, iterations);
    Calibration cal = calibration(all, thetaAll);
    return new Result(all, thetaAll, cal, loss(rows, cal, all, thetaAll, all.size()));
  }

  private static double[] start(List<Param> params, Result warm) {
    double[] theta = new double[params.size()];
    for (int j = 0; j < params.size(); j++) {
      theta[j] = params.get(j).start();
      if (warm != null) {
        int at = warm.params().indexOf(params.get(j));
        if (at >= 0) {
          theta[j] = warm.theta()[at];
        }
      }
    }
    return theta;
  }

  /** The calibration a parameter vector makes. */
  static Calibration calibration(List<Param> params, double[] theta) {
    Efficiency.Builder base = Efficiency.builder().from(Efficiency.defaults());
    Calibration.Builder b = Calibration.builder();
    GENERATIONS.generations().forEach((g, ids) -> b.generation(g, ids.toArray(new String[0])));
    for (int j = 0; j < params.size(); j++) {
      Param p = params.get(j);
      double v = p.value(theta[j]);
      switch (p.kind()) {
        case COMPUTE:
          b.computeEfficiency(p.generation(), p.format(), v);
          break;
        case MEMORY:
          b.memoryEfficiency(p.generation(), v);
          break;
        case BASE_COMPUTE:
          b.computeEfficiency(p.format(), v);
          break;
        case BASE_MEMORY:
          base.memoryEfficiency(v);
          break;
        case EXPERT:
          base.expertEfficiency(v);
          break;
        case OVERLAP:
          base.overlap(v);
          break;
        case ALL_TO_ALL:
          base.allToAllLatency(Durations.ofSeconds(v));
          break;
        default:
          base.stepOverhead(Durations.ofSeconds(v));
      }
    }
    return b.base(base.build()).build();
  }

  /** Whether a parameter moves a row's prediction. */
  private static boolean affects(Param p, MlperfCalibrationSet.Case c, boolean pooled) {
    switch (p.kind()) {
      case COMPUTE:
        return !pooled && p.generation().equals(generation(c)) && p.format() == format(c);
      case MEMORY:
        return !pooled && p.generation().equals(generation(c));
      case BASE_COMPUTE:
        return pooled && p.format() == format(c);
      case BASE_MEMORY:
        return pooled;
      case EXPERT:
        return c.row().moe();
      case ALL_TO_ALL:
        return c.deployment().orElseThrow().isAttentionDataParallel();
      default:
        return true;
    }
  }

  /** Log of predicted over measured, with a row the model finds unreachable at -3. */
  static double residual(MlperfCalibrationSet.Case c, PerformanceModel model) {
    double p = c.predict(model);
    if (!(p > 0) || !Double.isFinite(p)) {
      return -3;
    }
    return Math.log(p / c.row().tokensPerSecond());
  }

  static double[] residuals(List<MlperfCalibrationSet.Case> rows, Calibration cal,
      boolean pooled) {
    PerformanceModel model = PerformanceModel.of(pooled ? withoutGenerations(cal) : cal,
        MEMORY);
    return IntStream.range(0, rows.size()).parallel()
        .mapToDouble(i -> residual(rows.get(i), model)).toArray();
  }

  /** The calibration with every accelerator treated as uncalibrated (its base). */
  static Calibration withoutGenerations(Calibration cal) {
    Calibration.Builder b = Calibration.builder().base(cal.base());
    cal.baseComputeEfficiencies().forEach(b::computeEfficiency);
    return b.build();
  }

  private static double huber(double r) {
    double a = Math.abs(r);
    return a <= HUBER ? 0.5 * r * r : HUBER * (a - 0.5 * HUBER);
  }

  private static double weight(double r) {
    double a = Math.abs(r);
    return a <= HUBER ? 1 : HUBER / a;
  }

  private static double loss(List<MlperfCalibrationSet.Case> rows, Calibration cal,
      List<Param> params, double[] theta, int free) {
    boolean pooled = params.stream().anyMatch(p -> p.kind() == Kind.BASE_MEMORY);
    double sum = 0;
    for (double r : residuals(rows, cal, pooled)) {
      sum += huber(r);
    }
    for (int j = 0; j < free; j++) {
      double z = (theta[j] - params.get(j).start()) / PRIOR_SD;
      sum += 0.5 * z * z;
    }
    return sum;
  }

  /**
   * Levenberg-Marquardt over the parameters not in {@code held} (their values stay at
   * {@code heldTheta}).
   */
  private static double[] minimise(List<MlperfCalibrationSet.Case> rows, List<Param> params,
      double[] theta0, double[] heldTheta, List<Param> held, int iterations) {
    boolean pooled = !held.isEmpty();
    int n = params.size();
    List<Integer> free = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!held.contains(params.get(j))) {
        free.add(j);
      }
    }
    int m = free.size();
    double[] theta = theta0.clone();
    double[] r = residuals(rows, calibration(params, theta), pooled);
    double loss = objective(r, params, theta, free);
    double mu = 1e-2;
    for (int it = 0; it < iterations; it++) {
      double[][] jac = new double[rows.size()][m];
      for (int k = 0; k < m; k++) {
        int j = free.get(k);
        double[] t = theta.clone();
        t[j] += STEP;
        Calibration cal = calibration(params, t);
        PerformanceModel model = PerformanceModel.of(pooled ? withoutGenerations(cal) : cal,
            MEMORY);
        Param p = params.get(j);
        final int col = k;
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
          if (affects(p, rows.get(i), pooled)) {
            jac[i][col] = (residual(rows.get(i), model) - r[i]) / STEP;
          }
        });
      }
      double[][] a = new double[m][m];
      double[] g = new double[m];
      for (int i = 0; i < rows.size(); i++) {
        double w = weight(r[i]);
        for (int k = 0; k < m; k++) {
          if (jac[i][k] == 0) {
            continue;
          }
          g[k] += w * jac[i][k] * r[i];
          for (int l = 0; l < m; l++) {
            a[k][l] += w * jac[i][k] * jac[i][l];
          }
        }
      }
      for (int k = 0; k < m; k++) {
        int j = free.get(k);
        double prior = 1 / (PRIOR_SD * PRIOR_SD);
        a[k][k] += prior;
        g[k] += prior * (theta[j] - params.get(j).start());
      }
      boolean accepted = false;
      for (int attempt = 0; attempt < 5 && !accepted; attempt++) {
        double[][] damped = new double[m][m];
        for (int k = 0; k < m; k++) {
          damped[k] = a[k].clone();
          damped[k][k] += mu * a[k][k] + 1e-12;
        }
        double[] step = solve(damped, g);
        double[] t = theta.clone();
        for (int k = 0; k < m; k++) {
          int j = free.get(k);
          t[j] += Math.max(-1, Math.min(1, -step[k]));
          Param p = params.get(j);
          if (p.kind() != Kind.OVERLAP && p.kind() != Kind.OVERHEAD
              && p.kind() != Kind.ALL_TO_ALL) {
            t[j] = Math.min(t[j], p.ceiling());
          }
        }
        double[] rt = residuals(rows, calibration(params, t), pooled);
        double lt = objective(rt, params, t, free);
        if (lt < loss) {
          boolean converged = loss - lt < 1e-5 * loss;
          theta = t;
          System.arraycopy(rt, 0, r, 0, r.length);
          loss = lt;
          mu = Math.max(mu / 3, 1e-6);
          accepted = true;
          if (converged) {
            return theta;
          }
        } else {
          mu *= 4;
        }
      }
      if (!accepted) {
        break;
      }
    }
    return theta;
  }

  private static double objective(double[] r, List<Param> params, double[] theta,
      List<Integer> free) {
    double sum = 0;
    for (double x : r) {
      sum += huber(x);
    }
    for (int j : free) {
      double z = (theta[j] - params.get(j).start()) / PRIOR_SD;
      sum += 0.5 * z * z;
    }
    return sum;
  }

  /** Solves a small symmetric positive definite system by Gaussian elimination. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[pivot];
      m[pivot] = tmp;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int k = i + 1; k < n; k++) {
        s -= m[i][k] * x[k];
      }
      x[i] = s / m[i][i];
    }
    return x;
  }
}
