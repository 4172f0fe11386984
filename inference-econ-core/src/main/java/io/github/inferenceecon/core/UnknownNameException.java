/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a name or id is not found in a catalog, with the nearest known names as
 * suggestions, such as "Unknown accelerator 'H900' (did you mean: nvidia-h100-sxm,
 * nvidia-h200?)".
 *
 * <p>Every catalog look-up of inference-econ (model architectures, accelerators, cloud offers,
 * API price cards) throws this exception for an unknown name; nothing is ever looked up to a
 * silent default.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class UnknownNameException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What was looked up, such as "accelerator" or "model". */
  private final String kind;
  /** The name that was not found. */
  private final String name;
  /** The nearest known names, best first. */
  private final List<String> suggestions;

  /**
   * Creates an exception for an unknown name.
   *
   * @param kind what was looked up, such as "accelerator", not null
   * @param name the name that was not found, not null
   * @param suggestions the nearest known names, best first, not null
   */
  public UnknownNameException(String kind, String name, List<String> suggestions) {
    super(message(kind, name, suggestions));
    this.kind = kind;
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
  }

  private static String message(String kind, String name, List<String> suggestions) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(suggestions, "suggestions");
    String base = "Unknown " + kind + " '" + InputValues.shown(name) + "'";
    return suggestions.isEmpty() ? base : base + " (did you mean: "
        + String.join(", ", suggestions) + "?)";
  }

  /**
   * Returns what was looked up, such as "accelerator" or "model".
   *
   * @return the kind, not null
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the name that was not found.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the nearest known names, best first.
   *
   * @return the suggestions, possibly empty, not null
   */
  public List<String> suggestions() {
    return suggestions;
  }
}
