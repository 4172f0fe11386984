/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.SourceTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a catalog figure was published, how directly, and when it was read, such as 'AMD CDNA 3
 * white paper, Table 2 (dated 2025-04-09), PRIMARY, read 2026-11-27'.
 *
 * <p>The model: the URL of the source (the vendor's or provider's own page, document or
 * repository for a {@linkplain SourceTier#PRIMARY primary} source; the third party's page or
 * file for a {@linkplain SourceTier#SECONDARY secondary} one); its {@link #tier()}; where the
 * page was read through a copy on another host, that copy ({@link #readVia()}); the date it was
 * read ({@link #read()}, always present); the date the page itself states, as precise as it
 * states it ({@link #sourceDate()}: a year, a year and month, or a full ISO date); and a note
 * quoting what the page says. In an accelerator entry a source names the figures it supports
 * ({@link #figures()}, such as {@code densePeak.BF16}); a cloud offer or an energy figure has
 * one figure, so its sources name none.
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
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {

  Source() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableSource.builder();
  }

  /**
   * Builds a {@link Source}; {@code url}, {@code tier} and {@code read} are required.
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
    public abstract Builder from(Source instance);

    /**
     * Adds an element to {@link Source#figures() figures}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addFigures(String element);

    /**
     * Adds elements to {@link Source#figures() figures}, in order, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addFigures(String... elements);

    /**
     * Sets the figures of an accelerator entry this source supports, such as
     * {@code memoryBandwidth} or {@code densePeak.BF16}; empty for the source of a cloud offer or
     * an energy figure, which supports the whole entry. Replaces any elements added before.
     * Optional: if not set, {@link Source#figures() figures} is empty.
     *
     * @param elements the figure paths, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder figures(Iterable<String> elements);

    /**
     * Adds elements to {@link Source#figures() figures}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllFigures(Iterable<String> elements);

    /**
     * Sets the URL of the source: the vendor's or provider's page, document or repository file for
     * a primary source, the third party's for a secondary one. Required (see
     * {@link Source#url() url}).
     *
     * @param url the http or https URL, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code url} is null
     */
    public abstract Builder url(String url);

    /**
     * Sets how directly the source gives the figure: {@link SourceTier#PRIMARY} for the vendor's or
     * provider's own page (also when read through a verbatim copy, see {@link Source#readVia()}),
     * its machine-readable price records or a file in a repository it owns;
     * {@link SourceTier#SECONDARY} for anyone else. Required (see {@link Source#tier() tier}).
     *
     * @param tier the tier, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code tier} is null
     */
    public abstract Builder tier(SourceTier tier);

    /**
     * Sets where a copy of the source was read, when it was not read at {@link Source#url()} itself
     * (a mirror, an archive, the vendor's repository of the page, or a verbatim copy of the page
     * kept in another repository). Optional: if not set, {@link Source#readVia() readVia} is empty.
     *
     * @param readVia the http or https URL, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code readVia} is null
     */
    public abstract Builder readVia(String readVia);

    /**
     * Sets {@link Source#readVia() readVia} to the value of an {@code Optional}, or to empty when
     * it is empty.
     *
     * @param readVia the http or https URL, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code readVia} is null
     */
    public abstract Builder readVia(Optional<String> readVia);

    /**
     * Sets the date the source was read. Required (see {@link Source#read() read}).
     *
     * @param read the date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code read} is null
     */
    public abstract Builder read(LocalDate read);

    /**
     * Sets the date the source itself states (its publication, revision or validation date), as
     * precise as it states it: {@code 2024}, {@code 2024-08} or {@code 2024-08-26}. Optional: if
     * not set, {@link Source#sourceDate() sourceDate} is empty.
     *
     * @param sourceDate the ISO 8601 year, year-month or date, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code sourceDate} is null
     */
    public abstract Builder sourceDate(String sourceDate);

    /**
     * Sets {@link Source#sourceDate() sourceDate} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param sourceDate the ISO 8601 year, year-month or date, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code sourceDate} is null
     */
    public abstract Builder sourceDate(Optional<String> sourceDate);

    /**
     * Sets a note: what the source says, in its words where possible. Optional: if not set,
     * {@link Source#note() note} is empty.
     *
     * @param note the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(String note);

    /**
     * Sets {@link Source#note() note} to the value of an {@code Optional}, or to empty when it is
     * empty.
     *
     * @param note the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Builds the {@link Source}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link Source} (the message
     *     names the field, the value and the rule)
     */
    public abstract Source build();
  }

  /**
   * Returns the figures of an accelerator entry this source supports, such as
   * {@code memoryBandwidth} or {@code densePeak.BF16}; empty for the source of a cloud offer or
   * an energy figure, which supports the whole entry.
   *
   * @return the figure paths, not null
   */
  public abstract List<String> figures();

  /**
   * Returns the URL of the source: the vendor's or provider's page, document or repository
   * file for a primary source, the third party's for a secondary one.
   *
   * @return the http or https URL, not null
   */
  public abstract String url();

  /**
   * Returns how directly the source gives the figure: {@link SourceTier#PRIMARY} for the
   * vendor's or provider's own page (also when read through a verbatim copy, see
   * {@link #readVia()}), its machine-readable price records or a file in a repository it owns;
   * {@link SourceTier#SECONDARY} for anyone else.
   *
   * @return the tier, not null
   */
  public abstract SourceTier tier();

  /**
   * Returns where a copy of the source was read, when it was not read at {@link #url()} itself
   * (a mirror, an archive, the vendor's repository of the page, or a verbatim copy of the page
   * kept in another repository).
   *
   * @return the http or https URL, or empty
   */
  public abstract Optional<String> readVia();

  /**
   * Returns the date the source was read.
   *
   * @return the date, not null
   */
  public abstract LocalDate read();

  /**
   * Returns the date the source itself states (its publication, revision or validation date),
   * as precise as it states it: {@code 2024}, {@code 2024-08} or {@code 2024-08-26}.
   *
   * @return the ISO 8601 year, year-month or date, or empty when the source states none
   */
  public abstract Optional<String> sourceDate();

  /**
   * Returns a note: what the source says, in its words where possible.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  protected final void check() {
    Figures.url(url(), "url", "Source URL");
    Figures.url(readVia(), "readVia", "Source read-via URL");
    // plain tests rather than ifPresent: a lambda costs a class of its own at start-up
    if (sourceDate().isPresent() && !Figures.isPartialDate(sourceDate().get())) {
      throw new InvalidFieldException("sourceDate", "Source date must be an ISO year, "
          + "year-month or date: '" + sourceDate().get() + "'");
    }
    Figures.notBlank(note(), "note", "Source note");
    for (String figure : figures()) {
      if (!Figures.isFigurePath(figure)) {
        throw new InvalidFieldException("figures", "Source figure must be a figure path such "
            + "as 'memory' or 'densePeak.BF16': '" + figure + "'");
      }
    }
  }

  /**
   * Returns the text form: the URL, the tier and the read date, such as
   * {@code https://example.com/datasheet (PRIMARY, read 2026-11-27)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return url() + " (" + tier() + ", read " + read() + ")";
  }
}
