/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * API billing: what a request to a provider's API costs, exactly and explainably.
 *
 * <p>{@link io.github.inferenceecon.core.billing.ApiCost#of ApiCost.of} prices an
 * {@link io.github.inferenceecon.core.billing.ApiUsage} (input, cache reads and writes, output,
 * reasoning, batch, service tier) at an {@link io.github.inferenceecon.core.billing.ApiPriceCard}
 * ({@link io.github.inferenceecon.core.billing.TokenRates},
 * {@link io.github.inferenceecon.core.billing.CacheWritePrice},
 * {@link io.github.inferenceecon.core.billing.LongContextTier}) into an
 * {@link io.github.inferenceecon.core.billing.ApiCost} of
 * {@link io.github.inferenceecon.core.billing.CostComponent}s. Unpriced tokens are explicit,
 * never a silent zero. API costs are exact decimals and never round.
 *
 * <pre>{@code
 * ApiCost bill = ApiCost.of(sonnet4, ApiUsage.builder()
 *     .inputTokens(TokenCount.of(10_000))
 *     .cachedInputTokens(TokenCount.of(8_000))
 *     .outputTokens(TokenCount.of(1_000))
 *     .build());
 * bill.total();                            // USD 0.0234, exactly
 * }</pre>
 */
@ValueStyle
@NullMarked
package io.github.inferenceecon.core.billing;

import io.github.inferenceecon.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
