/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Micrometer recorder: {@link io.github.inferenceecon.micrometer.ApiUsageRecorder} records
 * the tokens ({@code gen_ai.client.token.usage}) and the exact cost of priced API calls per
 * provider, model, service tier and batch flag.
 */
@NullMarked
package io.github.inferenceecon.micrometer;

import org.jspecify.annotations.NullMarked;
