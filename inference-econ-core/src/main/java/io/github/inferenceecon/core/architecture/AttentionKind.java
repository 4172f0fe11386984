/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

/**
 * How a model's attention keys and values are shaped, which decides the size of its KV cache.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AttentionKind {
  /** Multi-head attention: one key and value head per query head. */
  MHA,
  /** Grouped-query attention: fewer key and value heads than query heads, each shared by a group. */
  GQA,
  /** Multi-query attention: one key and value head shared by all query heads. */
  MQA,
  /**
   * Multi-head latent attention (DeepSeek-V2 and V3): keys and values are compressed into one
   * latent vector per token plus a decoupled RoPE key, and only those are cached.
   */
  MLA
}
