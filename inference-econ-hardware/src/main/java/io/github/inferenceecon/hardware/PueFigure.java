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
import io.github.inferenceecon.core.internal.InvalidFieldException;
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
    return new Builder();
  }

  /** Builds a {@link PueFigure}; every attribute but the notes is required. */
  public static final class Builder extends ImmutablePueFigure.Builder {
    Builder() {}
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
