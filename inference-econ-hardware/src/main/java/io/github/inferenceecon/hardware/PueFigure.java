/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * A published power usage effectiveness (PUE) of data centres, such as 'industry average 1.58
 * in 2023 (Uptime Institute survey)'.
 *
 * <p>PUE is the total energy of a facility over the energy of its IT equipment, so it is at
 * least 1; the energy an accelerator draws at the wall is its IT energy times the PUE. The
 * value is an exact decimal as published; {@link #scope()} says whose data centres it covers
 * and how it was measured.
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
@JsonSerialize(as = ImmutablePueFigure.class)
@JsonDeserialize(as = ImmutablePueFigure.class)
public abstract class PueFigure {

  PueFigure() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutablePueFigure.builder();
  }

  /**
   * Builds a {@link PueFigure}; every attribute but the notes is required.
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
    public abstract Builder from(PueFigure instance);

    /**
     * Sets the id, such as {@code uptime-industry-average-2023}. Required (see
     * {@link PueFigure#id() id}).
     *
     * @param id the id, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the PUE, an exact decimal as published, such as {@code 1.58}. Required (see
     * {@link PueFigure#value() value}).
     *
     * @param value the value, at least 1, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code value} is null
     */
    public abstract Builder value(BigDecimal value);

    /**
     * Sets whose data centres the figure covers and how it was measured. Required (see
     * {@link PueFigure#scope() scope}).
     *
     * @param scope the scope, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code scope} is null
     */
    public abstract Builder scope(String scope);

    /**
     * Sets the year the figure describes. Required (see {@link PueFigure#year() year}).
     *
     * @param year the year
     * @return this builder, not null
     */
    public abstract Builder year(int year);

    /**
     * Adds an element to {@link PueFigure#sources() sources}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addSources(Source element);

    /**
     * Adds elements to {@link PueFigure#sources() sources}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addSources(Source... elements);

    /**
     * Sets the sources. Replaces any elements added before. Optional: if not set,
     * {@link PueFigure#sources() sources} is empty.
     *
     * @param elements the sources, not empty, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder sources(Iterable<? extends Source> elements);

    /**
     * Adds elements to {@link PueFigure#sources() sources}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllSources(Iterable<? extends Source> elements);

    /**
     * Adds an element to {@link PueFigure#notes() notes}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addNotes(String element);

    /**
     * Adds elements to {@link PueFigure#notes() notes}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addNotes(String... elements);

    /**
     * Sets notes: what the source says, in its words where possible. Replaces any elements added
     * before. Optional: if not set, {@link PueFigure#notes() notes} is empty.
     *
     * @param elements the notes, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder notes(Iterable<String> elements);

    /**
     * Adds elements to {@link PueFigure#notes() notes}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllNotes(Iterable<String> elements);

    /**
     * Builds the {@link PueFigure}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link PueFigure} (the message
     *     names the field, the value and the rule)
     */
    public abstract PueFigure build();
  }

  /**
   * Returns the id, such as {@code uptime-industry-average-2023}.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns the PUE, an exact decimal as published, such as {@code 1.58}.
   *
   * @return the value, at least 1, not null
   */
  public abstract BigDecimal value();

  /**
   * Returns whose data centres the figure covers and how it was measured.
   *
   * @return the scope, not blank, not null
   */
  public abstract String scope();

  /**
   * Returns the year the figure describes.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the sources.
   *
   * @return the sources, not empty, not null
   */
  public abstract List<Source> sources();

  /**
   * Returns the tier of the figure: {@link SourceTier#PRIMARY} when at least one of its
   * sources is primary (the figure's own publisher), otherwise {@link SourceTier#SECONDARY}.
   *
   * @return the tier, not null
   */
  @JsonIgnore
  public SourceTier tier() {
    return Energies.tierOf(sources());
  }

  /**
   * Returns notes: what the source says, in its words where possible.
   *
   * @return the notes, not null
   */
  public abstract List<String> notes();

  /**
   * Converts the PUE to a {@code double}, for energy arithmetic.
   *
   * @return the value, at least 1
   */
  public double toDouble() {
    return value().doubleValue();
  }

  @Value.Check
  protected final void check() {
    Figures.id(id(), "PUE figure");
    if (value().compareTo(BigDecimal.ONE) < 0) {
      throw new InvalidFieldException("value", "PUE must be at least 1: "
          + value().toPlainString());
    }
    Figures.notBlank(scope(), "scope", "PUE scope");
    Energies.checkSources(sources(), notes());
  }

  /**
   * Returns the text form, such as {@code PUE 1.58 (2023, uptime-industry-average-2023)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "PUE " + value().toPlainString() + " (" + year() + ", " + id() + ")";
  }
}
