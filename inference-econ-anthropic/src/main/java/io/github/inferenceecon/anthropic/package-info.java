/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Anthropic Java SDK adapter: {@link io.github.inferenceecon.anthropic.AnthropicUsages} maps
 * Messages API usage onto {@link io.github.inferenceecon.core.billing.ApiUsage} by Anthropic's
 * counting convention (input tokens exclude cache reads and cache writes, which are reported
 * apart, the writes split by time-to-live), refusing with an
 * {@link io.github.inferenceecon.core.UnmappableUsageException} what it cannot map exactly.
 */
@NullMarked
package io.github.inferenceecon.anthropic;

import org.jspecify.annotations.NullMarked;
