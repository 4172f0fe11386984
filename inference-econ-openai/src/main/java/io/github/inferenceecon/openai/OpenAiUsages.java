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
import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
 * <p>A usage that cannot be mapped exactly is refused with an {@link UnmappableUsageException}
 * naming the field and the rule, never mapped with a guessed zero:
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
    ApiUsage mapped = toApiUsage(usage);
    Optional<String> tier = completion.serviceTier().map(ChatCompletion.ServiceTier::asString);
    return withTier(mapped, tier, "ChatCompletion.service_tier");
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
    long prompt = count(usage._promptTokens(), CHAT + "prompt_tokens");
    long completion = count(usage._completionTokens(), CHAT + "completion_tokens");
    checkTotal(usage._totalTokens(), prompt, completion, CHAT);

    String promptDetails = CHAT + "prompt_tokens_details.";
    CompletionUsage.PromptTokensDetails in = usage.promptTokensDetails().orElseThrow(
        () -> missing(promptDetails + "cached_tokens"));
    long cached = count(in._cachedTokens(), promptDetails + "cached_tokens");
    zeroOrAbsent(in._audioTokens(), promptDetails + "audio_tokens");
    long writes = optionalCount(in._cacheWriteTokens(), promptDetails + "cache_write_tokens");
    if (writes != 0) {
      throw new UnmappableUsageException(promptDetails + "cache_write_tokens", "must be zero: "
          + "Chat Completions reports cache writes without their time-to-live, which the price "
          + "depends on", Long.toString(writes));
    }
    notAbove(cached, prompt, promptDetails + "cached_tokens", CHAT + "prompt_tokens");

    String completionDetails = CHAT + "completion_tokens_details.";
    CompletionUsage.CompletionTokensDetails out = usage.completionTokensDetails().orElseThrow(
        () -> missing(completionDetails + "reasoning_tokens"));
    long reasoning = count(out._reasoningTokens(), completionDetails + "reasoning_tokens");
    zeroOrAbsent(out._audioTokens(), completionDetails + "audio_tokens");
    notAbove(reasoning, completion, completionDetails + "reasoning_tokens",
        CHAT + "completion_tokens");

    return ApiUsage.builder()
        .inputTokens(TokenCount.of(prompt))
        .cachedInputTokens(TokenCount.of(cached))
        .outputTokens(TokenCount.of(completion))
        .reasoningTokens(TokenCount.of(reasoning))
        .build();
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
    ApiUsage mapped = toApiUsage(usage);
    Optional<String> tier = response.serviceTier().map(Response.ServiceTier::asString);
    return withTier(mapped, tier, "Response.service_tier");
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
    long input = count(usage._inputTokens(), RESPONSES + "input_tokens");
    long output = count(usage._outputTokens(), RESPONSES + "output_tokens");
    checkTotal(usage._totalTokens(), input, output, RESPONSES);

    String inDetails = RESPONSES + "input_tokens_details.";
    ResponseUsage.InputTokensDetails in = usage._inputTokensDetails().asKnown()
        .orElseThrow(() -> missing(inDetails + "cached_tokens"));
    long cached = count(in._cachedTokens(), inDetails + "cached_tokens");
    notAbove(cached, input, inDetails + "cached_tokens", RESPONSES + "input_tokens");
    Map<Duration, TokenCount> writes = cacheWrites(in, inDetails);
    long written = TokenCount.total(writes.values()).count();
    if (cached + written > input) {
      throw new UnmappableUsageException(inDetails + "cached_tokens",
          "plus cache_write_tokens must not exceed " + RESPONSES + "input_tokens, which include "
              + "both", cached + " + " + written + " > " + input);
    }

    String outDetails = RESPONSES + "output_tokens_details.";
    ResponseUsage.OutputTokensDetails out = usage._outputTokensDetails().asKnown()
        .orElseThrow(() -> missing(outDetails + "reasoning_tokens"));
    long reasoning = count(out._reasoningTokens(), outDetails + "reasoning_tokens");
    notAbove(reasoning, output, outDetails + "reasoning_tokens", RESPONSES + "output_tokens");

    return ApiUsage.builder()
        .inputTokens(TokenCount.of(input))
        .cachedInputTokens(TokenCount.of(cached))
        .cacheWriteTokens(writes)
        .outputTokens(TokenCount.of(output))
        .reasoningTokens(TokenCount.of(reasoning))
        .build();
  }

  private static Map<Duration, TokenCount> cacheWrites(ResponseUsage.InputTokensDetails in,
      String prefix) {
    long total = optionalCount(in._cacheWriteTokens(), prefix + "cache_write_tokens");
    Map<Duration, TokenCount> writes = new TreeMap<>();
    if (total == 0) {
      return writes;
    }
    String detailsField = prefix + "cache_write_tokens_details";
    ResponseUsage.InputTokensDetails.CacheWriteTokensDetails details = in
        .cacheWriteTokensDetails().orElseThrow(() -> new UnmappableUsageException(detailsField,
            "is required when cache_write_tokens is not zero, because the price depends on the "
                + "time-to-live", "missing"));
    long thirtyMinutes = count(details._ttl30mTokens(), detailsField + ".ttl_30m_tokens");
    long twelveHours = count(details._ttl12hTokens(), detailsField + ".ttl_12h_tokens");
    if (thirtyMinutes + twelveHours != total) {
      throw new UnmappableUsageException(detailsField, "must add up to " + prefix
          + "cache_write_tokens", thirtyMinutes + " + " + twelveHours + " != " + total);
    }
    if (thirtyMinutes > 0) {
      writes.put(CACHE_WRITE_30M, TokenCount.of(thirtyMinutes));
    }
    if (twelveHours > 0) {
      writes.put(CACHE_WRITE_12H, TokenCount.of(twelveHours));
    }
    return writes;
  }

  //-----------------------------------------------------------------------
  private static ApiUsage withTier(ApiUsage usage, Optional<String> tier, String field) {
    if (tier.isEmpty()) {
      return usage;
    }
    String name = tier.get();
    switch (name) {
      case "default":
        return usage;
      case "fast":
        // OpenAI: "The response will show service_tier=priority regardless of if you specify
        // service_tier=fast or priority in your request" (openai-java ChatCompletion.serviceTier)
        return usage.withServiceTier("priority");
      case "auto":
        throw new UnmappableUsageException(field, "must name the tier that served the request, "
            + "not the request option 'auto'", "'auto'");
      case "scale":
        throw new UnmappableUsageException(field, "must be a tier billed per token; Scale Tier "
            + "is bought as reserved capacity", "'scale'");
      default:
        if (name.isBlank()) {
          throw new UnmappableUsageException(field, "must not be blank", "'" + name + "'");
        }
        return usage.withServiceTier(name);
    }
  }

  private static void checkTotal(JsonField<Long> total, long input, long output, String prefix) {
    Optional<Long> reported = total.asKnown();
    if (reported.isPresent() && reported.get() != input + output) {
      String in = prefix.equals(CHAT) ? "prompt_tokens" : "input_tokens";
      String out = prefix.equals(CHAT) ? "completion_tokens" : "output_tokens";
      throw new UnmappableUsageException(prefix + "total_tokens", "must equal " + in + " + "
          + out, reported.get() + " != " + input + " + " + output);
    }
  }

  private static long count(JsonField<Long> field, String name) {
    Long value = field.asKnown().orElseThrow(() -> missing(name));
    return notNegative(value, name);
  }

  private static long optionalCount(JsonField<Long> field, String name) {
    if (field.isMissing() || field.isNull()) {
      return 0;
    }
    return count(field, name);
  }

  private static void zeroOrAbsent(JsonField<Long> field, String name) {
    long value = optionalCount(field, name);
    if (value != 0) {
      throw new UnmappableUsageException(name, "must be zero: audio tokens are billed at audio "
          + "rates, which ApiUsage cannot express", Long.toString(value));
    }
  }

  private static long notNegative(long value, String name) {
    if (value < 0) {
      throw new UnmappableUsageException(name, "must not be negative", Long.toString(value));
    }
    return value;
  }

  private static void notAbove(long part, long whole, String partName, String wholeName) {
    if (part > whole) {
      throw new UnmappableUsageException(partName, "must not exceed " + wholeName
          + ", which include it", part + " > " + whole);
    }
  }

  private static UnmappableUsageException missing(String name) {
    return new UnmappableUsageException(name, "is required", "missing");
  }
}
