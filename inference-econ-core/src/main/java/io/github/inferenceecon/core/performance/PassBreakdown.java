/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.units.FlopCount;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * Where the time of one forward pass goes, such as 'memory-bandwidth-bound, 8.2 ms: 16 GFLOP,
 * 15.0 GB of weights and 0.13 GB of KV cache read per device'.
 *
 * <p>All figures are per device on the critical path: one tensor-parallel rank's share of every
 * layer, summed over the pipeline stages a token passes through. FLOPs count a multiply-add as
 * two: {@code 2 x tokens x parameters} for the projections and feed-forward layers (routed
 * experts as many as each token uses, the output head once per sampled position) plus the
 * attention scores and weighted sums over every (query, key) pair, causal. Bytes are what must
 * cross between memory and the chip: every resident weight the pass touches once (for a mixture
 * of experts the expected number of distinct experts the pass's tokens select, the embedding
 * table one row per token) and the KV cache read and written. Interconnect bytes are what one
 * device sends in the tensor-parallel all-reduces (two per layer, ring algorithm) and the
 * pipeline hand-offs.
 *
 * <p>Time: {@code max(linear compute, weight reads) + max(attention compute, KV reads) +
 * interconnect + overhead}, so {@link #time()} is at least the largest of
 * {@link #computeTime()}, {@link #memoryTime()} and {@link #interconnectTime()}; the
 * {@link #bound()} is the largest of those three.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePassBreakdown.class)
@JsonDeserialize(as = ImmutablePassBreakdown.class)
public abstract class PassBreakdown {

  PassBreakdown() {}

  static PassBreakdown of(Roofline.Pass p) {
    return ImmutablePassBreakdown.builder()
        .tokens(p.tokens)
        .flops(FlopCount.of(p.linearFlops + p.attentionFlops))
        .attentionFlops(FlopCount.of(p.attentionFlops))
        .weightBytes(bytes(p.weightBytes))
        .kvCacheBytes(bytes(p.kvBytes))
        .activationBytes(bytes(p.activationBytes))
        .interconnectBytes(bytes(p.interconnectBytes))
        .expertsTouched(p.expertsTouched)
        .computeTime(Durations.ofSeconds(p.computeSeconds))
        .memoryTime(Durations.ofSeconds(p.memorySeconds))
        .interconnectTime(Durations.ofSeconds(p.interconnectSeconds))
        .overhead(Durations.ofSeconds(p.overheadSeconds))
        .time(Durations.ofSeconds(p.seconds))
        .bound(p.bound())
        .build();
  }

  private static ByteSize bytes(double bytes) {
    if (!(bytes < 0x1p63)) {
      throw new ArithmeticException("Byte count overflows a long: " + bytes);
    }
    return ByteSize.ofBytes(Math.round(bytes));
  }

  /**
   * Returns the token positions the pass computes on one replica (prompt tokens, and decode
   * positions including draft tokens being verified).
   *
   * @return the tokens, finite and not negative (fractional in steady-state averages)
   */
  public abstract double tokens();

  /**
   * Returns the floating-point operations per device, attention included.
   *
   * @return the FLOPs, not null
   */
  public abstract FlopCount flops();

  /**
   * Returns the part of {@link #flops()} spent in attention scores and weighted sums, the term
   * that grows with context.
   *
   * @return the FLOPs, not null
   */
  public abstract FlopCount attentionFlops();

  /**
   * Returns the weight bytes read per device.
   *
   * @return the size, rounded to whole bytes, not null
   */
  public abstract ByteSize weightBytes();

  /**
   * Returns the KV cache bytes read and written per device.
   *
   * @return the size, rounded to whole bytes, not null
   */
  public abstract ByteSize kvCacheBytes();

  /**
   * Returns the activation bytes passed between the kernels of the pass per device: the
   * hidden-sized tensors each token reads and writes around the normalisations, residual
   * additions and matrix products, the attention and feed-forward intermediates, and the
   * buffers of the tensor-parallel all-reduces (see the performance package's roofline).
   *
   * @return the size, not null
   */
  public abstract ByteSize activationBytes();

  /**
   * Returns the bytes one device sends over the interconnect.
   *
   * @return the size, rounded to whole bytes, not null
   */
  public abstract ByteSize interconnectBytes();

  /**
   * Returns the expected number of distinct routed experts the pass touches in each MoE layer,
   * {@code E x (1 - (1 - k/E)^tokens)} for {@code E} experts of which each token picks
   * {@code k}, assuming uniform, independent routing.
   *
   * @return the experts, 0 for a dense model
   */
  public abstract double expertsTouched();

  /**
   * Returns the time the FLOPs take at the achieved compute rate.
   *
   * @return the time, not null
   */
  public abstract Duration computeTime();

  /**
   * Returns the time the weight, KV and activation bytes take at the achieved memory bandwidth.
   *
   * @return the time, not null
   */
  public abstract Duration memoryTime();

  /**
   * Returns the time of the all-reduces and pipeline hand-offs, latencies included.
   *
   * @return the time, not null
   */
  public abstract Duration interconnectTime();

  /**
   * Returns the fixed overhead of the pass.
   *
   * @return the time, not null
   */
  public abstract Duration overhead();

  /**
   * Returns the time of the pass.
   *
   * @return the time, not null
   */
  public abstract Duration time();

  /**
   * Returns the resource with the most time: compute, memory bandwidth or interconnect.
   *
   * @return the bound, not null
   */
  public abstract Bound bound();

  /**
   * Returns the bytes moved between memory and the chip per device: weights, KV cache and
   * activations.
   *
   * @return the size, not null
   */
  @JsonIgnore
  public ByteSize memoryBytes() {
    return weightBytes().plus(kvCacheBytes()).plus(activationBytes());
  }

  /**
   * Returns the arithmetic intensity: FLOPs per byte moved between memory and the chip.
   *
   * @return the intensity in FLOP per byte, 0 when nothing moves
   */
  @JsonIgnore
  public double arithmeticIntensity() {
    long bytes = memoryBytes().toBytes();
    return bytes == 0 ? 0 : flops().flops() / bytes;
  }

  /**
   * Returns the text form, such as
   * {@code 8.150 ms, MEMORY_BANDWIDTH-bound (compute 0.03831 ms, memory 5.650 ms, ...)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Text.ms(time()) + ", " + bound() + "-bound (compute " + Text.ms(computeTime())
        + ", memory " + Text.ms(memoryTime()) + ", interconnect " + Text.ms(interconnectTime())
        + ", overhead " + Text.ms(overhead()) + "; " + flops() + ", weights "
        + weightBytes().toDisplayString() + ", KV " + kvCacheBytes().toDisplayString()
        + ", link " + interconnectBytes().toDisplayString() + " per device"
        + (expertsTouched() > 0 ? ", " + Text.num(expertsTouched()) + " experts/layer" : "")
        + ")";
  }

  @Value.Check
  protected final void check() {
    Checks.finiteNotNegative(tokens(), "Tokens");
    Checks.finiteNotNegative(expertsTouched(), "Experts touched");
  }
}
