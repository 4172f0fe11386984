/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published JSON Schema and the reader's records describe the same fields. */
final class CatalogDocumentTest {

  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws Exception {
    ObjectMapper mapper = InferenceEconJson.newMapper();
    try (InputStream in = PriceCatalog.class.getResourceAsStream("price-catalog.schema.json")) {
      schema = mapper.readTree(in);
    }
  }

  private static Set<String> components(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  private static Set<String> properties(JsonNode node) {
    Set<String> names = new TreeSet<>();
    Iterator<String> it = node.path("properties").fieldNames();
    it.forEachRemaining(names::add);
    for (JsonNode part : node.path("allOf")) {
      String ref = part.path("$ref").asText();
      names.addAll(properties(schema.at("/$defs/" + ref.substring(ref.lastIndexOf('/') + 1))));
    }
    return names;
  }

  private static Set<String> def(String name) {
    return properties(schema.at("/$defs/" + name));
  }

  @Test
  void schema_matchesTheReaderRecords() {
    assertThat(properties(schema)).isEqualTo(components(CatalogDocument.class));
    assertThat(def("provider")).isEqualTo(components(CatalogDocument.ProviderDoc.class));
    assertThat(def("model")).isEqualTo(components(CatalogDocument.ModelDoc.class));
    assertThat(def("card")).isEqualTo(components(CatalogDocument.CardDoc.class));
    assertThat(def("source")).isEqualTo(components(CatalogDocument.SourceDoc.class));
    assertThat(def("cacheWrite")).isEqualTo(components(CatalogDocument.CacheWriteDoc.class));
    assertThat(def("serviceTier")).isEqualTo(components(CatalogDocument.RatesDoc.class));
    assertThat(def("longContext")).isEqualTo(components(CatalogDocument.LongContextDoc.class));
    assertThat(def("conflict")).isEqualTo(components(CatalogDocument.ConflictDoc.class));
    assertThat(def("gap")).isEqualTo(components(CatalogDocument.GapDoc.class));
  }

  @Test
  void schema_versionIsTheReadersVersion() {
    assertThat(schema.at("/properties/schemaVersion/const").asInt())
        .isEqualTo(CatalogDocument.SCHEMA_VERSION);
  }
}
