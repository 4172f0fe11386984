/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parameter count as its publisher states it, such as '671B total, 37B activated (DeepSeek-V3
 * README)', recorded beside the count derived from the architecture.
 *
 * <p>Published counts are often rounded ("70B") and publishers differ in what they count (with
 * or without embeddings, with or without multi-token-prediction modules); {@link #note()} says
 * which. They are kept for comparison and are never used in place of the derived count.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublishedParameters.class)
@JsonDeserialize(as = ImmutablePublishedParameters.class)
public abstract class PublishedParameters {

  PublishedParameters() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutablePublishedParameters.builder();
  }

  /**
   * Builds a {@link PublishedParameters}; {@code total} and {@code source} are required.
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
    public abstract Builder from(PublishedParameters instance);

    /**
     * Sets the published total parameter count. Required (see
     * {@link PublishedParameters#total() total}).
     *
     * @param total the count, positive
     * @return this builder, not null
     */
    public abstract Builder total(long total);

    /**
     * Sets the published active (per-token) parameter count of a mixture-of-experts model.
     * Optional: if not set, {@link PublishedParameters#active() active} is empty.
     *
     * @param active the count
     * @return this builder, not null
     */
    public abstract Builder active(long active);

    /**
     * Sets {@link PublishedParameters#active() active} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param active the count, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code active} is null
     */
    public abstract Builder active(Optional<Long> active);

    /**
     * Sets where the count is published, a URL or a citation. Required (see
     * {@link PublishedParameters#source() source}).
     *
     * @param source the source, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(String source);

    /**
     * Sets whether the count is only a nominal size from the model's name or card ("70B"), not a
     * stated count; false by default. Optional (see
     * {@link PublishedParameters#isNominal() nominal}).
     *
     * @param nominal true if nominal
     * @return this builder, not null
     */
    public abstract Builder nominal(boolean nominal);

    /**
     * Sets what the count includes or how it is rounded, as the publisher says. Optional: if not
     * set, {@link PublishedParameters#note() note} is empty.
     *
     * @param note the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(String note);

    /**
     * Sets {@link PublishedParameters#note() note} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param note the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Builds the {@link PublishedParameters}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link PublishedParameters}
     *     (the message names the field, the value and the rule)
     */
    public abstract PublishedParameters build();
  }

  /**
   * Returns the published total parameter count.
   *
   * @return the count, positive
   */
  public abstract long total();

  /**
   * Returns the published active (per-token) parameter count of a mixture-of-experts model.
   *
   * @return the count, or empty when none is published
   */
  public abstract Optional<Long> active();

  /**
   * Returns where the count is published, a URL or a citation.
   *
   * @return the source, not blank, not null
   */
  public abstract String source();

  /**
   * Checks if the count is only a nominal size from the model's name or card ("70B"), not a
   * stated count; false by default.
   *
   * @return true if nominal
   */
  @Value.Default
  public boolean isNominal() {
    return false;
  }

  /**
   * Returns what the count includes or how it is rounded, as the publisher says.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  protected final void check() {
    Checks.positive(total(), "Published total parameters");
    // a plain test rather than ifPresent: a lambda costs a class of its own at start-up
    if (active().isPresent()) {
      Checks.positive(active().get(), "Published active parameters");
    }
    if (source().isBlank()) {
      throw new IllegalArgumentException("Published parameters source must not be blank: ''");
    }
  }
}
