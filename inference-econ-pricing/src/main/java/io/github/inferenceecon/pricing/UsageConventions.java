/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The providers' counting conventions, each written once and applied to {@link UsageFields}
 * (from a raw response body or a client adapter); see {@link ApiResponseFormat} for what each
 * maps and refuses.
 *
 * <p>Not part of the public API. This class is immutable and thread-safe.
 */
final class UsageConventions {

  static final Duration TTL_5M = Duration.ofMinutes(5);
  static final Duration TTL_1H = Duration.ofHours(1);
  static final Duration TTL_30M = Duration.ofMinutes(30);
  static final Duration TTL_12H = Duration.ofHours(12);

  private UsageConventions() {}

  //-----------------------------------------------------------------------
  /** OpenAI Chat Completions: prompt tokens include cached ones, completion tokens reasoning. */
  static ApiUsage openAiChat(UsageFields f) {
    long prompt = f.count("prompt_tokens");
    long completion = f.count("completion_tokens");
    total(f, "total_tokens", prompt + completion, "prompt_tokens + completion_tokens",
        prompt + " + " + completion);
    long cached = f.count("prompt_tokens_details.cached_tokens");
    noAudio(f, "prompt_tokens_details.audio_tokens");
    long writes = f.optionalCount("prompt_tokens_details.cache_write_tokens");
    if (writes != 0) {
      throw new UnmappableUsageException(f.shown("prompt_tokens_details.cache_write_tokens"),
          "must be zero: Chat Completions reports cache writes without their time-to-live, "
              + "which the price depends on", Long.toString(writes));
    }
    notAbove(f, cached, prompt, "prompt_tokens_details.cached_tokens", "prompt_tokens");
    long reasoning = f.count("completion_tokens_details.reasoning_tokens");
    noAudio(f, "completion_tokens_details.audio_tokens");
    notAbove(f, reasoning, completion, "completion_tokens_details.reasoning_tokens",
        "completion_tokens");
    return openAiTier(f, ApiUsage.builder().inputTokens(TokenCount.of(prompt))
        .cachedInputTokens(TokenCount.of(cached)).outputTokens(TokenCount.of(completion))
        .reasoningTokens(TokenCount.of(reasoning)).build());
  }

  /** OpenAI Responses: input tokens include cache reads and writes, output tokens reasoning. */
  static ApiUsage openAiResponses(UsageFields f) {
    long input = f.count("input_tokens");
    long output = f.count("output_tokens");
    total(f, "total_tokens", input + output, "input_tokens + output_tokens",
        input + " + " + output);
    long cached = f.count("input_tokens_details.cached_tokens");
    notAbove(f, cached, input, "input_tokens_details.cached_tokens", "input_tokens");
    Map<Duration, TokenCount> writes = new TreeMap<>();
    long written = f.optionalCount("input_tokens_details.cache_write_tokens");
    if (written > 0) {
      String details = "input_tokens_details.cache_write_tokens_details";
      if (!f.has(details + ".ttl_30m_tokens") && !f.has(details + ".ttl_12h_tokens")) {
        throw new UnmappableUsageException(f.shown(details), "is required when "
            + "cache_write_tokens is not zero, because the price depends on the time-to-live",
            "missing");
      }
      split(f, written, details, "input_tokens_details.cache_write_tokens",
          details + ".ttl_30m_tokens", TTL_30M, details + ".ttl_12h_tokens", TTL_12H, writes);
    }
    if (cached + written > input) {
      throw new UnmappableUsageException(f.shown("input_tokens_details.cached_tokens"),
          "plus cache_write_tokens must not exceed " + f.shown("input_tokens") + ", which "
              + "include both", cached + " + " + written + " > " + input);
    }
    long reasoning = f.count("output_tokens_details.reasoning_tokens");
    notAbove(f, reasoning, output, "output_tokens_details.reasoning_tokens", "output_tokens");
    return openAiTier(f, ApiUsage.builder().inputTokens(TokenCount.of(input))
        .cachedInputTokens(TokenCount.of(cached)).cacheWriteTokens(writes)
        .outputTokens(TokenCount.of(output)).reasoningTokens(TokenCount.of(reasoning)).build());
  }

  private static ApiUsage openAiTier(UsageFields f, ApiUsage usage) {
    Optional<String> tier = f.text("service_tier");
    String field = f.shown("service_tier");
    switch (tier.orElse("default")) {
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
        return usage.withServiceTier(named(field, tier.get()));
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Anthropic Messages: input tokens exclude cache reads and writes, which are added; output
   * tokens include thinking.
   */
  static ApiUsage anthropic(UsageFields f) {
    long input = f.count("input_tokens");
    long output = f.count("output_tokens");
    long reads = f.nullableCount("cache_read_input_tokens");
    Map<Duration, TokenCount> writes = new TreeMap<>();
    long written = f.nullableCount("cache_creation_input_tokens");
    String five = "cache_creation.ephemeral_5m_input_tokens";
    String hour = "cache_creation.ephemeral_1h_input_tokens";
    if (f.has(five) || f.has(hour)) {
      split(f, written, "cache_creation", "cache_creation_input_tokens", five, TTL_5M, hour,
          TTL_1H, writes);
    } else {
      unsplit(f, written, "cache_creation", "cache_creation_input_tokens", writes);
    }
    long searches = f.optionalCount("server_tool_use.web_search_requests");
    if (searches > 0) {
      throw new UnmappableUsageException(f.shown("server_tool_use.web_search_requests"),
          "must be zero: web searches are billed per request on top of the tokens, which "
              + "ApiUsage cannot express", Long.toString(searches));
    }
    only(f, "speed", "standard", "standard", "other speeds are billed at their own rates");
    only(f, "inference_geo", "global", "not_available", "geography-restricted inference is "
        + "billed at a premium");
    ApiUsage.Builder b = ApiUsage.builder()
        .inputTokens(TokenCount.of(Math.addExact(Math.addExact(input, reads), written)))
        .cachedInputTokens(TokenCount.of(reads)).cacheWriteTokens(writes)
        .outputTokens(TokenCount.of(output));
    if (f.has("output_tokens_details.thinking_tokens")) {
      long thinking = f.count("output_tokens_details.thinking_tokens");
      notAbove(f, thinking, output, "output_tokens_details.thinking_tokens", "output_tokens");
      b.reasoningTokens(TokenCount.of(thinking));
    }
    Optional<String> tier = f.text("service_tier");
    if (tier.isPresent() && tier.get().equals("batch")) {
      b.batch(true);
    } else if (tier.isPresent() && !tier.get().equals("standard")) {
      b.serviceTier(named(f.shown("service_tier"), tier.get()));
    }
    return b.build();
  }

  //-----------------------------------------------------------------------
  /**
   * Gemini {@code usageMetadata}: the prompt includes the cached content; tool-use prompt tokens
   * are input and thoughts are output. Counts of zero are left out of proto3 JSON, so an absent
   * count other than the prompt's is zero.
   */
  static ApiUsage gemini(UsageFields f) {
    long prompt = f.count("promptTokenCount");
    long cached = f.optionalCount("cachedContentTokenCount");
    long toolUse = f.optionalCount("toolUsePromptTokenCount");
    long candidates = f.optionalCount("candidatesTokenCount");
    long thoughts = f.optionalCount("thoughtsTokenCount");
    total(f, "totalTokenCount", prompt + toolUse + candidates + thoughts, "promptTokenCount + "
        + "toolUsePromptTokenCount + candidatesTokenCount + thoughtsTokenCount",
        prompt + " + " + toolUse + " + " + candidates + " + " + thoughts);
    notAbove(f, cached, prompt, "cachedContentTokenCount", "promptTokenCount");
    for (String details : new String[] {"promptTokensDetails", "cacheTokensDetails",
        "toolUsePromptTokensDetails", "candidatesTokensDetails"}) {
      noAudio(f, details + ".AUDIO");
    }
    long images = f.optionalCount("candidatesTokensDetails.IMAGE");
    if (images > 0) {
      throw new UnmappableUsageException(f.shown("candidatesTokensDetails.IMAGE"), "must be "
          + "zero: image output is billed at its own rate, which ApiUsage cannot express",
          Long.toString(images));
    }
    return ApiUsage.builder().inputTokens(TokenCount.of(Math.addExact(prompt, toolUse)))
        .cachedInputTokens(TokenCount.of(cached))
        .outputTokens(TokenCount.of(Math.addExact(candidates, thoughts)))
        .reasoningTokens(TokenCount.of(thoughts)).build();
  }

  //-----------------------------------------------------------------------
  /**
   * Bedrock Converse: input tokens exclude cache reads and writes, as Anthropic counts; the
   * writes are split by lifetime in {@code cacheDetails}.
   */
  static ApiUsage bedrock(UsageFields f) {
    long input = f.count("inputTokens");
    long output = f.count("outputTokens");
    long reads = f.optionalCount("cacheReadInputTokens");
    long written = f.optionalCount("cacheWriteInputTokens");
    Map<Duration, TokenCount> writes = new TreeMap<>();
    if (f.has("cacheDetails.5m") || f.has("cacheDetails.1h")) {
      split(f, written, "cacheDetails", "cacheWriteInputTokens", "cacheDetails.5m", TTL_5M,
          "cacheDetails.1h", TTL_1H, writes);
    } else {
      unsplit(f, written, "cacheDetails", "cacheWriteInputTokens", writes);
    }
    ApiUsage usage = ApiUsage.builder()
        .inputTokens(TokenCount.of(Math.addExact(Math.addExact(input, reads), written)))
        .cachedInputTokens(TokenCount.of(reads)).cacheWriteTokens(writes)
        .outputTokens(TokenCount.of(output)).build();
    String tier = f.text("serviceTier.type").orElse("default");
    boolean optimized = f.text("performanceConfig.latency").orElse("standard")
        .equals("optimized");
    if (tier.equals("reserved")) {
      throw new UnmappableUsageException(f.shown("serviceTier.type"), "must be a tier billed "
          + "per token; reserved capacity is bought apart", "'reserved'");
    }
    if (!tier.equals("default") && !tier.equals("standard")) {
      if (optimized) {
        throw new UnmappableUsageException(f.shown("performanceConfig.latency"), "must be "
            + "'standard' with the service tier '" + tier + "', which one price cannot express",
            "'optimized'");
      }
      return usage.withServiceTier(named(f.shown("serviceTier.type"), tier));
    }
    return optimized ? usage.withServiceTier("latency-optimized") : usage;
  }

  //-----------------------------------------------------------------------
  /** Cache writes split by lifetime into two counts that must add up to their total. */
  private static void split(UsageFields f, long total, String splitField, String totalField,
      String first, Duration firstTtl, String second, Duration secondTtl,
      Map<Duration, TokenCount> writes) {
    long a = f.optionalCount(first);
    long b = f.optionalCount(second);
    if (a + b != total) {
      throw new UnmappableUsageException(f.shown(splitField), "must add up to "
          + f.shown(totalField), a + " + " + b + " != " + total);
    }
    put(writes, firstTtl, a);
    put(writes, secondTtl, b);
  }

  /** Cache writes without their split: mapped only when their lifetime is given. */
  private static void unsplit(UsageFields f, long total, String splitField, String totalField,
      Map<Duration, TokenCount> writes) {
    if (total > 0) {
      Duration ttl = f.unsplitCacheWriteTtl().orElseThrow(() -> new UnmappableUsageException(
          f.shown(splitField), "is required when " + f.shown(totalField) + " is not zero, "
              + "because the price depends on the time-to-live (or give the lifetime with "
              + "UsageFields.Builder.unsplitCacheWriteTtl)", "missing"));
      put(writes, ttl, total);
    }
  }

  private static void put(Map<Duration, TokenCount> writes, Duration ttl, long tokens) {
    if (tokens > 0) {
      writes.merge(ttl, TokenCount.of(tokens), TokenCount::plus);
    }
  }

  private static void total(UsageFields f, String name, long expected, String sum,
      String parts) {
    if (f.hasCount(name) && f.count(name) != expected) {
      throw new UnmappableUsageException(f.shown(name), "must equal " + sum,
          f.count(name) + " != " + parts);
    }
  }

  private static void noAudio(UsageFields f, String name) {
    long audio = f.optionalCount(name);
    if (audio != 0) {
      throw new UnmappableUsageException(f.shown(name), "must be zero: audio tokens are billed "
          + "at audio rates, which ApiUsage cannot express", Long.toString(audio));
    }
  }

  private static void notAbove(UsageFields f, long part, long whole, String partName,
      String wholeName) {
    if (part > whole) {
      throw new UnmappableUsageException(f.shown(partName), "must not exceed "
          + f.shown(wholeName) + ", which include it", part + " > " + whole);
    }
  }

  /** A text field that, when given, must be one of two values. */
  private static void only(UsageFields f, String name, String allowed, String alsoAllowed,
      String why) {
    Optional<String> value = f.text(name);
    if (value.isPresent() && !value.get().equals(allowed) && !value.get().equals(alsoAllowed)) {
      throw new UnmappableUsageException(f.shown(name), "must be '" + allowed + "': " + why
          + ", which ApiUsage cannot express", "'" + value.get() + "'");
    }
  }

  private static String named(String field, String tier) {
    if (tier.isBlank()) {
      throw new UnmappableUsageException(field, "must not be blank", "'" + tier + "'");
    }
    return tier;
  }
}
