/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value given at once, or made on first use, once, thread-safely (double-checked on a volatile
 * field), such as a bundled catalog read only when it is asked for.
 *
 * <p>A failure is not remembered: every later use makes the value again and fails the same way,
 * so a broken bundled file is reported on every use and nothing is ever half-loaded (a holder
 * class would fail once with {@link ExceptionInInitializerError}, then with
 * {@link NoClassDefFoundError}).
 *
 * <p>Not part of the public API. Instances are thread-safe when the loader is.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> {

  private volatile @Nullable T value;
  private final @Nullable Supplier<? extends T> loader;

  private Lazy(@Nullable T value, @Nullable Supplier<? extends T> loader) {
    this.value = value;
    this.loader = loader;
  }

  /**
   * Obtains a value given at once.
   *
   * @param <T> the type of the value
   * @param value the value, not null
   * @return the lazy value, not null
   */
  public static <T> Lazy<T> of(T value) {
    return new Lazy<>(Objects.requireNonNull(value, "value"), null);
  }

  /**
   * Obtains a value made by a loader on first use.
   *
   * @param <T> the type of the value
   * @param loader makes the value, not null; it may throw, and is then called again on the next
   *     use; it must not return null
   * @return the lazy value, not null
   */
  public static <T> Lazy<T> from(Supplier<? extends T> loader) {
    return new Lazy<>(null, Objects.requireNonNull(loader, "loader"));
  }

  /**
   * Returns the value, made now if this is its first use.
   *
   * @return the value, not null
   * @throws RuntimeException whatever the loader throws, on every use until it succeeds
   */
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(Objects.requireNonNull(loader).get(),
              "inference-econ bug: a lazy value loaded null");
          value = v;
        }
      }
    }
    return v;
  }
}
