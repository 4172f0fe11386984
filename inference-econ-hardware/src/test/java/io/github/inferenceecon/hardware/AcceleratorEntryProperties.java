/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.inferenceecon.core.format.ComputeFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

final class AcceleratorEntryProperties {

  private static JsonNode fileOf(AcceleratorEntry entry) {
    ObjectNode file = Fixtures.MAPPER.createObjectNode();
    file.put("schemaVersion", 1).put("version", "v").put("publishedOn", "2026-11-27");
    file.putArray("accelerators").add(Fixtures.MAPPER.valueToTree(entry));
    return file;
  }

  @Test
  void json_readAfterWrite_equalsOriginal() {
    qt().forAll(HardwareGenerators.accelerators()).checkAssert(entry -> {
      try {
        String json = Fixtures.MAPPER.writeValueAsString(entry);
        assertThat(Fixtures.MAPPER.readValue(json, AcceleratorEntry.class))
            .isEqualTo(entry);
      } catch (JsonProcessingException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void json_ofAnyEntry_conformsToTheShippedSchema() {
    qt().forAll(HardwareGenerators.accelerators()).checkAssert(entry ->
        assertThat(Schemas.ACCELERATORS.validate(fileOf(entry))).isEmpty());
  }

  @Test
  void read_ofAWrittenFile_givesTheSameEntry() {
    qt().withExamples(200).forAll(HardwareGenerators.accelerators()).checkAssert(entry -> {
      try {
        byte[] bytes = Fixtures.MAPPER.writeValueAsBytes(fileOf(entry));
        AcceleratorCatalog catalog =
            AcceleratorCatalog.read(new ByteArrayInputStream(bytes), "generated");
        assertThat(catalog.get(entry.id())).isEqualTo(entry);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void spec_presentExactlyWhenMemoryAndBandwidthArePublished() {
    qt().forAll(HardwareGenerators.accelerators()).checkAssert(entry ->
        assertThat(entry.spec().isPresent())
            .isEqualTo(entry.memory().isPresent() && entry.memoryBandwidth().isPresent()));
  }

  @Test
  void spec_densePeaksAreTheEntrysDensePeaksOnly() {
    qt().forAll(HardwareGenerators.accelerators()).checkAssert(entry ->
        entry.spec().ifPresent(spec -> {
          assertThat(spec.densePeak()).isEqualTo(entry.densePeak());
          for (ComputeFormat f
              : ComputeFormat.values()) {
            assertThat(spec.supports(f)).isEqualTo(entry.supports(f));
          }
        }));
  }

  @Test
  void figures_eachHasASource_andNoSourceNamesAnAbsentFigure() {
    qt().forAll(HardwareGenerators.accelerators()).checkAssert(entry -> {
      for (String figure : entry.figures()) {
        assertThat(entry.sourcesOf(figure)).isNotEmpty();
      }
      entry.sources().forEach(s -> assertThat(entry.figures()).containsAll(s.figures()));
    });
  }
}
