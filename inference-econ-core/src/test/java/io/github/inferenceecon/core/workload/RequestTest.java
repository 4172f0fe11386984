/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.inferenceecon.core.units.TokenCount;
import org.junit.jupiter.api.Test;

final class RequestTest {

  private static final TokenCount TOKENS_10K = TokenCount.of(10_000);
  private static final TokenCount TOKENS_8K = TokenCount.of(8_000);
  private static final TokenCount TOKENS_1K = TokenCount.of(1_000);
  private static final TokenCount TOKENS_600 = TokenCount.of(600);

  /** 10,000 input tokens of which 8,000 cached; 1,000 output of which 600 reasoning. */
  private static Request.Builder cachedAndReasoning() {
    return Request.builder().inputTokens(TOKENS_10K).cachedInputTokens(TOKENS_8K)
        .outputTokens(TOKENS_1K).reasoningTokens(TOKENS_600);
  }

  //-----------------------------------------------------------------------
  // of
  @Test
  void of_counts_nothingCachedNoReasoning() {
    Request r = Request.of(10_000, 1_000);

    assertThat(r.inputTokens()).isEqualTo(TOKENS_10K);
    assertThat(r.outputTokens()).isEqualTo(TOKENS_1K);
    assertThat(r.cachedInputTokens()).isEqualTo(TokenCount.ZERO);
    assertThat(r.reasoningTokens()).isEqualTo(TokenCount.ZERO);
    assertThat(r).isEqualTo(Request.of(TOKENS_10K, TOKENS_1K));
  }

  @Test
  void of_negativeCount_throws() {
    assertThatThrownBy(() -> Request.of(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token count must not be negative: -1");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> Request.of(null, TOKENS_1K)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Request.of(TOKENS_1K, null)).isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // derived counts
  @Test
  void uncachedInputTokens_isInputMinusCached() {
    assertThat(cachedAndReasoning().build().uncachedInputTokens())
        .isEqualTo(TokenCount.of(2_000));
  }

  @Test
  void visibleOutputTokens_isOutputMinusReasoning() {
    assertThat(cachedAndReasoning().build().visibleOutputTokens()).isEqualTo(TokenCount.of(400));
  }

  @Test
  void totalTokens_isInputPlusOutputCountingNothingTwice() {
    assertThat(cachedAndReasoning().build().totalTokens()).isEqualTo(TokenCount.of(11_000));
  }

  @Test
  void totalTokens_overflow_throwsArithmetic() {
    Request huge = Request.of(Long.MAX_VALUE, 1);

    assertThatThrownBy(huge::totalTokens).isInstanceOf(ArithmeticException.class);
  }

  //-----------------------------------------------------------------------
  // invalid input
  @Test
  void check_moreCachedThanInput_throws() {
    assertThatThrownBy(() -> Request.builder().inputTokens(TokenCount.of(4))
        .outputTokens(TokenCount.ZERO).cachedInputTokens(TokenCount.of(5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cached input tokens must not exceed input tokens: 5/4");
  }

  @Test
  void check_allInputCached_isAllowed() {
    Request r = cachedAndReasoning().cachedInputTokens(TOKENS_10K).build();

    assertThat(r.uncachedInputTokens()).isEqualTo(TokenCount.ZERO);
  }

  @Test
  void check_moreReasoningThanOutput_throws() {
    assertThatThrownBy(() -> Request.builder().inputTokens(TokenCount.ZERO)
        .outputTokens(TokenCount.of(1)).reasoningTokens(TokenCount.of(2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Reasoning tokens must not exceed output tokens: 2/1");
  }

  @Test
  void check_allOutputReasoning_isAllowed() {
    assertThat(cachedAndReasoning().reasoningTokens(TOKENS_1K).build().visibleOutputTokens())
        .isEqualTo(TokenCount.ZERO);
  }

  @Test
  void builder_missingOutput_throwsIllegalState() {
    assertThatThrownBy(() -> Request.builder().inputTokens(TOKENS_1K).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outputTokens");
  }

  //-----------------------------------------------------------------------
  // equals, immutability, JSON
  @Test
  void equals_sameCounts_equal() {
    assertEqualsContract(cachedAndReasoning().build(), cachedAndReasoning().build(),
        Request.of(10_000, 1_000));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(Request.class, cachedAndReasoning().build());
  }

  @Test
  void json_countsAsNumbers() {
    assertThat(toJson(cachedAndReasoning().build())).isEqualTo("{\"inputTokens\":10000,"
        + "\"outputTokens\":1000,\"cachedInputTokens\":8000,\"reasoningTokens\":600}");
  }

  @Test
  void json_roundTrips() {
    Request r = cachedAndReasoning().build();

    assertThat(jsonRoundTrip(r, Request.class)).isEqualTo(r);
  }

  @Test
  void json_moreCachedThanInput_failsTheRule() {
    assertThatThrownBy(() -> fromJson("{\"inputTokens\":4,\"outputTokens\":0,"
        + "\"cachedInputTokens\":5}", Request.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Cached input tokens must not exceed input tokens: 5/4");
  }
}
