/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class InvalidCatalogExceptionTest {

  private static final CatalogProblem NO_SOURCE = CatalogProblem.ofEntry("mine.json",
      "accelerator", "'acme-x1'", "memory", "Figure has no source: 'memory'");
  private static final CatalogProblem NO_VERSION =
      CatalogProblem.ofField("mine.json", "version", "is required");

  @Test
  void new_oneProblem_messageIsTheProblem() {
    InvalidCatalogException e = new InvalidCatalogException(List.of(NO_SOURCE));

    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid catalog: mine.json: accelerator 'acme-x1', field 'memory': "
            + "Figure has no source: 'memory'");
    assertThat(e.problems()).containsExactly(NO_SOURCE);
  }

  @Test
  void new_threeProblems_countsTheOthers() {
    assertThat(new InvalidCatalogException(List.of(NO_VERSION, NO_SOURCE, NO_SOURCE)))
        .hasMessage("Invalid catalog: mine.json: field 'version': is required "
            + "(and 2 more problems)");
    assertThat(new InvalidCatalogException(List.of(NO_VERSION, NO_SOURCE)))
        .hasMessageEndingWith("(and 1 more problem)");
  }

  @Test
  void new_noProblems_throws() {
    assertThatThrownBy(() -> new InvalidCatalogException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid catalog needs at least one problem: []");
  }
}
