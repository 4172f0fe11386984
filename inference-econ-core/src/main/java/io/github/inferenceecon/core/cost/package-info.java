/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Cost and economics: API bills at a price card
 * ({@link io.github.inferenceecon.core.cost.ApiPriceCard}), self-hosted cost per token, energy,
 * ownership against renting, break-even volumes, unit economics and spend projections. Every
 * result explains itself as components of quantity x rate = money.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.cost;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
