/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Numeric formats: how many bits a weight, a KV-cache entry or an activation really costs,
 * block scales included ({@link io.github.inferenceecon.core.format.NumericFormat}), the
 * arithmetic format an accelerator's peak rate is published for
 * ({@link io.github.inferenceecon.core.format.ComputeFormat}), and the formats a deployment uses
 * for each kind of data ({@link io.github.inferenceecon.core.format.Precision}).
 *
 * <pre>{@code
 * NumericFormat.MXFP4.bitsPerElement();              // 4.25
 * NumericFormat.int4(128).storageOf(1_000_000);      // 515626 B (7813 started groups)
 * Precision w4a16 = Precision.of(NumericFormat.INT4_G128, NumericFormat.BF16, NumericFormat.BF16);
 * w4a16.computeFormat();                             // BF16
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.format;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
