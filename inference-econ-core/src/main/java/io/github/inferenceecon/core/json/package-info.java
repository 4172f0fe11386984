/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The JSON layer: a Jackson mapper configured for inference-econ's value types and catalogs.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.json;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
