/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static io.github.inferenceecon.pricing.CatalogFixtures.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.json.InvalidJsonException;
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
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage(message);
  }

  private static void assertInvalidStartsWith(String json, String start) {
    assertThatThrownBy(() -> CatalogFixtures.load(json))
        .isInstanceOf(InvalidJsonException.class)
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
        "Invalid JSON in 'test.json': Malformed JSON at line 2, column 22: Unexpected character "
            + "(',' (code 44))");
  }

  @Test
  void load_emptyDocument_throws() {
    assertInvalid("", "Invalid JSON in 'test.json': Document must not be empty");
  }

  @Test
  void load_trailingContent_throws() {
    assertInvalidStartsWith(ACME + "{}", "Invalid JSON in 'test.json': Malformed JSON at line "
        + "29, column 1: Trailing token");
  }

  @Test
  void load_duplicateKey_throws() {
    assertInvalidStartsWith(acmeWith("\"input\": \"0.10\"", "\"input\": \"0.10\", \"input\": \"9\""),
        "Invalid JSON in 'test.json': Malformed JSON at line 24, column 41: Duplicate field "
            + "'input'");
  }

  //-----------------------------------------------------------------------
  // types and fields
  @Test
  void load_unknownField_namesPathAndKnownFields() {
    assertThatThrownBy(() -> CatalogFixtures.load(acmeWith("\"cachedInput\": \"0.30\"",
        "\"cachedInptu\": \"0.30\"")))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.source()).isEqualTo("test.json");
          assertThat(e.path()).isEqualTo("models[0].cards[0].cachedInptu");
          assertThat(e.field()).contains("cachedInptu");
          assertThat(e.value()).contains("\"0.30\"");
          assertThat(e.rule()).startsWith("Unknown field 'cachedInptu' (known: batchDiscount, "
              + "cacheWrites, cachedInput,");
        });
  }

  @Test
  void load_missingRequiredField_throws() {
    assertInvalid(acmeWith("\"input\": \"0.10\", ", ""),
        "Invalid JSON in 'test.json' at models[1].cards[0].input: Missing required field "
            + "'input'");
  }

  @Test
  void load_missingCurrency_throws() {
    assertInvalid(acmeWith("\"currency\": \"USD\",", ""),
        "Invalid JSON in 'test.json' at currency: Missing required field 'currency'");
  }

  @Test
  void load_wrongType_throws() {
    assertInvalid(acmeWith("\"contextWindow\": 128000", "\"contextWindow\": \"lots\""),
        "Invalid JSON in 'test.json' at models[1].contextWindow: Field 'contextWindow' must be "
            + "a number: \"lots\"");
  }

  @Test
  void load_fractionalTokenCount_throws() {
    assertInvalid(acmeWith("\"contextWindow\": 128000", "\"contextWindow\": 128000.5"),
        "Invalid JSON in 'test.json' at models[1].contextWindow: Number must be a whole number: "
            + "128000.5");
  }

  @Test
  void load_hugeExponent_isRejectedAtOnce() {
    assertInvalid(acmeWith("\"output\": \"0.40\"", "\"output\": 1e-999999999"),
        "Invalid JSON in 'test.json' at models[1].cards[0].output: Number must have at most 30 "
            + "digits before and after the point: 1E-999999999");
    assertInvalid(acmeWith("\"output\": \"0.40\"", "\"output\": \"1e999999999\""),
        "Invalid JSON in 'test.json' at models[1].cards[0].output: Number must have at most 30 "
            + "digits before and after the point: \"1e999999999\"");
  }

  @Test
  void load_emptyPrice_throws() {
    assertInvalid(acmeWith("\"output\": \"0.40\"", "\"output\": \"\""),
        "Invalid JSON in 'test.json' at models[1].cards[0].output: Value must be a decimal "
            + "number: \"\"");
  }

  @Test
  void load_unknownLongContextRule_throws() {
    assertInvalid(acmeWith("\"ALL_TOKENS\"", "\"SOME_TOKENS\""),
        "Invalid JSON in 'test.json' at models[0].cards[2].longContext.appliesTo: Value must be "
            + "one of ALL_TOKENS, EXCESS_TOKENS: \"SOME_TOKENS\"");
  }

  @Test
  void load_controlCharactersAndLongValues_areShownOnOneLine() {
    String longText = "x".repeat(500);
    assertThatThrownBy(() -> CatalogFixtures.load(acmeWith("\"input\": \"0.10\"",
        "\"input\": \"0.1\\n" + longText + "\"")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageNotContaining("\n")
        .hasMessageContaining("\"0.1\\nxxx")
        .hasMessageEndingWith("... (507 characters)");
  }

  //-----------------------------------------------------------------------
  // rules of the values
  @Test
  void load_nullRequiredValue_throws() {
    assertInvalid(acmeWith("\"output\": \"0.40\"", "\"output\": null"),
        "Invalid JSON in 'test.json' at models[1].cards[0].output: Field 'output' must be a "
            + "number: null");
  }

  @Test
  void load_negativePrice_namesPathAndValue() {
    assertInvalid(acmeWith("\"input\": \"3.00\"", "\"input\": \"-3.00\""),
        "Invalid JSON in 'test.json' at models[0].cards[0].input: Number must be in [0, "
            + "1000000]: \"-3.00\"");
  }

  @Test
  void load_unknownCurrency_throws() {
    assertInvalid(acmeWith("\"currency\": \"USD\"", "\"currency\": \"XYZ\""),
        "Invalid JSON in 'test.json' at currency: Currency must be an ISO 4217 currency code: "
            + "\"XYZ\"");
  }

  @Test
  void load_otherSchemaVersion_throws() {
    assertInvalid(acmeWith("\"schemaVersion\": 2", "\"schemaVersion\": 7"),
        "Invalid JSON in 'test.json' at schemaVersion: Schema version must be 2: 7");
  }

  @Test
  void load_blankProviderId_throws() {
    assertInvalid(acmeWith("\"id\": \"acme\"", "\"id\": \" \""),
        "Invalid JSON in 'test.json' at provider.id: Text must not be blank: \" \"");
  }

  @Test
  void load_bothLongContextThresholds_throws() {
    assertInvalid(acmeWith("\"fromInputTokens\": 200000",
        "\"fromInputTokens\": 200000, \"aboveInputTokens\": 200000"),
        "Invalid JSON in 'test.json' at models[0].cards[2].longContext: Long-context tier must "
            + "have exactly one of aboveInputTokens and fromInputTokens: {...}");
  }

  @Test
  void load_zeroLongContextThreshold_throws() {
    assertInvalid(acmeWith("\"fromInputTokens\": 200000", "\"fromInputTokens\": 1"),
        "Invalid JSON in 'test.json' at models[0].cards[2].longContext.fromInputTokens: Whole "
            + "number must be in [2, 1000000000000]: 1");
  }

  @Test
  void load_zeroCacheTtl_throws() {
    assertInvalid(acmeWith("\"ttl\": \"PT5M\"", "\"ttl\": \"PT0S\""),
        "Invalid JSON in 'test.json' at models[0].cards[0].cacheWrites[0].ttl: Duration must be "
            + "positive: \"PT0S\"");
  }

  @Test
  void load_batchDiscountAboveOne_throws() {
    assertInvalid(acmeWith("\"batchDiscount\": \"0.5\"", "\"batchDiscount\": \"1.5\""),
        "Invalid JSON in 'test.json' at models[0].cards[0].batchDiscount: Number must be in [0, "
            + "1]: \"1.5\"");
  }

  @Test
  void load_cardEndingBeforeItStarts_throws() {
    assertInvalid(acmeWith("{\"effectiveFrom\": \"2025-06-01\",",
        "{\"effectiveFrom\": \"2025-06-01\", \"effectiveUntil\": \"2025-05-01\","),
        "Invalid JSON in 'test.json' at models[0].cards[1]: Price card must end after it "
            + "starts: 2025-06-01/2025-05-01: {...}");
  }

  @Test
  void load_cardWithoutAnyDate_throws() {
    assertInvalid(acmeWith("{\"listedOn\": \"2025-02-01\", ", "{"),
        "Invalid JSON in 'test.json' at models[1].cards[0]: Price card must have an effective "
            + "date or a listing date: acme acme-small: {...}");
  }

  @Test
  void load_cardsOutOfDateOrder_throws() {
    assertInvalid(acmeWith("\"effectiveFrom\": \"2025-06-01\"", "\"effectiveFrom\": \"2024-06-01\""),
        "Invalid JSON in 'test.json' at models[0].cards: Price cards must be in date order: "
            + "card 2 (from 2024-06-01) is listed after card 1 (from 2025-01-01): [...]");
  }

  @Test
  void load_overlappingCards_throws() {
    assertInvalid(acmeWith("{\"effectiveFrom\": \"2025-01-01\",",
        "{\"effectiveFrom\": \"2025-01-01\", \"effectiveUntil\": \"2025-07-01\","),
        "Invalid JSON in 'test.json' at models[0].cards: Price cards must not overlap: card 1 "
            + "(until 2025-07-01) overlaps card 2 (from 2025-06-01): [...]");
  }

  @Test
  void load_aliasNamingAnotherModel_throws() {
    assertInvalid(acmeWith("\"aliases\": [\"acme-small-20250101\"]",
        "\"aliases\": [\"ACME Large\"]"),
        "Invalid JSON in 'test.json' at models[1].aliases: Name 'ACME Large' of acme model "
            + "'acme-small' already names acme model 'acme-large': [...]");
  }

  @Test
  void load_blankSourceUrl_throws() {
    assertInvalid(acmeWith("\"url\": \"https://acme.example/s\"", "\"url\": \"\""),
        "Invalid JSON in 'test.json' at models[1].cards[0].source.url: Text must not be blank: "
            + "\"\"");
  }

  @Test
  void load_severalBadModels_reportsEveryProblem() {
    String json = acmeWith("\"input\": \"3.00\"", "\"input\": \"-3.00\"")
        .replace("\"output\": \"0.40\"", "\"output\": true");
    assertThatThrownBy(() -> CatalogFixtures.load(json))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.problemCount()).isEqualTo(2);
          assertThat(e.path()).isEqualTo("models[0].cards[0].input");
          assertThat(e.otherProblems()).extracting(InvalidJsonException::path)
              .containsExactly("models[1].cards[0].output");
          assertThat(e).hasMessageEndingWith("(and 1 more problem)");
        });
  }

  @Test
  void load_twoDocumentsForOneProvider_throwsAndLoadsNothing(@TempDir Path dir)
      throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), ACME, StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.json"), ACME.replace("\"id\": \"acme\"",
        "\"id\": \"acme-2\"").replace("\"acme-cloud\"", "\"ACME\""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PriceCatalog.load(a, b))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage("Invalid JSON in '" + b + "' at provider: Provider name must not be used by "
            + "another document: '" + a + "': ACME");
  }

  @Test
  void load_oneBadDocumentAmongGoodOnes_loadsNothing(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), ACME, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.json"), ACME.replace("\"id\": \"acme\"", "\"id\": \"b\"")
        .replace("\"acme-cloud\"", "\"b-cloud\"").replace("\"0.40\"", "\"-0.40\""),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PriceCatalog.load(dir))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("b.json' at models[1].cards[0].output");
  }

  @Test
  void load_nullArguments_throw() {
    assertThatThrownBy(() -> PriceCatalog.load((Path[]) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PriceCatalog.load(CatalogFixtures.stream(ACME), null))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> PriceCatalog.load(null, "x.json"))
        .isInstanceOf(NullPointerException.class).hasMessage("in");
  }
}
