/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.core.money.TokenPrice;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CatalogCard}: the date rule, its delegates and its value behaviour. */
final class CatalogCardTest {

  private static final TokenRates RATES_3_15 = TokenRates.of(TokenPrice.perMillion("USD", "3"),
      TokenPrice.perMillion("USD", "15"));
  private static final LocalDate DAY_2025_05_22 = LocalDate.of(2025, 5, 22);
  private static final LocalDate DAY_2026_11_27 = LocalDate.of(2026, 11, 27);
  private static final ApiPriceCard UNDATED = ApiPriceCard.builder().provider("anthropic")
      .model("claude-sonnet-4").rates(RATES_3_15).source("https://example.com/pricing").build();

  @Test
  void of_datedPriceCard_hasNoListingDate() {
    ApiPriceCard dated = ApiPriceCard.builder().from(UNDATED).effectiveFrom(DAY_2025_05_22)
        .effectiveUntil(DAY_2026_11_27).build();
    CatalogCard card = CatalogCard.of(dated);
    assertThat(card.effectiveFrom()).contains(DAY_2025_05_22);
    assertThat(card.effectiveUntil()).contains(DAY_2026_11_27);
    assertThat(card.source()).contains("https://example.com/pricing");
    assertThat(card.listedOn()).isEmpty();
    assertThat(card.key()).isEqualTo(DAY_2025_05_22);
  }

  @Test
  void builder_undatedWithListingDate_isKeyedByIt() {
    CatalogCard card = CatalogCard.builder().priceCard(UNDATED).listedOn(DAY_2026_11_27)
        .sourceRead(DAY_2026_11_27).note("n").build();
    assertThat(card.key()).isEqualTo(DAY_2026_11_27);
    assertThat(card.effectiveFrom()).isEmpty();
    assertThat(card.sourceDate()).isEmpty();
  }

  @Test
  void of_undatedPriceCard_throws() {
    assertThatThrownBy(() -> CatalogCard.of(UNDATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price card must have an effective date or a listing date: anthropic "
            + "claude-sonnet-4");
  }

  @Test
  void builder_nullPriceCard_throws() {
    assertThatThrownBy(() -> CatalogCard.builder().priceCard(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CatalogCard.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equals_byValue() {
    CatalogCard a = CatalogCard.builder().priceCard(UNDATED).listedOn(DAY_2026_11_27).build();
    CatalogCard b = CatalogCard.builder().priceCard(UNDATED).listedOn(DAY_2026_11_27).build();
    CatalogCard c = CatalogCard.builder().priceCard(UNDATED).listedOn(DAY_2025_05_22).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
  }

  @Test
  void json_roundTrips() throws Exception {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    CatalogCard card = CatalogCard.builder().priceCard(UNDATED).listedOn(DAY_2026_11_27)
        .sourceRead(DAY_2026_11_27).sourceDate(DAY_2025_05_22).note("note").build();
    String json = mapper.writeValueAsString(card);
    List<String> fields = new ArrayList<>();
    mapper.readTree(json).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("priceCard", "listedOn", "sourceRead", "sourceDate",
        "copy", "note");
    assertThat(mapper.readValue(json, CatalogCard.class)).isEqualTo(card);
  }

  @Test
  void fields_areFinal() {
    for (Field field : ImmutableCatalogCard.class.getDeclaredFields()) {
      if (!field.isSynthetic()) {
        assertThat(Modifier.isFinal(field.getModifiers())).as(field.getName()).isTrue();
      }
    }
  }
}
