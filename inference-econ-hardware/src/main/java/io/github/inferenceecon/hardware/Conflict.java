/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
    return ImmutableConflict.builder();
  }

  /**
   * Builds a {@link Conflict}; every attribute is required.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(Conflict instance);

    /**
     * Sets the figure the values disagree on, such as {@code memoryBandwidth}. Required (see
     * {@link Conflict#figure() figure}).
     *
     * @param figure the figure path, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code figure} is null
     */
    public abstract Builder figure(String figure);

    /**
     * Adds an element to {@link Conflict#values() values}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addValues(String element);

    /**
     * Adds elements to {@link Conflict#values() values}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addValues(String... elements);

    /**
     * Sets the published values as text, with their units, such as {@code 3.35 TB/s}. Replaces any
     * elements added before. Optional: if not set, {@link Conflict#values() values} is empty.
     *
     * @param elements two or more values, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder values(Iterable<String> elements);

    /**
     * Adds elements to {@link Conflict#values() values}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllValues(Iterable<String> elements);

    /**
     * Adds an element to {@link Conflict#urls() urls}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addUrls(String element);

    /**
     * Adds elements to {@link Conflict#urls() urls}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addUrls(String... elements);

    /**
     * Sets the URLs of the sources that publish the values. Replaces any elements added before.
     * Optional: if not set, {@link Conflict#urls() urls} is empty.
     *
     * @param elements one or more URLs, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder urls(Iterable<String> elements);

    /**
     * Adds elements to {@link Conflict#urls() urls}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllUrls(Iterable<String> elements);

    /**
     * Sets the value chosen for the entry's figure. Required (see
     * {@link Conflict#chosen() chosen}).
     *
     * @param chosen the chosen value, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code chosen} is null
     */
    public abstract Builder chosen(String chosen);

    /**
     * Sets why that value was chosen. Required (see {@link Conflict#reason() reason}).
     *
     * @param reason the reason, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code reason} is null
     */
    public abstract Builder reason(String reason);

    /**
     * Builds the {@link Conflict}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link Conflict} (the message
     *     names the field, the value and the rule)
     */
    public abstract Conflict build();
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
