/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import java.util.Objects;

/**
 * A closed range of two values of one quantity, such as '3,100 to 4,800 tokens/s' or
 * '31 ms to 48 ms': the interval a {@link PredictionInterval} puts around an estimate.
 *
 * <p>The stored model is the low and the high end, {@code low <= high}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the quantity, such as {@code TokenRate} or {@code Duration}
 */
public final class Range<T extends Comparable<? super T>> {

  private final T low;
  private final T high;

  private Range(T low, T high) {
    this.low = low;
    this.high = high;
  }

  /**
   * Obtains an instance of {@code Range}.
   *
   * @param <T> the quantity
   * @param low the low end, not null
   * @param high the high end, not less than {@code low}, not null
   * @return the range, not null
   * @throws IllegalArgumentException if {@code high} is less than {@code low}
   */
  public static <T extends Comparable<? super T>> Range<T> of(T low, T high) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (high.compareTo(low) < 0) {
      throw new IllegalArgumentException("Range high end must not be below the low end: "
          + low + "/" + high);
    }
    return new Range<>(low, high);
  }

  /**
   * Returns the low end.
   *
   * @return the low end, not null
   */
  public T low() {
    return low;
  }

  /**
   * Returns the high end.
   *
   * @return the high end, not null
   */
  public T high() {
    return high;
  }

  /**
   * Checks if a value lies in this range, ends included.
   *
   * @param value the value, not null
   * @return true if {@code low <= value <= high}
   */
  public boolean contains(T value) {
    Objects.requireNonNull(value, "value");
    return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Range && low.equals(((Range<?>) other).low)
        && high.equals(((Range<?>) other).high);
  }

  @Override
  public int hashCode() {
    return 31 * low.hashCode() + high.hashCode();
  }

  /**
   * Returns the text form, such as {@code [3100 tokens/s, 4800 tokens/s]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "[" + low + ", " + high + "]";
  }
}
