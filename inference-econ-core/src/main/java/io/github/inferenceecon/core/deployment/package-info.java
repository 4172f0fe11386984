/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Deployments: a model on accelerators with a tensor- and pipeline-parallel layout, replicas
 * and numeric formats ({@link io.github.inferenceecon.core.deployment.Deployment}), the input of
 * the memory, performance and cost calculators.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.deployment;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
