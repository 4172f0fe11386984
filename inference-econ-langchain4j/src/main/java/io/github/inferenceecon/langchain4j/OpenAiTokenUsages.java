/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import java.util.Optional;

/**
 * The OpenAI part of {@link LangChain4jUsages}, apart so that it is loaded only when the
 * application has {@code langchain4j-open-ai}: only called for an {@link OpenAiTokenUsage} or
 * {@link OpenAiChatResponseMetadata}.
 *
 * <p>OpenAI's convention: the input token count includes the cached tokens, the output token
 * count the reasoning tokens.
 */
final class OpenAiTokenUsages {

  static final String TYPE = "dev.langchain4j.model.openai.OpenAiTokenUsage";
  static final String METADATA_TYPE = "dev.langchain4j.model.openai.OpenAiChatResponseMetadata";
  private static final String NAME = "OpenAiTokenUsage";

  private OpenAiTokenUsages() {}

  static ApiUsage toApiUsage(TokenUsage tokenUsage) {
    OpenAiTokenUsage usage = (OpenAiTokenUsage) tokenUsage;
    long input = Counts.required(usage.inputTokenCount(), NAME + ".inputTokenCount");
    long output = Counts.required(usage.outputTokenCount(), NAME + ".outputTokenCount");
    Counts.total(usage.totalTokenCount(), input, output, NAME);
    String cachedField = NAME + ".inputTokensDetails.cachedTokens";
    OpenAiTokenUsage.InputTokensDetails in = usage.inputTokensDetails();
    long cached = Counts.required(in == null ? null : in.cachedTokens(), cachedField);
    Counts.notAbove(cached, input, cachedField, NAME + ".inputTokenCount");
    String reasoningField = NAME + ".outputTokensDetails.reasoningTokens";
    OpenAiTokenUsage.OutputTokensDetails out = usage.outputTokensDetails();
    long reasoning = Counts.required(out == null ? null : out.reasoningTokens(), reasoningField);
    Counts.notAbove(reasoning, output, reasoningField, NAME + ".outputTokenCount");
    return ApiUsage.builder()
        .inputTokens(TokenCount.of(input))
        .cachedInputTokens(TokenCount.of(cached))
        .outputTokens(TokenCount.of(output))
        .reasoningTokens(TokenCount.of(reasoning))
        .build();
  }

  /**
   * Returns the tier the response names: none for {@code default}, {@code priority} for
   * {@code fast} (OpenAI reports fast mode as priority), the name otherwise.
   */
  static Optional<String> serviceTier(ChatResponseMetadata metadata) {
    String tier = ((OpenAiChatResponseMetadata) metadata).serviceTier();
    if (tier == null || tier.equals("default")) {
      return Optional.empty();
    }
    String field = "OpenAiChatResponseMetadata.serviceTier";
    if (tier.equals("auto") || tier.equals("scale") || tier.isBlank()) {
      throw new UnmappableUsageException(field, "must name a tier billed per token that served "
          + "the request", "'" + tier + "'");
    }
    return Optional.of(tier.equals("fast") ? "priority" : tier);
  }
}
