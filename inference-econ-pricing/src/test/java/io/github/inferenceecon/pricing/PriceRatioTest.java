/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static io.github.inferenceecon.pricing.PricingGenerators.datedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.money.TokenPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PriceRatio} and {@link RatioSummary}. */
final class PriceRatioTest {

  private static final CatalogCard CARD = datedCard("p", "m", LocalDate.of(2025, 1, 1),
      TokenRates.of(TokenPrice.perMillion("USD", "3"), TokenPrice.perMillion("USD", "15")));
  private static final PriceRatio RATIO_5 = PriceRatio.of("p", "m", CARD, new BigDecimal("5"));
  private static final PriceRatio RATIO_3 = PriceRatio.of("p", "n", CARD, new BigDecimal("3"));
  private static final PriceRatio RATIO_4 = PriceRatio.of("p", "o", CARD, new BigDecimal("4"));

  @Test
  void of_negativeRatio_throws() {
    assertThatThrownBy(() -> PriceRatio.of("p", "m", CARD, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price ratio must not be negative: -1");
  }

  @Test
  void toString_namesModelAndRatio() {
    assertThat(RATIO_5).hasToString("PriceRatio{p m: 5}");
  }

  @Test
  void summary_oddCount_medianIsTheMiddle() {
    RatioSummary summary = RatioSummary.of(List.of(RATIO_3, RATIO_4, RATIO_5),
        List.of());
    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.min()).isEqualByComparingTo("3");
    assertThat(summary.median()).isEqualByComparingTo("4");
    assertThat(summary.max()).isEqualByComparingTo("5");
    assertThat(summary).hasToString("RatioSummary{3 ratios: min 3, median 4, max 5}");
  }

  @Test
  void summary_evenCount_medianIsTheExactMean() {
    RatioSummary summary = RatioSummary.of(List.of(RATIO_4, RATIO_5),
        List.of("p/free"));
    assertThat(summary.median()).isEqualByComparingTo("4.5");
    assertThat(summary.excluded()).containsExactly("p/free");
  }

  @Test
  void summary_emptyOrUnordered_throws() {
    assertThatThrownBy(() -> RatioSummary.of(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ratio summary must have a ratio: 0 ratios");
    assertThatThrownBy(() -> RatioSummary.of(List.of(RATIO_5, RATIO_3),
        List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ratios must be in ascending order: 5 before 3");
  }

  @Test
  void equals_andJson_roundTrip() throws Exception {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    RatioSummary summary = RatioSummary.of(List.of(RATIO_4, RATIO_5),
        List.of("p/free"));
    assertThat(mapper.readValue(mapper.writeValueAsString(summary), RatioSummary.class))
        .isEqualTo(summary).hasSameHashCodeAs(summary);
    assertThat(mapper.readValue(mapper.writeValueAsString(RATIO_5), PriceRatio.class))
        .isEqualTo(RATIO_5);
  }
}
