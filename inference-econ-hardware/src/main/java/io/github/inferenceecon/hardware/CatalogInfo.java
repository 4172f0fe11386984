/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a catalog came from and how current it is, such as 'bundled accelerators.json, version
 * 2026-11-27, published 2026-11-27'.
 *
 * <p>The model: the origin (the bundled resource or the user's file name), the version and
 * publication date that the file states, and the file's notes. A merged catalog has one
 * {@code CatalogInfo} per layer.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogInfo {

  private final String origin;
  private final String version;
  private final LocalDate publishedOn;
  private final List<String> notes;

  private CatalogInfo(String origin, String version, LocalDate publishedOn, List<String> notes) {
    this.origin = origin;
    this.version = version;
    this.publishedOn = publishedOn;
    this.notes = notes;
  }

  /**
   * Obtains an instance of {@code CatalogInfo}.
   *
   * @param origin where the catalog was read, such as {@code my-offers.json}, not blank,
   *     not null
   * @param version the version the catalog states, not blank, not null
   * @param publishedOn the date the catalog states it was published, not null
   * @param notes the catalog's notes, not null
   * @return the info, not null
   * @throws IllegalArgumentException if the origin or version is blank
   */
  public static CatalogInfo of(String origin, String version, LocalDate publishedOn,
      List<String> notes) {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(notes, "notes");
    if (origin.isBlank()) {
      throw new IllegalArgumentException("Catalog origin must not be blank: '" + origin + "'");
    }
    if (version.isBlank()) {
      throw new IllegalArgumentException("Catalog version must not be blank: '" + version
          + "'");
    }
    return new CatalogInfo(origin, version, publishedOn, List.copyOf(notes));
  }

  /**
   * Returns where the catalog was read: {@code bundled <resource>} or the name the caller gave.
   *
   * @return the origin, not null
   */
  public String origin() {
    return origin;
  }

  /**
   * Returns the version the catalog states, such as {@code 2026-11-27}.
   *
   * @return the version, not null
   */
  public String version() {
    return version;
  }

  /**
   * Returns the date the catalog states it was published.
   *
   * @return the date, not null
   */
  public LocalDate publishedOn() {
    return publishedOn;
  }

  /**
   * Returns the catalog's notes: how it was built, its coverage and what was left out.
   *
   * @return the notes, not null
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Checks if this info equals another: same origin, version, date and notes.
   *
   * @param obj the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CatalogInfo)) {
      return false;
    }
    CatalogInfo other = (CatalogInfo) obj;
    return origin.equals(other.origin) && version.equals(other.version)
        && publishedOn.equals(other.publishedOn) && notes.equals(other.notes);
  }

  /**
   * Returns a hash code for this info.
   *
   * @return a suitable hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(origin, version, publishedOn, notes);
  }

  /**
   * Returns the text form, such as {@code bundled accelerators.json 2026-11-27 (published
   * 2026-11-27)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return origin + " " + version + " (published " + publishedOn + ")";
  }

  /**
   * Returns the earliest publication date of some layers.
   *
   * @param layers the layers, not empty, not null
   * @return the earliest date, not null
   */
  static LocalDate earliest(List<CatalogInfo> layers) {
    LocalDate earliest = layers.get(0).publishedOn();
    for (CatalogInfo layer : layers) {
      if (layer.publishedOn().isBefore(earliest)) {
        earliest = layer.publishedOn();
      }
    }
    return earliest;
  }
}
