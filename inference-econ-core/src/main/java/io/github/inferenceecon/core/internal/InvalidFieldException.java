/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.util.Objects;

/**
 * An {@link IllegalArgumentException} thrown by a value type's check that also records which
 * field broke the rule, so that {@link JsonCursor#fail(RuntimeException)} reports it at that
 * field's JSON path ({@code sources}, {@code densePeak.BF16}, {@code source.figures}).
 *
 * <p>Callers see an ordinary {@code IllegalArgumentException}. Not part of the public API.
 */
public final class InvalidFieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates an exception.
   *
   * @param field the field, relative to the value checked, names joined by dots, not null
   * @param message the message, in the house style, not null
   */
  public InvalidFieldException(String field, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * Returns the field, relative to the value that was checked, such as {@code sources} or
   * {@code densePeak.BF16}.
   *
   * @return the field, not null
   */
  public String field() {
    return field;
  }
}
