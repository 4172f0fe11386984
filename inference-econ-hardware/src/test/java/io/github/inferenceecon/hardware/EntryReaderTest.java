/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static io.github.inferenceecon.hardware.Fixtures.MAPPER;
import static io.github.inferenceecon.hardware.Fixtures.acceleratorJson;
import static io.github.inferenceecon.hardware.Fixtures.json;
import static io.github.inferenceecon.hardware.Fixtures.offerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Building catalog entries from schema-valid trees by hand. */
final class EntryReaderTest {

  private static JsonNode bundled(String file, String section) throws IOException {
    return MAPPER.readTree(Fixtures.bundled(file)).get(section);
  }

  private static JsonNode tree(String singleQuotedJson) throws IOException {
    return MAPPER.readTree(json(singleQuotedJson));
  }

  //-----------------------------------------------------------------------
  // the same values as Jackson's binding
  @Test
  void accelerator_bundledEntries_equalJacksonBinding() throws Exception {
    for (JsonNode node : bundled("accelerators.json", "accelerators")) {
      assertThat(EntryReader.accelerator(node)).as(node.path("id").asText())
          .isEqualTo(MAPPER.treeToValue(node, AcceleratorEntry.class));
    }
  }

  @Test
  void offer_bundledEntries_equalJacksonBinding() throws Exception {
    for (JsonNode node : bundled("cloud-offers.json", "offers")) {
      assertThat(EntryReader.offer(node)).as(node.path("id").asText())
          .isEqualTo(MAPPER.treeToValue(node, CloudOffer.class));
    }
  }

  @Test
  void energyFigures_bundledEntries_equalJacksonBinding() throws Exception {
    for (JsonNode node : bundled("energy.json", "pue")) {
      assertThat(EntryReader.pue(node)).isEqualTo(MAPPER.treeToValue(node, PueFigure.class));
    }
    for (JsonNode node : bundled("energy.json", "electricityPrices")) {
      assertThat(EntryReader.electricityPrice(node))
          .isEqualTo(MAPPER.treeToValue(node, ElectricityPriceFigure.class));
    }
    for (JsonNode node : bundled("energy.json", "carbonIntensities")) {
      assertThat(EntryReader.carbonIntensity(node))
          .isEqualTo(MAPPER.treeToValue(node, CarbonIntensityFigure.class));
    }
  }

  @Test
  void offer_countWrittenAsDecimal_isTheWholeNumber() throws Exception {
    // the schema's "integer" admits 8.0; Jackson read it as 8
    JsonNode node = tree(offerJson("acme-x", "h100", "16.00").replace("'acceleratorCount': 8",
        "'acceleratorCount': 8.0"));

    assertThat(EntryReader.offer(node).acceleratorCount()).isEqualTo(8);
  }

  //-----------------------------------------------------------------------
  // failures and the fields they name
  @Test
  void accelerator_unparseableSize_failsAtTheField() throws IOException {
    JsonNode node = tree(acceleratorJson("acme-x1", "0.5 B"));

    assertThatThrownBy(() -> EntryReader.accelerator(node))
        .isInstanceOfSatisfying(EntryReader.Failure.class, f -> {
          assertThat(f.path).isEqualTo("memory");
          assertThat(f).hasMessage("Text cannot be parsed to a ByteSize: '0.5 B'")
              .hasCauseInstanceOf(IllegalArgumentException.class);
        });
  }

  @Test
  void accelerator_unparseablePeak_failsAtTheMapEntry() throws IOException {
    JsonNode node = tree(acceleratorJson("acme-x1", "96 GiB"));
    ((ObjectNode) node.get("densePeak")).put("BF16", "5 XFLOP/s");

    assertThatThrownBy(() -> EntryReader.accelerator(node))
        .isInstanceOfSatisfying(EntryReader.Failure.class, f ->
            assertThat(f.path).isEqualTo("densePeak.BF16"));
  }

  @Test
  void accelerator_nestedCheckFails_atTheNestedValue() throws IOException {
    JsonNode node = tree(acceleratorJson("acme-x1", "96 GiB")
        .replace("'url': 'https://acme.example/x1'", "'url': 'ftp://acme.example/x1'"));

    assertThatThrownBy(() -> EntryReader.accelerator(node))
        .isInstanceOfSatisfying(EntryReader.Failure.class, f -> {
          assertThat(f.path).isEqualTo("sources[0]");
          assertThat(f.getCause()).isInstanceOfSatisfying(InvalidFieldException.class, e ->
              assertThat(e.field()).isEqualTo("url"));
        });
  }

  @Test
  void accelerator_entryCheckFails_atTheEntry() throws IOException {
    JsonNode node = tree(acceleratorJson("acme-x1", "96 GiB")
        .replace("['memory', 'memoryBandwidth', 'densePeak.BF16']",
            "['memory', 'densePeak.BF16']"));

    assertThatThrownBy(() -> EntryReader.accelerator(node))
        .isInstanceOfSatisfying(EntryReader.Failure.class, f -> {
          assertThat(f.path).isEmpty();
          assertThat(f).hasMessage("Figure has no source: 'memoryBandwidth'");
        });
  }

  @Test
  void offer_unknownCurrency_failsAtThePrice() throws IOException {
    JsonNode node = tree(offerJson("acme-x", "h100", "16.00").replace("'USD'", "'XXY'"));

    assertThatThrownBy(() -> EntryReader.offer(node))
        .isInstanceOfSatisfying(EntryReader.Failure.class, f -> {
          assertThat(f.path).isEqualTo("price");
          assertThat(f).hasMessage("Unknown currency code 'XXY'");
        });
  }

  @Test
  void offer_countBeyondInt_failsWithTheRange() throws IOException {
    JsonNode node = tree(offerJson("acme-x", "h100", "16.00").replace("'acceleratorCount': 8",
        "'acceleratorCount': 3000000000"));

    assertThatThrownBy(() -> EntryReader.offer(node))
        .isInstanceOfSatisfying(EntryReader.Failure.class, f -> {
          assertThat(f.path).isEqualTo("acceleratorCount");
          assertThat(f).hasMessage("Numeric value (3000000000) out of range of int "
              + "(-2147483648 - 2147483647)").hasNoCause();
        });
  }

  @Test
  void offer_fieldTheReaderDoesNotKnow_isABug() throws IOException {
    // the schema rejects unknown fields first, so this only happens if schema and reader differ
    JsonNode node = tree(offerJson("acme-x", "h100", "16.00").replace("'provider'",
        "'vendor'"));

    assertThatThrownBy(() -> EntryReader.offer(node))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inference-econ bug: the schema allows the offer field 'vendor', which the "
            + "reader does not read");
  }

  @Test
  void failure_under_joinsFieldsWithDotsAndIndexesWithout() {
    EntryReader.Failure failure = new EntryReader.Failure("", "x");

    assertThat(failure.under("url").under("[2]").under("sources").path)
        .isEqualTo("sources[2].url");
    assertThat(failure.under("scaleUp").path).isEqualTo("scaleUp");
  }
}
