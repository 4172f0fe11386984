/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.openai;

import com.openai.core.JsonField;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseUsage;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.pricing.ApiResponseFormat;
import io.github.inferenceecon.pricing.UsageFields;
import java.time.Duration;
import java.util.Objects;

/**
 * Maps the usage the OpenAI Java SDK reports, for Chat Completions and for the Responses API, onto
 * an {@link ApiUsage}, such as 'prompt_tokens 1,000 of which cached_tokens 400, completion_tokens
 * 300 of which reasoning_tokens 100' to '1000 input tokens (400 cache reads), 300 output tokens
 * (100 reasoning)'.
 *
 * <p><b>OpenAI's counting convention</b>, which this class applies: {@code prompt_tokens} (Chat
 * Completions) and {@code input_tokens} (Responses) <em>include</em> the cached tokens and any
 * cache writes, and {@code completion_tokens} / {@code output_tokens} <em>include</em> the
 * reasoning tokens, as they do in {@link ApiUsage}; so the counts carry over as they are. Tokens
 * of predicted outputs (accepted or rejected) are part of the completion tokens and billed as
 * output. Image input tokens are part of the prompt tokens and billed at the input rate.
 *
 * <p>The named service tier of a {@link ChatCompletion} or {@link Response} (the tier that
 * actually served the request, as the response reports it) becomes
 * {@link ApiUsage#serviceTier()}: {@code default} is the base rates; {@code fast} is reported by
 * OpenAI as {@code priority} and mapped to it; any other name ({@code flex}, {@code priority})
 * is kept and priced by the price card's tier of that name. Whether the request went through the
 * Batch API is known only to the caller: say so with {@link ApiUsage#withBatch(boolean)}.
 *
 * <p>The convention is {@link ApiResponseFormat#OPENAI_CHAT_COMPLETIONS}'s and
 * {@link ApiResponseFormat#OPENAI_RESPONSES}'s, shared with the raw response bodies
 * ({@link io.github.inferenceecon.pricing.ApiResponseUsage}). A usage that cannot be mapped
 * exactly is refused with an {@link UnmappableUsageException} naming the field and the rule,
 * never mapped with a guessed zero:
 * <ul>
 *   <li>a missing count: {@code prompt_tokens}, {@code completion_tokens},
 *       {@code prompt_tokens_details.cached_tokens} (without it the uncached input is unknown) or
 *       {@code completion_tokens_details.reasoning_tokens};</li>
 *   <li>a negative count, a total that is not input plus output, cached tokens or cache writes
 *       beyond the input, reasoning tokens beyond the output;</li>
 *   <li>audio tokens, which OpenAI bills at audio rates that {@link ApiUsage} cannot express;</li>
 *   <li>Chat Completions cache writes, which carry no time-to-live (the Responses API breaks them
 *       down into 30-minute and 12-hour writes, which map to cache writes of those lifetimes);</li>
 *   <li>the service tier {@code auto} (a request option, not the tier that served it) and
 *       {@code scale} (Scale Tier is bought as reserved capacity, not per token).</li>
 * </ul>
 *
 * <pre>{@code
 * ChatCompletion completion = client.chat().completions().create(params);
 * ApiUsage usage = OpenAiUsages.toApiUsage(completion);
 * ApiCost cost = PriceCatalog.bundled().cost("openai", completion.model(), usage);
 * }</pre>
 *
 * <p>Tested with openai-java 4.105.0. This class is immutable and thread-safe.
 */
// The SDK's types appear in this API, yet the module requires the SDK static only, never
// transitive: an application that calls these methods requires the SDK itself.
@SuppressWarnings("exports")
public final class OpenAiUsages {

  /** The time-to-live of the Responses API's {@code ttl_30m_tokens} cache writes. */
  public static final Duration CACHE_WRITE_30M = Duration.ofMinutes(30);
  /** The time-to-live of the Responses API's {@code ttl_12h_tokens} cache writes. */
  public static final Duration CACHE_WRITE_12H = Duration.ofHours(12);

  private static final String CHAT = "CompletionUsage.";
  private static final String RESPONSES = "ResponseUsage.";

  private OpenAiUsages() {}

  //-----------------------------------------------------------------------
  /**
   * Converts a Chat Completions response's usage and service tier to an {@link ApiUsage}.
   *
   * @param completion the response, with its usage (streamed responses report it only when
   *     {@code stream_options.include_usage} is set), not null
   * @return the usage, not batched, with the service tier the response names, not null
   * @throws UnmappableUsageException if the response has no usage, the usage cannot be mapped
   *     exactly (see the class description), or the tier is {@code auto} or {@code scale}
   */
  public static ApiUsage toApiUsage(ChatCompletion completion) {
    Objects.requireNonNull(completion, "completion");
    CompletionUsage usage = completion.usage().orElseThrow(
        () -> new UnmappableUsageException("ChatCompletion.usage", "is required", "missing"));
    UsageFields.Builder fields = fields(usage).prefix("ChatCompletion.");
    completion.serviceTier().ifPresent(t -> fields.text("service_tier", t.asString()));
    return ApiResponseFormat.OPENAI_CHAT_COMPLETIONS.toApiUsage(fields.build());
  }

  /**
   * Converts a Chat Completions usage to an {@link ApiUsage}, at the default service tier.
   *
   * @param usage the usage, not null
   * @return the usage, not batched, default tier, not null
   * @throws UnmappableUsageException if the usage cannot be mapped exactly (see the class
   *     description)
   */
  public static ApiUsage toApiUsage(CompletionUsage usage) {
    Objects.requireNonNull(usage, "usage");
    return ApiResponseFormat.OPENAI_CHAT_COMPLETIONS.toApiUsage(fields(usage).build());
  }

  private static UsageFields.Builder fields(CompletionUsage usage) {
    UsageFields.Builder b = UsageFields.builder(CHAT);
    put(b, "prompt_tokens", usage._promptTokens());
    put(b, "completion_tokens", usage._completionTokens());
    put(b, "total_tokens", usage._totalTokens());
    usage.promptTokensDetails().ifPresent(in -> {
      put(b, "prompt_tokens_details.cached_tokens", in._cachedTokens());
      put(b, "prompt_tokens_details.audio_tokens", in._audioTokens());
      put(b, "prompt_tokens_details.cache_write_tokens", in._cacheWriteTokens());
    });
    usage.completionTokensDetails().ifPresent(out -> {
      put(b, "completion_tokens_details.reasoning_tokens", out._reasoningTokens());
      put(b, "completion_tokens_details.audio_tokens", out._audioTokens());
    });
    return b;
  }

  //-----------------------------------------------------------------------
  /**
   * Converts a Responses API response's usage and service tier to an {@link ApiUsage}.
   *
   * @param response the response, with its usage, not null
   * @return the usage, not batched, with the service tier the response names, not null
   * @throws UnmappableUsageException if the response has no usage, the usage cannot be mapped
   *     exactly (see the class description), or the tier is {@code auto} or {@code scale}
   */
  public static ApiUsage toApiUsage(Response response) {
    Objects.requireNonNull(response, "response");
    ResponseUsage usage = response.usage().orElseThrow(
        () -> new UnmappableUsageException("Response.usage", "is required", "missing"));
    UsageFields.Builder fields = fields(usage).prefix("Response.");
    response.serviceTier().ifPresent(t -> fields.text("service_tier", t.asString()));
    return ApiResponseFormat.OPENAI_RESPONSES.toApiUsage(fields.build());
  }

  /**
   * Converts a Responses API usage to an {@link ApiUsage}, at the default service tier.
   *
   * <p>Cache writes ({@code input_tokens_details.cache_write_tokens}) map to cache writes of
   * 30 minutes and 12 hours from their breakdown; an absent count means the response reports no
   * cache writes, as responses did before OpenAI added the field.
   *
   * @param usage the usage, not null
   * @return the usage, not batched, default tier, not null
   * @throws UnmappableUsageException if the usage cannot be mapped exactly (see the class
   *     description)
   */
  public static ApiUsage toApiUsage(ResponseUsage usage) {
    Objects.requireNonNull(usage, "usage");
    return ApiResponseFormat.OPENAI_RESPONSES.toApiUsage(fields(usage).build());
  }

  private static UsageFields.Builder fields(ResponseUsage usage) {
    UsageFields.Builder b = UsageFields.builder(RESPONSES);
    put(b, "input_tokens", usage._inputTokens());
    put(b, "output_tokens", usage._outputTokens());
    put(b, "total_tokens", usage._totalTokens());
    usage._inputTokensDetails().asKnown().ifPresent(in -> {
      put(b, "input_tokens_details.cached_tokens", in._cachedTokens());
      put(b, "input_tokens_details.cache_write_tokens", in._cacheWriteTokens());
      in.cacheWriteTokensDetails().ifPresent(w -> {
        put(b, "input_tokens_details.cache_write_tokens_details.ttl_30m_tokens",
            w._ttl30mTokens());
        put(b, "input_tokens_details.cache_write_tokens_details.ttl_12h_tokens",
            w._ttl12hTokens());
      });
    });
    usage._outputTokensDetails().asKnown().ifPresent(out ->
        put(b, "output_tokens_details.reasoning_tokens", out._reasoningTokens()));
    return b;
  }

  /** Gives a count as the SDK holds it: a value, JSON null, or missing (not given). */
  private static void put(UsageFields.Builder b, String name, JsonField<Long> field) {
    if (field.isNull()) {
      b.nullValue(name);
    } else {
      field.asKnown().ifPresent(v -> b.count(name, v));
    }
  }
}
