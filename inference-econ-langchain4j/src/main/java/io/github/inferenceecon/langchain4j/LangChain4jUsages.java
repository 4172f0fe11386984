/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.TokenUsage;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps LangChain4j's {@link TokenUsage}, whose counts may be null, onto an {@link ApiUsage}, by
 * the counting convention of the provider that produced it, such as an
 * {@code OpenAiTokenUsage} of 1,000 input tokens (400 cached) to '1000 input tokens (400 cache
 * reads)'.
 *
 * <p>The convention follows the type LangChain4j reports:
 * <ul>
 *   <li>{@code OpenAiTokenUsage} ({@code langchain4j-open-ai}): OpenAI's convention, the input
 *       count <em>includes</em> the cached tokens ({@code inputTokensDetails.cachedTokens}) and
 *       the output count the reasoning tokens ({@code outputTokensDetails.reasoningTokens});
 *       both details are required. The service tier comes from the
 *       {@code OpenAiChatResponseMetadata}: {@code default} is the base rates, {@code fast} is
 *       priority, {@code auto} and {@code scale} are refused.</li>
 *   <li>{@code AnthropicTokenUsage} ({@code langchain4j-anthropic}): Anthropic's convention, the
 *       input count <em>excludes</em> the cache reads and writes, counted apart and added to it
 *       here. LangChain4j keeps no time-to-live split of the writes, so writes are refused unless
 *       {@link #withCacheWriteTtl(Duration)} names the lifetime the application's cache control
 *       sets. It keeps no thinking count either: thinking stays in the output tokens, billed at
 *       the output rate, and no batch or tier information.</li>
 *   <li>A plain {@link TokenUsage}, with input and output counts only, says nothing of cached or
 *       reasoning tokens: it is refused unless {@link #acceptingPlainTokenUsage()} declares that
 *       the model neither caches nor reasons (its tokens are then billed as plain input and
 *       output).</li>
 *   <li>Any other subclass has a convention this class does not know and is refused.</li>
 * </ul>
 *
 * <p>The provider-specific types are only touched when the usage is of that type, so the
 * application needs only the LangChain4j modules it uses. A usage that cannot be mapped exactly
 * (a null count, cached tokens beyond the input, a total that is not input plus output) is
 * refused with an {@link UnmappableUsageException} naming the field and the rule.
 *
 * <pre>{@code
 * ChatResponse response = model.chat(request);
 * ApiUsage usage = LangChain4jUsages.defaults().toApiUsage(response);
 * ApiCost cost = PriceCatalog.bundled().cost("openai", response.modelName(), usage);
 * }</pre>
 *
 * <p>Tested with LangChain4j 1.19.0. This class is immutable and thread-safe.
 */
// LangChain4j's types appear in this API, yet the module requires LangChain4j static only,
// never transitive: an application that calls these methods requires LangChain4j itself.
@SuppressWarnings("exports")
public final class LangChain4jUsages {

  private static final LangChain4jUsages STRICT = new LangChain4jUsages(null, false);

  private final @Nullable Duration cacheWriteTtl;
  private final boolean acceptPlain;

  private LangChain4jUsages(@Nullable Duration cacheWriteTtl, boolean acceptPlain) {
    this.cacheWriteTtl = cacheWriteTtl;
    this.acceptPlain = acceptPlain;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the default mapping, the strict one: every rule of the class description applies.
   *
   * @return the mapping, not null
   */
  public static LangChain4jUsages defaults() {
    return STRICT;
  }

  /**
   * Returns a copy of this mapping that gives Anthropic cache writes the time-to-live the
   * application's cache control sets, such as 5 minutes (the Anthropic API's default).
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param ttl the time-to-live of every cache write, positive, not null
   * @return the new mapping, not null
   * @throws IllegalArgumentException if the time-to-live is not positive
   */
  public LangChain4jUsages withCacheWriteTtl(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("Cache time-to-live must be positive: " + ttl);
    }
    return new LangChain4jUsages(ttl, acceptPlain);
  }

  /**
   * Returns a copy of this mapping that accepts a plain {@link TokenUsage} as input and output
   * tokens with nothing cached and no reasoning: right for a model that neither caches prompts
   * nor reasons, wrong otherwise.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the new mapping, not null
   */
  public LangChain4jUsages acceptingPlainTokenUsage() {
    return new LangChain4jUsages(cacheWriteTtl, true);
  }

  /**
   * Returns the time-to-live given to Anthropic cache writes.
   *
   * @return the time-to-live, or empty when cache writes are refused
   */
  public Optional<Duration> cacheWriteTtl() {
    return Optional.ofNullable(cacheWriteTtl);
  }

  /**
   * Checks if a plain {@link TokenUsage} is accepted.
   *
   * @return true if plain usage is mapped as uncached input and plain output
   */
  public boolean isAcceptingPlainTokenUsage() {
    return acceptPlain;
  }

  //-----------------------------------------------------------------------
  /**
   * Converts the usage and service tier of a chat response to an {@link ApiUsage}.
   *
   * @param response the response, not null
   * @return the usage, not batched, with the service tier the response names, not null
   * @throws UnmappableUsageException if the response has no token usage, or it cannot be mapped
   *     exactly (see the class description)
   */
  public ApiUsage toApiUsage(ChatResponse response) {
    Objects.requireNonNull(response, "response");
    ChatResponseMetadata metadata = response.metadata();
    TokenUsage tokenUsage = metadata == null ? null : metadata.tokenUsage();
    if (tokenUsage == null) {
      throw new UnmappableUsageException("ChatResponse.metadata.tokenUsage", "is required",
          "null");
    }
    ApiUsage usage = toApiUsage(tokenUsage);
    if (metadata.getClass().getName().equals(OpenAiTokenUsages.METADATA_TYPE)) {
      Optional<String> tier = OpenAiTokenUsages.serviceTier(metadata);
      if (tier.isPresent()) {
        return usage.withServiceTier(tier.get());
      }
    }
    return usage;
  }

  /**
   * Converts a token usage to an {@link ApiUsage}, at the default service tier.
   *
   * @param usage the usage, not null
   * @return the usage, not batched, default tier, not null
   * @throws UnmappableUsageException if the usage cannot be mapped exactly (see the class
   *     description)
   */
  public ApiUsage toApiUsage(TokenUsage usage) {
    Objects.requireNonNull(usage, "usage");
    String type = usage.getClass().getName();
    if (type.equals(OpenAiTokenUsages.TYPE)) {
      return OpenAiTokenUsages.toApiUsage(usage);
    }
    if (type.equals(AnthropicTokenUsages.TYPE)) {
      return AnthropicTokenUsages.toApiUsage(usage, cacheWriteTtl);
    }
    if (usage.getClass() != TokenUsage.class) {
      throw new UnmappableUsageException(usage.getClass().getSimpleName(), "must be a usage "
          + "whose counting convention is known (OpenAiTokenUsage, AnthropicTokenUsage or a "
          + "plain TokenUsage)", type);
    }
    if (!acceptPlain) {
      throw new UnmappableUsageException("TokenUsage", "must carry the provider's cached and "
          + "reasoning counts, or be accepted as uncached with "
          + "LangChain4jUsages.acceptingPlainTokenUsage", "a plain TokenUsage");
    }
    long input = Counts.required(usage.inputTokenCount(), "TokenUsage.inputTokenCount");
    long output = Counts.required(usage.outputTokenCount(), "TokenUsage.outputTokenCount");
    Counts.total(usage.totalTokenCount(), input, output, "TokenUsage");
    return ApiUsage.of(TokenCount.of(input), TokenCount.of(output));
  }

  /**
   * Returns the text form, such as {@code LangChain4jUsages[strict]} or
   * {@code LangChain4jUsages[cacheWriteTtl=PT5M, acceptingPlainTokenUsage]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (cacheWriteTtl == null && !acceptPlain) {
      return "LangChain4jUsages[strict]";
    }
    StringBuilder b = new StringBuilder("LangChain4jUsages[");
    if (cacheWriteTtl != null) {
      b.append("cacheWriteTtl=").append(cacheWriteTtl);
    }
    if (acceptPlain) {
      b.append(cacheWriteTtl != null ? ", " : "").append("acceptingPlainTokenUsage");
    }
    return b.append(']').toString();
  }
}
