/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.inferenceecon.core.internal.JsonCursor;
import io.github.inferenceecon.core.json.InvalidJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema policy: the readers enforce every rule at load, and the JSON Schemas that ship in
 * the jar for users' editors agree with them. Every bundled document is valid under its schema
 * and loads; every file of the invalid corpus ({@code invalid/*.json}, one broken rule each) is
 * rejected by the schema and by the reader.
 */
final class PriceCatalogSchemaTest {

  private static final String BASE = "/io/github/inferenceecon/pricing/";
  private static final List<String> BUNDLED = List.of("anthropic.json", "openai.json",
      "google.json", "google-vertex.json", "amazon-bedrock.json", "azure-openai.json",
      "deepseek.json", "mistral.json", "xai.json", "together.json", "fireworks.json",
      "groq.json", "deepinfra.json", "cerebras.json");

  private static Schema schema(String name) throws IOException {
    try (InputStream in = PriceCatalogSchemaTest.class.getResourceAsStream(BASE + name)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in);
    }
  }

  private static JsonNode tree(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return JsonCursor.read(in, "schema-test.json").node();
    }
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = PriceCatalogSchemaTest.class.getResourceAsStream(BASE + name)) {
      return JsonCursor.read(in, "schema-test.json").node();
    }
  }

  private static Path testResource(String name) throws URISyntaxException {
    return Path.of(PriceCatalogSchemaTest.class.getResource(BASE + name).toURI());
  }

  @Test
  void bundled_everyDocument_isValidUnderTheSchema() throws IOException {
    Schema schema = schema("price-catalog.schema.json");
    for (String name : BUNDLED) {
      List<Error> errors = schema.validate(resource(name));
      assertThat(errors).as(name).isEmpty();
    }
  }

  @Test
  void bundled_genaiPricesFeed_isValidUnderItsOwnSchema() throws IOException {
    assertThat(schema("genai-prices.schema.json").validate(resource("genai-prices.json")))
        .isEmpty();
  }

  @Test
  void validFixture_isAcceptedByTheSchemaAndTheReader() throws Exception {
    Path file = testResource("valid-acme.json");
    assertThat(schema("price-catalog.schema.json").validate(tree(file))).isEmpty();
    assertThat(PriceCatalog.load(file).models()).hasSize(3);
  }

  @Test
  void invalidCorpus_everyFileIsRejectedByTheSchemaAndTheReader() throws Exception {
    Schema schema = schema("price-catalog.schema.json");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(testResource("invalid"))) {
      list.sorted().forEach(files::add);
    }
    assertThat(files).hasSize(18);
    for (Path file : files) {
      String name = file.getFileName().toString();
      assertThat(schema.validate(tree(file))).as("schema: " + name).isNotEmpty();
      assertThatThrownBy(() -> PriceCatalog.load(file)).as("reader: " + name)
          .isInstanceOfSatisfying(InvalidJsonException.class, e ->
              assertThat(e.source()).isEqualTo(file.toString()));
    }
  }

  //--- jsonSchema(String) -----------------------------------------------------------------------

  @Test
  void jsonSchema_shippedNames_areTheSchemaFilesInTheJar() throws IOException {
    for (String name : List.of("price-catalog.schema.json", "genai-prices.schema.json")) {
      assertThat(JsonCursor.read(PriceCatalog.jsonSchema(name), "schema-test.json").node()).as(name)
          .isEqualTo(resource(name));
    }
    assertThat(JsonCursor.read(PriceCatalog.jsonSchema("price-catalog.schema.json"), "schema-test.json").node()
        .path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void jsonSchema_unknownName_throws() {
    assertThatThrownBy(() -> PriceCatalog.jsonSchema("anthropic.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown schema 'anthropic.json' (known: price-catalog.schema.json, "
            + "genai-prices.schema.json)");
    assertThatThrownBy(() -> PriceCatalog.jsonSchema(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }
}
