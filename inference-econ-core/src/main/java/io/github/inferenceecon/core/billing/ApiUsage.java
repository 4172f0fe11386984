/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The token counts of one API request or of a usage record, such as '10,000 input tokens (8,000
 * of them cache reads) and 1,000 output tokens'.
 *
 * <p>The counting convention: cached-input reads and cache writes are <em>subsets</em> of the
 * input tokens, and reasoning tokens a subset of the output tokens. A token is therefore never
 * counted twice: the uncached input is {@code input - cached - cache writes} and the visible
 * output is {@code output - reasoning}. Usage records that report cache reads and writes apart
 * from the input (as Anthropic's Messages API does) convert with
 * {@link #fromExclusiveInput(TokenCount, TokenCount, Map, TokenCount)}.
 *
 * <p>The model also says whether the request went through a provider's batch API and which named
 * service tier (such as {@code priority} or {@code flex}) served it.
 *
 * <p>A long-context threshold applies per request: when a usage record sums many requests, price
 * each request and add the costs if any of them could cross a price card's long-context
 * threshold.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApiUsage.class)
@JsonDeserialize(as = ImmutableApiUsage.class)
public abstract class ApiUsage {

  ApiUsage() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableApiUsage.builder();
  }

  /**
   * Builds an {@link ApiUsage}; input and output tokens are required.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(ApiUsage instance);

    /**
     * Sets all input (prompt) tokens, cache reads and cache writes included. Required (see
     * {@link ApiUsage#inputTokens() inputTokens}).
     *
     * @param inputTokens the input tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code inputTokens} is null
     */
    public abstract Builder inputTokens(TokenCount inputTokens);

    /**
     * Sets all output (generated) tokens, reasoning included. Required (see
     * {@link ApiUsage#outputTokens() outputTokens}).
     *
     * @param outputTokens the output tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code outputTokens} is null
     */
    public abstract Builder outputTokens(TokenCount outputTokens);

    /**
     * Sets the input tokens read from a prompt cache, a subset of the input; zero by default.
     * Optional (see {@link ApiUsage#cachedInputTokens() cachedInputTokens}).
     *
     * @param cachedInputTokens the cached input tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code cachedInputTokens} is null
     */
    public abstract Builder cachedInputTokens(TokenCount cachedInputTokens);

    /**
     * Adds an entry to {@link ApiUsage#cacheWriteTokens() cacheWriteTokens}.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    public abstract Builder putCacheWriteTokens(Duration key, TokenCount value);

    /**
     * Sets the input tokens written to a prompt cache, by the cache entry's time-to-live (such as 5
     * minutes or 1 hour); a subset of the input, none by default. Replaces any entries added
     * before. Optional: if not set, {@link ApiUsage#cacheWriteTokens() cacheWriteTokens} is empty.
     *
     * @param entries the cache-write tokens by positive time-to-live, not null, no key or value
     *     null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder cacheWriteTokens(Map<? extends Duration, ? extends TokenCount> entries);

    /**
     * Adds the entries of a map to {@link ApiUsage#cacheWriteTokens() cacheWriteTokens}, after
     * those already added.
     *
     * @param entries the entries, not null, no key or value null
     * @return this builder, not null
     * @throws NullPointerException if {@code entries} or one of its keys or values is null
     */
    public abstract Builder putAllCacheWriteTokens(
        Map<? extends Duration, ? extends TokenCount> entries);

    /**
     * Sets the output tokens spent on hidden reasoning, a subset of the output; zero by default.
     * Optional (see {@link ApiUsage#reasoningTokens() reasoningTokens}).
     *
     * @param reasoningTokens the reasoning tokens, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code reasoningTokens} is null
     */
    public abstract Builder reasoningTokens(TokenCount reasoningTokens);

    /**
     * Sets whether the request went through the provider's batch API; false by default. Optional
     * (see {@link ApiUsage#isBatch() batch}).
     *
     * @param batch true if batched
     * @return this builder, not null
     */
    public abstract Builder batch(boolean batch);

    /**
     * Sets the named service tier that served the request, such as {@code priority} or
     * {@code flex}; empty for the default tier. Optional: if not set,
     * {@link ApiUsage#serviceTier() serviceTier} is empty.
     *
     * @param serviceTier the tier name, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code serviceTier} is null
     */
    public abstract Builder serviceTier(String serviceTier);

    /**
     * Sets {@link ApiUsage#serviceTier() serviceTier} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param serviceTier the tier name, not blank, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code serviceTier} is null
     */
    public abstract Builder serviceTier(Optional<String> serviceTier);

    /**
     * Builds the {@link ApiUsage}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link ApiUsage} (the message
     *     names the field, the value and the rule)
     */
    public abstract ApiUsage build();
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a usage with input and output tokens only: nothing cached, no reasoning, not batched,
   * default service tier.
   *
   * @param inputTokens the input tokens, not null
   * @param outputTokens the output tokens, not null
   * @return the usage, not null
   */
  public static ApiUsage of(TokenCount inputTokens, TokenCount outputTokens) {
    return builder().inputTokens(inputTokens).outputTokens(outputTokens).build();
  }

  /**
   * Obtains a usage with input and output token counts only.
   *
   * @param inputTokens the number of input tokens, not negative
   * @param outputTokens the number of output tokens, not negative
   * @return the usage, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static ApiUsage of(long inputTokens, long outputTokens) {
    return of(TokenCount.of(inputTokens), TokenCount.of(outputTokens));
  }

  /**
   * Obtains the usage of a workload request: its input, output, cached-input and reasoning
   * tokens; no cache writes, not batched, default service tier.
   *
   * @param request the request, not null
   * @return the usage, not null
   */
  public static ApiUsage from(Request request) {
    Objects.requireNonNull(request, "request");
    return builder()
        .inputTokens(request.inputTokens())
        .outputTokens(request.outputTokens())
        .cachedInputTokens(request.cachedInputTokens())
        .reasoningTokens(request.reasoningTokens())
        .build();
  }

  /**
   * Obtains a usage from counts that report cache reads and cache writes apart from the uncached
   * input, adding them up into the input tokens.
   *
   * <p>Anthropic's Messages API, for example, reports {@code input_tokens} (uncached),
   * {@code cache_read_input_tokens} and {@code cache_creation_input_tokens} separately; the
   * input of this usage is their sum.
   *
   * @param uncachedInput the input tokens neither read from nor written to a cache, not null
   * @param cacheReads the input tokens read from a cache, not null
   * @param cacheWrites the input tokens written to a cache, by time-to-live, not null
   * @param output the output tokens, reasoning included, not null
   * @return the usage, not null
   * @throws IllegalArgumentException if a time-to-live is not positive
   * @throws ArithmeticException if the input total overflows a {@code long}
   */
  public static ApiUsage fromExclusiveInput(TokenCount uncachedInput, TokenCount cacheReads,
      Map<Duration, TokenCount> cacheWrites, TokenCount output) {
    Objects.requireNonNull(uncachedInput, "uncachedInput");
    Objects.requireNonNull(cacheReads, "cacheReads");
    Objects.requireNonNull(cacheWrites, "cacheWrites");
    TokenCount input = uncachedInput.plus(cacheReads).plus(TokenCount.total(cacheWrites.values()));
    return builder().inputTokens(input).outputTokens(output).cachedInputTokens(cacheReads)
        .cacheWriteTokens(cacheWrites).build();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns all input (prompt) tokens, cache reads and cache writes included.
   *
   * @return the input tokens, not null
   */
  public abstract TokenCount inputTokens();

  /**
   * Returns all output (generated) tokens, reasoning included.
   *
   * @return the output tokens, not null
   */
  public abstract TokenCount outputTokens();

  /**
   * Returns the input tokens read from a prompt cache, a subset of the input; zero by default.
   *
   * @return the cached input tokens, not null
   */
  @Value.Default
  public TokenCount cachedInputTokens() {
    return TokenCount.ZERO;
  }

  /**
   * Returns the input tokens written to a prompt cache, by the cache entry's time-to-live (such
   * as 5 minutes or 1 hour); a subset of the input, none by default.
   *
   * @return the cache-write tokens by positive time-to-live, not null
   */
  public abstract Map<Duration, TokenCount> cacheWriteTokens();

  /**
   * Returns the output tokens spent on hidden reasoning, a subset of the output; zero by default.
   *
   * @return the reasoning tokens, not null
   */
  @Value.Default
  public TokenCount reasoningTokens() {
    return TokenCount.ZERO;
  }

  /**
   * Checks if the request went through the provider's batch API; false by default.
   *
   * @return true if batched
   */
  @Value.Default
  public boolean isBatch() {
    return false;
  }

  /**
   * Returns the named service tier that served the request, such as {@code priority} or
   * {@code flex}; empty for the default tier.
   *
   * @return the tier name, not blank, or empty
   */
  public abstract Optional<String> serviceTier();

  //-----------------------------------------------------------------------
  /**
   * Returns the cache-write tokens ordered by time-to-live, shortest first.
   *
   * @return the cache-write tokens, sorted, not null
   */
  @JsonIgnore
  public SortedMap<Duration, TokenCount> cacheWritesByTtl() {
    // most requests write nothing to a cache: no tree for them (every cost asks for this map)
    return cacheWriteTokens().isEmpty() ? Collections.emptySortedMap()
        : Collections.unmodifiableSortedMap(new TreeMap<>(cacheWriteTokens()));
  }

  /**
   * Returns all cache-write tokens, whatever their time-to-live.
   *
   * @return the total, not null
   */
  @JsonIgnore
  public TokenCount totalCacheWriteTokens() {
    // asked several times per cost; most requests write nothing to a cache
    return cacheWriteTokens().isEmpty() ? TokenCount.ZERO
        : TokenCount.total(cacheWriteTokens().values());
  }

  /**
   * Returns the input tokens neither read from nor written to a cache: input minus cache reads
   * minus cache writes.
   *
   * @return the uncached input tokens, not null
   */
  @JsonIgnore
  public TokenCount uncachedInputTokens() {
    return computedInputTokens().minus(totalCacheWriteTokens());
  }

  /**
   * Returns the input tokens a self-hosted model would compute (prefill): input minus cache
   * reads. Cache writes are computed, so they count.
   *
   * @return the computed input tokens, not null
   */
  @JsonIgnore
  public TokenCount computedInputTokens() {
    return inputTokens().minus(cachedInputTokens());
  }

  /**
   * Returns the output tokens that are not reasoning: output minus reasoning.
   *
   * @return the visible output tokens, not null
   */
  @JsonIgnore
  public TokenCount visibleOutputTokens() {
    return outputTokens().minus(reasoningTokens());
  }

  /**
   * Returns all tokens: input plus output.
   *
   * @return the total, not null
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  @JsonIgnore
  public TokenCount totalTokens() {
    return inputTokens().plus(outputTokens());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this usage with another usage added, count by count, such as the usage of
   * two requests.
   *
   * <p>Both must use the same purchase route (batch or not) and service tier. This instance is
   * immutable and unaffected by this method.
   *
   * @param other the usage to add, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the batch flags or service tiers differ
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public ApiUsage plus(ApiUsage other) {
    Objects.requireNonNull(other, "other");
    if (other.isBatch() != isBatch() || !other.serviceTier().equals(serviceTier())) {
      throw new IllegalArgumentException("Usages must share batch flag and service tier to be "
          + "added: " + describeRoute() + "/" + other.describeRoute());
    }
    Map<Duration, TokenCount> writes = new TreeMap<>(cacheWriteTokens());
    other.cacheWriteTokens().forEach((ttl, n) -> writes.merge(ttl, n, TokenCount::plus));
    return builder().from(this)
        .inputTokens(inputTokens().plus(other.inputTokens()))
        .outputTokens(outputTokens().plus(other.outputTokens()))
        .cachedInputTokens(cachedInputTokens().plus(other.cachedInputTokens()))
        .cacheWriteTokens(writes)
        .reasoningTokens(reasoningTokens().plus(other.reasoningTokens()))
        .build();
  }

  /**
   * Returns a copy of this usage with extra reasoning tokens, added to both the reasoning and the
   * output tokens, as a reasoning model spends more tokens on the same query.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param extra the extra reasoning tokens, not null
   * @return the new instance, not null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public ApiUsage plusReasoningTokens(TokenCount extra) {
    Objects.requireNonNull(extra, "extra");
    return builder().from(this)
        .outputTokens(outputTokens().plus(extra))
        .reasoningTokens(reasoningTokens().plus(extra))
        .build();
  }

  /**
   * Returns a copy of this usage sent through the batch API, or not.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param batch true for the batch API
   * @return the new instance, not null
   */
  public ApiUsage withBatch(boolean batch) {
    return builder().from(this).batch(batch).build();
  }

  /**
   * Returns a copy of this usage served by a named service tier.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param tier the tier name, such as {@code priority}, not blank, not null
   * @return the new instance, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public ApiUsage withServiceTier(String tier) {
    Objects.requireNonNull(tier, "tier");
    return builder().from(this).serviceTier(tier).build();
  }

  private String describeRoute() {
    return (isBatch() ? "batch" : "online") + " " + serviceTier().orElse("default");
  }

  /**
   * Returns the text form, such as
   * {@code 10000 input tokens (8000 cache reads), 1000 output tokens}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(inputTokens().count()).append(" input tokens");
    StringBuilder parts = new StringBuilder();
    if (!cachedInputTokens().isZero()) {
      parts.append(cachedInputTokens().count()).append(" cache reads");
    }
    cacheWritesByTtl().forEach((ttl, n) -> {
      if (parts.length() > 0) {
        parts.append(", ");
      }
      parts.append(n.count()).append(" cache writes ").append(ttl);
    });
    if (parts.length() > 0) {
      b.append(" (").append(parts).append(')');
    }
    b.append(", ").append(outputTokens().count()).append(" output tokens");
    if (!reasoningTokens().isZero()) {
      b.append(" (").append(reasoningTokens().count()).append(" reasoning)");
    }
    if (isBatch()) {
      b.append(", batch");
    }
    serviceTier().ifPresent(t -> b.append(", tier '").append(t).append('\''));
    return b.toString();
  }

  @Value.Check
  protected final void check() {
    for (Map.Entry<Duration, TokenCount> e : cacheWriteTokens().entrySet()) {
      if (e.getKey().isZero() || e.getKey().isNegative()) {
        throw new IllegalArgumentException("Cache time-to-live must be positive: " + e.getKey());
      }
    }
    TokenCount cachedAndWritten = cachedInputTokens().plus(totalCacheWriteTokens());
    if (cachedAndWritten.isGreaterThan(inputTokens())) {
      throw new IllegalArgumentException("Cached and cache-write tokens must not exceed input "
          + "tokens: " + cachedInputTokens().count() + "+" + totalCacheWriteTokens().count()
          + "/" + inputTokens().count());
    }
    if (reasoningTokens().isGreaterThan(outputTokens())) {
      throw new IllegalArgumentException("Reasoning tokens must not exceed output tokens: "
          + reasoningTokens().count() + "/" + outputTokens().count());
    }
    serviceTier().ifPresent(t -> {
      if (t.isBlank()) {
        throw new IllegalArgumentException("Service tier must not be blank: '" + t + "'");
      }
    });
  }
}
