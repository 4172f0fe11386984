/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The data behind charts of the library's results, as plain values an application can plot in
 * its own user interface: series of points on labelled axes with units, marked points (such as
 * break-even volumes), categories of a breakdown against a limit, and the candidates left off a
 * chart with the reason.
 *
 * <ul>
 *   <li>{@link io.github.inferenceecon.core.chart.XyChart}: series of
 *       {@link io.github.inferenceecon.core.chart.ChartPoint}s on two
 *       {@link io.github.inferenceecon.core.chart.Axis}es, with
 *       {@link io.github.inferenceecon.core.chart.Marker}s and
 *       {@link io.github.inferenceecon.core.chart.Omission}s;</li>
 *   <li>{@link io.github.inferenceecon.core.chart.BreakdownChart}: parts of a whole
 *       ({@link io.github.inferenceecon.core.chart.Category}) against a limit, such as a
 *       device's memory;</li>
 *   <li>{@link io.github.inferenceecon.core.chart.Charts}: the charts of throughput, latency,
 *       cost per token, break-even, memory, a plan's Pareto front and a price history, built
 *       from existing results.</li>
 * </ul>
 *
 * <p>Coordinates are {@code double}s: a chart is a picture of exact results, which stay in the
 * results themselves (money as {@code BigDecimal}); each factory says where it converts.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.chart;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
