/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The achieved fractions of an accelerator's peak rates and the fixed latencies of a serving
 * engine, such as 'matrix products at 41% of dense peak, memory at 80% of peak bandwidth,
 * 27 &micro;s per all-reduce, 2.5 ms per forward pass'.
 *
 * <p>The model multiplies each published peak by its efficiency: compute time is FLOPs over
 * {@code densePeak(format) x computeEfficiency}, memory time is bytes over
 * {@code memoryBandwidth x memoryEfficiency}, interconnect time is bytes over the scale-up
 * link's one-way bandwidth times {@code interconnectEfficiency}, plus a latency per all-reduce and
 * per pipeline hand-off, plus a fixed overhead per forward pass (scheduling, kernel launches,
 * sampling). Every factor is an explicit input; the defaults and how each was chosen:
 * <ul>
 *   <li>{@link #computeEfficiency()} 0.41: fitted (least squares on the logarithm of the ratio)
 *       to the five MLPerf Inference Llama-2-70B Offline rows of the project's
 *       {@code measured_calibration.json} (H100 and H200 FP8 with TensorRT-LLM, B200 FP4, MI300X
 *       FP8 with vLLM), whose throughput is compute-bound at the batch sizes the submissions ran.
 *       It is the end-to-end fraction of the format's dense peak, below the best single matrix
 *       product: the measured matmul fractions (stas00/ml-engineering, "Maximum Achievable
 *       Matmul FLOPS", commit 744d01e, 2026-08-22) are 0.803 (H100 SXM BF16), 0.709 (H100 SXM
 *       FP8), 0.734 (H200 SXM FP8), 0.763 (B200 FP8) and 0.514 (MI300X BF16), and an 8192-cubed
 *       BF16 product measured on one H100 for this project ran at 0.81; serving adds the
 *       attention, normalisation and sampling kernels, smaller products and scheduling gaps.
 *       The fit assumes a mean MLPerf prompt of 292 tokens (no public figure was found; see the
 *       validation test); with 200 or 400 tokens the fit gives 0.34 or 0.50. The fit's root-mean-square
 *       error of the logarithm is 0.20 (about 20%).
 *   <li>{@link #memoryEfficiency()} 0.80: NVIDIA's aiconfigurator applies 0.8 x peak HBM
 *       bandwidth to every GPU as its "nonofficial correction based on observations"
 *       (ai-dynamo/aiconfigurator {@code systems/*.yaml}, commit 095f58a, 2026-08-21); a
 *       device-to-device copy measured on one H100 for this project reached about 0.90 of
 *       3.35 TB/s, the best case a kernel can do.
 *   <li>{@link #interconnectEfficiency()} 0.80: no calibration row is bound by interconnect
 *       bandwidth (decode all-reduces are small and latency-bound), so none identifies this
 *       factor; it is set equal to the memory efficiency as a stated choice, not a measurement.
 *   <li>{@link #allReduceLatency()} 27 &micro;s and {@link #stepOverhead()} 2.5 ms: fitted to
 *       the three vLLM CI latency rows (H200, BF16 presumed; Llama-3.1-8B on one device,
 *       Mixtral-8x7B on two, Llama-3-70B on four; 32 prompt and 128 output tokens at batch 8),
 *       which are memory-bound and differ in how many all-reduces a step makes (none, 64, 160)
 *       with the memory efficiency held at 0.80 (root-mean-square log error
 *       0.011; with 0.90 the fit gives 32 &micro;s and 3.0 ms). Both absorb what a roofline leaves out: the
 *       fixed per-step cost of the engine (about 2.5 ms in these vLLM runs, much less in
 *       TensorRT-LLM) and the per-layer cost of tensor parallelism beyond moving bytes.
 *   <li>{@link #pipelineHopLatency()} 10 &micro;s: aiconfigurator's {@code p2p_latency_s} of
 *       1e-5 s (same source as the memory factor).
 * </ul>
 * Per-row tuning is never done: the same defaults serve every accelerator. Devices whose
 * software reaches a smaller share of peak than the calibration set (the MI300X rows run vLLM on
 * ROCm, whose measured matmul fraction is 0.514 against H100's 0.803) need their own
 * {@code Efficiency}; {@link #withComputeEfficiency(double)} makes one.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEfficiency.class)
@JsonDeserialize(as = ImmutableEfficiency.class)
public abstract class Efficiency {

  Efficiency() {}

  /**
   * Obtains the calibrated defaults described in the class documentation.
   *
   * @return the defaults, not null
   */
  public static Efficiency defaults() {
    return builder().build();
  }

  /**
   * Obtains the ideal: every peak reached, no latency and no overhead. Useful for bounds and
   * hand-worked checks ("the floor per token at 100% bandwidth").
   *
   * @return the ideal efficiency, not null
   */
  public static Efficiency ideal() {
    return builder().computeEfficiency(1).memoryEfficiency(1).interconnectEfficiency(1)
        .allReduceLatency(Duration.ZERO).pipelineHopLatency(Duration.ZERO)
        .stepOverhead(Duration.ZERO).build();
  }

  /**
   * Returns a new builder, every attribute starting at its default.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableEfficiency.builder();
  }

  /**
   * Builds an {@link Efficiency}; every attribute is optional and defaults as documented.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(Efficiency instance);

    /**
     * Sets the achieved fraction of the dense peak compute of the deployment's compute format, 0.41
     * by default. Optional (see {@link Efficiency#computeEfficiency() computeEfficiency}).
     *
     * @param computeEfficiency the fraction, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder computeEfficiency(double computeEfficiency);

    /**
     * Sets the achieved fraction of peak device memory bandwidth, 0.80 by default. Optional (see
     * {@link Efficiency#memoryEfficiency() memoryEfficiency}).
     *
     * @param memoryEfficiency the fraction, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder memoryEfficiency(double memoryEfficiency);

    /**
     * Sets the achieved fraction of the scale-up interconnect's one-way bandwidth, 0.80 by default.
     * Optional (see {@link Efficiency#interconnectEfficiency() interconnectEfficiency}).
     *
     * @param interconnectEfficiency the fraction, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder interconnectEfficiency(double interconnectEfficiency);

    /**
     * Sets the fixed latency of one tensor-parallel all-reduce, 27 &micro;s by default. Optional
     * (see {@link Efficiency#allReduceLatency() allReduceLatency}).
     *
     * @param allReduceLatency the latency, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code allReduceLatency} is null
     */
    public abstract Builder allReduceLatency(Duration allReduceLatency);

    /**
     * Sets the fixed latency of one pipeline-parallel hand-off between stages, 10 &micro;s by
     * default. Optional (see {@link Efficiency#pipelineHopLatency() pipelineHopLatency}).
     *
     * @param pipelineHopLatency the latency, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pipelineHopLatency} is null
     */
    public abstract Builder pipelineHopLatency(Duration pipelineHopLatency);

    /**
     * Sets the fixed overhead of one forward pass (scheduling, kernel launches, sampling), 2.5 ms
     * by default. Optional (see {@link Efficiency#stepOverhead() stepOverhead}).
     *
     * @param stepOverhead the overhead, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code stepOverhead} is null
     */
    public abstract Builder stepOverhead(Duration stepOverhead);

    /**
     * Builds the {@link Efficiency}.
     *
     * @return the new instance, not null
     * @throws IllegalArgumentException if the values break a rule of {@link Efficiency} (the
     *     message names the field, the value and the rule)
     */
    public abstract Efficiency build();
  }

  /**
   * Returns the achieved fraction of the dense peak compute of the deployment's compute format,
   * 0.41 by default.
   *
   * @return the fraction, in (0, 1]
   */
  @Value.Default
  public double computeEfficiency() {
    return 0.41;
  }

  /**
   * Returns the achieved fraction of peak device memory bandwidth, 0.80 by default.
   *
   * @return the fraction, in (0, 1]
   */
  @Value.Default
  public double memoryEfficiency() {
    return 0.80;
  }

  /**
   * Returns the achieved fraction of the scale-up interconnect's one-way bandwidth, 0.80 by
   * default.
   *
   * @return the fraction, in (0, 1]
   */
  @Value.Default
  public double interconnectEfficiency() {
    return 0.80;
  }

  /**
   * Returns the fixed latency of one tensor-parallel all-reduce, 27 &micro;s by default.
   *
   * @return the latency, not negative, not null
   */
  @Value.Default
  public Duration allReduceLatency() {
    return Duration.ofNanos(27_000);
  }

  /**
   * Returns the fixed latency of one pipeline-parallel hand-off between stages, 10 &micro;s by
   * default.
   *
   * @return the latency, not negative, not null
   */
  @Value.Default
  public Duration pipelineHopLatency() {
    return Duration.ofNanos(10_000);
  }

  /**
   * Returns the fixed overhead of one forward pass (scheduling, kernel launches, sampling),
   * 2.5 ms by default.
   *
   * @return the overhead, not negative, not null
   */
  @Value.Default
  public Duration stepOverhead() {
    return Duration.ofNanos(2_500_000);
  }

  /**
   * Returns a copy of this efficiency with another compute efficiency.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param fraction the achieved fraction of dense peak compute, in (0, 1]
   * @return the new instance, not null
   * @throws IllegalArgumentException if the fraction is not in (0, 1]
   */
  public Efficiency withComputeEfficiency(double fraction) {
    return builder().from(this).computeEfficiency(fraction).build();
  }

  /**
   * Returns a copy of this efficiency with another memory efficiency.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param fraction the achieved fraction of peak memory bandwidth, in (0, 1]
   * @return the new instance, not null
   * @throws IllegalArgumentException if the fraction is not in (0, 1]
   */
  public Efficiency withMemoryEfficiency(double fraction) {
    return builder().from(this).memoryEfficiency(fraction).build();
  }

  /**
   * Returns the text form, such as
   * {@code compute 0.41, memory 0.8, interconnect 0.8, all-reduce PT0.000027S, ...}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "compute " + computeEfficiency() + ", memory " + memoryEfficiency()
        + ", interconnect " + interconnectEfficiency() + ", all-reduce " + allReduceLatency()
        + ", pipeline hop " + pipelineHopLatency() + ", step overhead " + stepOverhead();
  }

  @Value.Check
  protected final void check() {
    Checks.fractionPositive(computeEfficiency(), "Compute efficiency");
    Checks.fractionPositive(memoryEfficiency(), "Memory efficiency");
    Checks.fractionPositive(interconnectEfficiency(), "Interconnect efficiency");
    notNegative(allReduceLatency(), "All-reduce latency");
    notNegative(pipelineHopLatency(), "Pipeline hop latency");
    notNegative(stepOverhead(), "Step overhead");
  }

  private static void notNegative(Duration d, String what) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + d);
    }
  }
}
