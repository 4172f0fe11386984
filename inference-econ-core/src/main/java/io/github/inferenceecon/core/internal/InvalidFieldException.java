/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.util.Objects;

/**
 * An {@link IllegalArgumentException} from a value type's check that names the field (relative to
 * the value, names joined by dots, such as {@code densePeak.BF16}), so that
 * {@link JsonCursor#fail(RuntimeException)} reports it at that field's JSON path. Callers see an
 * ordinary {@code IllegalArgumentException}. Not part of the public API.
 */
public final class InvalidFieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates an exception for a field (names joined by dots) with a message in house style. */
  public InvalidFieldException(String field, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.field = Objects.requireNonNull(field, "field");
  }

  /** Returns the field, relative to the value that was checked, such as {@code sources}. */
  public String field() {
    return field;
  }
}
