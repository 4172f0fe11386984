/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class AcceleratorCatalogProperties {

  private static final AcceleratorCatalog BUNDLED = AcceleratorCatalog.bundled();
  private static final CatalogInfo MINE =
      CatalogInfo.of("mine", "1", LocalDate.of(2026, 12, 1), List.of());

  /** Keeps the first entry of each id, so a generated list can form a catalog. */
  private static List<AcceleratorEntry> distinct(List<AcceleratorEntry> entries) {
    Map<String, AcceleratorEntry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.putIfAbsent(e.id(), e));
    return new ArrayList<>(byId.values());
  }

  @Test
  void mergedOver_overlayWins_baseKept_newAdded() {
    qt().withExamples(200)
        .forAll(lists().of(HardwareGenerators.accelerators()).ofSizeBetween(0, 8))
        .checkAssert(generated -> {
          List<AcceleratorEntry> mine = distinct(generated);
          AcceleratorCatalog merged = AcceleratorCatalog.of(MINE, mine).mergedOver(BUNDLED);

          for (AcceleratorEntry entry : mine) {
            assertThat(merged.get(entry.id())).isEqualTo(entry);
          }
          long added = mine.stream().filter(e -> BUNDLED.find(e.id()).isEmpty()).count();
          assertThat(merged.all()).hasSize(BUNDLED.all().size() + (int) added);
          for (AcceleratorEntry base : BUNDLED.all()) {
            if (mine.stream().noneMatch(e -> e.id().equals(base.id()))) {
              assertThat(merged.get(base.id())).isEqualTo(base);
            }
          }
        });
  }

  @Test
  void get_ignoresCaseAndPunctuation() {
    qt().forAll(Generate.pick(BUNDLED.all())).checkAssert(entry -> {
      assertThat(BUNDLED.get(entry.id().toUpperCase(Locale.ROOT))).isEqualTo(entry);
      assertThat(BUNDLED.get(entry.id().replace('-', ' '))).isEqualTo(entry);
      for (String alias : entry.aliases()) {
        assertThat(BUNDLED.get(alias.toLowerCase(Locale.ROOT))).isEqualTo(entry);
      }
    });
  }
}
