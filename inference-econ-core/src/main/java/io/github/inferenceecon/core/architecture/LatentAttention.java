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
    return new Builder();
  }

  /** Builds a {@link LatentAttention}; every attribute but {@code qLoraRank} is required. */
  public static final class Builder extends ImmutableLatentAttention.Builder {
    Builder() {}
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
