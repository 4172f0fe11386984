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
 * engine, such as 'matrix products at 60.6% of dense peak, memory at 76% of peak bandwidth,
 * 27 &micro;s per all-reduce, 4.2 ms per forward pass'.
 *
 * <p>The model multiplies each published peak by its efficiency: compute time is FLOPs over
 * {@code densePeak(format) x computeEfficiency} (routed experts' grouped products also times
 * {@link #expertEfficiency()}), memory time is bytes over {@code memoryBandwidth x
 * memoryEfficiency} (weights, KV cache, and the activations passed between kernels),
 * interconnect time is bytes over the scale-up link's one-way bandwidth times
 * {@code interconnectEfficiency}, plus a latency per collective and per pipeline hand-off, plus a
 * fixed overhead per forward pass (scheduling, kernel launches, sampling). Within a group of
 * kernels the shorter of the compute and memory times is hidden under the longer only in part:
 * {@code max(c, m) + (1 - overlap) x min(c, m)}. Every factor is an explicit input.
 *
 * <h2>Calibration</h2>
 * {@link Calibration#defaults()} holds these factors by regime (accelerator generation x compute
 * format x dense or mixture of experts); {@link #defaults()} is its base, used for accelerators
 * in no calibrated generation. Both are a fit to the MLPerf Inference calibration set: 573
 * distinct closed-division datacenter runs of rounds v4.1 to v6.0 (Llama 2 70B, Llama 3.1 8B and
 * 405B, Mixtral 8x7B, DeepSeek-R1, gpt-oss-120b on H100, H200, B200, GB200, B300, GB300 and AMD
 * MI300X to MI355X; Offline, Server and Interactive), of which 491 are estimable (the others need
 * an accelerator the catalog lacks, H100 NVL and H200 NVL; an input length no source publishes,
 * gpt-oss-120b; or decode with speculative drafts, DeepSeek-R1 Interactive in v6.0). Each row is
 * predicted by stated rules, the same for every row (its precision and layout from its own
 * config, DeepSeek-R1's attention data-parallel as its configs run it, Offline by
 * {@link PerformanceModel#offline}, Server and Interactive by
 * {@link PerformanceModel#atCapacity} at the row's p99 TTFT and TPOT limits), and the factors
 * minimise a Huber loss on the log of predicted over measured throughput (Levenberg-Marquardt,
 * memory efficiency at most 0.90, the share of peak a device-to-device copy reached on one
 * H100). The procedure and its printout are the hardware module's calibration report test
 * ({@code PerformanceCalibrationTest}), which refits on every build and fails if these figures
 * are not what the fit gives. Fitted (2026-12-07), three decimals:
 * <table>
 *   <caption>Efficiencies by generation</caption>
 *   <tr><th>generation</th><th>compute</th><th>memory</th></tr>
 *   <tr><td>NVIDIA Hopper (H100, H200)</td><td>FP8 0.606</td><td>0.757</td></tr>
 *   <tr><td>NVIDIA Blackwell (B200, GB200)</td><td>FP4 0.833</td><td>0.386</td></tr>
 *   <tr><td>NVIDIA Blackwell Ultra (B300, GB300)</td><td>FP4 0.404</td><td>0.701</td></tr>
 *   <tr><td>AMD CDNA 3 (MI300X, MI325X)</td><td>FP8 0.427</td><td>0.548</td></tr>
 *   <tr><td>AMD CDNA 4 (MI350X, MI355X)</td><td>FP4 0.372, FP8 0.614</td><td>0.839</td></tr>
 *   <tr><td>base (pooled over all)</td><td>FP8 0.560, FP4 0.443</td><td>0.641</td></tr>
 * </table>
 * Shared by every generation: {@link #expertEfficiency()} 0.832, {@link #overlap()} 0.460,
 * {@link #stepOverhead()} 4.200 ms, {@link #allToAllLatency()} 205.4 &micro;s. A format a
 * generation has no figure for takes the nearest it has (BF16 on Hopper takes FP8's 0.606, a
 * fraction of the BF16 peak). With each accelerator family held out in turn and refitted, the
 * median error is 16.4% and 97.8% of rows are within 2x; with each model held out, 13.2% and
 * 97.8%. The Blackwell pair (compute 0.833, memory 0.386) is the least physical: its dense rows
 * do not separate the two well, and the fit trades one against the other. Measured
 * matmul fractions for comparison (stas00/ml-engineering, "Maximum Achievable Matmul FLOPS",
 * commit 744d01e): 0.709 (H100 SXM FP8), 0.734 (H200 FP8), 0.763 (B200 FP8), 0.514 (MI300X
 * BF16); serving adds attention, normalisation and sampling kernels, smaller products and
 * scheduling gaps.
 *
 * <p>Not fitted: {@link #interconnectEfficiency()} 0.80 (no calibration row is bound by link
 * bandwidth; set equal to NVIDIA aiconfigurator's 0.8 memory correction as a stated choice),
 * {@link #allReduceLatency()} 27 &micro;s (fitted to three vLLM CI latency rows with the earlier
 * single factors) and {@link #pipelineHopLatency()}
 * 10 &micro;s (aiconfigurator's {@code p2p_latency_s}, ai-dynamo/aiconfigurator
 * {@code systems/*.yaml}, commit 095f58a).
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

  /** The fitted default of {@link #allToAllLatency()}, in nanoseconds. */
  private static final long ALL_TO_ALL_NANOS = 205_400;

  Efficiency() {}

  /**
   * Obtains the base of the calibrated defaults, described in the class documentation: the
   * fit pooled over every generation, in FP8 (the compute efficiency a format without its own
   * figure takes).
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
        .expertEfficiency(1).overlap(1)
        .allReduceLatency(Duration.ZERO).allToAllLatency(Duration.ZERO)
        .pipelineHopLatency(Duration.ZERO)
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
     * Sets the achieved fraction of the dense peak compute of the deployment's compute format,
     * 0.560 by default. Optional (see {@link Efficiency#computeEfficiency() computeEfficiency}).
     *
     * @param computeEfficiency the fraction, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder computeEfficiency(double computeEfficiency);

    /**
     * Sets the achieved fraction of peak device memory bandwidth, 0.641 by default. Optional (see
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
     * Sets the achieved rate of the routed experts' grouped matrix products as a fraction of the
     * dense rate, 0.832 by default. Optional (see
     * {@link Efficiency#expertEfficiency() expertEfficiency}).
     *
     * @param expertEfficiency the fraction, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder expertEfficiency(double expertEfficiency);

    /**
     * Sets how much of the shorter of a kernel group's compute time and memory time is hidden
     * under the longer (1 the ideal roofline, 0 no overlap), 0.460 by default. Optional (see
     * {@link Efficiency#overlap() overlap}).
     *
     * @param overlap the fraction, in [0, 1]
     * @return this builder, not null
     */
    public abstract Builder overlap(double overlap);

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
     * Sets the fixed latency of one expert-parallel all-to-all (a dispatch or a combine),
     * 205.4 &micro;s by default. Optional (see
     * {@link Efficiency#allToAllLatency() allToAllLatency}).
     *
     * @param allToAllLatency the latency, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code allToAllLatency} is null
     */
    public abstract Builder allToAllLatency(Duration allToAllLatency);

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
     * Sets the fixed overhead of one forward pass (scheduling, kernel launches, sampling), 4.2 ms
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
   * 0.560 by default.
   *
   * @return the fraction, in (0, 1]
   */
  @Value.Default
  public double computeEfficiency() {
    return 0.560;
  }

  /**
   * Returns the achieved fraction of peak device memory bandwidth, 0.641 by default.
   *
   * @return the fraction, in (0, 1]
   */
  @Value.Default
  public double memoryEfficiency() {
    return 0.641;
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
   * Returns the achieved rate of the routed experts' grouped matrix products as a fraction of
   * the dense rate ({@code densePeak x computeEfficiency}): expert products are many small
   * products, one per expert, over the few tokens routed to each. 0.832 by default.
   *
   * @return the fraction, in (0, 1]
   */
  @Value.Default
  public double expertEfficiency() {
    return 0.832;
  }

  /**
   * Returns how much of the shorter of a kernel group's compute time and memory time is hidden
   * under the longer: 1 is the ideal roofline ({@code max(compute, memory)}), 0 is no overlap
   * ({@code compute + memory}). 0.460 by default.
   *
   * @return the fraction, in [0, 1]
   */
  @Value.Default
  public double overlap() {
    return 0.460;
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
   * Returns the fixed latency of one expert-parallel all-to-all, a dispatch of the tokens to
   * their experts' devices or the combine of the experts' outputs, two per MoE layer under
   * attention data parallelism: the synchronisation of every rank of the expert-parallel group,
   * beside the bytes the link carries. Fitted (see the class documentation) to the
   * DeepSeek-R1 rows of the calibration set, the only expert-parallel rows, from a prior at
   * 95.5 &micro;s, the mean of the 77 &micro;s dispatch and 114 &micro;s combine DeepEP's
   * low-latency kernels measure at EP 8 (deepseek-ai/DeepEP {@code docs/legacy.md}, commit
   * 0297fc8: H800, 128 tokens per rank, hidden 7168, top-8 experts, FP8 dispatch, BF16
   * combine). 205.4 &micro;s by default.
   *
   * @return the latency, not negative, not null
   */
  @Value.Default
  public Duration allToAllLatency() {
    return Duration.ofNanos(ALL_TO_ALL_NANOS);
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
   * 4.200 ms by default.
   *
   * @return the overhead, not negative, not null
   */
  @Value.Default
  public Duration stepOverhead() {
    return Duration.ofNanos(4_200_000);
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
   * Returns a copy of this efficiency with another expert (grouped matrix product) efficiency.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param fraction the expert products' rate relative to dense ones, in (0, 1]
   * @return the new instance, not null
   * @throws IllegalArgumentException if the fraction is not in (0, 1]
   */
  public Efficiency withExpertEfficiency(double fraction) {
    return builder().from(this).expertEfficiency(fraction).build();
  }

  /**
   * Returns the text form, such as
   * {@code compute 0.56, memory 0.641, interconnect 0.8, experts 0.832, overlap 0.46,
   * all-reduce PT0.000027S, ...}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "compute " + computeEfficiency() + ", memory " + memoryEfficiency()
        + ", interconnect " + interconnectEfficiency() + ", experts " + expertEfficiency()
        + ", overlap " + overlap() + ", all-reduce " + allReduceLatency()
        + ", all-to-all " + allToAllLatency() + ", pipeline hop " + pipelineHopLatency()
        + ", step overhead " + stepOverhead();
  }

  @Value.Check
  protected final void check() {
    Checks.fractionPositive(computeEfficiency(), "Compute efficiency");
    Checks.fractionPositive(memoryEfficiency(), "Memory efficiency");
    Checks.fractionPositive(interconnectEfficiency(), "Interconnect efficiency");
    Checks.fractionPositive(expertEfficiency(), "Expert efficiency");
    Checks.fraction(overlap(), "Overlap");
    notNegative(allReduceLatency(), "All-reduce latency");
    notNegative(allToAllLatency(), "All-to-all latency");
    notNegative(pipelineHopLatency(), "Pipeline hop latency");
    notNegative(stepOverhead(), "Step overhead");
  }

  private static void notNegative(Duration d, String what) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + d);
    }
  }
}
