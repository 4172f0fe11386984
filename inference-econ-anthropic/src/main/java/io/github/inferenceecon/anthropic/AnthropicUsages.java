/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.anthropic;

import com.anthropic.core.JsonField;
import com.anthropic.models.messages.CacheCreation;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.OutputTokensDetails;
import com.anthropic.models.messages.ServerToolUsage;
import com.anthropic.models.messages.Usage;
import io.github.inferenceecon.core.UnmappableUsageException;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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
 * <p>A usage that cannot be mapped exactly is refused with an {@link UnmappableUsageException}
 * naming the field and the rule, never mapped with a guessed zero:
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
    long input = count(usage._inputTokens(), USAGE + "input_tokens");
    long output = count(usage._outputTokens(), USAGE + "output_tokens");
    long reads = nullableCount(usage._cacheReadInputTokens(), USAGE + "cache_read_input_tokens");
    Map<Duration, TokenCount> writes = cacheWrites(usage);
    checkSurcharges(usage);

    // Anthropic counts cache reads and writes apart from input_tokens: the input is the sum
    // (the rule of ApiUsage.fromExclusiveInput, built here in one go with the other counts).
    long written = 0;
    for (TokenCount w : writes.values()) {
      written += w.count();
    }
    ApiUsage.Builder b = ApiUsage.builder()
        .inputTokens(TokenCount.of(Math.addExact(Math.addExact(input, reads), written)))
        .cachedInputTokens(TokenCount.of(reads))
        .cacheWriteTokens(writes)
        .outputTokens(TokenCount.of(output));
    reasoning(usage, output).ifPresent(b::reasoningTokens);
    Optional<String> tier = usage.serviceTier().map(Usage.ServiceTier::asString);
    if (tier.isPresent()) {
      String name = tier.get();
      if (name.equals("batch")) {
        b.batch(true);
      } else if (name.isBlank()) {
        throw new UnmappableUsageException(USAGE + "service_tier", "must not be blank",
            "'" + name + "'");
      } else if (!name.equals("standard")) {
        b.serviceTier(name);
      }
    }
    return b.build();
  }

  private Map<Duration, TokenCount> cacheWrites(Usage usage) {
    String totalField = USAGE + "cache_creation_input_tokens";
    long total = nullableCount(usage._cacheCreationInputTokens(), totalField);
    Map<Duration, TokenCount> writes = new TreeMap<>();
    Optional<CacheCreation> split = usage._cacheCreation().asKnown();
    if (split.isPresent()) {
      String field = USAGE + "cache_creation.";
      long fiveMinutes = count(split.get()._ephemeral5mInputTokens(),
          field + "ephemeral_5m_input_tokens");
      long oneHour = count(split.get()._ephemeral1hInputTokens(),
          field + "ephemeral_1h_input_tokens");
      if (fiveMinutes + oneHour != total) {
        throw new UnmappableUsageException(USAGE + "cache_creation", "must add up to "
            + totalField, fiveMinutes + " + " + oneHour + " != " + total);
      }
      put(writes, CACHE_WRITE_5M, fiveMinutes);
      put(writes, CACHE_WRITE_1H, oneHour);
    } else if (total > 0) {
      if (cacheWriteTtl == null) {
        throw new UnmappableUsageException(USAGE + "cache_creation", "is required when "
            + totalField + " is not zero, because the price depends on the time-to-live (or "
            + "name it with AnthropicUsages.withCacheWriteTtl)", "missing");
      }
      put(writes, cacheWriteTtl, total);
    }
    return writes;
  }

  private static void put(Map<Duration, TokenCount> writes, Duration ttl, long tokens) {
    if (tokens > 0) {
      writes.put(ttl, TokenCount.of(tokens));
    }
  }

  private static Optional<TokenCount> reasoning(Usage usage, long output) {
    Optional<OutputTokensDetails> details = usage._outputTokensDetails().asKnown();
    if (details.isEmpty()) {
      return Optional.empty();
    }
    String field = USAGE + "output_tokens_details.thinking_tokens";
    long thinking = count(details.get()._thinkingTokens(), field);
    if (thinking > output) {
      throw new UnmappableUsageException(field, "must not exceed " + USAGE
          + "output_tokens, which include it", thinking + " > " + output);
    }
    return Optional.of(TokenCount.of(thinking));
  }

  private void checkSurcharges(Usage usage) {
    Optional<ServerToolUsage> tools = usage._serverToolUse().asKnown();
    if (tools.isPresent() && !ignoreServerToolUse) {
      String field = USAGE + "server_tool_use.web_search_requests";
      long searches = nullableCount(tools.get()._webSearchRequests(), field);
      if (searches > 0) {
        throw new UnmappableUsageException(field, "must be zero: web searches are billed per "
            + "request on top of the tokens, which ApiUsage cannot express (or leave their fee "
            + "to the caller with AnthropicUsages.ignoringServerToolUse)", Long.toString(searches));
      }
    }
    Optional<String> speed = usage.speed().map(Usage.Speed::asString);
    if (speed.isPresent() && !speed.get().equals("standard")) {
      throw new UnmappableUsageException(USAGE + "speed", "must be 'standard': other speeds "
          + "are billed at their own rates, which ApiUsage cannot express",
          "'" + speed.get() + "'");
    }
    Optional<String> geo = usage.inferenceGeo();
    if (geo.isPresent() && !geo.get().equals("global")) {
      throw new UnmappableUsageException(USAGE + "inference_geo", "must be 'global': "
          + "geography-restricted inference is billed at a premium, which ApiUsage cannot "
          + "express", "'" + geo.get() + "'");
    }
  }

  //-----------------------------------------------------------------------
  private static long count(JsonField<Long> field, String name) {
    Long value = field.asKnown().orElseThrow(
        () -> new UnmappableUsageException(name, "is required", "missing"));
    if (value < 0) {
      throw new UnmappableUsageException(name, "must not be negative", Long.toString(value));
    }
    return value;
  }

  private static long nullableCount(JsonField<Long> field, String name) {
    return field.isNull() ? 0 : count(field, name);
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
