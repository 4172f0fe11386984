/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.InvalidFieldException;
import java.util.List;
import org.immutables.value.Value;

/**
 * Two or more published values of one figure that disagree, such as 'H100 SXM memory bandwidth:
 * 3.35 TB/s (NVIDIA's datasheet transcription) vs 3.2 TB/s (DGX H100 reference architecture)',
 * with the value chosen and why.
 *
 * <p>Conflicts are recorded, never resolved silently: the entry's figure holds the chosen value
 * and this record keeps every value with the URLs that publish them.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@Value.Immutable
@JsonSerialize(as = ImmutableConflict.class)
@JsonDeserialize(as = ImmutableConflict.class)
public abstract class Conflict {

  Conflict() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Conflict}; every attribute is required. */
  public static final class Builder extends ImmutableConflict.Builder {
    Builder() {}
  }

  /**
   * Returns the figure the values disagree on, such as {@code memoryBandwidth}.
   *
   * @return the figure path, not null
   */
  public abstract String figure();

  /**
   * Returns the published values as text, with their units, such as {@code 3.35 TB/s}.
   *
   * @return two or more values, not null
   */
  public abstract List<String> values();

  /**
   * Returns the URLs of the sources that publish the values.
   *
   * @return one or more URLs, not null
   */
  public abstract List<String> urls();

  /**
   * Returns the value chosen for the entry's figure.
   *
   * @return the chosen value, not blank, not null
   */
  public abstract String chosen();

  /**
   * Returns why that value was chosen.
   *
   * @return the reason, not blank, not null
   */
  public abstract String reason();

  @Value.Check
  protected final void check() {
    if (!Figures.isTopicPath(figure())) {
      throw new InvalidFieldException("figure", "Conflict figure must be a figure path such as "
          + "'memoryBandwidth': '" + figure() + "'");
    }
    if (values().size() < 2) {
      throw new InvalidFieldException("values", "Conflict must record at least two values: "
          + values());
    }
    if (urls().isEmpty()) {
      throw new InvalidFieldException("urls", "Conflict must cite at least one URL: []");
    }
    for (String url : urls()) {
      Figures.url(url, "urls", "Conflict URL");
    }
    Figures.notBlank(chosen(), "chosen", "Conflict choice");
    Figures.notBlank(reason(), "reason", "Conflict reason");
  }

  /**
   * Returns the text form, such as {@code memoryBandwidth: 3.35 TB/s | 3.2 TB/s (chosen 3.35
   * TB/s)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return figure() + ": " + String.join(" | ", values()) + " (chosen " + chosen() + ")";
  }
}
