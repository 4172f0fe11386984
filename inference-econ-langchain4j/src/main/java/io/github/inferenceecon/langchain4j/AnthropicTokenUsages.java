/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Anthropic part of {@link LangChain4jUsages}, apart so that it is loaded only when the
 * application has {@code langchain4j-anthropic}: only called for an {@link AnthropicTokenUsage}.
 *
 * <p>Anthropic's convention, which LangChain4j passes on as the API reports it: the input token
 * count excludes the cache reads and the cache writes, which are counted apart; LangChain4j
 * does not keep the split of the writes by time-to-live.
 */
final class AnthropicTokenUsages {

  static final String TYPE = "dev.langchain4j.model.anthropic.AnthropicTokenUsage";
  private static final String NAME = "AnthropicTokenUsage";

  private AnthropicTokenUsages() {}

  static ApiUsage toApiUsage(TokenUsage tokenUsage, @Nullable Duration cacheWriteTtl) {
    AnthropicTokenUsage usage = (AnthropicTokenUsage) tokenUsage;
    long input = Counts.required(usage.inputTokenCount(), NAME + ".inputTokenCount");
    long output = Counts.required(usage.outputTokenCount(), NAME + ".outputTokenCount");
    Counts.total(usage.totalTokenCount(), input, output, NAME);
    long reads = Counts.nullable(usage.cacheReadInputTokens(), NAME + ".cacheReadInputTokens");
    String writesField = NAME + ".cacheCreationInputTokens";
    long writes = Counts.nullable(usage.cacheCreationInputTokens(), writesField);
    Map<Duration, TokenCount> byTtl = Map.of();
    if (writes > 0) {
      if (cacheWriteTtl == null) {
        throw new UnmappableUsageException(writesField, "must be zero unless the cache "
            + "time-to-live is named with LangChain4jUsages.withCacheWriteTtl: LangChain4j does "
            + "not report it, and the price depends on it", Long.toString(writes));
      }
      byTtl = Map.of(cacheWriteTtl, TokenCount.of(writes));
    }
    return ApiUsage.fromExclusiveInput(TokenCount.of(input), TokenCount.of(reads), byTtl,
        TokenCount.of(output));
  }
}
