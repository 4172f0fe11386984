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
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Offer}: its checks and the blended price. */
final class OfferTest {

  private static final CatalogCard CARD = datedCard("groq", "llama", LocalDate.of(2025, 1, 1),
      TokenRates.of(TokenPrice.perMillion("USD", "0.05"), TokenPrice.perMillion("USD", "0.08")));
  private static final CatalogModel MODEL = CatalogModel.builder().provider("groq").id("llama")
      .addCards(CARD).build();
  private static final TokenCount TOKENS_4M = TokenCount.ofMillions(4);
  private static final Money USD_0_23 = Money.of("USD", "0.23");

  @Test
  void blendedPrice_isTheCostOverTheMix() {
    // 3M x 0.05 + 1M x 0.08 = 0.23 for 4M tokens = 0.0575 per million
    Offer offer = Offer.of(MODEL, CARD, TOKENS_4M, USD_0_23);
    assertThat(offer.blendedPrice()).isEqualTo(TokenPrice.of(USD_0_23, TOKENS_4M));
    assertThat(offer.blendedPrice().toPerMillion()).isEqualTo(
        TokenPrice.perMillion("USD", "0.0575"));
    assertThat(offer.provider()).isEqualTo("groq");
    assertThat(offer).hasToString("Offer{groq llama: USD 0.23 for 4000000 tokens}");
  }

  @Test
  void of_cardOfAnotherModel_throws() {
    CatalogCard other = datedCard("groq", "llama", LocalDate.of(2025, 2, 1), CARD.priceCard()
        .rates());
    assertThatThrownBy(() -> Offer.of(MODEL, other, TOKENS_4M, USD_0_23))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Offer card must be one of the model's cards: groq llama");
  }

  @Test
  void of_zeroTokensOrNegativeCost_throws() {
    assertThatThrownBy(() -> Offer.of(MODEL, CARD, TokenCount.ZERO, USD_0_23))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Offer token count must be positive: 0 tokens");
    assertThatThrownBy(() -> Offer.of(MODEL, CARD, TOKENS_4M, Money.of("USD", "-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Offer cost must not be negative: USD -1");
  }

  @Test
  void equals_andJson_roundTrip() throws Exception {
    Offer offer = Offer.of(MODEL, CARD, TOKENS_4M, USD_0_23);
    ObjectMapper mapper = InferenceEconJson.newMapper();
    assertThat(mapper.readValue(mapper.writeValueAsString(offer), Offer.class))
        .isEqualTo(offer).hasSameHashCodeAs(offer);
    assertThat(offer).isNotEqualTo(Offer.of(MODEL, CARD, TOKENS_4M, Money.of("USD", "1")));
  }
}
