/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Memory footprint: KV cache per token, sequence, batch and device
 * ({@link io.github.inferenceecon.core.memory.KvCache}), weight memory by component
 * ({@link io.github.inferenceecon.core.memory.WeightMemory}), the runtime reserve
 * ({@link io.github.inferenceecon.core.memory.MemoryAssumptions}), and whether a deployment
 * fits, with its breakdown ({@link io.github.inferenceecon.core.memory.MemoryEstimator},
 * {@link io.github.inferenceecon.core.memory.DeploymentMemory}).
 *
 * <pre>{@code
 * ModelArchitecture llama = KnownArchitectures.get("llama-3.1-70b");
 * KvCache.perToken(llama, NumericFormat.BF16);                 // 327680 bytes (320 KiB)
 * WeightMemory.of(llama, Precision.bf16()).total();            // 141107412992 bytes
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.memory;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
