/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The root of inference-econ's core: the {@link io.github.inferenceecon.core.ValueStyle} that
 * every value type is generated with, and the exceptions shared by all modules.
 *
 * <p>The packages below it split the library by concept: {@code units} (tokens, bytes, FLOPs,
 * rates, power, energy), {@code money} (exact money and unit prices), {@code format} (numeric
 * formats), {@code architecture} (model architectures and their import), {@code accelerator}
 * (accelerator specs), {@code workload} (requests, traffic, targets), and the calculators
 * {@code memory}, {@code performance}, {@code cost} and {@code planner}.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core;

import org.jspecify.annotations.NullMarked;
