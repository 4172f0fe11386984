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
 * <p>The scale-up domain ({@link #domainSize()}) is the number of devices the link joins at
 * its bandwidth; a layout over more devices crosses the network between domains.
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
    return new Builder();
  }

  /** Builds a {@link ScaleUpLink}; {@code name} is required. */
  public static final class Builder extends ImmutableScaleUpLink.Builder {
    Builder() {}
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
   * Returns the scale-up domain: how many devices the link connects at its bandwidth, such as
   * 8 on an HGX board or 72 in an NVL72 rack.
   *
   * @return the device count, positive, or empty when the sources do not say
   */
  public abstract Optional<Integer> domainSize();

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
      Interconnect link = Interconnect.of(name(), bandwidth().get(), basis().get());
      return Optional.of(domainSize().isPresent() ? link.withDomainSize(domainSize().get())
          : link);
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
    if (domainSize().isPresent() && domainSize().get() <= 0) {
      throw new InvalidFieldException("domainSize", "Scale-up domain size must be positive: "
          + domainSize().get());
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
        + basis().map(Enum::name).orElse("(basis not stated)")
        + (domainSize().isPresent() ? ", " + domainSize().get() + " devices" : "");
  }
}
