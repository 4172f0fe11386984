/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JMH benchmarks of inference-econ, never published.
 *
 * <p>{@link io.github.inferenceecon.benchmarks.ApiCostBenchmark} prices one API request from a
 * bundled price card; {@link io.github.inferenceecon.benchmarks.SelfHostedEstimateBenchmark}
 * runs one full self-hosted estimate (memory fit, performance and cost) and each of its parts;
 * {@link io.github.inferenceecon.benchmarks.CatalogLoadBenchmark} loads every bundled catalog
 * once in a fresh JVM. Build and run them with {@code inference-econ-benchmarks/run-benchmarks.sh}.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
