/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.units.ByteSize;
import org.immutables.value.Value;

/**
 * Where the memory of one device of a deployment goes, and whether a load fits, such as 'H100
 * SXM, 80 GiB x 0.9 = 72 GiB usable: weights 35.3 GB, activations 1.2 GiB, overhead 0.1 GiB,
 * KV cache for 32 sequences of 8,192 tokens 21.5 GB, free 12.6 GB'.
 *
 * <p>All sizes are per device, for the device that holds the most (the largest pipeline stage).
 * The budget is the device memory times the engine's memory utilisation; weights, activations,
 * overhead and KV cache are taken from it, and what is left is free. When the load does not fit,
 * free is zero and {@link #shortfall()} says by how much it misses.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentMemory.class)
@JsonDeserialize(as = ImmutableDeploymentMemory.class)
public abstract class DeploymentMemory {

  DeploymentMemory() {}

  static ImmutableDeploymentMemory.Builder builder() {
    return ImmutableDeploymentMemory.builder();
  }

  /**
   * Returns a one-line description of the deployment evaluated.
   *
   * @return the description, not null
   */
  public abstract String deployment();

  /**
   * Returns the tokens per sequence the KV cache was sized for.
   *
   * @return the context, not negative
   */
  public abstract long contextTokens();

  /**
   * Returns the concurrent sequences per replica the KV cache was sized for.
   *
   * @return the count, not negative
   */
  public abstract long sequences();

  /**
   * Returns the memory of one device (the data-sheet capacity, or the runtime's figure when
   * given).
   *
   * @return the memory, not null
   */
  public abstract ByteSize deviceMemory();

  /**
   * Returns the fraction of device memory the engine may use.
   *
   * @return the fraction, in (0, 1]
   */
  public abstract double memoryUtilization();

  /**
   * Returns the memory the engine may use: device memory x utilisation, rounded down.
   *
   * @return the budget, not null
   */
  public abstract ByteSize budget();

  /**
   * Returns the weights held by the device.
   *
   * @return the size, not null
   */
  public abstract ByteSize weights();

  /**
   * Returns the activation peak of one forward pass on the device.
   *
   * @return the size, not null
   */
  public abstract ByteSize activations();

  /**
   * Checks if {@link #activations()} was measured (given as an assumption) rather than
   * estimated.
   *
   * @return true if measured
   */
  public abstract boolean isActivationsMeasured();

  /**
   * Returns the memory outside the tensor allocator (CUDA context, communication buffers).
   *
   * @return the size, not null
   */
  public abstract ByteSize overhead();

  /**
   * Returns the KV cache the requested sequences need on the device.
   *
   * @return the size, not null
   */
  public abstract ByteSize kvCache();

  /**
   * Returns the memory left for KV cache after weights, activations and overhead: budget minus
   * those three, or zero.
   *
   * @return the size, not null
   */
  public abstract ByteSize kvCacheCapacity();

  /**
   * Returns the tokens of KV cache that fit in {@link #kvCacheCapacity()}, counting whole
   * paged blocks at the cost of a token cached by every layer.
   *
   * @return the token capacity, not negative
   */
  public abstract long kvTokenCapacity();

  /**
   * Returns the most sequences of {@link #contextTokens()} tokens one replica can hold at once.
   *
   * @return the count, not negative; {@code Long.MAX_VALUE} when the context is 0
   */
  public abstract long maxConcurrentSequences();

  /**
   * Returns the whole model's weights, all devices of one replica together.
   *
   * @return the weight memory, not null
   */
  public abstract WeightMemory modelWeights();

  /**
   * Checks if the requested load fits within the budget on every device.
   *
   * @return true if it fits
   */
  @JsonIgnore
  public boolean fits() {
    return used().compareTo(budget()) <= 0;
  }

  /**
   * Returns the memory the load uses: weights, activations, overhead and KV cache.
   *
   * @return the size, not null
   */
  @JsonIgnore
  public ByteSize used() {
    return weights().plus(activations()).plus(overhead()).plus(kvCache());
  }

  /**
   * Returns the budget left after the load, or zero when it does not fit.
   *
   * @return the free memory, not null
   */
  @JsonIgnore
  public ByteSize free() {
    return budget().minusOrZero(used());
  }

  /**
   * Returns by how much the load exceeds the budget, or zero when it fits.
   *
   * @return the shortfall, not null
   */
  @JsonIgnore
  public ByteSize shortfall() {
    return used().minusOrZero(budget());
  }

  /**
   * Returns a readable breakdown, one item per line.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(deployment()).append('\n');
    line(b, "device memory", show(deviceMemory()));
    line(b, "budget", show(budget()) + " (x " + memoryUtilization() + ")");
    line(b, "weights", show(weights()));
    line(b, "activations", show(activations())
        + (isActivationsMeasured() ? " (measured)" : " (estimated)"));
    line(b, "overhead", show(overhead()));
    line(b, "KV cache", show(kvCache()) + " (" + sequences() + " x " + contextTokens()
        + " tokens)");
    line(b, "free", show(free()));
    if (!fits()) {
      line(b, "short by", show(shortfall()));
    }
    line(b, "KV capacity", show(kvCacheCapacity()) + " (" + kvTokenCapacity() + " tokens)");
    line(b, "max sequences", maxConcurrentSequences() == Long.MAX_VALUE ? "unbounded"
        : Long.toString(maxConcurrentSequences()));
    line(b, "fits", Boolean.toString(fits()));
    return b.toString();
  }

  private static String show(ByteSize size) {
    return size.toDisplayString() + " (" + size.toBytes() + " B)";
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(String.format("  %-14s %s%n", label, value));
  }
}
