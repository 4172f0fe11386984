/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.PriceNotKnownException;
import static io.github.inferenceecon.pricing.PricingGenerators.datedCard;
import static io.github.inferenceecon.pricing.PricingGenerators.listedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Construction and the price-history rules of {@link CatalogModel}. */
final class CatalogModelTest {

  private static final TokenRates RATES_1_2 = TokenRates.of(TokenPrice.perMillion("USD", "1"),
      TokenPrice.perMillion("USD", "2"));
  private static final TokenRates RATES_3_4 = TokenRates.of(TokenPrice.perMillion("USD", "3"),
      TokenPrice.perMillion("USD", "4"));
  private static final TokenRates RATES_5_6 = TokenRates.of(TokenPrice.perMillion("USD", "5"),
      TokenPrice.perMillion("USD", "6"));
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);
  private static final LocalDate JUN_1 = LocalDate.of(2025, 6, 1);
  private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);

  private static CatalogModel model(CatalogCard... cards) {
    return CatalogModel.builder().provider("p").id("m").addCards(cards).build();
  }

  private static CatalogCard dated(LocalDate from, TokenRates rates) {
    return datedCard("p", "m", from, rates);
  }

  private static CatalogCard listed(LocalDate on, TokenRates rates) {
    return listedCard("p", "m", on, rates);
  }

  private static CatalogCard datedUntil(LocalDate from, LocalDate until, TokenRates rates) {
    return CatalogCard.of(ApiPriceCard.builder().provider("p").model("m").rates(rates)
        .effectiveFrom(from).effectiveUntil(until).build());
  }

  private static CatalogCard listedUntil(LocalDate on, LocalDate until, TokenRates rates) {
    return CatalogCard.builder().priceCard(ApiPriceCard.builder().provider("p").model("m")
        .rates(rates).effectiveUntil(until).build()).listedOn(on).build();
  }

  //-----------------------------------------------------------------------
  // construction
  @Test
  void builder_minimal_isUnpriced() {
    CatalogModel model = CatalogModel.builder().provider("p").id("m").build();
    assertThat(model.isPriced()).isFalse();
    assertThat(model.latestCard()).isEmpty();
    assertThat(model.names()).containsExactly("m");
    assertThat(model.hasOpenWeights()).isFalse();
    assertThatThrownBy(model::currentCard).isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No price card for p model 'm': no price was sourced for it");
    assertThatThrownBy(() -> model.cardAsOf(JAN_1)).isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No price card for p model 'm': no price was sourced for it");
    assertThat(model.findCardAsOf(JAN_1)).isEmpty();
  }

  @Test
  void builder_blankProvider_throws() {
    assertThatThrownBy(() -> CatalogModel.builder().provider(" ").id("m").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Model provider must not be blank: ' '");
  }

  @Test
  void builder_idOrAliasWithoutLetterOrDigit_throws() {
    assertThatThrownBy(() -> CatalogModel.builder().provider("p").id("--").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Model name must contain a letter or digit: '--'");
    assertThatThrownBy(() -> CatalogModel.builder().provider("p").id("m").addAliases(".")
        .build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_zeroContextWindowOrOutput_throws() {
    assertThatThrownBy(() -> CatalogModel.builder().provider("p").id("m")
        .contextWindow(TokenCount.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Context window must be positive: 0 tokens");
    assertThatThrownBy(() -> CatalogModel.builder().provider("p").id("m")
        .maxOutputTokens(TokenCount.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum output must be positive: 0 tokens");
  }

  @Test
  void builder_cardOfAnotherModel_throws() {
    CatalogCard other = datedCard("p", "other", JAN_1, RATES_1_2);
    assertThatThrownBy(() -> model(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card must belong to its model p m: p other");
  }

  @Test
  void builder_datedCardsOutOfOrder_throws() {
    assertThatThrownBy(() -> model(dated(JUN_1, RATES_1_2), dated(JAN_1, RATES_3_4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price cards must be in date order: card 2 (from 2025-01-01) is listed after "
            + "card 1 (from 2025-06-01)");
    assertThatThrownBy(() -> model(dated(JUN_1, RATES_1_2), dated(JUN_1, RATES_3_4)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_laterCardEndingBeforeAnEarlierStart_throws() {
    assertThatThrownBy(() -> model(dated(JUN_1, RATES_1_2), listedUntil(SEP_1, MAR_1, RATES_3_4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price cards must be in date order: card 2 (until 2025-03-01) is listed "
            + "after card 1 (from 2025-06-01)");
  }

  @Test
  void builder_overlappingCards_throws() {
    assertThatThrownBy(() -> model(datedUntil(JAN_1, JUN_1, RATES_1_2), dated(MAR_1, RATES_3_4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price cards must not overlap: card 1 (until 2025-06-01) overlaps card 2 "
            + "(from 2025-03-01)");
  }

  @Test
  void builder_undatedCardsOnOneListingDay_areAllowed() {
    CatalogModel model = model(listed(JUN_1, RATES_1_2), listed(JUN_1, RATES_3_4));
    assertThat(model.cardAsOf(JUN_1).priceCard().rates()).isEqualTo(RATES_3_4);
  }

  //-----------------------------------------------------------------------
  // cardAsOf
  @Test
  void cardAsOf_datedCards_eachUntilTheNext() {
    CatalogModel model = model(dated(JAN_1, RATES_1_2), dated(JUN_1, RATES_3_4));
    assertThat(model.cardAsOf(JAN_1).priceCard().rates()).isEqualTo(RATES_1_2);
    assertThat(model.cardAsOf(JUN_1.minusDays(1)).priceCard().rates()).isEqualTo(RATES_1_2);
    assertThat(model.cardAsOf(JUN_1).priceCard().rates()).isEqualTo(RATES_3_4);
    assertThat(model.cardAsOf(LocalDate.of(2030, 1, 1)).priceCard().rates())
        .isEqualTo(RATES_3_4);
  }

  @Test
  void cardAsOf_beforeTheFirstCard_throws() {
    CatalogModel model = model(dated(JAN_1, RATES_1_2));
    assertThatThrownBy(() -> model.cardAsOf(JAN_1.minusDays(1)))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for p model 'm' on 2024-12-31: its earliest known price "
            + "starts on 2025-01-01")
        .satisfies(e -> {
          PriceNotKnownException p = (PriceNotKnownException) e;
          assertThat(p.provider()).isEqualTo("p");
          assertThat(p.model()).isEqualTo("m");
          assertThat(p.date()).contains(JAN_1.minusDays(1));
        });
  }

  @Test
  void cardAsOf_undatedCard_fromItsListingDateOnly() {
    CatalogModel model = model(listed(JUN_1, RATES_1_2));
    assertThat(model.cardAsOf(JUN_1).priceCard().rates()).isEqualTo(RATES_1_2);
    assertThatThrownBy(() -> model.cardAsOf(MAR_1))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for p model 'm' on 2025-03-01: its earliest known price was "
            + "listed on 2025-06-01 (no effective date published)");
  }

  @Test
  void cardAsOf_datedCardFollowedByAnUndatedOne_knownOnItsFirstDayOnly() {
    CatalogModel model = model(dated(JAN_1, RATES_1_2), listed(JUN_1, RATES_3_4));
    assertThat(model.cardAsOf(JAN_1).priceCard().rates()).isEqualTo(RATES_1_2);
    assertThatThrownBy(() -> model.cardAsOf(MAR_1))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for p model 'm' on 2025-03-01: the price known from "
            + "2025-01-01 changed on a date that was not published, before the next known price, "
            + "which was listed on 2025-06-01 (no effective date published)");
    assertThat(model.cardAsOf(JUN_1).priceCard().rates()).isEqualTo(RATES_3_4);
  }

  @Test
  void cardAsOf_afterAnExplicitEnd_throws() {
    CatalogModel model = model(datedUntil(JAN_1, MAR_1, RATES_1_2), dated(JUN_1, RATES_3_4));
    assertThatThrownBy(() -> model.cardAsOf(MAR_1))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for p model 'm' on 2025-03-01: the price known from "
            + "2025-01-01 ended on 2025-03-01; the next known price starts on 2025-06-01");
    CatalogModel retired = model(datedUntil(JAN_1, MAR_1, RATES_1_2));
    assertThatThrownBy(() -> retired.cardAsOf(SEP_1))
        .hasMessage("No known price for p model 'm' on 2025-09-01: the price known from "
            + "2025-01-01 ended on 2025-03-01");
  }

  @Test
  void cardAsOf_undatedCardReadAfterItEnded_isHistoryOnly() {
    // An old listing read on 2025-09-01 whose prices ended on 2025-06-01.
    CatalogModel model = model(listedUntil(SEP_1, JUN_1, RATES_1_2), dated(JUN_1, RATES_3_4));
    assertThat(model.findCardAsOf(MAR_1)).isEmpty();
    assertThat(model.cardAsOf(JUN_1).priceCard().rates()).isEqualTo(RATES_3_4);
    assertThatThrownBy(() -> model.cardAsOf(MAR_1))
        .hasMessage("No known price for p model 'm' on 2025-03-01: its earliest known price "
            + "starts on 2025-06-01");
  }

  @Test
  void cardAsOf_onlyHistoryCards_explainsThatNoneHasADate() {
    CatalogModel model = model(listedUntil(SEP_1, JUN_1, RATES_1_2));
    assertThatThrownBy(() -> model.cardAsOf(MAR_1))
        .hasMessage("No known price for p model 'm' on 2025-03-01: none of its 1 price cards "
            + "has a known date in force");
  }

  @Test
  void cardAsOf_archivedListingBeforeAnUnpublishedChange_knownOnItsListingDay() {
    // As DeepSeek V4 Flash: listed on a capture, then an undated page ending on a known day,
    // then a dated card.
    CatalogModel model = model(listed(MAR_1, RATES_1_2), listedUntil(SEP_1, JUN_1, RATES_3_4),
        dated(JUN_1, RATES_5_6));
    assertThat(model.cardAsOf(MAR_1).priceCard().rates()).isEqualTo(RATES_1_2);
    assertThat(model.findCardAsOf(MAR_1.plusDays(1))).isEmpty();
    assertThat(model.cardAsOf(JUN_1).priceCard().rates()).isEqualTo(RATES_5_6);
  }

  @Test
  void cardAsOf_null_throws() {
    CatalogModel model = model(dated(JAN_1, RATES_1_2));
    assertThatThrownBy(() -> model.cardAsOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> model.findCardAsOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  //-----------------------------------------------------------------------
  // value behaviour
  @Test
  void equals_byValue() {
    assertThat(model(dated(JAN_1, RATES_1_2))).isEqualTo(model(dated(JAN_1, RATES_1_2)))
        .hasSameHashCodeAs(model(dated(JAN_1, RATES_1_2)))
        .isNotEqualTo(model(dated(JAN_1, RATES_3_4)));
  }

  @Test
  void json_roundTrips() throws Exception {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    CatalogModel model = CatalogModel.builder().from(model(dated(JAN_1, RATES_1_2),
        listed(JUN_1, RATES_3_4))).name("M").addAliases("m-1").openWeights(true)
        .contextWindow(TokenCount.of(128_000)).note("n").addConflicts("c").build();
    String json = mapper.writeValueAsString(model);
    assertThat(mapper.readValue(json, CatalogModel.class)).isEqualTo(model);
  }

  @Test
  void fields_areFinal() {
    for (Field field : ImmutableCatalogModel.class.getDeclaredFields()) {
      // initShim is Immutables' construction helper for the derived price histories: it is
      // set to null when the constructor ends and never read again
      if (!field.isSynthetic() && !field.getName().equals("initShim")) {
        assertThat(Modifier.isFinal(field.getModifiers())).as(field.getName()).isTrue();
      }
    }
  }

  @Test
  void builder_nullElements_throw() {
    assertThatThrownBy(() -> CatalogModel.builder().provider(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CatalogModel.builder().provider("p").id("m")
        .cards(Arrays.asList((CatalogCard) null)).build())
        .isInstanceOf(NullPointerException.class);
  }
}
