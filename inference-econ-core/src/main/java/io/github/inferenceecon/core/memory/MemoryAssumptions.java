/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The runtime assumptions of a memory estimate, each named, with a documented default and its
 * source; nothing is hidden.
 *
 * <ul>
 *   <li>{@link #memoryUtilization()}: the fraction of device memory the serving engine may use,
 *       0.9 by default (vLLM's {@code --gpu-memory-utilization} default, docs.vllm.ai engine
 *       arguments);
 *   <li>{@link #blockSize()}: paged-attention block size in tokens, 16 by default (vLLM's
 *       {@code --block-size} default);
 *   <li>{@link #prefillChunkTokens()}: the most tokens one forward pass processes, which sets
 *       the activation peak, 8,192 by default (a common chunked-prefill budget; set it to your
 *       engine's {@code --max-num-batched-tokens});
 *   <li>{@link #sampledSequences()}: the sequences whose logits are computed in one pass (FP32,
 *       one vocabulary row each), 256 by default (vLLM's {@code --max-num-seqs} default);
 *   <li>{@link #nonTorchOverhead()}: memory outside the tensor allocator per device (CUDA
 *       context, NCCL buffers), 0.1 GiB by default, the figure of the measured vLLM start-up log
 *       in vllm-project/vllm issue 12330 (Llama-3-8B on one A100 40GB); multi-GPU NCCL buffers
 *       can be larger;
 *   <li>{@link #measuredActivationPeak()}: an activation peak measured by the engine (vLLM logs
 *       it at start-up), which replaces the estimate when given;
 *   <li>{@link #deviceMemory()}: the device memory the runtime reports (such as 39.5 GiB for an
 *       A100 40GB), which replaces the data-sheet capacity when given.
 * </ul>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemoryAssumptions.class)
@JsonDeserialize(as = ImmutableMemoryAssumptions.class)
public abstract class MemoryAssumptions {

  MemoryAssumptions() {}

  /**
   * Obtains the assumptions with every default.
   *
   * @return the defaults, not null
   */
  public static MemoryAssumptions defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder, every attribute defaulted.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableMemoryAssumptions.builder();
  }

  /**
   * Builds a {@link MemoryAssumptions}; every attribute has a default.
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
    public abstract Builder from(MemoryAssumptions instance);

    /**
     * Sets the fraction of device memory the engine may use, 0.9 by default. Optional (see
     * {@link MemoryAssumptions#memoryUtilization() memoryUtilization}).
     *
     * @param memoryUtilization the fraction, in (0, 1]
     * @return this builder, not null
     */
    public abstract Builder memoryUtilization(double memoryUtilization);

    /**
     * Sets the paged-attention block size in tokens, 16 by default. Optional (see
     * {@link MemoryAssumptions#blockSize() blockSize}).
     *
     * @param blockSize the block size, positive
     * @return this builder, not null
     */
    public abstract Builder blockSize(int blockSize);

    /**
     * Sets the most tokens one forward pass processes, 8,192 by default. Optional (see
     * {@link MemoryAssumptions#prefillChunkTokens() prefillChunkTokens}).
     *
     * @param prefillChunkTokens the chunk, positive
     * @return this builder, not null
     */
    public abstract Builder prefillChunkTokens(int prefillChunkTokens);

    /**
     * Sets the sequences whose logits one pass computes, 256 by default. Optional (see
     * {@link MemoryAssumptions#sampledSequences() sampledSequences}).
     *
     * @param sampledSequences the count, positive
     * @return this builder, not null
     */
    public abstract Builder sampledSequences(int sampledSequences);

    /**
     * Sets the memory outside the tensor allocator per device, 0.1 GiB by default. Optional (see
     * {@link MemoryAssumptions#nonTorchOverhead() nonTorchOverhead}).
     *
     * @param nonTorchOverhead the overhead, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code nonTorchOverhead} is null
     */
    public abstract Builder nonTorchOverhead(ByteSize nonTorchOverhead);

    /**
     * Sets a measured activation peak per device, replacing the estimate. Optional: if not set,
     * {@link MemoryAssumptions#measuredActivationPeak() measuredActivationPeak} is empty.
     *
     * @param measuredActivationPeak the peak, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code measuredActivationPeak} is null
     */
    public abstract Builder measuredActivationPeak(ByteSize measuredActivationPeak);

    /**
     * Sets {@link MemoryAssumptions#measuredActivationPeak() measuredActivationPeak} to the value
     * of an {@code Optional}, or to empty when it is empty.
     *
     * @param measuredActivationPeak the peak, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code measuredActivationPeak} is null
     */
    public abstract Builder measuredActivationPeak(
        Optional<? extends ByteSize> measuredActivationPeak);

    /**
     * Sets the device memory the runtime reports, replacing the data-sheet capacity. Optional: if
     * not set, {@link MemoryAssumptions#deviceMemory() deviceMemory} is empty.
     *
     * @param deviceMemory the memory, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code deviceMemory} is null
     */
    public abstract Builder deviceMemory(ByteSize deviceMemory);

    /**
     * Sets {@link MemoryAssumptions#deviceMemory() deviceMemory} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param deviceMemory the memory, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code deviceMemory} is null
     */
    public abstract Builder deviceMemory(Optional<? extends ByteSize> deviceMemory);

    /**
     * Builds the {@link MemoryAssumptions}.
     *
     * @return the new instance, not null
     * @throws IllegalArgumentException if the values break a rule of {@link MemoryAssumptions} (the
     *     message names the field, the value and the rule)
     */
    public abstract MemoryAssumptions build();
  }

  /**
   * Returns the fraction of device memory the engine may use, 0.9 by default.
   *
   * @return the fraction, in (0, 1]
   */
  @Value.Default
  public double memoryUtilization() {
    return 0.9;
  }

  /**
   * Returns the paged-attention block size in tokens, 16 by default.
   *
   * @return the block size, positive
   */
  @Value.Default
  public int blockSize() {
    return KvCache.DEFAULT_BLOCK_SIZE;
  }

  /**
   * Returns the most tokens one forward pass processes, 8,192 by default.
   *
   * @return the chunk, positive
   */
  @Value.Default
  public int prefillChunkTokens() {
    return 8192;
  }

  /**
   * Returns the sequences whose logits one pass computes, 256 by default.
   *
   * @return the count, positive
   */
  @Value.Default
  public int sampledSequences() {
    return 256;
  }

  /**
   * Returns the memory outside the tensor allocator per device, 0.1 GiB by default.
   *
   * @return the overhead, not null
   */
  @Value.Default
  public ByteSize nonTorchOverhead() {
    return ByteSize.ofBytes(107_374_182L); // 0.1 GiB, rounded down to whole bytes
  }

  /**
   * Returns a measured activation peak per device, replacing the estimate.
   *
   * @return the peak, or empty to estimate it
   */
  public abstract Optional<ByteSize> measuredActivationPeak();

  /**
   * Returns the device memory the runtime reports, replacing the data-sheet capacity.
   *
   * @return the memory, or empty to use the accelerator's capacity
   */
  public abstract Optional<ByteSize> deviceMemory();

  @Value.Check
  protected final void check() {
    Checks.fractionPositive(memoryUtilization(), "Memory utilisation");
    Checks.positive(blockSize(), "Block size");
    Checks.positive(prefillChunkTokens(), "Prefill chunk");
    Checks.positive(sampledSequences(), "Sampled sequences");
    deviceMemory().ifPresent(m -> {
      if (m.isZero()) {
        throw new IllegalArgumentException("Device memory must be positive: " + m);
      }
    });
  }
}
