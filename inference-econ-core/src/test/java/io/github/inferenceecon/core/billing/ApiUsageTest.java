/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ApiUsageTest {

  static final Duration MINUTES_5 = Duration.ofMinutes(5);
  static final Duration HOUR_1 = Duration.ofHours(1);

  static final ApiUsage CACHED_10K = ApiUsage.builder()
      .inputTokens(TokenCount.of(10_000))
      .cachedInputTokens(TokenCount.of(8_000))
      .putCacheWriteTokens(MINUTES_5, TokenCount.of(500))
      .outputTokens(TokenCount.of(1_000))
      .reasoningTokens(TokenCount.of(300))
      .build();

  //-----------------------------------------------------------------------
  // factories and defaults
  @Test
  void of_longs_defaultsNothingCachedOnlineDefaultTier() {
    ApiUsage usage = ApiUsage.of(100, 20);

    assertThat(usage.inputTokens()).isEqualTo(TokenCount.of(100));
    assertThat(usage.outputTokens()).isEqualTo(TokenCount.of(20));
    assertThat(usage.cachedInputTokens()).isEqualTo(TokenCount.ZERO);
    assertThat(usage.cacheWriteTokens()).isEmpty();
    assertThat(usage.reasoningTokens()).isEqualTo(TokenCount.ZERO);
    assertThat(usage.isBatch()).isFalse();
    assertThat(usage.serviceTier()).isEmpty();
  }

  @Test
  void from_request_copiesCounts() {
    Request request = Request.builder().inputTokens(TokenCount.of(10)).outputTokens(
        TokenCount.of(5)).cachedInputTokens(TokenCount.of(4)).reasoningTokens(TokenCount.of(2))
        .build();

    ApiUsage usage = ApiUsage.from(request);

    assertThat(usage.cachedInputTokens()).isEqualTo(TokenCount.of(4));
    assertThat(usage.reasoningTokens()).isEqualTo(TokenCount.of(2));
    assertThat(usage.uncachedInputTokens()).isEqualTo(request.uncachedInputTokens());
  }

  @Test
  void fromExclusiveInput_sumsIntoInput() {
    // 2,000 uncached + 8,000 reads + 500 writes = 10,500 input.
    ApiUsage usage = ApiUsage.fromExclusiveInput(TokenCount.of(2_000), TokenCount.of(8_000),
        Map.of(MINUTES_5, TokenCount.of(500)), TokenCount.of(1_000));

    assertThat(usage.inputTokens()).isEqualTo(TokenCount.of(10_500));
    assertThat(usage.uncachedInputTokens()).isEqualTo(TokenCount.of(2_000));
  }

  //-----------------------------------------------------------------------
  // derived counts
  @Test
  void derivedCounts_subtractSubsets() {
    // 10,000 input - 8,000 reads - 500 writes = 1,500 uncached; 1,000 - 300 = 700 visible.
    assertThat(CACHED_10K.uncachedInputTokens()).isEqualTo(TokenCount.of(1_500));
    assertThat(CACHED_10K.totalCacheWriteTokens()).isEqualTo(TokenCount.of(500));
    assertThat(CACHED_10K.visibleOutputTokens()).isEqualTo(TokenCount.of(700));
    assertThat(CACHED_10K.totalTokens()).isEqualTo(TokenCount.of(11_000));
    // prefill computes everything not read from the cache, writes included: 10,000 - 8,000
    assertThat(CACHED_10K.computedInputTokens()).isEqualTo(TokenCount.of(2_000));
  }

  @Test
  void cacheWritesByTtl_sortedShortestFirst() {
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(10))
        .putCacheWriteTokens(HOUR_1, TokenCount.of(1))
        .putCacheWriteTokens(MINUTES_5, TokenCount.of(2))
        .outputTokens(TokenCount.ZERO).build();

    assertThat(usage.cacheWritesByTtl().keySet()).containsExactly(MINUTES_5, HOUR_1);
  }

  //-----------------------------------------------------------------------
  // operations
  @Test
  void plus_sameRoute_addsEveryCount() {
    ApiUsage sum = CACHED_10K.plus(ApiUsage.builder().inputTokens(TokenCount.of(100))
        .putCacheWriteTokens(HOUR_1, TokenCount.of(10))
        .putCacheWriteTokens(MINUTES_5, TokenCount.of(20))
        .outputTokens(TokenCount.of(7)).build());

    assertThat(sum.inputTokens()).isEqualTo(TokenCount.of(10_100));
    assertThat(sum.cacheWriteTokens()).isEqualTo(Map.of(MINUTES_5, TokenCount.of(520),
        HOUR_1, TokenCount.of(10)));
    assertThat(sum.outputTokens()).isEqualTo(TokenCount.of(1_007));
    assertThat(sum.reasoningTokens()).isEqualTo(TokenCount.of(300));
  }

  @Test
  void plus_differentRoutes_throws() {
    assertThatThrownBy(() -> ApiUsage.of(1, 1).plus(ApiUsage.of(1, 1).withBatch(true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Usages must share batch flag and service tier to be added: "
            + "online default/batch default");
    assertThatThrownBy(() -> ApiUsage.of(1, 1).plus(ApiUsage.of(1, 1).withServiceTier("flex")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusReasoningTokens_raisesOutputAndReasoning() {
    ApiUsage more = CACHED_10K.plusReasoningTokens(TokenCount.of(2_000));

    assertThat(more.outputTokens()).isEqualTo(TokenCount.of(3_000));
    assertThat(more.reasoningTokens()).isEqualTo(TokenCount.of(2_300));
    assertThat(more.visibleOutputTokens()).isEqualTo(CACHED_10K.visibleOutputTokens());
    assertThat(CACHED_10K.outputTokens()).isEqualTo(TokenCount.of(1_000));
  }

  @Test
  void withBatchAndTier_copies() {
    ApiUsage usage = CACHED_10K.withBatch(true).withServiceTier("flex");

    assertThat(usage.isBatch()).isTrue();
    assertThat(usage.serviceTier()).contains("flex");
    assertThat(CACHED_10K.isBatch()).isFalse();
  }

  //-----------------------------------------------------------------------
  // invalid input
  @Test
  void build_cachedAndWritesExceedInput_throws() {
    assertThatThrownBy(() -> ApiUsage.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000))
        .putCacheWriteTokens(MINUTES_5, TokenCount.of(3_000))
        .outputTokens(TokenCount.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cached and cache-write tokens must not exceed input tokens: "
            + "8000+3000/10000");
  }

  @Test
  void build_cachedExceedsInput_throws() {
    assertThatThrownBy(() -> ApiUsage.builder().inputTokens(TokenCount.of(5))
        .cachedInputTokens(TokenCount.of(6)).outputTokens(TokenCount.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cached and cache-write tokens must not exceed input tokens: 6+0/5");
  }

  @Test
  void build_reasoningExceedsOutput_throws() {
    assertThatThrownBy(() -> ApiUsage.builder().inputTokens(TokenCount.ZERO)
        .outputTokens(TokenCount.of(5)).reasoningTokens(TokenCount.of(6)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Reasoning tokens must not exceed output tokens: 6/5");
  }

  @Test
  void build_nonPositiveTtl_throws() {
    assertThatThrownBy(() -> ApiUsage.builder().inputTokens(TokenCount.of(5))
        .putCacheWriteTokens(Duration.ZERO, TokenCount.of(1)).outputTokens(TokenCount.ZERO)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache time-to-live must be positive: PT0S");
  }

  @Test
  void build_blankTier_throws() {
    assertThatThrownBy(() -> ApiUsage.of(1, 1).withServiceTier(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Service tier must not be blank: ' '");
  }

  @Test
  void of_negativeCount_throws() {
    assertThatThrownBy(() -> ApiUsage.of(-5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token count must not be negative: -5");
  }

  @Test
  void builder_missingRequired_throwsIllegalState() {
    assertThatThrownBy(() -> ApiUsage.builder().inputTokens(TokenCount.of(1)).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void methods_nulls_throw() {
    assertThatThrownBy(() -> ApiUsage.of(null, TokenCount.ZERO))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ApiUsage.from(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("request");
    assertThatThrownBy(() -> CACHED_10K.plus(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("other");
    assertThatThrownBy(() -> CACHED_10K.plusReasoningTokens(null))
        .isInstanceOf(NullPointerException.class).hasMessage("extra");
    assertThatThrownBy(() -> CACHED_10K.withServiceTier(null))
        .isInstanceOf(NullPointerException.class).hasMessage("tier");
    assertThatThrownBy(() -> ApiUsage.fromExclusiveInput(TokenCount.ZERO, TokenCount.ZERO, null,
        TokenCount.ZERO)).isInstanceOf(NullPointerException.class).hasMessage("cacheWrites");
  }

  @Test
  void sum_overflow_throwsArithmetic() {
    ApiUsage big = ApiUsage.of(Long.MAX_VALUE, 0);

    assertThatThrownBy(() -> big.plus(ApiUsage.of(1, 0)))
        .isInstanceOf(ArithmeticException.class);
  }

  //-----------------------------------------------------------------------
  // value semantics
  @Test
  void equals_sameCounts_equalAndSameHash() {
    ApiUsage copy = ApiUsage.builder().from(CACHED_10K).build();

    assertThat(copy).isEqualTo(CACHED_10K).hasSameHashCodeAs(CACHED_10K);
    assertThat(copy).isNotEqualTo(CACHED_10K.withBatch(true));
  }

  @Test
  void toString_readsLikeAUsageLine() {
    assertThat(CACHED_10K.withBatch(true).withServiceTier("flex").toString()).isEqualTo(
        "10000 input tokens (8000 cache reads, 500 cache writes PT5M), 1000 output tokens "
            + "(300 reasoning), batch, tier 'flex'");
    assertThat(ApiUsage.of(3, 4).toString()).isEqualTo("3 input tokens, 4 output tokens");
  }

  @Test
  void json_roundTrips() {
    ApiUsage usage = CACHED_10K.withServiceTier("priority");

    assertThat(CostTesting.json(usage)).contains("\"cacheWriteTokens\":{\"PT5M\":500}");
    assertThat(CostTesting.roundTrip(usage, ApiUsage.class)).isEqualTo(usage);
  }

  @Test
  void json_defaultsOmitted_readBack() throws Exception {
    ApiUsage usage = CostTesting.MAPPER.readValue(
        "{\"inputTokens\": 10, \"outputTokens\": 2}", ApiUsage.class);

    assertThat(usage).isEqualTo(ApiUsage.of(10, 2));
  }

  @Test
  void json_cachedExceedsInput_failsToRead() {
    assertThatThrownBy(() -> CostTesting.MAPPER.readValue(
        "{\"inputTokens\": 1, \"outputTokens\": 2, \"cachedInputTokens\": 5}", ApiUsage.class))
        .hasMessageContaining("Cached and cache-write tokens must not exceed input tokens: 5+0/1");
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableApiUsage.class);
  }
}
