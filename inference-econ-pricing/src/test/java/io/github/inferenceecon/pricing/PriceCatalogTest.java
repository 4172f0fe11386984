/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.PriceNotKnownException;
import static io.github.inferenceecon.pricing.CatalogFixtures.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.io.IOException;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Look-up, construction, merging and queries of {@link PriceCatalog}. */
final class PriceCatalogTest {

  private static final PriceCatalog ACME_CATALOG = CatalogFixtures.acme();
  private static final LocalDate DAY_2025_03_01 = LocalDate.of(2025, 3, 1);
  private static final TokenCount TOKENS_3M = TokenCount.ofMillions(3);
  private static final TokenCount TOKENS_1M = TokenCount.ofMillions(1);

  private static TokenPrice usd(String amount) {
    return TokenPrice.perMillion("USD", amount);
  }

  //-----------------------------------------------------------------------
  // of
  @Test
  void of_duplicateProvider_throws() {
    assertThatThrownBy(() -> PriceCatalog.of(
        List.of(CatalogProvider.of("p"), CatalogProvider.of("p")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Provider must be listed once: 'p'");
  }

  @Test
  void of_providerAliasNamingAnotherProvider_throws() {
    assertThatThrownBy(() -> PriceCatalog.of(List.of(CatalogProvider.of("p"),
        CatalogProvider.builder().id("q").addAliases("P").build()), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Name 'P' of provider 'q' already names provider 'p'");
  }

  @Test
  void of_modelOfUnknownProvider_throws() {
    CatalogModel model = CatalogModel.builder().provider("q").id("m").build();
    assertThatThrownBy(() -> PriceCatalog.of(List.of(CatalogProvider.of("p")), List.of(model)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Model 'm' names a provider that is not in the catalog: 'q'");
  }

  @Test
  void of_twoModelsWithOneName_throws() {
    CatalogModel a = CatalogModel.builder().provider("p").id("model-a").build();
    CatalogModel b = CatalogModel.builder().provider("p").id("model-b").addAliases("Model A")
        .build();
    assertThatThrownBy(() -> PriceCatalog.of(List.of(CatalogProvider.of("p")), List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Name 'Model A' of p model 'model-b' already names p model 'model-a'");
  }

  @Test
  void of_sameModelIdAtTwoProviders_isAllowed() {
    CatalogModel a = CatalogModel.builder().provider("p").id("m").build();
    CatalogModel b = CatalogModel.builder().provider("q").id("m").build();
    PriceCatalog catalog = PriceCatalog.of(
        List.of(CatalogProvider.of("p"), CatalogProvider.of("q")), List.of(a, b));
    assertThat(catalog.model("p", "m")).isSameAs(a);
    assertThat(catalog.model("q", "m")).isSameAs(b);
  }

  @Test
  void of_nulls_throw() {
    assertThatThrownBy(() -> PriceCatalog.of(null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("providers");
    assertThatThrownBy(() -> PriceCatalog.of(List.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("models");
  }

  //-----------------------------------------------------------------------
  // look-up
  @Test
  void provider_byIdAliasAnyCase() {
    assertThat(ACME_CATALOG.provider("ACME").id()).isEqualTo("acme");
    assertThat(ACME_CATALOG.provider("Acme Cloud").id()).isEqualTo("acme");
    assertThat(ACME_CATALOG.findProvider("acme_cloud")).isPresent();
    assertThat(ACME_CATALOG.findProvider("other")).isEmpty();
  }

  @Test
  void provider_unknown_throwsWithSuggestions() {
    assertThatThrownBy(() -> ACME_CATALOG.provider("acne"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessage("Unknown provider 'acne' (did you mean: acme?)");
  }

  @Test
  void model_byIdAliasCasePunctuationAndPrefix() {
    CatalogModel small = ACME_CATALOG.model("acme", "acme-small");
    assertThat(ACME_CATALOG.model("acme", "ACME-SMALL")).isSameAs(small);
    assertThat(ACME_CATALOG.model("acme", "acme_small")).isSameAs(small);
    assertThat(ACME_CATALOG.model("acme", "acme-small-20250101")).isSameAs(small);
    assertThat(ACME_CATALOG.model("acme", "eu.acme-small")).isSameAs(small);
    assertThat(ACME_CATALOG.model("acme", "EU.acme-small-20250101")).isSameAs(small);
  }

  @Test
  void model_sameAnswerEveryTime_pastTheMemosBound() {
    // a provider and a model a caller asked for are remembered as typed (at most 4,096 names);
    // past that bound they are normalised again: each of 5,000 spellings (the k-th letter in
    // upper case where bit k of i is set, then i / 512 dashes) finds acme-small twice
    PriceCatalog catalog = CatalogFixtures.acme();
    CatalogModel small = catalog.model("acme", "acme-small");
    for (int i = 0; i < 5_000; i++) {
      String model = spelling("acme-small", i % 512) + "-".repeat(i / 512);
      String provider = spelling("acme cloud", i % 256) + "-".repeat(i / 256);
      assertThat(catalog.model(provider, model)).as(provider + " " + model).isSameAs(small);
      assertThat(catalog.model(provider, model)).as(provider + " " + model).isSameAs(small);
    }
    assertThatThrownBy(() -> catalog.model("acme", "acme-nothing"))
        .isInstanceOf(UnknownNameException.class);
    assertThatThrownBy(() -> catalog.model("acne", "acme-small"))
        .isInstanceOf(UnknownNameException.class);
  }

  /** A name with its k-th letter in upper case where bit k of the bits is set. */
  private static String spelling(String name, int bits) {
    StringBuilder b = new StringBuilder(name);
    for (int at = 0, bit = 0; at < b.length(); at++) {
      if (Character.isLetter(b.charAt(at)) && (bits >> bit++ & 1) == 1) {
        b.setCharAt(at, Character.toUpperCase(b.charAt(at)));
      }
    }
    return b.toString();
  }

  @Test
  void model_unknown_throwsWithSuggestions() {
    assertThatThrownBy(() -> ACME_CATALOG.model("acme", "acme-smal"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessage("Unknown acme model 'acme-smal' (did you mean: acme-small, acme-next?)")
        .satisfies(e -> assertThat(((UnknownNameException) e).kind()).isEqualTo("acme model"));
  }

  @Test
  void model_unknownWithPrefix_suggestsFromTheStrippedName() {
    assertThatThrownBy(() -> ACME_CATALOG.model("acme", "eu.acme-smal"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageStartingWith("Unknown acme model 'eu.acme-smal' (did you mean: acme-small");
  }

  @Test
  void model_prefixAlone_isUnknown() {
    assertThat(ACME_CATALOG.findModel("acme", "eu.")).isEmpty();
  }

  @Test
  void findModel_unknownProviderOrModel_isEmpty() {
    assertThat(ACME_CATALOG.findModel("nobody", "acme-small")).isEmpty();
    assertThat(ACME_CATALOG.findModel("acme", "nothing")).isEmpty();
  }

  @Test
  void models_inDocumentOrder() {
    assertThat(ACME_CATALOG.models("acme-cloud")).extracting(CatalogModel::id)
        .containsExactly("acme-large", "acme-small", "acme-next");
    assertThat(ACME_CATALOG.models()).hasSize(3);
    assertThat(ACME_CATALOG.providers()).extracting(CatalogProvider::id).containsExactly("acme");
  }

  @Test
  void card_isTheLatestCard() {
    ApiPriceCard card = ACME_CATALOG.card("acme", "acme-large");
    assertThat(card.rates().input()).isEqualTo(usd("1.5"));
    assertThat(ACME_CATALOG.findCard("acme", "acme-large")).contains(card);
  }

  @Test
  void card_unpricedModel_throwsPriceNotKnown() {
    assertThatThrownBy(() -> ACME_CATALOG.card("acme", "acme-next"))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No price card for acme model 'acme-next': no price was sourced for it");
    assertThat(ACME_CATALOG.findCard("acme", "acme-next")).isEmpty();
  }

  @Test
  void cardAsOf_dateInsideADatedCard() {
    assertThat(ACME_CATALOG.cardAsOf("acme", "acme-large", DAY_2025_03_01).rates().input())
        .isEqualTo(usd("3"));
    assertThat(ACME_CATALOG.findCardAsOf("acme", "acme-large", DAY_2025_03_01)).isPresent();
  }

  @Test
  void cardAsOf_instant_usesTheUtcDate() {
    // 2025-05-31T23:30 at UTC-5 is already 2025-06-01 in UTC.
    Instant instant = Instant.parse("2025-06-01T04:30:00Z");
    assertThat(ACME_CATALOG.cardAsOf("acme", "acme-large", instant).rates().input())
        .isEqualTo(usd("2"));
    assertThat(ACME_CATALOG.cardAsOf("acme", "acme-large", Instant.parse("2025-05-31T23:59:59Z"))
        .rates().input()).isEqualTo(usd("3"));
  }

  @Test
  void cardAsOf_unknownDay_throwsWithReason() {
    assertThatThrownBy(() -> ACME_CATALOG.cardAsOf("acme", "acme-large",
        LocalDate.of(2025, 9, 1)))
        .isInstanceOf(PriceNotKnownException.class)
        .hasMessage("No known price for acme model 'acme-large' on 2025-09-01: the price known "
            + "from 2025-06-01 changed on a date that was not published, before the next known "
            + "price, which was listed on 2026-01-15 (no effective date published)");
    assertThat(ACME_CATALOG.findCardAsOf("acme", "acme-large", LocalDate.of(2025, 9, 1)))
        .isEmpty();
  }

  @Test
  void history_isEveryCardOldestFirst() {
    assertThat(ACME_CATALOG.history("acme", "acme-large")).extracting(CatalogCard::key)
        .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1),
            LocalDate.of(2026, 1, 15));
    assertThat(ACME_CATALOG.history("acme", "acme-next")).isEmpty();
  }

  @Test
  void lookUps_nullArguments_throw() {
    assertThatThrownBy(() -> ACME_CATALOG.provider(null))
        .isInstanceOf(NullPointerException.class).hasMessage("provider");
    assertThatThrownBy(() -> ACME_CATALOG.model("acme", null))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> ACME_CATALOG.findModel("acme", null))
        .isInstanceOf(NullPointerException.class).hasMessage("model");
    assertThatThrownBy(() -> ACME_CATALOG.cardAsOf("acme", "acme-large", (LocalDate) null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ACME_CATALOG.cardAsOf("acme", "acme-large", (Instant) null))
        .isInstanceOf(NullPointerException.class).hasMessage("instant");
    assertThatThrownBy(() -> ACME_CATALOG.findCardAsOf("acme", "acme-large", null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ACME_CATALOG.cheapest(null))
        .isInstanceOf(NullPointerException.class).hasMessage("criteria");
    assertThatThrownBy(() -> ACME_CATALOG.mergedOver(null))
        .isInstanceOf(NullPointerException.class).hasMessage("base");
    assertThatThrownBy(() -> ACME_CATALOG.outputToInputRatios(2, null))
        .isInstanceOf(NullPointerException.class).hasMessage("rounding");
  }

  //-----------------------------------------------------------------------
  // mergedOver
  private static PriceCatalog user(String modelsJson) throws IOException {
    return CatalogFixtures.load("""
        {"schemaVersion": 2, "provider": {"id": "acme-cloud", "aliases": ["acme-2"],
         "modelIdPrefixes": ["us."]}, "currency": "USD", "models": [%s]}
        """.formatted(modelsJson));
  }

  @Test
  void mergedOver_userCardWithSameDate_replacesTheBaseCard() throws IOException {
    PriceCatalog merged = user("""
        {"id": "acme-large", "cards": [{"source": {"url": "https://user.example/p"}, "effectiveFrom": "2025-06-01", "input": "2.5",
         "output": "12"}]}""").mergedOver(ACME_CATALOG);
    List<CatalogCard> history = merged.history("acme", "acme-large");
    assertThat(history).hasSize(3);
    assertThat(history.get(1).priceCard().rates().input()).isEqualTo(usd("2.5"));
    assertThat(history.get(0)).isEqualTo(ACME_CATALOG.history("acme", "acme-large").get(0));
  }

  @Test
  void mergedOver_userCardWithNewDate_isInsertedInDateOrder() throws IOException {
    PriceCatalog merged = user("""
        {"id": "acme-large", "cards": [{"source": {"url": "https://user.example/p"}, "effectiveFrom": "2025-03-01", "input": "2.8",
         "output": "14"}]}""").mergedOver(ACME_CATALOG);
    assertThat(merged.history("acme", "acme-large")).extracting(CatalogCard::key)
        .containsExactly(LocalDate.of(2025, 1, 1), DAY_2025_03_01, LocalDate.of(2025, 6, 1),
            LocalDate.of(2026, 1, 15));
    assertThat(merged.cardAsOf("acme", "acme-large", DAY_2025_03_01).rates().input())
        .isEqualTo(usd("2.8"));
    assertThat(merged.cardAsOf("acme", "acme-large", LocalDate.of(2025, 2, 28)).rates().input())
        .isEqualTo(usd("3"));
  }

  @Test
  void mergedOver_userModelNamedByAlias_mergesMetadataAndNames() throws IOException {
    PriceCatalog merged = user("""
        {"id": "acme-small-20250101", "aliases": ["tiny"], "contextWindow": 131072,
         "note": "Mine"}""").mergedOver(ACME_CATALOG);
    CatalogModel small = merged.model("acme", "tiny");
    assertThat(small.id()).isEqualTo("acme-small");
    assertThat(small.aliases()).containsExactly("acme-small-20250101", "tiny");
    assertThat(small.contextWindow()).contains(TokenCount.of(131_072));
    assertThat(small.note()).contains("Mine");
    assertThat(small.openWeights()).contains(true);
    assertThat(small.cards()).isEqualTo(ACME_CATALOG.history("acme", "acme-small"));
  }

  @Test
  void mergedOver_newModelAndProviderNames_areAdded() throws IOException {
    PriceCatalog merged = user("""
        {"id": "acme-mini", "cards": [{"source": {"url": "https://user.example/p"}, "listedOn": "2026-02-01", "input": "0.05",
         "output": "0.2"}]}""").mergedOver(ACME_CATALOG);
    assertThat(merged.models("acme")).extracting(CatalogModel::id)
        .containsExactly("acme-large", "acme-small", "acme-next", "acme-mini");
    assertThat(merged.model("acme-2", "us.acme-mini").provider()).isEqualTo("acme");
    assertThat(merged.card("acme", "acme-mini").provider()).isEqualTo("acme");
    assertThat(merged.provider("acme").modelIdPrefixes()).containsExactly("eu.", "us.");
    assertThat(merged.provider("acme").name()).contains("Acme AI");
    // the base is unchanged
    assertThat(ACME_CATALOG.findModel("acme", "acme-mini")).isEmpty();
  }

  @Test
  void mergedOver_newProvider_isAddedAfterTheBase() throws IOException {
    PriceCatalog other = CatalogFixtures.load("""
        {"schemaVersion": 2, "provider": {"id": "zeta"}, "currency": "EUR", "models": [
         {"id": "z1", "cards": [{"source": {"url": "https://user.example/p"}, "listedOn": "2026-01-01", "input": "1", "output": "2"}]}]}
        """);
    PriceCatalog merged = other.mergedOver(ACME_CATALOG);
    assertThat(merged.providers()).extracting(CatalogProvider::id).containsExactly("acme", "zeta");
    assertThat(merged.card("zeta", "z1").currency()).isEqualTo(Currency.getInstance("EUR"));
  }

  @Test
  void mergedOver_contradictoryHistory_throwsNamingTheModel() throws IOException {
    PriceCatalog overlapping = user("""
        {"id": "acme-large", "cards": [{"source": {"url": "https://user.example/p"}, "effectiveFrom": "2025-01-01",
         "effectiveUntil": "2025-08-01", "input": "3", "output": "15"}]}""");
    assertThatThrownBy(() -> overlapping.mergedOver(ACME_CATALOG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot merge acme model 'acme-large': Price cards must not overlap: card 1 "
            + "(until 2025-08-01) overlaps card 2 (from 2025-06-01)");
  }

  @Test
  void mergedOver_userModelMatchingTwoBaseModels_throws() throws IOException {
    PriceCatalog ambiguous = user("{\"id\": \"acme-large\", \"aliases\": [\"acme-small\"]}");
    assertThatThrownBy(() -> ambiguous.mergedOver(ACME_CATALOG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Model 'acme-large' of provider 'acme' matches 2 models of the base catalog: "
            + "acme-large, acme-small");
  }

  @Test
  void mergedOver_itself_isUnchanged() {
    PriceCatalog merged = ACME_CATALOG.mergedOver(ACME_CATALOG);
    assertThat(merged.models()).isEqualTo(ACME_CATALOG.models());
    assertThat(merged.providers()).isEqualTo(ACME_CATALOG.providers());
  }

  //-----------------------------------------------------------------------
  // cheapest
  @Test
  void cheapest_ranksByTheExactCostOfTheMix() {
    // acme-small: 3 x 0.10 + 1 x 0.40 = 0.70; acme-large (latest card): 3 x 1.5 + 1 x 7.5 = 12
    List<Offer> offers = ACME_CATALOG.cheapest(OfferCriteria.of(TOKENS_3M, TOKENS_1M));
    assertThat(offers).extracting(o -> o.model().id()).containsExactly("acme-small",
        "acme-large");
    assertThat(offers.get(0).cost()).isEqualTo(Money.of("USD", "0.70"));
    assertThat(offers.get(0).blendedPrice()).isEqualTo(TokenPrice.of(Money.of("USD", "0.7"),
        TokenCount.ofMillions(4)));
    assertThat(offers.get(0).blendedPrice().toPerMillion()).isEqualTo(usd("0.175"));
    assertThat(offers.get(1).cost()).isEqualTo(Money.of("USD", "12"));
  }

  @Test
  void cheapest_filters() {
    assertThat(ACME_CATALOG.cheapest(OfferCriteria.builder().inputTokens(TOKENS_3M)
        .outputTokens(TOKENS_1M).openWeightsOnly(true).build()))
        .extracting(o -> o.model().id()).containsExactly("acme-small");
    assertThat(ACME_CATALOG.cheapest(OfferCriteria.builder().inputTokens(TOKENS_3M)
        .outputTokens(TOKENS_1M).minContextWindow(TokenCount.of(150_000)).build()))
        .extracting(o -> o.model().id()).containsExactly("acme-large");
    assertThat(ACME_CATALOG.cheapest(OfferCriteria.builder().inputTokens(TOKENS_3M)
        .outputTokens(TOKENS_1M).currency(Currency.getInstance("EUR")).build())).isEmpty();
    assertThat(ACME_CATALOG.cheapest(OfferCriteria.builder().inputTokens(TOKENS_3M)
        .outputTokens(TOKENS_1M).addProviders("Acme Cloud").build())).hasSize(2);
  }

  @Test
  void cheapest_asOf_usesTheCardsInForceThenAndSkipsUnknownDays() {
    // 2025-03-01: acme-large's first card, 3 x 3 + 1 x 15 = 24; acme-small is listed from
    // 2025-02-01 at 0.70.
    List<Offer> march = ACME_CATALOG.cheapest(OfferCriteria.builder().inputTokens(TOKENS_3M)
        .outputTokens(TOKENS_1M).asOf(DAY_2025_03_01).build());
    assertThat(march).extracting(Offer::cost).containsExactly(Money.of("USD", "0.7"),
        Money.of("USD", "24"));
    List<Offer> january = ACME_CATALOG.cheapest(OfferCriteria.builder().inputTokens(TOKENS_3M)
        .outputTokens(TOKENS_1M).asOf(LocalDate.of(2025, 1, 15)).build());
    assertThat(january).extracting(o -> o.model().id()).containsExactly("acme-large");
  }

  @Test
  void cheapest_batch_appliesTheDiscountAndSkipsCardsWithout() {
    // as of 2025-03-01 only acme-large's card has a batch discount: 24 x (1 - 0.5) = 12
    List<Offer> offers = ACME_CATALOG.cheapest(OfferCriteria.builder().inputTokens(TOKENS_3M)
        .outputTokens(TOKENS_1M).asOf(DAY_2025_03_01).batch(true).build());
    assertThat(offers).extracting(Offer::cost).containsExactly(Money.of("USD", "12"));
  }

  @Test
  void cheapest_endedLatestCard_isNotOffered() {
    CatalogModel retired = CatalogModel.builder().provider("p").id("old")
        .addCards(CatalogCard.of(ApiPriceCard.builder().provider("p").model("old")
            .rates(TokenRates.of(usd("1"), usd("1"))).effectiveFrom(LocalDate.of(2024, 1, 1))
            .effectiveUntil(LocalDate.of(2025, 1, 1)).build())).build();
    PriceCatalog catalog = PriceCatalog.of(List.of(CatalogProvider.of("p")), List.of(retired));
    assertThat(catalog.cheapest(OfferCriteria.of(TOKENS_1M, TOKENS_1M))).isEmpty();
    assertThat(catalog.cheapest(OfferCriteria.builder().inputTokens(TOKENS_1M)
        .outputTokens(TOKENS_1M).asOf(LocalDate.of(2024, 6, 1)).build())).hasSize(1);
  }

  @Test
  void cheapest_unknownProvider_throws() {
    assertThatThrownBy(() -> ACME_CATALOG.cheapest(OfferCriteria.builder()
        .inputTokens(TOKENS_1M).outputTokens(TOKENS_1M).addProviders("nobody").build()))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageStartingWith("Unknown provider 'nobody'");
  }

  //-----------------------------------------------------------------------
  // outputToInputRatios
  @Test
  void outputToInputRatios_perLatestCard() {
    // acme-small 0.40 / 0.10 = 4; acme-large 7.5 / 1.5 = 5; median (4 + 5) / 2 = 4.5
    RatioSummary summary = ACME_CATALOG.outputToInputRatios(2, RoundingMode.HALF_EVEN);
    assertThat(summary.ratios()).extracting(PriceRatio::model)
        .containsExactly("acme-small", "acme-large");
    assertThat(summary.min()).isEqualByComparingTo("4");
    assertThat(summary.median()).isEqualByComparingTo("4.5");
    assertThat(summary.max()).isEqualByComparingTo("5");
    assertThat(summary.excluded()).isEmpty();
  }

  @Test
  void outputToInputRatios_roundsAsAsked() throws IOException {
    PriceCatalog thirds = CatalogFixtures.load("""
        {"schemaVersion": 2, "provider": {"id": "p"}, "currency": "USD", "models": [
         {"id": "m", "cards": [{"source": {"url": "https://user.example/p"}, "listedOn": "2026-01-01", "input": "3", "output": "2"}]},
         {"id": "free", "cards": [{"source": {"url": "https://user.example/p"}, "listedOn": "2026-01-01", "input": "0", "output": "0"}]}]}
        """);
    RatioSummary summary = thirds.outputToInputRatios(3, RoundingMode.DOWN);
    assertThat(summary.min()).isEqualByComparingTo("0.666");
    assertThat(summary.excluded()).containsExactly("p/free");
    assertThatThrownBy(() -> thirds.outputToInputRatios(3, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void outputToInputRatios_badArguments_throw() {
    assertThatThrownBy(() -> ACME_CATALOG.outputToInputRatios(-1, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ratio scale must not be negative: -1");
    PriceCatalog empty = PriceCatalog.of(List.of(CatalogProvider.of("p")), List.of());
    assertThatThrownBy(() -> empty.outputToInputRatios(2, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Catalog must have a priced model with a non-zero input price: 0 models");
  }

  @Test
  void toString_summarises() {
    assertThat(ACME_CATALOG).hasToString("PriceCatalog[1 providers, 3 models, 2 priced]");
    assertThat(ACME).isNotEmpty();
  }
}
