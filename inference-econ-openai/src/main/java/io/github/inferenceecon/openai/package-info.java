/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The OpenAI Java SDK adapter: {@link io.github.inferenceecon.openai.OpenAiUsages} maps Chat
 * Completions and Responses API usage onto {@link io.github.inferenceecon.core.billing.ApiUsage} by
 * OpenAI's counting convention (prompt tokens include cached tokens, completion tokens include
 * reasoning tokens), refusing with an
 * {@link io.github.inferenceecon.core.UnmappableUsageException} what it cannot map exactly.
 */
@NullMarked
package io.github.inferenceecon.openai;

import org.jspecify.annotations.NullMarked;
