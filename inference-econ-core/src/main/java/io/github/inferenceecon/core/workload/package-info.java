/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Workloads: one {@link io.github.inferenceecon.core.workload.Request}, a
 * {@link io.github.inferenceecon.core.workload.TrafficProfile} (rate and length distributions,
 * cache hits) and {@link io.github.inferenceecon.core.workload.ServiceLevelTargets} (time to
 * first token and per output token at a percentile).
 *
 * <pre>{@code
 * Request r = Request.builder().inputTokens(TokenCount.of(10_000))
 *     .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.of(1_000)).build();
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.workload;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
