/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Accelerator specifications: memory, bandwidth, dense peak compute per format, power and
 * interconnect ({@link io.github.inferenceecon.core.accelerator.AcceleratorSpec}). The bundled,
 * sourced catalog of real devices lives in the {@code inference-econ-hardware} module.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.accelerator;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
