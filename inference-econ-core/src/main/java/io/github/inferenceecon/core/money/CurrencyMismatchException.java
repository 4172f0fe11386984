/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation mixes two currencies, such as adding USD to EUR.
 *
 * <p>inference-econ never converts between currencies; the message reads
 * {@code "Currencies differ: USD/EUR"} and both currencies are available from the getters.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The first currency, the one of the receiver of the operation. */
  private final Currency first;
  /** The second currency, the one of the argument of the operation. */
  private final Currency second;

  /**
   * Creates an exception for two differing currencies.
   *
   * @param first the first currency, not null
   * @param second the second currency, not null
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("Currencies differ: " + Objects.requireNonNull(first, "first").getCurrencyCode() + "/"
        + Objects.requireNonNull(second, "second").getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the first currency, the one of the receiver of the operation.
   *
   * @return the first currency, not null
   */
  public Currency first() {
    return first;
  }

  /**
   * Returns the second currency, the one of the argument of the operation.
   *
   * @return the second currency, not null
   */
  public Currency second() {
    return second;
  }
}
