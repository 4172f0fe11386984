/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Efficiencies and prediction intervals by regime (accelerator generation x compute format x
 * dense or mixture of experts), such as 'NVIDIA Hopper: FP8 matrix products at 0.45 of peak,
 * memory at 0.80; 80% of held-out rows within [0.8x, 1.2x]'.
 *
 * <p>The model: a base {@link Efficiency} with compute efficiencies per format, used for an
 * accelerator in no calibrated generation ({@link Regime#UNCALIBRATED}); generations, each a name and the accelerator ids it
 * holds (an accelerator is found by {@link AcceleratorSpec#id()}); per generation a compute
 * efficiency per compute format, a memory efficiency and an expert (grouped matrix product)
 * efficiency, each replacing the base's where given; and prediction intervals per regime, per
 * generation and format, per generation and overall. {@link #efficiencyFor(Deployment)}
 * resolves a deployment's efficiencies: its generation's figures, and for a compute format the
 * generation has no figure for, the figure of the nearest format it has (in the order FP4, FP6,
 * FP8, INT8, FP16, BF16, TF32, FP32, FP64; a tie goes to the wider). {@link
 * #intervalFor(Deployment)} returns the most specific interval there is: the regime's, else its
 * generation and format's, else its generation's, else the overall one.
 *
 * <p>{@link #defaults()} is the fit to MLPerf Inference results described in the class
 * documentation of {@link Efficiency}; {@link #uniform(Efficiency)} applies one set of
 * efficiencies everywhere and has no intervals.
 *
 * <pre>{@code
 * Calibration c = Calibration.defaults();
 * c.regimeOf(deployment);              // NVIDIA Hopper, FP8, dense
 * c.efficiencyFor(deployment);         // the fitted factors of that regime
 * c.intervalFor(deployment);           // 80% in [0.8x, 1.2x] (...)
 * }</pre>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Calibration {

  /** Compute formats from narrowest to widest, for the nearest-format rule. */
  private static final List<ComputeFormat> WIDTH_ORDER = List.of(ComputeFormat.FP4,
      ComputeFormat.FP6, ComputeFormat.FP8, ComputeFormat.INT8, ComputeFormat.FP16,
      ComputeFormat.BF16, ComputeFormat.TF32, ComputeFormat.FP32, ComputeFormat.FP64);

  private final Efficiency base;
  private final Map<String, Set<String>> generations;
  private final Map<String, String> generationById;
  private final Map<String, Map<ComputeFormat, Double>> compute;
  private final Map<ComputeFormat, Double> baseCompute;
  private final Map<String, Double> memory;
  private final Map<String, Double> expert;
  private final Map<String, PredictionInterval> intervals;
  /** Resolved efficiencies per generation and compute format. */
  private final Map<String, Map<ComputeFormat, Efficiency>> resolved;
  /** Resolved efficiencies of uncalibrated accelerators per compute format. */
  private final Map<ComputeFormat, Efficiency> resolvedBase;
  /** Resolved intervals per generation (uncalibrated included) and format: dense, then MoE. */
  private final Map<String, Map<ComputeFormat, PredictionInterval[]>> resolvedIntervals;

  private Calibration(Builder b) {
    this.base = Objects.requireNonNull(b.base, "base");
    Map<String, Set<String>> gens = new LinkedHashMap<>();
    Map<String, String> byId = new HashMap<>();
    b.generations.forEach((name, ids) -> {
      gens.put(name, Collections.unmodifiableSet(new LinkedHashSet<>(ids)));
      for (String id : ids) {
        String before = byId.put(id, name);
        if (before != null && !before.equals(name)) {
          throw new IllegalArgumentException("Accelerator '" + id + "' is in two generations: "
              + before + "/" + name);
        }
      }
    });
    this.generations = Collections.unmodifiableMap(gens);
    this.generationById = Collections.unmodifiableMap(byId);
    Map<String, Map<ComputeFormat, Double>> c = new TreeMap<>();
    b.compute.forEach((g, m) -> c.put(known(g), Collections.unmodifiableMap(new EnumMap<>(m))));
    this.compute = Collections.unmodifiableMap(c);
    this.baseCompute = b.baseCompute.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(b.baseCompute));
    b.memory.keySet().forEach(this::known);
    b.expert.keySet().forEach(this::known);
    this.memory = Collections.unmodifiableMap(new TreeMap<>(b.memory));
    this.expert = Collections.unmodifiableMap(new TreeMap<>(b.expert));
    this.intervals = Collections.unmodifiableMap(new TreeMap<>(b.intervals));
    Map<String, Map<ComputeFormat, Efficiency>> r = new HashMap<>();
    for (String g : generations.keySet()) {
      Map<ComputeFormat, Efficiency> byFormat = new EnumMap<>(ComputeFormat.class);
      for (ComputeFormat f : ComputeFormat.values()) {
        byFormat.put(f, resolve(g, f));
      }
      r.put(g, byFormat);
    }
    this.resolved = r;
    Map<ComputeFormat, Efficiency> rb = new EnumMap<>(ComputeFormat.class);
    for (ComputeFormat f : ComputeFormat.values()) {
      rb.put(f, nearest(baseCompute, f).map(base::withComputeEfficiency).orElse(base));
    }
    this.resolvedBase = rb;
    Map<String, Map<ComputeFormat, PredictionInterval[]>> ri = new HashMap<>();
    List<String> all = new ArrayList<>(generations.keySet());
    all.add(Regime.UNCALIBRATED);
    for (String g : all) {
      Map<ComputeFormat, PredictionInterval[]> byFormat = new EnumMap<>(ComputeFormat.class);
      for (ComputeFormat f : ComputeFormat.values()) {
        byFormat.put(f, new PredictionInterval[] {lookUp(Regime.of(g, f, false)),
            lookUp(Regime.of(g, f, true))});
      }
      ri.put(g, byFormat);
    }
    this.resolvedIntervals = ri;
  }

  /** The most specific interval of a regime, or null. */
  private PredictionInterval lookUp(Regime regime) {
    for (String key : List.of(key(regime), key(regime.generation(), regime.computeFormat()),
        key(regime.generation()), key())) {
      PredictionInterval i = intervals.get(key);
      if (i != null) {
        return i;
      }
    }
    return null;
  }

  private String known(String generation) {
    if (!generations.containsKey(generation)) {
      throw new IllegalArgumentException("Unknown generation '" + generation + "' (known: "
          + String.join(", ", generations.keySet()) + ")");
    }
    return generation;
  }

  private Efficiency resolve(String generation, ComputeFormat format) {
    Efficiency.Builder e = Efficiency.builder().from(base);
    Optional<Double> c = nearest(compute.getOrDefault(generation, Map.of()), format);
    (c.isPresent() ? c : nearest(baseCompute, format)).ifPresent(e::computeEfficiency);
    Optional.ofNullable(memory.get(generation)).ifPresent(e::memoryEfficiency);
    Optional.ofNullable(expert.get(generation)).ifPresent(e::expertEfficiency);
    return e.build();
  }

  private static Optional<Double> nearest(Map<ComputeFormat, Double> byFormat,
      ComputeFormat format) {
    if (byFormat.containsKey(format)) {
      return Optional.of(byFormat.get(format));
    }
    int at = WIDTH_ORDER.indexOf(format);
    for (int step = 1; step < WIDTH_ORDER.size(); step++) {
      for (int i : new int[] {at + step, at - step}) {
        if (i >= 0 && i < WIDTH_ORDER.size() && byFormat.containsKey(WIDTH_ORDER.get(i))) {
          return Optional.of(byFormat.get(WIDTH_ORDER.get(i)));
        }
      }
    }
    return Optional.empty();
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the calibration fitted to MLPerf Inference results, documented in
   * {@link Efficiency}.
   *
   * @return the calibration, not null
   */
  public static Calibration defaults() {
    return Fitted.DEFAULTS;
  }

  /**
   * Obtains a calibration that applies one set of efficiencies to every deployment, with no
   * prediction intervals.
   *
   * @param efficiency the efficiencies, not null
   * @return the calibration, not null
   */
  public static Calibration uniform(Efficiency efficiency) {
    return builder().base(efficiency).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the efficiencies of accelerators in no calibrated generation, and the figures a
   * generation does not replace.
   *
   * @return the base, not null
   */
  public Efficiency base() {
    return base;
  }

  /**
   * Returns the calibrated generations, each with the accelerator ids it holds.
   *
   * @return the generations in the order they were given, not null
   */
  public Map<String, Set<String>> generations() {
    return generations;
  }

  /**
   * Returns the generation of an accelerator.
   *
   * @param accelerator the accelerator, not null
   * @return the generation, or {@link Regime#UNCALIBRATED}, not null
   */
  public String generationOf(AcceleratorSpec accelerator) {
    Objects.requireNonNull(accelerator, "accelerator");
    return generationById.getOrDefault(accelerator.id(), Regime.UNCALIBRATED);
  }

  /**
   * Returns the regime of a deployment: its accelerator's generation, its compute format and
   * whether its model is a mixture of experts.
   *
   * @param deployment the deployment, not null
   * @return the regime, not null
   */
  public Regime regimeOf(Deployment deployment) {
    Objects.requireNonNull(deployment, "deployment");
    return Regime.of(generationOf(deployment.accelerator()),
        deployment.precision().computeFormat(), deployment.model().isMixtureOfExperts());
  }

  /**
   * Returns the efficiencies of a deployment's regime.
   *
   * @param deployment the deployment, not null
   * @return the efficiencies, not null
   */
  public Efficiency efficiencyFor(Deployment deployment) {
    Objects.requireNonNull(deployment, "deployment");
    Map<ComputeFormat, Efficiency> byFormat =
        resolved.get(generationById.get(deployment.accelerator().id()));
    return (byFormat == null ? resolvedBase : byFormat)
        .get(deployment.precision().computeFormat());
  }

  /**
   * Returns the prediction interval of a deployment's regime.
   *
   * @param deployment the deployment, not null
   * @return the most specific interval there is, or empty when the calibration has none
   */
  public Optional<PredictionInterval> intervalFor(Deployment deployment) {
    Objects.requireNonNull(deployment, "deployment");
    return Optional.ofNullable(resolvedIntervals.get(generationOf(deployment.accelerator()))
        .get(deployment.precision().computeFormat())
        [deployment.model().isMixtureOfExperts() ? 1 : 0]);
  }

  /**
   * Returns the prediction interval of a regime: the regime's own, else its generation and
   * format's, else its generation's, else the overall one.
   *
   * @param regime the regime, not null
   * @return the interval, or empty when the calibration has none
   */
  public Optional<PredictionInterval> intervalFor(Regime regime) {
    Objects.requireNonNull(regime, "regime");
    return Optional.ofNullable(lookUp(regime));
  }

  /**
   * Returns the compute efficiencies given per generation and format.
   *
   * @return the figures, not null
   */
  public Map<String, Map<ComputeFormat, Double>> computeEfficiencies() {
    return compute;
  }

  /**
   * Returns the compute efficiencies per format of accelerators in no calibrated generation
   * (a fit pooled over every generation).
   *
   * @return the figures, not null
   */
  public Map<ComputeFormat, Double> baseComputeEfficiencies() {
    return baseCompute;
  }

  /**
   * Returns the memory efficiencies given per generation.
   *
   * @return the figures, not null
   */
  public Map<String, Double> memoryEfficiencies() {
    return memory;
  }

  /**
   * Returns the expert efficiencies given per generation.
   *
   * @return the figures, not null
   */
  public Map<String, Double> expertEfficiencies() {
    return expert;
  }

  private static String key(Regime r) {
    return r.generation() + "|" + r.computeFormat() + "|" + (r.isMixtureOfExperts() ? "moe"
        : "dense");
  }

  private static String key(String generation, ComputeFormat format) {
    return generation + "|" + format;
  }

  private static String key(String generation) {
    return generation;
  }

  private static String key() {
    return "*";
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Calibration)) {
      return false;
    }
    Calibration o = (Calibration) other;
    return base.equals(o.base) && generations.equals(o.generations)
        && compute.equals(o.compute) && baseCompute.equals(o.baseCompute)
        && memory.equals(o.memory) && expert.equals(o.expert) && intervals.equals(o.intervals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, generations, compute, baseCompute, memory, expert, intervals);
  }

  /**
   * Returns the text form, such as {@code Calibration[5 generations; base compute 0.41, ...]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Calibration[" + generations.size() + " generations " + generations.keySet()
        + "; compute " + compute + "; memory " + memory + "; experts " + expert + "; base "
        + base + "]";
  }

  //-----------------------------------------------------------------------
  /** Builds a {@link Calibration}; the base is required, every other part optional. */
  public static final class Builder {
    private Efficiency base;
    private final Map<String, Set<String>> generations = new LinkedHashMap<>();
    private final Map<String, Map<ComputeFormat, Double>> compute = new HashMap<>();
    private final Map<ComputeFormat, Double> baseCompute = new EnumMap<>(ComputeFormat.class);
    private final Map<String, Double> memory = new HashMap<>();
    private final Map<String, Double> expert = new HashMap<>();
    private final Map<String, PredictionInterval> intervals = new HashMap<>();

    Builder() {}

    /**
     * Sets the base efficiencies.
     *
     * @param efficiency the efficiencies, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code efficiency} is null
     */
    public Builder base(Efficiency efficiency) {
      this.base = Objects.requireNonNull(efficiency, "efficiency");
      return this;
    }

    /**
     * Adds a generation and the accelerator ids it holds.
     *
     * @param name the generation, such as {@code NVIDIA Hopper}, not blank
     * @param acceleratorIds the ids, such as {@code nvidia-h100-sxm}, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the name is blank or {@link Regime#UNCALIBRATED}
     * @throws NullPointerException if {@code name} or {@code acceleratorIds} is null
     */
    public Builder generation(String name, String... acceleratorIds) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(acceleratorIds, "acceleratorIds");
      Checks.notBlank(name, "Generation name");
      if (name.equals(Regime.UNCALIBRATED)) {
        throw new IllegalArgumentException("Generation name is reserved: '" + name + "'");
      }
      Set<String> ids = generations.computeIfAbsent(name, k -> new LinkedHashSet<>());
      for (String id : acceleratorIds) {
        ids.add(Checks.notBlank(Objects.requireNonNull(id, "acceleratorId"),
            "Accelerator id"));
      }
      return this;
    }

    /**
     * Sets a generation's compute efficiency in a format.
     *
     * @param generation the generation, added before, not null
     * @param format the compute format, not null
     * @param fraction the achieved fraction of the format's dense peak, in (0, 1]
     * @return this builder, not null
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     * @throws NullPointerException if {@code generation} or {@code format} is null
     */
    public Builder computeEfficiency(String generation, ComputeFormat format, double fraction) {
      Objects.requireNonNull(generation, "generation");
      Objects.requireNonNull(format, "format");
      compute.computeIfAbsent(generation, k -> new EnumMap<>(ComputeFormat.class))
          .put(format, Checks.fractionPositive(fraction, "Compute efficiency"));
      return this;
    }

    /**
     * Sets the compute efficiency in a format of accelerators in no calibrated generation, and
     * of a generation without a figure of its own in any format.
     *
     * @param format the compute format, not null
     * @param fraction the achieved fraction of the format's dense peak, in (0, 1]
     * @return this builder, not null
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     * @throws NullPointerException if {@code format} is null
     */
    public Builder computeEfficiency(ComputeFormat format, double fraction) {
      baseCompute.put(Objects.requireNonNull(format, "format"),
          Checks.fractionPositive(fraction, "Compute efficiency"));
      return this;
    }

    /**
     * Sets a generation's memory efficiency.
     *
     * @param generation the generation, added before, not null
     * @param fraction the achieved fraction of peak memory bandwidth, in (0, 1]
     * @return this builder, not null
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     * @throws NullPointerException if {@code generation} is null
     */
    public Builder memoryEfficiency(String generation, double fraction) {
      memory.put(Objects.requireNonNull(generation, "generation"),
          Checks.fractionPositive(fraction, "Memory efficiency"));
      return this;
    }

    /**
     * Sets a generation's expert (grouped matrix product) efficiency.
     *
     * @param generation the generation, added before, not null
     * @param fraction the expert products' rate relative to dense ones, in (0, 1]
     * @return this builder, not null
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     * @throws NullPointerException if {@code generation} is null
     */
    public Builder expertEfficiency(String generation, double fraction) {
      expert.put(Objects.requireNonNull(generation, "generation"),
          Checks.fractionPositive(fraction, "Expert efficiency"));
      return this;
    }

    /**
     * Sets the prediction interval of a regime.
     *
     * @param regime the regime, not null
     * @param interval the interval, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code regime} or {@code interval} is null
     */
    public Builder interval(Regime regime, PredictionInterval interval) {
      intervals.put(key(Objects.requireNonNull(regime, "regime")),
          Objects.requireNonNull(interval, "interval"));
      return this;
    }

    /**
     * Sets the prediction interval of a generation and format, dense and MoE together.
     *
     * @param generation the generation, not null
     * @param format the compute format, not null
     * @param interval the interval, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code generation} or {@code format} or {@code interval} is null
     */
    public Builder interval(String generation, ComputeFormat format,
        PredictionInterval interval) {
      intervals.put(key(Objects.requireNonNull(generation, "generation"),
          Objects.requireNonNull(format, "format")), Objects.requireNonNull(interval,
          "interval"));
      return this;
    }

    /**
     * Sets the prediction interval of a generation, every format together.
     *
     * @param generation the generation, not null
     * @param interval the interval, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code generation} or {@code interval} is null
     */
    public Builder interval(String generation, PredictionInterval interval) {
      intervals.put(key(Objects.requireNonNull(generation, "generation")),
          Objects.requireNonNull(interval, "interval"));
      return this;
    }

    /**
     * Sets the overall prediction interval, used where no more specific one is given.
     *
     * @param interval the interval, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code interval} is null
     */
    public Builder interval(PredictionInterval interval) {
      intervals.put(key(), Objects.requireNonNull(interval, "interval"));
      return this;
    }

    /**
     * Builds the calibration.
     *
     * @return the calibration, not null
     * @throws IllegalStateException if no base was given
     * @throws IllegalArgumentException if a figure names an unknown generation, or an
     *     accelerator is in two generations
     */
    public Calibration build() {
      if (base == null) {
        throw new IllegalStateException("Calibration needs a base efficiency");
      }
      return new Calibration(this);
    }
  }

  /** The fitted defaults, created on first use. */
  private static final class Fitted {
    static final Calibration DEFAULTS = FittedCalibration.create();
  }
}
