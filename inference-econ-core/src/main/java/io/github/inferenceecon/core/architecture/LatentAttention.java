/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The shape of multi-head latent attention (MLA), as in DeepSeek-V3: a 512-dimension key-value
 * latent and a 64-dimension decoupled RoPE key per token.
 *
 * <p>The KV cache holds, per token and layer, {@code kvLoraRank + qkRopeHeadDim} elements (576
 * for DeepSeek-V3), not keys and values for every head. The other dimensions size the projection
 * weights: queries may be compressed through a rank-{@code qLoraRank} bottleneck, each head's
 * query and key have {@code qkNopeHeadDim + qkRopeHeadDim} dimensions, and each value head
 * {@code vHeadDim}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLatentAttention.class)
@JsonDeserialize(as = ImmutableLatentAttention.class)
public abstract class LatentAttention {

  LatentAttention() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableLatentAttention.builder();
  }

  /**
   * Builds a {@link LatentAttention}; every attribute but {@code qLoraRank} is required.
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
    public abstract Builder from(LatentAttention instance);

    /**
     * Sets the rank of the compressed key-value latent ({@code kv_lora_rank}). Required (see
     * {@link LatentAttention#kvLoraRank() kvLoraRank}).
     *
     * @param kvLoraRank the rank, positive
     * @return this builder, not null
     */
    public abstract Builder kvLoraRank(int kvLoraRank);

    /**
     * Sets the dimension of the decoupled RoPE key shared by all heads ({@code qk_rope_head_dim}).
     * Required (see {@link LatentAttention#qkRopeHeadDim() qkRopeHeadDim}).
     *
     * @param qkRopeHeadDim the dimension, positive
     * @return this builder, not null
     */
    public abstract Builder qkRopeHeadDim(int qkRopeHeadDim);

    /**
     * Sets the per-head query and key dimension without RoPE ({@code qk_nope_head_dim}). Required
     * (see {@link LatentAttention#qkNopeHeadDim() qkNopeHeadDim}).
     *
     * @param qkNopeHeadDim the dimension, positive
     * @return this builder, not null
     */
    public abstract Builder qkNopeHeadDim(int qkNopeHeadDim);

    /**
     * Sets the per-head value dimension ({@code v_head_dim}). Required (see
     * {@link LatentAttention#vHeadDim() vHeadDim}).
     *
     * @param vHeadDim the dimension, positive
     * @return this builder, not null
     */
    public abstract Builder vHeadDim(int vHeadDim);

    /**
     * Sets the rank of the query compression ({@code q_lora_rank}), if queries are compressed.
     * Optional: if not set, {@link LatentAttention#qLoraRank() qLoraRank} is empty.
     *
     * @param qLoraRank the rank, positive
     * @return this builder, not null
     */
    public abstract Builder qLoraRank(int qLoraRank);

    /**
     * Sets {@link LatentAttention#qLoraRank() qLoraRank} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param qLoraRank the rank, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code qLoraRank} is null
     */
    public abstract Builder qLoraRank(OptionalInt qLoraRank);

    /**
     * Builds the {@link LatentAttention}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link LatentAttention} (the
     *     message names the field, the value and the rule)
     */
    public abstract LatentAttention build();
  }

  /**
   * Returns the rank of the compressed key-value latent ({@code kv_lora_rank}).
   *
   * @return the rank, positive
   */
  public abstract int kvLoraRank();

  /**
   * Returns the dimension of the decoupled RoPE key shared by all heads
   * ({@code qk_rope_head_dim}).
   *
   * @return the dimension, positive
   */
  public abstract int qkRopeHeadDim();

  /**
   * Returns the per-head query and key dimension without RoPE ({@code qk_nope_head_dim}).
   *
   * @return the dimension, positive
   */
  public abstract int qkNopeHeadDim();

  /**
   * Returns the per-head value dimension ({@code v_head_dim}).
   *
   * @return the dimension, positive
   */
  public abstract int vHeadDim();

  /**
   * Returns the rank of the query compression ({@code q_lora_rank}), if queries are compressed.
   *
   * @return the rank, positive, or empty when queries are projected directly
   */
  public abstract OptionalInt qLoraRank();

  /**
   * Returns the number of elements cached per token and layer: {@code kvLoraRank + qkRopeHeadDim}.
   *
   * @return the element count, positive
   */
  public int cachedElementsPerLayer() {
    return kvLoraRank() + qkRopeHeadDim();
  }

  @Value.Check
  protected final void check() {
    Checks.positive(kvLoraRank(), "KV LoRA rank");
    Checks.positive(qkRopeHeadDim(), "QK RoPE head dim");
    Checks.positive(qkNopeHeadDim(), "QK nope head dim");
    Checks.positive(vHeadDim(), "V head dim");
    if (qLoraRank().isPresent()) {
      Checks.positive(qLoraRank().getAsInt(), "Q LoRA rank");
    }
  }
}
