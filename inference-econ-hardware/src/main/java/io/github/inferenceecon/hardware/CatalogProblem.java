/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One reason a catalog file was rejected, naming the file, the entry and the field, such as
 * "my-accelerators.json: accelerator 'acme-x1', field 'memoryBandwidth': Figure has no source:
 * 'memoryBandwidth'".
 *
 * <p>The entry is named by its id, or by its position ("at index 3") when the id itself is
 * missing or invalid; problems with the file as a whole (malformed JSON, a missing header
 * field) name no entry.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogProblem {

  private final String origin;
  private final @Nullable String entryKind;
  private final @Nullable String entry;
  private final @Nullable String field;
  private final String message;

  private CatalogProblem(String origin, @Nullable String entryKind, @Nullable String entry,
      @Nullable String field, String message) {
    this.origin = origin;
    this.entryKind = entryKind;
    this.entry = entry;
    this.field = field;
    this.message = message;
  }

  /**
   * Obtains a problem with a whole file, such as malformed JSON.
   *
   * @param origin the file, not null
   * @param message what is wrong, not null
   * @return the problem, not null
   */
  public static CatalogProblem ofFile(String origin, String message) {
    return new CatalogProblem(Objects.requireNonNull(origin, "origin"), null, null, null,
        Objects.requireNonNull(message, "message"));
  }

  /**
   * Obtains a problem with a top-level field of a file, such as {@code publishedOn}.
   *
   * @param origin the file, not null
   * @param field the field, not null
   * @param message what is wrong, not null
   * @return the problem, not null
   */
  public static CatalogProblem ofField(String origin, String field, String message) {
    return new CatalogProblem(Objects.requireNonNull(origin, "origin"), null, null,
        Objects.requireNonNull(field, "field"), Objects.requireNonNull(message, "message"));
  }

  /**
   * Obtains a problem with an entry of a file.
   *
   * @param origin the file, not null
   * @param entryKind what the entry is, such as {@code accelerator}, not null
   * @param entry the entry's id in single quotes, or its position such as {@code at index 3},
   *     not null
   * @param field the field of the entry, such as {@code densePeak.BF16}, or null for the entry
   *     as a whole
   * @param message what is wrong, not null
   * @return the problem, not null
   */
  public static CatalogProblem ofEntry(String origin, String entryKind, String entry,
      @Nullable String field, String message) {
    return new CatalogProblem(Objects.requireNonNull(origin, "origin"),
        Objects.requireNonNull(entryKind, "entryKind"), Objects.requireNonNull(entry, "entry"),
        field, Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns the file, as the caller named it, or {@code bundled <resource>}.
   *
   * @return the origin, not null
   */
  public String origin() {
    return origin;
  }

  /**
   * Returns the entry: its id in single quotes, or its position such as {@code at index 3}.
   *
   * @return the entry, or empty for a problem with the file as a whole
   */
  public Optional<String> entry() {
    return Optional.ofNullable(entry);
  }

  /**
   * Returns what kind of entry it is, such as {@code accelerator} or {@code offer}.
   *
   * @return the kind, or empty for a problem with the file as a whole
   */
  public Optional<String> entryKind() {
    return Optional.ofNullable(entryKind);
  }

  /**
   * Returns the field, such as {@code memoryBandwidth}, {@code densePeak.BF16} or
   * {@code sources[0].read}.
   *
   * @return the field, or empty for a problem with a file or an entry as a whole
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Returns what is wrong.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  /**
   * Checks if this problem equals another.
   *
   * @param obj the object to compare with, null returns false
   * @return true if every part is equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CatalogProblem)) {
      return false;
    }
    CatalogProblem other = (CatalogProblem) obj;
    return origin.equals(other.origin) && Objects.equals(entryKind, other.entryKind)
        && Objects.equals(entry, other.entry) && Objects.equals(field, other.field)
        && message.equals(other.message);
  }

  /**
   * Returns a hash code for this problem.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(origin, entryKind, entry, field, message);
  }

  /**
   * Returns the text form, such as {@code my.json: accelerator 'acme-x1', field 'memory':
   * <message>}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(origin);
    if (entry != null) {
      b.append(": ").append(entryKind).append(' ').append(entry);
    }
    if (field != null) {
      b.append(entry != null ? ", field '" : ": field '").append(field).append('\'');
    }
    return b.append(": ").append(message).toString();
  }
}
