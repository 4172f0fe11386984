/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static io.github.inferenceecon.pricing.CatalogFixtures.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import io.github.inferenceecon.core.billing.LongContextRule;
import io.github.inferenceecon.core.json.InferenceEconJson;
import io.github.inferenceecon.pricing.CatalogDocument.CardDoc;
import io.github.inferenceecon.pricing.CatalogDocument.ModelDoc;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapping a price-catalog tree to the document records by hand. */
final class CatalogDocumentReaderTest {

  private static final List<String> BUNDLED = List.of("anthropic.json", "openai.json",
      "google.json", "google-vertex.json", "amazon-bedrock.json", "azure-openai.json",
      "deepseek.json", "mistral.json", "xai.json", "together.json", "fireworks.json",
      "groq.json", "deepinfra.json", "cerebras.json");

  /** Jackson's binding of the records, configured as the reader was before it was hand-written. */
  private static final ObjectMapper BINDING = binding();

  private static ObjectMapper binding() {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper;
  }

  private static JsonNode tree(String json) throws IOException {
    return BINDING.readTree(json);
  }

  private static CatalogDocument read(String json) throws IOException {
    return CatalogDocumentReader.read(tree(json), "test.json");
  }

  private static String acmeWith(String from, String to) {
    assertThat(ACME).contains(from);
    return ACME.replace(from, to);
  }

  private static void assertInvalid(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(JsonMappingException.class)
        .hasMessage(message);
  }

  //-----------------------------------------------------------------------
  // the same records as Jackson's binding
  @Test
  void read_bundledDocuments_equalJacksonBinding() throws IOException {
    for (String file : BUNDLED) {
      JsonNode tree;
      try (InputStream in = PriceCatalog.class.getResourceAsStream(file)) {
        tree = BINDING.readTree(in);
      }

      assertThat(CatalogDocumentReader.read(tree, file)).as(file)
          .isEqualTo(BINDING.treeToValue(tree, CatalogDocument.class));
    }
  }

  @Test
  void read_fixture_equalsJacksonBinding() throws IOException {
    assertThat(read(ACME)).isEqualTo(BINDING.treeToValue(tree(ACME), CatalogDocument.class));
  }

  //-----------------------------------------------------------------------
  // coercions Jackson made, kept
  @Test
  void read_numericTextForACount_isTheNumber() throws IOException {
    ModelDoc small = read(acmeWith("\"contextWindow\": 128000", "\"contextWindow\": \" 128000 \""))
        .models().get(1);

    assertThat(small.contextWindow()).isEqualTo(128_000L);
  }

  @Test
  void read_wholeNumberForABoolean_isTrueUnlessZero() throws IOException {
    assertThat(read(acmeWith("\"openWeights\": true", "\"openWeights\": 1")).models().get(1)
        .openWeights()).isTrue();
    assertThat(read(acmeWith("\"openWeights\": true", "\"openWeights\": 0")).models().get(1)
        .openWeights()).isFalse();
    assertThat(read(acmeWith("\"openWeights\": true", "\"openWeights\": \"TRUE\"")).models()
        .get(1).openWeights()).isTrue();
  }

  @Test
  void read_numberForText_isItsText() throws IOException {
    assertThat(read(acmeWith("\"name\": \"Acme Large\"", "\"name\": 1.50")).models().get(0)
        .name()).isEqualTo("1.5");
  }

  @Test
  void read_numberForATimeToLive_isSeconds() throws IOException {
    CardDoc card = read(acmeWith("\"ttl\": \"PT5M\"", "\"ttl\": 300.5")).models().get(0).cards()
        .get(0);

    assertThat(card.cacheWrites().get(0).ttl()).isEqualTo(Duration.ofMillis(300_500));
  }

  @Test
  void read_timeToLive_isWhatDurationParseReads() throws IOException {
    // the common forms are read without Duration.parse; every form must agree with it
    for (String ttl : new String[] {"PT5M", "PT1H", "PT30S", "PT0S", "PT9999999999H", "pt5m",
        "PT1H30M", "PT1.5S", "P1D", "PT-5M", "PT+5M", "-PT5M"}) {
      CardDoc card = read(acmeWith("\"ttl\": \"PT5M\"", "\"ttl\": \"" + ttl + "\""))
          .models().get(0).cards().get(0);

      assertThat(card.cacheWrites().get(0).ttl()).as(ttl).isEqualTo(Duration.parse(ttl));
    }
  }

  @Test
  void read_dateWithTime_isTheDate() throws IOException {
    CardDoc card = read(acmeWith("\"effectiveFrom\": \"2025-01-01\"",
        "\"effectiveFrom\": \"2025-01-01T10:00:00\"")).models().get(0).cards().get(0);

    assertThat(card.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void read_priceAsNumberOrText_isExact() throws IOException {
    List<CardDoc> cards = read(ACME).models().get(0).cards();

    assertThat(cards.get(0).input()).isEqualTo(new BigDecimal("3.00"));
    assertThat(cards.get(1).input()).isEqualTo(new BigDecimal("2"));
    assertThat(cards.get(2).longContext().appliesTo()).isEqualTo(LongContextRule.ALL_TOKENS);
  }

  @Test
  void read_nullElements_areKeptForTheChecksAfter() throws IOException {
    assertThat(read(acmeWith("\"aliases\": [\"acme-cloud\"]", "\"aliases\": [null]")).provider()
        .aliases()).containsExactly((String) null);
  }

  //-----------------------------------------------------------------------
  // rejected values
  @Test
  void read_documentNotAnObject_throws() {
    assertInvalid("[]", "Invalid price catalog 'test.json': Price catalog must be a JSON object: "
        + "[]");
  }

  @Test
  void read_objectWhereAnArrayBelongs_throws() {
    assertInvalid(acmeWith("\"aliases\": [\"acme-small-20250101\"]", "\"aliases\": \"x\""),
        "Invalid price catalog 'test.json' at models[1].aliases (provider 'acme', model "
            + "'acme-small'): Field must be a JSON array: \"x\"");
  }

  @Test
  void read_textWhereAnObjectBelongs_throws() {
    assertInvalid(acmeWith("\"source\": {\"url\": \"https://acme.example/s\"}", "\"source\": 5"),
        "Invalid price catalog 'test.json' at models[1].cards[0].source (provider 'acme', model "
            + "'acme-small'): Field must be a JSON object: 5");
  }

  @Test
  void read_arrayForText_throws() {
    assertInvalid(acmeWith("\"currency\": \"USD\"", "\"currency\": [\"USD\"]"),
        "Invalid price catalog 'test.json' at currency (provider 'acme'): Cannot deserialize "
            + "value of type `java.lang.String` from Array value (token `JsonToken.START_ARRAY`)");
  }

  @Test
  void read_blankPrice_throws() {
    assertInvalid(acmeWith("\"output\": \"0.40\"", "\"output\": \"  \""),
        "Invalid price catalog 'test.json' at models[1].cards[0].output (provider 'acme', model "
            + "'acme-small'): Cannot coerce blank String (all whitespace) to "
            + "`java.math.BigDecimal` value (but could if coercion was enabled using "
            + "`CoercionConfig`)");
  }

  @Test
  void read_textThatIsNotANumber_throws() {
    assertInvalid(acmeWith("\"output\": \"0.40\"", "\"output\": \"lots\""),
        "Invalid price catalog 'test.json' at models[1].cards[0].output (provider 'acme', model "
            + "'acme-small'): Cannot deserialize value of type `java.math.BigDecimal` from String "
            + "\"lots\": not a valid representation");
  }

  @Test
  void read_countOutOfRange_throws() {
    assertInvalid(acmeWith("\"contextWindow\": 128000",
        "\"contextWindow\": 99999999999999999999"),
        "Invalid price catalog 'test.json' at models[1].contextWindow (provider 'acme', model "
            + "'acme-small'): Numeric value (99999999999999999999) out of range of long "
            + "(-9223372036854775808 - 9223372036854775807)");
  }

  @Test
  void read_textForABoolean_throws() {
    assertInvalid(acmeWith("\"openWeights\": true", "\"openWeights\": \"yes\""),
        "Invalid price catalog 'test.json' at models[1].openWeights (provider 'acme', model "
            + "'acme-small'): Cannot deserialize value of type `java.lang.Boolean` from String "
            + "\"yes\": only \"true\" or \"false\" recognized");
  }

  @Test
  void read_badDate_throws() {
    assertInvalid(acmeWith("\"listedOn\": \"2025-02-01\"", "\"listedOn\": \"2025-02-30\""),
        "Invalid price catalog 'test.json' at models[1].cards[0].listedOn (provider 'acme', "
            + "model 'acme-small'): Cannot deserialize value of type `java.time.LocalDate` from "
            + "String \"2025-02-30\": Failed to deserialize java.time.LocalDate: "
            + "(java.time.format.DateTimeParseException) Text '2025-02-30' could not be parsed: "
            + "Invalid date 'FEBRUARY 30'");
  }

  @Test
  void read_dateAsNumber_throws() {
    // Jackson read a number as days since 1970; the schema and this reader want ISO text
    assertInvalid(acmeWith("\"listedOn\": \"2025-02-01\"", "\"listedOn\": 20000"),
        "Invalid price catalog 'test.json' at models[1].cards[0].listedOn (provider 'acme', "
            + "model 'acme-small'): Date must be ISO text such as \"2025-01-01\": 20000");
  }

  @Test
  void read_badTimeToLive_throws() {
    assertInvalid(acmeWith("\"ttl\": \"PT5M\"", "\"ttl\": \"5m\""),
        "Invalid price catalog 'test.json' at models[0].cards[0].cacheWrites[0].ttl (provider "
            + "'acme', model 'acme-large'): Cannot deserialize value of type `java.time.Duration` "
            + "from String \"5m\": Failed to deserialize java.time.Duration: "
            + "(java.time.format.DateTimeParseException) Text cannot be parsed to a Duration");
    assertInvalid(acmeWith("\"ttl\": \"PT5M\"", "\"ttl\": true"),
        "Invalid price catalog 'test.json' at models[0].cards[0].cacheWrites[0].ttl (provider "
            + "'acme', model 'acme-large'): Unexpected token (VALUE_TRUE), expected one of "
            + "[VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT] for java.time.Duration value");
  }

  @Test
  void read_ruleByPosition_throws() {
    // Jackson read 0 as the first constant; the schema and this reader want the name
    assertInvalid(acmeWith("\"ALL_TOKENS\"", "0"),
        "Invalid price catalog 'test.json' at models[0].cards[2].longContext.appliesTo "
            + "(provider 'acme', model 'acme-large'): Cannot deserialize value of type "
            + "`io.github.inferenceecon.core.billing.LongContextRule` from Integer value (token "
            + "`JsonToken.VALUE_NUMBER_INT`)");
  }

  @Test
  void read_nullSchemaVersion_throws() {
    assertInvalid(acmeWith("\"schemaVersion\": 1", "\"schemaVersion\": null"),
        "Invalid price catalog 'test.json' at schemaVersion (provider 'acme'): Field must not "
            + "be null");
  }

  @Test
  void read_missingFieldAndUnknownField_reportsTheMissingOneFirst() {
    // as Jackson did: the required fields are checked before the unknown ones
    assertInvalid(acmeWith("\"gaps\": [{\"model\": \"acme-next\",", "\"gaps\": [{\"modle\": "
        + "\"acme-next\","),
        "Invalid price catalog 'test.json' at gaps[0].model (provider 'acme'): Missing required "
            + "field 'model'");
  }

  @Test
  void read_unknownFieldAtTheTop_namesTheKnownFields() {
    assertInvalid(acmeWith("\"currency\": \"USD\",", "\"currency\": \"USD\", \"curency\": 1,"),
        "Invalid price catalog 'test.json' at curency (provider 'acme'): Unknown field "
            + "'curency' (known: currency, gaps, models, provider, schemaVersion)");
  }
}
