/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Helpers shared by inference-econ's modules; not part of the public API and exported only to
 * the other inference-econ modules. Anything here may change without notice.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.internal;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
