/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when an accelerator entry lacks a figure an operation needs, such as "Accelerator
 * 'nvidia-gh200' has no sourced memoryBandwidth; a spec needs memory and memoryBandwidth".
 *
 * <p>The catalog never fills a missing figure with an estimate; this exception names the entry
 * and the figures, and {@link AcceleratorEntry#gaps()} says why they are missing.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class MissingFigureException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The id of the entry that lacks the figures. */
  private final String entryId;
  /** The missing figures. */
  private final List<String> figures;

  /**
   * Creates an exception for an entry that lacks figures.
   *
   * @param entryId the id of the entry, not null
   * @param figures the missing figure paths, such as {@code memoryBandwidth}, not empty, not null
   * @param purpose what needs them, such as "a spec needs memory and memoryBandwidth", not null
   */
  public MissingFigureException(String entryId, List<String> figures, String purpose) {
    super(message(entryId, figures, purpose));
    this.entryId = entryId;
    this.figures = List.copyOf(figures);
  }

  private static String message(String entryId, List<String> figures, String purpose) {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(purpose, "purpose");
    return "Accelerator '" + entryId + "' has no sourced " + String.join(", ", figures) + "; "
        + purpose;
  }

  /**
   * Returns the id of the entry that lacks the figures.
   *
   * @return the id, not null
   */
  public String entryId() {
    return entryId;
  }

  /**
   * Returns the missing figures.
   *
   * @return the figure paths, not empty, not null
   */
  public List<String> figures() {
    return figures;
  }
}
