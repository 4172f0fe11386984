/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.json.InvalidJsonException;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stacking of {@link PriceCatalog.Loader}, on small layers written by hand, every card
 * listed on one date so that a layer's card replaces the card of the same tier below it:
 *
 * <pre>
 * model   base primary  base secondary  new feed  LiteLLM  user catalog  wins
 * gpt-p   1 / 2         9 / 9           -         -        -             base primary (1)
 * gpt-old -             4 / 4           -         -        -             gone with the feed
 * gpt-s   -             5 / 5           6 / 6     -        -             new feed (6)
 * gpt-l   -             -               6 / 6     7 / 7    -             LiteLLM (7)
 * gpt-u   -             -               -         7 / 7    8 / 8         user catalog (8)
 * </pre>
 *
 * (input / output in USD per 1M tokens.)
 */
final class PriceCatalogLoaderTest {

  private static final LocalDate D = LocalDate.of(2026, 10, 1);

  /** The base's primary layer: gpt-p at 1 / 2, PRIMARY, listed on D. */
  private static final String PRIMARY = """
      {"schemaVersion": 2, "publishedOn": "2026-10-01",
       "provider": {"id": "openai", "name": "OpenAI"}, "currency": "USD",
       "models": [{"id": "gpt-p", "cards": [{"listedOn": "2026-10-01",
         "source": {"url": "https://openai.example/p"}, "input": "1", "output": "2"}]}]}
      """;

  /** The base's secondary layer (an old feed): gpt-p 9 / 9, gpt-s 5 / 5, gpt-old 4 / 4. */
  private static final String OLD_FEED = feed(model("gpt-p", 9) + ", " + model("gpt-s", 5)
      + ", " + model("gpt-old", 4));

  /** The new feed: gpt-s 6 / 6, gpt-l 6 / 6. */
  private static final String NEW_FEED = feed(model("gpt-s", 6) + ", " + model("gpt-l", 6));

  /** LiteLLM: gpt-l and gpt-u at 7e-6 per token, 7 per 1M. */
  private static final String LITELLM = """
      {"gpt-l": {"litellm_provider": "openai", "mode": "chat",
                 "input_cost_per_token": 7e-06, "output_cost_per_token": 7e-06},
       "gpt-u": {"litellm_provider": "openai", "mode": "chat",
                 "input_cost_per_token": 7e-06, "output_cost_per_token": 7e-06}}
      """;

  /** The user's catalog: gpt-u at 8 / 8, SECONDARY (as the LiteLLM card it replaces). */
  private static final String USER = """
      {"schemaVersion": 2, "publishedOn": "2026-10-01",
       "provider": {"id": "openai"}, "currency": "USD",
       "models": [{"id": "gpt-u", "cards": [{"listedOn": "2026-10-01", "tier": "SECONDARY",
         "source": {"url": "https://me.example/u"}, "input": "8", "output": "8"}]}]}
      """;

  private static String model(String id, int price) {
    return "{\"id\": \"" + id + "\", \"match\": {\"equals\": \"" + id + "\"}, "
        + "\"prices\": {\"input_mtok\": " + price + ", \"output_mtok\": " + price + "}}";
  }

  private static String feed(String models) {
    return "[{\"id\": \"openai\", \"name\": \"OpenAI\", \"api_pattern\": \"openai\", "
        + "\"models\": [" + models + "]}]";
  }

  private static PriceCatalog base() throws IOException {
    return PriceCatalog.load(CatalogFixtures.stream(PRIMARY), "primary.json")
        .withSecondary(PriceCatalog.loadGenaiPrices(CatalogFixtures.stream(OLD_FEED),
            "old.json", "old", D));
  }

  private static Path write(Path dir, String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  /** The input price of a model's card in force on a date, per 1M tokens. */
  private static Money inputOn(PriceCatalog catalog, String model, LocalDate date) {
    return catalog.cardAsOf("openai", model, date).rates().input()
        .costOf(TokenCount.ofMillions(1));
  }

  private static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  //-----------------------------------------------------------------------
  // load: the order of the layers
  @Test
  void load_everyLayer_eachModelPricedByTheHighestLayerWithItsTier(@TempDir Path dir)
      throws IOException {
    PriceCatalog catalog = PriceCatalog.over(base())
        .genaiPrices(write(dir, "data.json", NEW_FEED), "new", D)
        .liteLlm(write(dir, "litellm.json", LITELLM), D)
        .catalogs(write(dir, "user.json", USER))
        .load();

    // gpt-p: the base's primary 1 wins over the old feed's 9 (gone) on every date it is in force
    assertThat(inputOn(catalog, "gpt-p", D)).isEqualTo(usd("1"));
    assertThat(catalog.cardAsOf("openai", "gpt-p", D).tier()).isEqualTo(SourceTier.PRIMARY);
    // gpt-old: only the old feed priced it, and the new feed replaced the old one
    assertThat(catalog.findModel("openai", "gpt-old")).isEmpty();
    // gpt-s: the new feed's 6, not the old feed's 5
    assertThat(inputOn(catalog, "gpt-s", D)).isEqualTo(usd("6"));
    // gpt-l: LiteLLM's 7e-6 per token = 7 per 1M replaces the feed's 6 (both SECONDARY, on D)
    assertThat(inputOn(catalog, "gpt-l", D)).isEqualTo(usd("7"));
    // gpt-u: the user's 8 replaces LiteLLM's 7 (both SECONDARY, on D)
    assertThat(inputOn(catalog, "gpt-u", D)).isEqualTo(usd("8"));
    assertThat(catalog.history("openai", "gpt-u")).hasSize(1);
  }

  @Test
  void load_callsInAnyOrder_sameLayers(@TempDir Path dir) throws IOException {
    Path feed = write(dir, "data.json", NEW_FEED);
    Path lite = write(dir, "litellm.json", LITELLM);
    Path user = write(dir, "user.json", USER);

    PriceCatalog userFirst = PriceCatalog.over(base()).catalogs(user).liteLlm(lite, D)
        .genaiPrices(feed, "new", D).load();

    // the user's 8 still over LiteLLM's 7, LiteLLM's 7 still over the feed's 6
    assertThat(inputOn(userFirst, "gpt-u", D)).isEqualTo(usd("8"));
    assertThat(inputOn(userFirst, "gpt-l", D)).isEqualTo(usd("7"));
  }

  @Test
  void load_noFeed_keepsTheBaseSecondaryLayer(@TempDir Path dir) throws IOException {
    PriceCatalog catalog = PriceCatalog.over(base())
        .liteLlm(write(dir, "litellm.json", LITELLM), D).load();

    // without a feed the old feed stays: gpt-old at 4, gpt-s at 5
    assertThat(inputOn(catalog, "gpt-old", D)).isEqualTo(usd("4"));
    assertThat(inputOn(catalog, "gpt-s", D)).isEqualTo(usd("5"));
    // gpt-u only LiteLLM prices: 7 per 1M
    assertThat(inputOn(catalog, "gpt-u", D)).isEqualTo(usd("7"));
  }

  @Test
  void load_nothingGiven_isTheBase() throws IOException {
    PriceCatalog base = base();

    assertThat(PriceCatalog.over(base).load()).isSameAs(base);
    assertThat(PriceCatalog.overBundled().load()).isSameAs(PriceCatalog.bundled());
  }

  @Test
  void load_thenPrimaryOnly_keepsTheBasePrimaryAlone(@TempDir Path dir) throws IOException {
    PriceCatalog primary = PriceCatalog.over(base())
        .genaiPrices(write(dir, "data.json", NEW_FEED), "new", D)
        .liteLlm(write(dir, "litellm.json", LITELLM), D)
        .catalogs(write(dir, "user.json", USER))
        .load().primaryOnly();

    // every layer above the base's primary is secondary here: only gpt-p (1) remains
    assertThat(primary.models()).extracting(CatalogModel::id).containsExactly("gpt-p");
    assertThat(inputOn(primary, "gpt-p", D)).isEqualTo(usd("1"));
  }

  @Test
  void catalogs_laterCall_overEarlierCall(@TempDir Path dir) throws IOException {
    Path first = write(dir, "first.json", USER);
    Path second = write(dir, "second.json", USER.replace("\"8\"", "\"9\""));

    PriceCatalog catalog = PriceCatalog.over(base()).catalogs(first).catalogs(second).load();

    // the second call's 9 replaces the first call's 8 (same tier, same date)
    assertThat(inputOn(catalog, "gpt-u", D)).isEqualTo(usd("9"));
  }

  //-----------------------------------------------------------------------
  // the defaults: the feed's version and the dates
  @Test
  void genaiPrices_noVersionOrDate_fileNameAndTodayUtc(@TempDir Path dir) throws IOException {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    PriceCatalog catalog = PriceCatalog.over(base())
        .genaiPrices(write(dir, "feed-2026.json", NEW_FEED)).load();
    LocalDate after = LocalDate.now(ZoneOffset.UTC);

    CatalogCard card = catalog.history("openai", "gpt-s").get(0);
    assertThat(card.listedOn().orElseThrow()).isBetween(before, after);
    assertThat(card.note().orElseThrow()).startsWith("genai-prices feed-2026.json ("
        + card.listedOn().orElseThrow() + ")");
  }

  @Test
  void genaiPrices_versionWithoutDate_thatVersionListedTodayUtc(@TempDir Path dir)
      throws IOException {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    PriceCatalog catalog = PriceCatalog.over(base())
        .genaiPrices(write(dir, "data.json", NEW_FEED), "0123abc").load();
    LocalDate after = LocalDate.now(ZoneOffset.UTC);

    CatalogCard card = catalog.history("openai", "gpt-s").get(0);
    assertThat(card.listedOn().orElseThrow()).isBetween(before, after);
    assertThat(card.note().orElseThrow()).startsWith("genai-prices 0123abc (");
  }

  @Test
  void genaiPrices_dateWithoutVersion_fileNameOnThatDate(@TempDir Path dir) throws IOException {
    PriceCatalog catalog = PriceCatalog.over(base())
        .genaiPrices(write(dir, "data.json", NEW_FEED), D).load();

    CatalogCard card = catalog.history("openai", "gpt-s").get(0);
    assertThat(card.listedOn()).contains(D);
    assertThat(card.note().orElseThrow()).startsWith("genai-prices data.json (2026-10-01)");
  }

  @Test
  void liteLlm_noDate_listedTodayUtc(@TempDir Path dir) throws IOException {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    PriceCatalog catalog = PriceCatalog.over(base())
        .liteLlm(write(dir, "litellm.json", LITELLM)).load();
    LocalDate after = LocalDate.now(ZoneOffset.UTC);

    assertThat(catalog.history("openai", "gpt-u").get(0).listedOn().orElseThrow())
        .isBetween(before, after);
  }

  //-----------------------------------------------------------------------
  // misuse and bad input
  @Test
  void genaiPrices_secondFeed_throwsIllegalState(@TempDir Path dir) throws IOException {
    Path feed = write(dir, "data.json", NEW_FEED);
    PriceCatalog.Loader loader = PriceCatalog.over(base()).genaiPrices(feed, "new", D);

    assertThatIllegalStateException().isThrownBy(() -> loader.genaiPrices(feed, "newer", D))
        .withMessage("A genai-prices feed is given already; give one: '" + feed + "'");
  }

  @Test
  void catalogs_invalidDocument_throwsAtTheCallNamingTheFile(@TempDir Path dir)
      throws IOException {
    Path bad = write(dir, "bad.json", USER.replace("\"8\"", "\"cheap\""));
    PriceCatalog.Loader loader = PriceCatalog.over(base());

    assertThatThrownBy(() -> loader.catalogs(bad)).isInstanceOfSatisfying(
        InvalidJsonException.class, e -> assertThat(e.source()).isEqualTo(bad.toString()));
    // nothing was added: the loader still gives the base
    assertThat(inputOn(loader.load(), "gpt-s", D)).isEqualTo(usd("5"));
  }

  @Test
  void liteLlm_missingFile_throwsIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> PriceCatalog.over(base()).liteLlm(dir.resolve("none.json"), D))
        .isInstanceOf(IOException.class);
  }

  @Test
  void nulls_throw(@TempDir Path dir) throws IOException {
    Path file = write(dir, "data.json", NEW_FEED);
    PriceCatalog.Loader loader = PriceCatalog.over(base());

    assertThatNullPointerException().isThrownBy(() -> PriceCatalog.over(null))
        .withMessage("base");
    assertThatNullPointerException().isThrownBy(() -> loader.genaiPrices((Path) null))
        .withMessage("file");
    assertThatNullPointerException().isThrownBy(() -> loader.genaiPrices(null, "v", D))
        .withMessage("file");
    assertThatNullPointerException().isThrownBy(() -> loader.genaiPrices(null, "v"))
        .withMessage("file");
    assertThatNullPointerException().isThrownBy(() -> loader.genaiPrices(null, D))
        .withMessage("file");
    assertThatNullPointerException().isThrownBy(() -> loader.genaiPrices(file, (String) null))
        .withMessage("version");
    assertThatNullPointerException()
        .isThrownBy(() -> loader.genaiPrices(file, (LocalDate) null))
        .withMessage("date");
    assertThatNullPointerException().isThrownBy(() -> loader.genaiPrices(file, null, D))
        .withMessage("version");
    assertThatNullPointerException().isThrownBy(() -> loader.genaiPrices(file, "v", null))
        .withMessage("date");
    assertThatNullPointerException().isThrownBy(() -> loader.liteLlm((Path) null))
        .withMessage("file");
    assertThatNullPointerException().isThrownBy(() -> loader.liteLlm(file, null))
        .withMessage("listedOn");
    assertThatNullPointerException().isThrownBy(() -> loader.catalogs((Path[]) null))
        .withMessage("paths");
    assertThatNullPointerException()
        .isThrownBy(() -> loader.catalogs((Collection<Path>) null))
        .withMessage("paths");
  }
}
