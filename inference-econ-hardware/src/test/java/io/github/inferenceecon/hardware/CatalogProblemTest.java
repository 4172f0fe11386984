/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class CatalogProblemTest {

  @Test
  void ofEntry_withField_namesFileEntryAndField() {
    CatalogProblem p = CatalogProblem.ofEntry("mine.json", "accelerator", "'acme-x1'",
        "memoryBandwidth", "Figure has no source: 'memoryBandwidth'");

    assertThat(p).hasToString("mine.json: accelerator 'acme-x1', field 'memoryBandwidth': "
        + "Figure has no source: 'memoryBandwidth'");
    assertThat(p.origin()).isEqualTo("mine.json");
    assertThat(p.entryKind()).contains("accelerator");
    assertThat(p.entry()).contains("'acme-x1'");
    assertThat(p.field()).contains("memoryBandwidth");
  }

  @Test
  void ofEntry_withoutField_namesFileAndEntry() {
    CatalogProblem p = CatalogProblem.ofEntry("mine.json", "offer", "at index 2", null,
        "bad");

    assertThat(p).hasToString("mine.json: offer at index 2: bad");
    assertThat(p.field()).isEmpty();
  }

  @Test
  void ofField_namesFileAndField() {
    assertThat(CatalogProblem.ofField("mine.json", "publishedOn", "is required"))
        .hasToString("mine.json: field 'publishedOn': is required");
  }

  @Test
  void ofFile_namesFile() {
    CatalogProblem p = CatalogProblem.ofFile("mine.json", "Malformed JSON");

    assertThat(p).hasToString("mine.json: Malformed JSON");
    assertThat(p.entry()).isEmpty();
    assertThat(p.entryKind()).isEmpty();
    assertThat(p.field()).isEmpty();
  }

  @Test
  void equals_sameParts_equalAndSameHash() {
    CatalogProblem a = CatalogProblem.ofField("mine.json", "version", "is required");
    CatalogProblem b = CatalogProblem.ofField("mine.json", "version", "is required");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(CatalogProblem.ofFile("mine.json", "is required"));
  }

  @Test
  void of_null_throws() {
    assertThatThrownBy(() -> CatalogProblem.ofFile(null, "m"))
        .isInstanceOf(NullPointerException.class).hasMessage("origin");
    assertThatThrownBy(() -> CatalogProblem.ofField("o", null, "m"))
        .isInstanceOf(NullPointerException.class).hasMessage("field");
    assertThatThrownBy(() -> CatalogProblem.ofEntry("o", "k", null, null, "m"))
        .isInstanceOf(NullPointerException.class).hasMessage("entry");
  }
}
