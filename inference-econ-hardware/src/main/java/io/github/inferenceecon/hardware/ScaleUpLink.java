/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.accelerator.Interconnect;
import io.github.inferenceecon.core.units.ByteRate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accelerator's scale-up link as published, such as 'ICI, 800 GB/s bidirectional per chip'
 * or 'NVLink 4th Generation, 900 GB/s per GPU' (direction not stated).
 *
 * <p>Unlike core's {@link Interconnect}, every part but the name may be unknown: sources often
 * give a bandwidth without saying whether it is per direction or the total of both directions,
 * and some name a link without a bandwidth. {@link #toInterconnect()} gives the core type only
 * when both the bandwidth and its basis are published, so that a calculation never halves or
 * doubles a figure on a guess.
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
@JsonSerialize(as = ImmutableScaleUpLink.class)
@JsonDeserialize(as = ImmutableScaleUpLink.class)
public abstract class ScaleUpLink {

  ScaleUpLink() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableScaleUpLink.builder();
  }

  /**
   * Builds a {@link ScaleUpLink}; {@code name} is required.
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
    public abstract Builder from(ScaleUpLink instance);

    /**
     * Sets the name of the link, such as {@code NVLink 4th Generation (18 links per GPU)}. Required
     * (see {@link ScaleUpLink#name() name}).
     *
     * @param name the name, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(String name);

    /**
     * Sets the bandwidth of one device as published, in decimal bytes per second. Optional: if not
     * set, {@link ScaleUpLink#bandwidth() bandwidth} is empty.
     *
     * @param bandwidth the bandwidth, positive, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code bandwidth} is null
     */
    public abstract Builder bandwidth(ByteRate bandwidth);

    /**
     * Sets {@link ScaleUpLink#bandwidth() bandwidth} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param bandwidth the bandwidth, positive, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code bandwidth} is null
     */
    public abstract Builder bandwidth(Optional<? extends ByteRate> bandwidth);

    /**
     * Sets whether the bandwidth is per direction or the total of both directions. Optional: if not
     * set, {@link ScaleUpLink#basis() basis} is empty.
     *
     * @param basis the basis, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code basis} is null
     */
    public abstract Builder basis(BandwidthBasis basis);

    /**
     * Sets {@link ScaleUpLink#basis() basis} to the value of an {@code Optional}, or to empty when
     * it is empty.
     *
     * @param basis the basis, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code basis} is null
     */
    public abstract Builder basis(Optional<? extends BandwidthBasis> basis);

    /**
     * Sets a note, such as how the source words the direction. Optional: if not set,
     * {@link ScaleUpLink#note() note} is empty.
     *
     * @param note the note, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(String note);

    /**
     * Sets {@link ScaleUpLink#note() note} to the value of an {@code Optional}, or to empty when it
     * is empty.
     *
     * @param note the note, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code note} is null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Builds the {@link ScaleUpLink}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link ScaleUpLink} (the
     *     message names the field, the value and the rule)
     */
    public abstract ScaleUpLink build();
  }

  /**
   * Returns the name of the link, such as {@code NVLink 4th Generation (18 links per GPU)}.
   *
   * @return the name, not blank, not null
   */
  public abstract String name();

  /**
   * Returns the bandwidth of one device as published, in decimal bytes per second.
   *
   * @return the bandwidth, positive, or empty when the source states none
   */
  public abstract Optional<ByteRate> bandwidth();

  /**
   * Returns whether the bandwidth is per direction or the total of both directions.
   *
   * @return the basis, or empty when the source does not say
   */
  public abstract Optional<BandwidthBasis> basis();

  /**
   * Returns a note, such as how the source words the direction.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Converts this link to core's {@link Interconnect}, which calculations use.
   *
   * @return the interconnect, or empty when the bandwidth or its basis is not published
   */
  public Optional<Interconnect> toInterconnect() {
    if (bandwidth().isPresent() && basis().isPresent()) {
      return Optional.of(Interconnect.of(name(), bandwidth().get(), basis().get()));
    }
    return Optional.empty();
  }

  @Value.Check
  protected final void check() {
    Figures.notBlank(name(), "name", "Scale-up link name");
    // plain tests rather than ifPresent: a lambda costs a class of its own at start-up
    if (bandwidth().isPresent() && bandwidth().get().isZero()) {
      throw new InvalidFieldException("bandwidth", "Scale-up bandwidth must be positive: "
          + bandwidth().get());
    }
    if (basis().isPresent() && bandwidth().isEmpty()) {
      throw new InvalidFieldException("basis", "Scale-up basis needs a bandwidth: "
          + basis().get());
    }
    Figures.notBlank(note(), "note", "Scale-up note");
  }

  /**
   * Returns the text form, such as {@code ICI, 800 GB/s BIDIRECTIONAL} or
   * {@code NVLink 4, 900 GB/s (basis not stated)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (bandwidth().isEmpty()) {
      return name() + " (bandwidth not stated)";
    }
    return name() + ", " + bandwidth().get() + " "
        + basis().map(Enum::name).orElse("(basis not stated)");
  }
}
