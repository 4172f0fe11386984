/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static io.github.inferenceecon.pricing.CatalogFixtures.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.units.TokenCount;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading catalogs from JSON: what a valid document becomes, and every rejected document. */
final class PriceCatalogLoadTest {

  private static String acmeWith(String from, String to) {
    assertThat(ACME).contains(from);
    return ACME.replace(from, to);
  }

  private static void assertInvalid(String json, String message) {
    assertThatThrownBy(() -> CatalogFixtures.load(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessage(message);
  }

  private static void assertInvalidStartsWith(String json, String start) {
    assertThatThrownBy(() -> CatalogFixtures.load(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(start);
  }

  //-----------------------------------------------------------------------
  // a valid document
  @Test
  void load_validDocument_readsEveryField() {
    PriceCatalog catalog = CatalogFixtures.acme();
    CatalogProvider acme = catalog.provider("acme");
    assertThat(acme.name()).contains("Acme AI");
    assertThat(acme.aliases()).containsExactly("acme-cloud");
    assertThat(acme.pricingUrl()).contains("https://acme.example/pricing");
    assertThat(acme.modelIdPrefixes()).containsExactly("eu.");
    CatalogModel large = catalog.model("acme", "acme-large");
    assertThat(large.name()).contains("Acme Large");
    assertThat(large.openWeights()).contains(false);
    assertThat(large.contextWindow()).contains(TokenCount.of(200_000));
    assertThat(large.cards()).hasSize(3);
    ApiPriceCard first = large.cards().get(0).priceCard();
    assertThat(first.rates().input()).isEqualTo(TokenPrice.perMillion("USD", "3"));
    assertThat(first.rates().cachedInput()).contains(TokenPrice.perMillion("USD", "0.3"));
    assertThat(first.rates().cacheWrite(Duration.ofMinutes(5)))
        .contains(TokenPrice.perMillion("USD", "3.75"));
    assertThat(first.batchDiscount()).contains(new BigDecimal("0.5"));
    assertThat(first.source()).contains("https://acme.example/a");
    assertThat(first.effectiveFrom()).contains(LocalDate.of(2025, 1, 1));
    // numbers are read exactly, like strings
    assertThat(large.cards().get(1).priceCard().rates().output())
        .isEqualTo(TokenPrice.perMillion("USD", "10"));
    CatalogCard third = large.cards().get(2);
    assertThat(third.listedOn()).contains(LocalDate.of(2026, 1, 15));
    assertThat(third.sourceRead()).contains(LocalDate.of(2026, 1, 15));
    assertThat(third.priceCard().longContext()).hasValueSatisfying(t -> {
      // "from 200,000 input tokens" is "above 199,999"
      assertThat(t.threshold()).isEqualTo(TokenCount.of(199_999));
      assertThat(t.rule()).isEqualTo(LongContextRule.ALL_TOKENS);
    });
    assertThat(third.priceCard().serviceTiers()).containsOnlyKeys("priority");
    assertThat(catalog.model("acme", "acme-next").isPriced()).isFalse();
    assertThat(catalog.model("acme", "acme-next").note()).contains("Announced; no price yet.");
  }

  @Test
  void load_stream_isReadButNotClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(CatalogFixtures.stream(ACME)) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    assertThat(PriceCatalog.load(in, "acme.json").models()).hasSize(3);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void load_aboveInputTokens_isTheThresholdAsGiven() throws IOException {
    PriceCatalog catalog = CatalogFixtures.load(acmeWith("\"fromInputTokens\": 200000",
        "\"aboveInputTokens\": 272000"));
    assertThat(catalog.card("acme", "acme-large").longContext().orElseThrow().threshold())
        .isEqualTo(TokenCount.of(272_000));
  }

  @Test
  void load_directory_readsEveryJsonFileInNameOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.json"), ACME, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.json"), ACME.replace("\"id\": \"acme\"", "\"id\": \"zeta\"")
        .replace("\"acme-cloud\"", "\"zeta-cloud\""), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "not a catalog", StandardCharsets.UTF_8);
    PriceCatalog catalog = PriceCatalog.load(dir);
    assertThat(catalog.providers()).extracting(CatalogProvider::id).containsExactly("zeta", "acme");
  }

  @Test
  void load_missingFile_throwsNoSuchFile(@TempDir Path dir) {
    assertThatThrownBy(() -> PriceCatalog.load(dir.resolve("missing.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  //-----------------------------------------------------------------------
  // malformed JSON
  @Test
  void load_syntaxError_namesTheDocumentAndLine() {
    assertInvalidStartsWith("{\n  \"schemaVersion\": 1,,\n}",
        "Invalid price catalog 'test.json': Unexpected character (',' (code 44))");
    assertThatThrownBy(() -> CatalogFixtures.load("{\n  \"schemaVersion\": 1,,\n}"))
        .hasMessageContaining("(line 2, column 22)");
  }

  @Test
  void load_emptyDocument_throws() {
    assertInvalid("", "Invalid price catalog 'test.json': Price catalog must not be empty");
  }

  @Test
  void load_trailingContent_throws() {
    assertInvalidStartsWith(ACME + "{}", "Invalid price catalog 'test.json': Trailing token");
  }

  @Test
  void load_duplicateKey_throws() {
    assertInvalidStartsWith(acmeWith("\"input\": \"0.10\"", "\"input\": \"0.10\", \"input\": \"9\""),
        "Invalid price catalog 'test.json': Duplicate field 'input'");
  }

  //-----------------------------------------------------------------------
  // fields Jackson rejects
  @Test
  void load_unknownField_namesPathProviderModelAndKnownFields() {
    assertInvalidStartsWith(acmeWith("\"cachedInput\": \"0.30\"", "\"cachedInptu\": \"0.30\""),
        "Invalid price catalog 'test.json' at models[0].cards[0].cachedInptu (provider 'acme', "
            + "model 'acme-large'): Unknown field 'cachedInptu' (known: batchDiscount, "
            + "cacheWrites, cachedInput,");
  }

  @Test
  void load_missingRequiredField_throws() {
    assertInvalid(acmeWith("\"input\": \"0.10\", ", ""),
        "Invalid price catalog 'test.json' at models[1].cards[0].input (provider 'acme', model "
            + "'acme-small'): Missing required field 'input'");
  }

  @Test
  void load_missingCurrency_throws() {
    assertInvalid(acmeWith("\"currency\": \"USD\",", ""),
        "Invalid price catalog 'test.json' at currency (provider 'acme'): Missing required "
            + "field 'currency'");
  }

  @Test
  void load_wrongType_throws() {
    assertInvalidStartsWith(acmeWith("\"contextWindow\": 128000", "\"contextWindow\": \"lots\""),
        "Invalid price catalog 'test.json' at models[1].contextWindow (provider 'acme', model "
            + "'acme-small'): Cannot deserialize value of type `java.lang.Long` from String "
            + "\"lots\"");
  }

  @Test
  void load_fractionalTokenCount_throws() {
    assertInvalidStartsWith(acmeWith("\"contextWindow\": 128000", "\"contextWindow\": 128000.5"),
        "Invalid price catalog 'test.json' at models[1].contextWindow (provider 'acme', model "
            + "'acme-small'): Cannot coerce Floating-point value");
  }

  @Test
  void load_emptyPrice_throws() {
    assertInvalidStartsWith(acmeWith("\"output\": \"0.40\"", "\"output\": \"\""),
        "Invalid price catalog 'test.json' at models[1].cards[0].output (provider 'acme', "
            + "model 'acme-small'): Cannot coerce empty String");
  }

  @Test
  void load_unknownLongContextRule_throws() {
    assertInvalidStartsWith(acmeWith("\"ALL_TOKENS\"", "\"SOME_TOKENS\""),
        "Invalid price catalog 'test.json' at models[0].cards[2].longContext.appliesTo "
            + "(provider 'acme', model 'acme-large'): Cannot deserialize value of type "
            + "`io.github.inferenceecon.core.billing.LongContextRule` from String \"SOME_TOKENS\"");
  }

  //-----------------------------------------------------------------------
  // rules checked after reading
  @Test
  void load_nullRequiredValue_throws() {
    assertInvalid(acmeWith("\"output\": \"0.40\"", "\"output\": null"),
        "Invalid price catalog 'test.json' at models[1].cards[0].output (provider 'acme', "
            + "model 'acme-small'): Field must not be null");
  }

  @Test
  void load_negativePrice_namesPathProviderAndModel() {
    assertInvalid(acmeWith("\"input\": \"3.00\"", "\"input\": \"-3.00\""),
        "Invalid price catalog 'test.json' at models[0].cards[0].input (provider 'acme', model "
            + "'acme-large'): Token price must not be negative: USD -3");
  }

  @Test
  void load_unknownCurrency_throws() {
    assertInvalid(acmeWith("\"currency\": \"USD\"", "\"currency\": \"XYZ\""),
        "Invalid price catalog 'test.json' at currency (provider 'acme'): Unknown currency "
            + "code 'XYZ'");
  }

  @Test
  void load_otherSchemaVersion_throws() {
    assertInvalid(acmeWith("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
        "Invalid price catalog 'test.json' at schemaVersion: Schema version must be 1: 2");
  }

  @Test
  void load_blankProviderId_throws() {
    assertInvalid(acmeWith("\"id\": \"acme\"", "\"id\": \" \""),
        "Invalid price catalog 'test.json' at provider: Provider id must contain a letter or "
            + "digit: ' '");
  }

  @Test
  void load_bothLongContextThresholds_throws() {
    assertInvalid(acmeWith("\"fromInputTokens\": 200000",
        "\"fromInputTokens\": 200000, \"aboveInputTokens\": 200000"),
        "Invalid price catalog 'test.json' at models[0].cards[2].longContext (provider 'acme', "
            + "model 'acme-large'): Long-context tier must have exactly one of "
            + "aboveInputTokens and fromInputTokens");
  }

  @Test
  void load_zeroLongContextThreshold_throws() {
    assertInvalid(acmeWith("\"fromInputTokens\": 200000", "\"fromInputTokens\": 1"),
        "Invalid price catalog 'test.json' at models[0].cards[2].longContext.fromInputTokens "
            + "(provider 'acme', model 'acme-large'): Long-context threshold must be positive: "
            + "0 tokens");
  }

  @Test
  void load_zeroCacheTtl_throws() {
    assertInvalid(acmeWith("\"ttl\": \"PT5M\"", "\"ttl\": \"PT0S\""),
        "Invalid price catalog 'test.json' at models[0].cards[0].cacheWrites[0].ttl (provider "
            + "'acme', model 'acme-large'): Cache time-to-live must be positive: PT0S");
  }

  @Test
  void load_batchDiscountAboveOne_throws() {
    assertInvalid(acmeWith("\"batchDiscount\": \"0.5\"", "\"batchDiscount\": \"1.5\""),
        "Invalid price catalog 'test.json' at models[0].cards[0].batchDiscount (provider "
            + "'acme', model 'acme-large'): Batch discount must be in [0, 1]: 1.5");
  }

  @Test
  void load_cardEndingBeforeItStarts_throws() {
    assertInvalid(acmeWith("{\"effectiveFrom\": \"2025-06-01\",",
        "{\"effectiveFrom\": \"2025-06-01\", \"effectiveUntil\": \"2025-05-01\","),
        "Invalid price catalog 'test.json' at models[0].cards[1] (provider 'acme', model "
            + "'acme-large'): Price card must end after it starts: 2025-06-01/2025-05-01");
  }

  @Test
  void load_cardWithoutAnyDate_throws() {
    assertInvalid(acmeWith("{\"listedOn\": \"2025-02-01\", ", "{"),
        "Invalid price catalog 'test.json' at models[1].cards[0] (provider 'acme', model "
            + "'acme-small'): Price card must have an effective date or a listing date: acme "
            + "acme-small");
  }

  @Test
  void load_cardsOutOfDateOrder_throws() {
    assertInvalid(acmeWith("\"effectiveFrom\": \"2025-06-01\"", "\"effectiveFrom\": \"2024-06-01\""),
        "Invalid price catalog 'test.json' at models[0].cards (provider 'acme', model "
            + "'acme-large'): Price cards must be in date order: card 2 (from 2024-06-01) is "
            + "listed after card 1 (from 2025-01-01)");
  }

  @Test
  void load_overlappingCards_throws() {
    assertInvalid(acmeWith("{\"effectiveFrom\": \"2025-01-01\",",
        "{\"effectiveFrom\": \"2025-01-01\", \"effectiveUntil\": \"2025-07-01\","),
        "Invalid price catalog 'test.json' at models[0].cards (provider 'acme', model "
            + "'acme-large'): Price cards must not overlap: card 1 (until 2025-07-01) overlaps "
            + "card 2 (from 2025-06-01)");
  }

  @Test
  void load_aliasNamingAnotherModel_throws() {
    assertInvalid(acmeWith("\"aliases\": [\"acme-small-20250101\"]",
        "\"aliases\": [\"ACME Large\"]"),
        "Invalid price catalog 'test.json' at models[1].aliases (provider 'acme', model "
            + "'acme-small'): Name 'ACME Large' of acme model 'acme-small' already names acme "
            + "model 'acme-large'");
  }

  @Test
  void load_blankSourceUrl_throws() {
    assertInvalid(acmeWith("\"url\": \"https://acme.example/s\"", "\"url\": \"\""),
        "Invalid price catalog 'test.json' at models[1].cards[0].source.url (provider 'acme', "
            + "model 'acme-small'): Source URL must not be blank: ''");
  }

  @Test
  void load_twoDocumentsForOneProvider_throwsAndLoadsNothing(@TempDir Path dir)
      throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), ACME, StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.json"), ACME.replace("\"id\": \"acme\"",
        "\"id\": \"acme-2\"").replace("\"acme-cloud\"", "\"ACME\""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PriceCatalog.load(a, b))
        .isInstanceOf(JsonMappingException.class)
        .hasMessage("Invalid price catalog '" + b + "' at provider (provider 'acme-2'): "
            + "Provider name 'ACME' is also used by document '" + a + "'");
  }

  @Test
  void load_oneBadDocumentAmongGoodOnes_loadsNothing(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), ACME, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.json"), ACME.replace("\"id\": \"acme\"", "\"id\": \"b\"")
        .replace("\"acme-cloud\"", "\"b-cloud\"").replace("\"0.40\"", "\"-0.40\""),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PriceCatalog.load(dir))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("b.json' at models[1].cards[0].output");
  }

  @Test
  void load_nullArguments_throw() {
    assertThatThrownBy(() -> PriceCatalog.load((Path[]) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PriceCatalog.load(CatalogFixtures.stream(ACME), null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> PriceCatalog.load(null, "x.json"))
        .isInstanceOf(NullPointerException.class).hasMessage("in");
  }
}
