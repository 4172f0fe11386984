/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The genai-prices v2 feed read in its own format, from small feeds written from its schema. */
final class GenaiPricesReaderTest {

  private static final LocalDate FEED_DATE = LocalDate.of(2026, 8, 21);

  /** Two providers: aws (five models, two left out) and a provider with only an embedding. */
  static final String FEED = """
      [
        {"id": "aws", "name": "AWS Bedrock", "pricing_urls": ["https://aws.example/pricing"],
         "api_pattern": "bedrock", "price_comments": "per-region prices differ",
         "extractors": [{"api_flavor": "default", "root": "usage", "model_path": "model",
                         "mappings": []}],
         "models": [
           {"id": "claude-x", "name": "Claude X", "context_window": 200000,
            "match": {"or": [{"equals": "claude-x"}, {"starts_with": "anthropic.claude-x-"}]},
            "prices": {"input_mtok": {"base": 3, "tiers": [{"start": 200000, "price": 6}]},
                       "output_mtok": {"base": 15, "tiers": [{"start": 200000, "price": 22.5}]},
                       "cache_read_mtok": 0.3, "cache_write_mtok": 3.75,
                       "cache_write_1h_mtok": 6, "web_searches_kcount": 10}},
           {"id": "dated", "match": {"equals": "dated"},
            "prices": [{"prices": {"input_mtok": 10, "output_mtok": 40}},
                       {"constraint": {"start_date": "2025-06-10"},
                        "prices": {"input_mtok": 2, "output_mtok": 8}}]},
           {"id": "offpeak", "match": {"equals": "offpeak"},
            "prices": [{"prices": {"input_mtok": 0.135, "output_mtok": 0.55}},
                       {"constraint": {"start_time": "00:30:00Z", "end_time": "16:30:00Z"},
                        "prices": {"input_mtok": 0.27, "output_mtok": 1.1}}]},
           {"id": "embed", "match": {"equals": "embed"}, "prices": {"input_mtok": 0.02}},
           {"id": "sonar", "match": {"equals": "sonar"},
            "prices": {"input_mtok": 1, "output_mtok": 1, "requests_kcount": 5}}
         ]},
        {"id": "voyage", "name": "Voyage", "api_pattern": "voyage",
         "models": [{"id": "v1", "match": {"equals": "v1"}, "prices": {"input_mtok": 0.1}}]}
      ]
      """;

  private static PriceCatalog load(String json) throws IOException {
    return PriceCatalog.loadGenaiPrices(CatalogFixtures.stream(json), "feed.json", "abc123",
        FEED_DATE);
  }

  private static TokenPrice usd(String amount) {
    return TokenPrice.perMillion("USD", amount);
  }

  //-----------------------------------------------------------------------
  @Test
  void load_feed_becomesSecondaryCardsWithTheFeedsVersionAndDate() throws IOException {
    PriceCatalog catalog = load(FEED);
    // aws is amazon-bedrock; the embedding-only provider and the two unpriceable models are
    // left out
    assertThat(catalog).hasToString("PriceCatalog[1 providers, 3 models, 3 priced]");
    assertThat(catalog.provider("aws").id()).isEqualTo("amazon-bedrock");
    assertThat(catalog.provider("amazon-bedrock").aliases()).containsExactly("aws");
    assertThat(catalog.publishedOn()).contains(FEED_DATE);
    CatalogCard card = catalog.history("aws", "claude-x").get(0);
    assertThat(card.tier()).isEqualTo(SourceTier.SECONDARY);
    assertThat(card.listedOn()).contains(FEED_DATE);
    assertThat(card.source()).contains("feed.json");
    assertThat(card.note()).contains("genai-prices abc123 (2026-08-21); pricing pages: "
        + "https://aws.example/pricing");
    assertThat(catalog.provider("aws").note()).contains("per-region prices differ");
    assertThat(catalog.model("aws", "claude-x").contextWindow())
        .contains(TokenCount.of(200_000));
  }

  @Test
  void load_tieredPrices_becomeALongContextTierForEveryToken() throws IOException {
    ApiPriceCard card = load(FEED).history("aws", "claude-x").get(0).priceCard();
    assertThat(card.rates().input()).isEqualTo(usd("3"));
    assertThat(card.rates().cacheWrite(Duration.ofMinutes(5))).contains(usd("3.75"));
    assertThat(card.rates().cacheWrite(Duration.ofHours(1))).contains(usd("6"));
    assertThat(card.longContext()).hasValueSatisfying(t -> {
      assertThat(t.threshold()).isEqualTo(TokenCount.of(200_000));
      assertThat(t.rule()).isEqualTo(LongContextRule.ALL_TOKENS);
      assertThat(t.rates().input()).isEqualTo(usd("6"));
      assertThat(t.rates().output()).isEqualTo(usd("22.5"));
      // untiered prices stay at base above the tier's start
      assertThat(t.rates().cachedInput()).contains(usd("0.3"));
    });
  }

  @Test
  void load_datedConditionalPrices_becomePriceHistory() throws IOException {
    PriceCatalog catalog = load(FEED);
    // 10 / 40 until 2025-06-10, then 2 / 8: 1M in + 1M out
    ApiUsage usage = ApiUsage.of(TokenCount.ofMillions(1), TokenCount.ofMillions(1));
    ApiCost before = catalog.costAsOf("aws", "dated", usage, LocalDate.of(2025, 6, 9));
    assertThat(before.total()).isEqualTo(Money.of("USD", "50"));
    assertThat(before.isDateAssumed()).isTrue();
    assertThat(catalog.costAsOf("aws", "dated", usage, LocalDate.of(2025, 6, 10)).total())
        .isEqualTo(Money.of("USD", "10"));
  }

  @Test
  void load_timeOfDayPrice_becomesAServiceTierNamedByItsInterval() throws IOException {
    ApiPriceCard card = load(FEED).history("aws", "offpeak").get(0).priceCard();
    assertThat(card.rates().input()).isEqualTo(usd("0.135"));
    assertThat(card.serviceTiers()).containsOnlyKeys("utc-00:30-16:30");
    assertThat(card.serviceTiers().get("utc-00:30-16:30").input()).isEqualTo(usd("0.27"));
  }

  @Test
  void load_matchRules_findModelsAsTheFeedMatchesThem() throws IOException {
    PriceCatalog catalog = load(FEED);
    assertThat(catalog.model("aws", "anthropic.claude-x-20250101-v1:0").id())
        .isEqualTo("claude-x");
    assertThatThrownBy(() -> catalog.model("aws", "claude-y"))
        .isInstanceOf(io.github.inferenceecon.core.UnknownNameException.class);
  }

  //-----------------------------------------------------------------------
  // malformed feeds: the file, the JSON path and the field, and nothing loaded
  @Test
  void load_negativePrice_namesFilePathAndField(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("data.json"), FEED.replace("\"input_mtok\": 10",
        "\"input_mtok\": -10"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PriceCatalog.loadGenaiPrices(file, "v", FEED_DATE))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.path()).isEqualTo("[0].models[1].prices[0].prices.input_mtok");
          assertThat(e.field()).contains("input_mtok");
          assertThat(e.value()).contains("-10");
          assertThat(e.rule()).isEqualTo("Number must be in [0, 1000000]");
        });
  }

  @Test
  void load_severalProblems_reportsEachAndLoadsNothing() {
    String bad = FEED.replace("{\"id\": \"dated\", ", "{")
        .replace("{\"starts_with\": \"anthropic.claude-x-\"}", "{\"begins\": \"x\"}")
        .replace("\"2025-06-10\"", "\"2025-13-10\"");
    assertThatThrownBy(() -> load(bad))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.problemCount()).isEqualTo(2);
          assertThat(e.path()).isEqualTo("[0].models[0].match.or[1].begins");
          assertThat(e.rule()).startsWith("Unknown field 'begins'");
          assertThat(e.otherProblems().get(0).path()).isEqualTo("[0].models[1].id");
          assertThat(e.otherProblems().get(0).rule()).isEqualTo("Missing required field 'id'");
        });
  }

  @Test
  void load_unknownProviderField_isRejected() {
    assertThatThrownBy(() -> load(FEED.replace("\"api_pattern\": \"voyage\"",
        "\"api_pattern\": \"voyage\", \"homepage\": \"x\"")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("Invalid JSON in 'feed.json' at [1].homepage: Unknown field "
            + "'homepage'");
  }

  @Test
  void load_blankVersion_throws() {
    assertThatThrownBy(() -> PriceCatalog.loadGenaiPrices(CatalogFixtures.stream(FEED),
        "feed.json", " ", FEED_DATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Feed version must not be blank: ' '");
  }

  //-----------------------------------------------------------------------
  @Test
  void withSecondary_primaryCardWinsAndTheFeedFillsTheRest() throws IOException {
    PriceCatalog primary = CatalogFixtures.load(CatalogFixtures.ACME.replace(
        "\"id\": \"acme\"", "\"id\": \"amazon-bedrock\"").replace("\"acme-cloud\"", "\"aws\"")
        .replace("\"acme-small\", \"aliases\"", "\"claude-x\", \"aliases\""));
    PriceCatalog layered = primary.withSecondary(load(FEED));
    CatalogModel claude = layered.model("aws", "claude-x");
    assertThat(claude.cards(SourceTier.PRIMARY)).hasSize(1);
    assertThat(claude.cards(SourceTier.SECONDARY)).hasSize(1);
    // the primary card (0.10 / 0.40, listed 2025-02-01) wins where it is in force:
    // 1,000 x 0.10 + 1,000 x 0.40 per million = 0.0005
    ApiUsage usage = ApiUsage.of(TokenCount.of(1_000), TokenCount.of(1_000));
    ApiCost cost = layered.costAsOf("aws", "claude-x", usage, LocalDate.of(2026, 9, 1));
    assertThat(cost.total()).isEqualTo(Money.of("USD", "0.0005"));
    assertThat(cost.tier()).isEqualTo(SourceTier.PRIMARY);
    // above the feed's 200,000-token tier the primary card has no rate: the feed's card
    // prices it (300,000 x 6 + 1,000 x 22.5 per million = 1.8225), marked secondary
    ApiCost longCost = layered.costAsOf("aws", "claude-x", ApiUsage.of(TokenCount.of(300_000),
        TokenCount.of(1_000)), LocalDate.of(2026, 9, 1));
    assertThat(longCost.total()).isEqualTo(Money.of("USD", "1.8225"));
    assertThat(longCost.tier()).isEqualTo(SourceTier.SECONDARY);
    // models only the feed prices are added, secondary
    assertThat(layered.model("aws", "dated").cards()).allSatisfy(c ->
        assertThat(c.tier()).isEqualTo(SourceTier.SECONDARY));
    assertThat(layered.primaryOnly().findModel("aws", "dated")).isEmpty();
    // the layers disagree on claude-x: 0.10 against 3 input, 0.40 against 15 output
    assertThat(layered.disagreements(LocalDate.of(2026, 9, 1)))
        .extracting(PriceDisagreement::field).containsExactly("input", "output");
  }
}
