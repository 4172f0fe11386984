/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when catalog files are malformed or break a catalog rule (a duplicate id, an
 * unsourced figure, an unknown accelerator), with every problem found, each naming the file,
 * the entry and the field.
 *
 * <p>The message is the first problem, followed by the number of others, such as
 * "Invalid catalog: my.json: accelerator 'acme-x1', field 'memoryBandwidth': Figure has no
 * source: 'memoryBandwidth' (and 2 more problems)". Loading validates every file before
 * building anything, so when this is thrown nothing was loaded.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class InvalidCatalogException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in file order. */
  private final List<CatalogProblem> problems;

  /**
   * Creates an exception for one or more problems.
   *
   * @param problems the problems, not empty, not null
   * @throws IllegalArgumentException if there are no problems
   */
  public InvalidCatalogException(List<CatalogProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<CatalogProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid catalog needs at least one problem: []");
    }
    int more = problems.size() - 1;
    return "Invalid catalog: " + problems.get(0)
        + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ")" : "s)"));
  }

  /**
   * Returns every problem found, in file order.
   *
   * @return the problems, not empty, not null
   */
  public List<CatalogProblem> problems() {
    return problems;
  }
}
