/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.anthropic;

import com.anthropic.core.JsonField;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.Usage;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.pricing.ApiResponseFormat;
import io.github.inferenceecon.pricing.UsageFields;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps the usage the Anthropic Java SDK reports for the Messages API onto an {@link ApiUsage},
 * such as 'input_tokens 2,000, cache_read_input_tokens 8,000, cache_creation 5m 1,000 and 1h 500,
 * output_tokens 700' to '11500 input tokens (8000 cache reads, 1000 cache writes PT5M, 500 cache
 * writes PT1H), 700 output tokens'.
 *
 * <p><b>Anthropic's counting convention</b>, which this class applies: {@code input_tokens} are
 * the input tokens <em>after</em> the last cache breakpoint; they <em>exclude</em> the tokens read
 * from the cache ({@code cache_read_input_tokens}) and those written to it
 * ({@code cache_creation_input_tokens}, split by time-to-live in {@code cache_creation} into
 * {@code ephemeral_5m_input_tokens} and {@code ephemeral_1h_input_tokens}). The input of the
 * {@link ApiUsage}, which counts cache reads and writes <em>within</em> the input, is their sum
 * ({@link ApiUsage#fromExclusiveInput}). {@code output_tokens} include the extended-thinking
 * tokens, billed as output; when the usage reports them ({@code output_tokens_details
 * .thinking_tokens}) they become the reasoning tokens.
 *
 * <p>The {@code service_tier} the usage reports carries over: {@code standard} is the base
 * rates, {@code batch} marks the usage as batched (Message Batches API), any other tier (such as
 * {@code priority}) is kept and priced by the price card's tier of that name.
 *
 * <p>The convention is {@link ApiResponseFormat#ANTHROPIC_MESSAGES}'s, shared with the raw
 * response bodies ({@link io.github.inferenceecon.pricing.ApiResponseUsage}). A usage that
 * cannot be mapped exactly is refused with an {@link UnmappableUsageException} naming the field
 * and the rule, never mapped with a guessed zero:
 * <ul>
 *   <li>a missing or negative count ({@code null} cache counts are read as none, as the API
 *       declares them nullable), a time-to-live split that does not add up to
 *       {@code cache_creation_input_tokens}, thinking tokens beyond the output;</li>
 *   <li>cache writes without their time-to-live split (older responses, some cloud platforms),
 *       unless {@link #withCacheWriteTtl(Duration)} says which lifetime the application's
 *       {@code cache_control} sets;</li>
 *   <li>web search requests ({@code server_tool_use.web_search_requests}), billed per search on
 *       top of the tokens, unless {@link #ignoringServerToolUse()} says the caller accounts for
 *       them apart (web fetches carry no fee beyond their tokens and are accepted);</li>
 *   <li>{@code speed} {@code fast} and an {@code inference_geo} other than {@code global}, which
 *       are billed at rates {@link ApiUsage} cannot express.</li>
 * </ul>
 *
 * <pre>{@code
 * Message message = client.messages().create(params);
 * ApiUsage usage = AnthropicUsages.defaults().toApiUsage(message);
 * ApiCost cost = PriceCatalog.bundled().cost("anthropic", message.model().asString(), usage);
 * }</pre>
 *
 * <p>Tested with anthropic-java 3.16.0. This class is immutable and thread-safe.
 */
// The SDK's types appear in this API, yet the module requires the SDK static only, never
// transitive: an application that calls these methods requires the SDK itself.
@SuppressWarnings("exports")
public final class AnthropicUsages {

  /** The time-to-live of {@code ephemeral_5m_input_tokens} cache writes: 5 minutes. */
  public static final Duration CACHE_WRITE_5M = Duration.ofMinutes(5);
  /** The time-to-live of {@code ephemeral_1h_input_tokens} cache writes: 1 hour. */
  public static final Duration CACHE_WRITE_1H = Duration.ofHours(1);

  private static final String USAGE = "Usage.";
  private static final AnthropicUsages STRICT = new AnthropicUsages(null, false);

  private final @Nullable Duration cacheWriteTtl;
  private final boolean ignoreServerToolUse;

  private AnthropicUsages(@Nullable Duration cacheWriteTtl, boolean ignoreServerToolUse) {
    this.cacheWriteTtl = cacheWriteTtl;
    this.ignoreServerToolUse = ignoreServerToolUse;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the default mapping, the strict one: every rule of the class description applies.
   *
   * @return the mapping, not null
   */
  public static AnthropicUsages defaults() {
    return STRICT;
  }

  /**
   * Returns a copy of this mapping that gives cache writes reported without their time-to-live
   * split ({@code cache_creation} absent) the time-to-live the application's
   * {@code cache_control} sets, such as {@link #CACHE_WRITE_5M} (the API's default).
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param ttl the time-to-live of every cache write without a split, positive, not null
   * @return the new mapping, not null
   * @throws IllegalArgumentException if the time-to-live is not positive
   */
  public AnthropicUsages withCacheWriteTtl(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("Cache time-to-live must be positive: " + ttl);
    }
    return new AnthropicUsages(ttl, ignoreServerToolUse);
  }

  /**
   * Returns a copy of this mapping that accepts web search requests, leaving their per-search fee
   * for the caller to account for: the usage then prices the tokens only.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @return the new mapping, not null
   */
  public AnthropicUsages ignoringServerToolUse() {
    return new AnthropicUsages(cacheWriteTtl, true);
  }

  /**
   * Returns the time-to-live given to cache writes reported without their split.
   *
   * @return the time-to-live, or empty when such writes are refused
   */
  public Optional<Duration> cacheWriteTtl() {
    return Optional.ofNullable(cacheWriteTtl);
  }

  /**
   * Checks if web search requests are accepted, their fee left to the caller.
   *
   * @return true if server tool use is ignored
   */
  public boolean isIgnoringServerToolUse() {
    return ignoreServerToolUse;
  }

  //-----------------------------------------------------------------------
  /**
   * Converts the usage of a Messages API response to an {@link ApiUsage}.
   *
   * @param message the response, not null
   * @return the usage, not null
   * @throws UnmappableUsageException if the usage cannot be mapped exactly (see the class
   *     description)
   * @throws ArithmeticException if the input, cache reads and cache writes overflow a
   *     {@code long} when added
   */
  public ApiUsage toApiUsage(Message message) {
    Objects.requireNonNull(message, "message");
    Usage usage = message._usage().asKnown().orElseThrow(
        () -> new UnmappableUsageException("Message.usage", "is required", "missing"));
    return toApiUsage(usage);
  }

  /**
   * Converts a Messages API usage to an {@link ApiUsage}.
   *
   * @param usage the usage, not null
   * @return the usage, batched when its service tier is {@code batch}, not null
   * @throws UnmappableUsageException if the usage cannot be mapped exactly (see the class
   *     description)
   * @throws ArithmeticException if the input, cache reads and cache writes overflow a
   *     {@code long} when added
   */
  public ApiUsage toApiUsage(Usage usage) {
    Objects.requireNonNull(usage, "usage");
    UsageFields.Builder b = UsageFields.builder(USAGE);
    put(b, "input_tokens", usage._inputTokens());
    put(b, "output_tokens", usage._outputTokens());
    put(b, "cache_read_input_tokens", usage._cacheReadInputTokens());
    put(b, "cache_creation_input_tokens", usage._cacheCreationInputTokens());
    usage._cacheCreation().asKnown().ifPresent(split -> {
      put(b, "cache_creation.ephemeral_5m_input_tokens", split._ephemeral5mInputTokens());
      put(b, "cache_creation.ephemeral_1h_input_tokens", split._ephemeral1hInputTokens());
    });
    usage._outputTokensDetails().asKnown().ifPresent(details ->
        put(b, "output_tokens_details.thinking_tokens", details._thinkingTokens()));
    if (!ignoreServerToolUse) {
      usage._serverToolUse().asKnown().ifPresent(tools ->
          put(b, "server_tool_use.web_search_requests", tools._webSearchRequests()));
    }
    usage.speed().ifPresent(speed -> b.text("speed", speed.asString()));
    usage.inferenceGeo().ifPresent(geo -> b.text("inference_geo", geo));
    usage.serviceTier().ifPresent(tier -> b.text("service_tier", tier.asString()));
    if (cacheWriteTtl != null) {
      b.unsplitCacheWriteTtl(cacheWriteTtl);
    }
    return ApiResponseFormat.ANTHROPIC_MESSAGES.toApiUsage(b.build());
  }

  /** Gives a count as the SDK holds it: a value, JSON null, or missing (not given). */
  private static void put(UsageFields.Builder b, String name, JsonField<Long> field) {
    if (field.isNull()) {
      b.nullValue(name);
    } else {
      field.asKnown().ifPresent(v -> b.count(name, v));
    }
  }

  /**
   * Returns the text form, such as {@code AnthropicUsages[strict]} or
   * {@code AnthropicUsages[cacheWriteTtl=PT5M, ignoringServerToolUse]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (cacheWriteTtl == null && !ignoreServerToolUse) {
      return "AnthropicUsages[strict]";
    }
    StringBuilder b = new StringBuilder("AnthropicUsages[");
    if (cacheWriteTtl != null) {
      b.append("cacheWriteTtl=").append(cacheWriteTtl);
    }
    if (ignoreServerToolUse) {
      b.append(cacheWriteTtl != null ? ", " : "").append("ignoringServerToolUse");
    }
    return b.append(']').toString();
  }
}
