/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
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
 * The schema policy of the hardware catalogs: the readers enforce every rule at load, and the
 * JSON Schemas that ship in the jar for users' editors agree with them. The bundled files and
 * the valid fixtures are valid under their schemas and load; every file of the invalid corpus
 * ({@code invalid/<format>-*.json}, one broken rule each) is rejected by the schema and by the
 * reader, which names the file.
 */
final class HardwareCatalogSchemaTest {

  private static final String BASE = "/io/github/inferenceecon/hardware/";

  private static Path testResource(String name) throws URISyntaxException {
    return Path.of(HardwareCatalogSchemaTest.class.getResource(BASE + name).toURI());
  }

  private static JsonNode tree(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return JsonCursor.read(in, "schema-test.json").node();
    }
  }

  private static Schema schemaOf(String format) {
    return Schemas.of((format.equals("offers") ? "cloud-offers" : format) + ".schema.json");
  }

  /** Reads a file of a format with the public reader of that format. */
  private static Object read(String format, Path file) throws IOException {
    switch (format) {
      case "accelerators":
        return AcceleratorCatalog.read(file);
      case "offers":
        return CloudOfferCatalog.read(file, AcceleratorCatalog.bundled());
      default:
        return EnergyDefaults.read(file);
    }
  }

  @Test
  void validFixtures_areAcceptedByTheSchemaAndTheReader() throws Exception {
    for (String format : List.of("accelerators", "offers", "energy")) {
      Path file = testResource("valid-" + format + ".json");
      assertThat(schemaOf(format).validate(tree(file))).as(format).isEmpty();
      assertThat(read(format, file)).as(format).isNotNull();
    }
  }

  @Test
  void invalidCorpus_everyFileIsRejectedByTheSchemaAndTheReader() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(testResource("invalid"))) {
      list.sorted().forEach(files::add);
    }
    assertThat(files).hasSize(35);
    for (Path file : files) {
      String name = file.getFileName().toString();
      String format = name.substring(0, name.indexOf('-'));
      assertThat(schemaOf(format).validate(tree(file))).as("schema: " + name).isNotEmpty();
      assertThatThrownBy(() -> read(format, file)).as("reader: " + name)
          .isInstanceOfSatisfying(InvalidJsonException.class, e ->
              assertThat(e.source()).isEqualTo(file.toString()));
    }
  }

  //-----------------------------------------------------------------------
  // rules that only the reader can check, each with its message
  @Test
  void read_hugeExponentInAQuantity_isACleanError() throws Exception {
    Path file = testResource("invalid/accelerators-memory-with-exponent.json");

    assertThatThrownBy(() -> AcceleratorCatalog.read(file))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("accelerators[0].memory");
          assertThat(e.rule()).isEqualTo("Value must be a plain decimal and a unit, such as "
              + "\"80 GiB\"");
        });
  }

  @Test
  void read_hugeExponentInAnAmount_isACleanError() throws Exception {
    Path file = testResource("invalid/offers-amount-with-exponent.json");

    assertThatThrownBy(() -> CloudOfferCatalog.read(file, AcceleratorCatalog.bundled()))
        .isInstanceOfSatisfying(InvalidJsonException.class, e ->
            assertThat(e.path()).isEqualTo("offers[0].price.amount"));
  }

  @Test
  void read_hugeNumber_isACleanError() throws Exception {
    Path file = testResource("invalid/energy-pue-1e999999999.json");

    assertThatThrownBy(() -> EnergyDefaults.read(file))
        .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("pue[0].value");
          assertThat(e.rule()).isEqualTo("Number must have at most 30 digits before and after "
              + "the point");
        });
  }

  @Test
  void read_currencyWithoutMinorUnits_isRejected() throws Exception {
    // XXX is ISO 4217's "no currency": the schema's pattern admits it, the reader does not
    for (String code : List.of("XXX", "XAU", "XTS")) {
      String offers = Files.readString(testResource("valid-offers.json"))
          .replace("\"EUR\"", "\"" + code + "\"");

      assertThatThrownBy(() -> CloudOfferCatalog.read(Fixtures.stream(offers), "offers.json",
          AcceleratorCatalog.bundled()))
          .isInstanceOfSatisfying(InvalidJsonException.class, e -> {
            assertThat(e.path()).isEqualTo("offers[0].price.currency");
            assertThat(e).hasMessage("Invalid JSON in 'offers.json' at offers[0].price.currency: "
                + "Currency must be an ISO 4217 currency code: \"" + code + "\"");
          });
    }
  }
}
