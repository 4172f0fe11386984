/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * How fast a deployment generates: a transparent analytical (roofline) model of prefill, decode
 * and steady-state serving, calibrated against public measurements, with what-if comparisons.
 *
 * <p>{@link io.github.inferenceecon.core.performance.PerformanceModel} estimates one prefill
 * ({@link io.github.inferenceecon.core.performance.PrefillEstimate}), one decode step
 * ({@link io.github.inferenceecon.core.performance.DecodeEstimate}) and serving with continuous
 * or static batching ({@link io.github.inferenceecon.core.performance.ServingEstimate}); each
 * result carries units and the {@link io.github.inferenceecon.core.performance.Bound} that limits
 * each phase. The achieved fractions of peak compute, memory and interconnect bandwidth are
 * explicit inputs ({@link io.github.inferenceecon.core.performance.Efficiency}), fitted by
 * regime (accelerator generation x compute format x dense or mixture of experts) to MLPerf
 * Inference results in {@link io.github.inferenceecon.core.performance.Calibration}, whose
 * residuals give every serving estimate a
 * {@link io.github.inferenceecon.core.performance.PredictionInterval}; the calibration is
 * documented on {@code Efficiency}. {@link io.github.inferenceecon.core.performance.WhatIfs}
 * answers quantisation, speculative decoding, prompt caching, batching, sparse attention and
 * distillation questions as before/after
 * {@link io.github.inferenceecon.core.performance.Comparison}s.
 *
 * <pre>{@code
 * PerformanceModel model = PerformanceModel.defaults();
 * Deployment d = Deployment.of(KnownArchitectures.get("llama-3.1-8b"), h100, 1);
 * DecodeEstimate step = model.decodeStep(d, 1, 1000);
 * step.timePerOutputToken();                 // about 9.2 ms with the calibrated efficiencies
 * step.bound();                              // MEMORY_BANDWIDTH
 * ServingEstimate max = model.offline(d, Request.of(1000, 200));
 * max.outputThroughputPerDevice();           // output tokens/s at the memory-limited batch
 * max.outputThroughputRange();               // its 80% range, from the regime's residuals
 * }</pre>
 *
 * <p>Every estimate is a closed form or a loop over layers at most, so a call takes
 * microseconds; none loops over tokens.
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
