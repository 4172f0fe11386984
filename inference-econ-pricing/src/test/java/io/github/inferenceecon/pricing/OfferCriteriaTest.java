/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link OfferCriteria}: defaults, the mix rule and value behaviour. */
final class OfferCriteriaTest {

  private static final TokenCount TOKENS_3M = TokenCount.ofMillions(3);
  private static final TokenCount TOKENS_1M = TokenCount.ofMillions(1);

  @Test
  void of_hasNoFiltersAndUsd() {
    OfferCriteria criteria = OfferCriteria.of(TOKENS_3M, TOKENS_1M);
    assertThat(criteria.currency()).isEqualTo(Money.USD);
    assertThat(criteria.providers()).isEmpty();
    assertThat(criteria.isOpenWeightsOnly()).isFalse();
    assertThat(criteria.isBatch()).isFalse();
    assertThat(criteria.minContextWindow()).isEmpty();
    assertThat(criteria.asOf()).isEmpty();
    assertThat(criteria.totalTokens()).isEqualTo(TokenCount.ofMillions(4));
  }

  @Test
  void of_emptyMix_throws() {
    assertThatThrownBy(() -> OfferCriteria.of(TokenCount.ZERO, TokenCount.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Offer token mix must not be empty: 0 tokens + 0 tokens");
  }

  @Test
  void of_outputOnly_isAllowed() {
    assertThat(OfferCriteria.of(TokenCount.ZERO, TOKENS_1M).totalTokens()).isEqualTo(TOKENS_1M);
  }

  @Test
  void builder_nulls_throw() {
    assertThatThrownBy(() -> OfferCriteria.builder().inputTokens(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> OfferCriteria.builder().inputTokens(TOKENS_1M).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equals_andJson_roundTrip() throws Exception {
    OfferCriteria criteria = OfferCriteria.builder().inputTokens(TOKENS_3M).outputTokens(TOKENS_1M)
        .addProviders("groq").openWeightsOnly(true).batch(true)
        .minContextWindow(TokenCount.of(131_072)).asOf(LocalDate.of(2025, 6, 1)).build();
    ObjectMapper mapper = InferenceEconJson.newMapper();
    OfferCriteria read = mapper.readValue(mapper.writeValueAsString(criteria),
        OfferCriteria.class);
    assertThat(read).isEqualTo(criteria).hasSameHashCodeAs(criteria)
        .isNotEqualTo(OfferCriteria.of(TOKENS_3M, TOKENS_1M));
  }
}
