/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Business economics: the decisions built on API bills and self-hosted costs.
 *
 * <ul>
 *   <li>the monthly volume above which self-hosting beats an API price card
 *       ({@link io.github.inferenceecon.core.economics.BreakEven});</li>
 *   <li>buying hardware against renting it
 *       ({@link io.github.inferenceecon.core.economics.OwnershipInputs},
 *       {@link io.github.inferenceecon.core.economics.OwnershipComparison});</li>
 *   <li>a provider's margin per unit sold
 *       ({@link io.github.inferenceecon.core.economics.UnitEconomics});</li>
 *   <li>training against cumulative inference
 *       ({@link io.github.inferenceecon.core.economics.LifetimeCost});</li>
 *   <li>total spend as prices fall and demand grows
 *       ({@link io.github.inferenceecon.core.economics.SpendProjection},
 *       {@link io.github.inferenceecon.core.economics.ProjectedYear}).</li>
 * </ul>
 *
 * <p>This package builds on {@code billing}, {@code selfhosted} and {@code energy}; none of
 * them depends on it. Divisions are rounded once each to a caller-supplied
 * {@link java.math.MathContext}, by default {@code DECIMAL64}.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.economics;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
