/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The LangChain4j adapter: {@link io.github.inferenceecon.langchain4j.LangChain4jUsages} maps
 * LangChain4j's token usage onto {@link io.github.inferenceecon.core.billing.ApiUsage} by the
 * convention of the provider that produced it (OpenAI: input includes cached tokens; Anthropic:
 * input excludes cache reads and writes), and
 * {@link io.github.inferenceecon.langchain4j.PricingChatModelListener} prices every chat
 * response and hands the cost to a callback.
 */
@NullMarked
package io.github.inferenceecon.langchain4j;

import org.jspecify.annotations.NullMarked;
