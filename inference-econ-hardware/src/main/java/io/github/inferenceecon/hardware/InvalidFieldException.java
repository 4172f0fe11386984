/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

/**
 * An {@link IllegalArgumentException} thrown by the checks of this package's value types that
 * also records which field broke the rule, so that the catalog reader can name it.
 *
 * <p>Callers see an ordinary {@code IllegalArgumentException}; the field is internal.
 */
final class InvalidFieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * Returns the field, relative to the value that was checked, such as {@code sources} or
   * {@code densePeak.BF16}.
   *
   * @return the field, not null
   */
  String field() {
    return field;
  }
}
