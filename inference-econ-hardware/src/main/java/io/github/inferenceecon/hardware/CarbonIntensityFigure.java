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
import io.github.inferenceecon.core.units.CarbonIntensity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published carbon intensity of electricity for a region and year, such as 'United States,
 * 2023: 366 g CO2 per kWh, CO2 only (US EIA)'.
 *
 * <p>The value is in grams per kilowatt-hour, an exact decimal as published or derived from
 * published totals ({@link #derivation()} shows the arithmetic). {@link #gases()} says whether
 * it counts carbon dioxide alone or all greenhouse gases as CO2-equivalent: core's
 * {@link CarbonIntensity} is CO2-equivalent by definition, so {@link #intensity()} of a
 * {@link GreenhouseGases#CO2_ONLY CO2-only} figure understates it.
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
@JsonSerialize(as = ImmutableCarbonIntensityFigure.class)
@JsonDeserialize(as = ImmutableCarbonIntensityFigure.class)
public abstract class CarbonIntensityFigure {

  CarbonIntensityFigure() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableCarbonIntensityFigure.builder();
  }

  /**
   * Builds a {@link CarbonIntensityFigure}. Required: id, region, grams per kilowatt-hour, year,
   * gases and sources.
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
    public abstract Builder from(CarbonIntensityFigure instance);

    /**
     * Sets the id, such as {@code us-eia-utility-scale-2023}. Required (see
     * {@link CarbonIntensityFigure#id() id}).
     *
     * @param id the id, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the region code: an ISO 3166 country code such as {@code DE}, or a named group such as
     * {@code EU-27}. Required (see {@link CarbonIntensityFigure#region() region}).
     *
     * @param region the region, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code region} is null
     */
    public abstract Builder region(String region);

    /**
     * Sets the region's name, such as {@code Germany}. Optional: if not set,
     * {@link CarbonIntensityFigure#regionName() regionName} is empty.
     *
     * @param regionName the name, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code regionName} is null
     */
    public abstract Builder regionName(String regionName);

    /**
     * Sets {@link CarbonIntensityFigure#regionName() regionName} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param regionName the name, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code regionName} is null
     */
    public abstract Builder regionName(Optional<String> regionName);

    /**
     * Sets the intensity in grams per kilowatt-hour, as published or derived. Required (see
     * {@link CarbonIntensityFigure#gramsPerKilowattHour() gramsPerKilowattHour}).
     *
     * @param gramsPerKilowattHour the value, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code gramsPerKilowattHour} is null
     */
    public abstract Builder gramsPerKilowattHour(BigDecimal gramsPerKilowattHour);

    /**
     * Sets the year the figure describes. Required (see {@link CarbonIntensityFigure#year() year}).
     *
     * @param year the year
     * @return this builder, not null
     */
    public abstract Builder year(int year);

    /**
     * Sets which emissions the figure counts. Required (see
     * {@link CarbonIntensityFigure#gases() gases}).
     *
     * @param gases the gases, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code gases} is null
     */
    public abstract Builder gases(GreenhouseGases gases);

    /**
     * Sets how the figure is measured, such as {@code location-based, generation}. Optional: if not
     * set, {@link CarbonIntensityFigure#basis() basis} is empty.
     *
     * @param basis the basis, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code basis} is null
     */
    public abstract Builder basis(String basis);

    /**
     * Sets {@link CarbonIntensityFigure#basis() basis} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param basis the basis, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code basis} is null
     */
    public abstract Builder basis(Optional<String> basis);

    /**
     * Sets the figures as published when the value is derived from them. Optional: if not set,
     * {@link CarbonIntensityFigure#asPublished() asPublished} is empty.
     *
     * @param asPublished the published figures, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code asPublished} is null
     */
    public abstract Builder asPublished(String asPublished);

    /**
     * Sets {@link CarbonIntensityFigure#asPublished() asPublished} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param asPublished the published figures, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code asPublished} is null
     */
    public abstract Builder asPublished(Optional<String> asPublished);

    /**
     * Sets the arithmetic that derives the value from the published figures. Optional: if not set,
     * {@link CarbonIntensityFigure#derivation() derivation} is empty.
     *
     * @param derivation the derivation, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code derivation} is null
     */
    public abstract Builder derivation(String derivation);

    /**
     * Sets {@link CarbonIntensityFigure#derivation() derivation} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param derivation the derivation, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code derivation} is null
     */
    public abstract Builder derivation(Optional<String> derivation);

    /**
     * Adds an element to {@link CarbonIntensityFigure#sources() sources}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addSources(Source element);

    /**
     * Adds elements to {@link CarbonIntensityFigure#sources() sources}, in order, after those
     * already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addSources(Source... elements);

    /**
     * Sets the sources. Replaces any elements added before. Optional: if not set,
     * {@link CarbonIntensityFigure#sources() sources} is empty.
     *
     * @param elements the sources, not empty, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder sources(Iterable<? extends Source> elements);

    /**
     * Adds elements to {@link CarbonIntensityFigure#sources() sources}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllSources(Iterable<? extends Source> elements);

    /**
     * Adds an element to {@link CarbonIntensityFigure#notes() notes}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addNotes(String element);

    /**
     * Adds elements to {@link CarbonIntensityFigure#notes() notes}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addNotes(String... elements);

    /**
     * Sets notes: what the source says, in its words where possible. Replaces any elements added
     * before. Optional: if not set, {@link CarbonIntensityFigure#notes() notes} is empty.
     *
     * @param elements the notes, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder notes(Iterable<String> elements);

    /**
     * Adds elements to {@link CarbonIntensityFigure#notes() notes}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllNotes(Iterable<String> elements);

    /**
     * Builds the {@link CarbonIntensityFigure}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link CarbonIntensityFigure}
     *     (the message names the field, the value and the rule)
     */
    public abstract CarbonIntensityFigure build();
  }

  /**
   * Returns the id, such as {@code us-eia-utility-scale-2023}.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns the region code: an ISO 3166 country code such as {@code DE}, or a named group
   * such as {@code EU-27}.
   *
   * @return the region, not null
   */
  public abstract String region();

  /**
   * Returns the region's name, such as {@code Germany}.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> regionName();

  /**
   * Returns the intensity in grams per kilowatt-hour, as published or derived.
   *
   * @return the value, not negative, not null
   */
  public abstract BigDecimal gramsPerKilowattHour();

  /**
   * Returns the year the figure describes.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns which emissions the figure counts.
   *
   * @return the gases, not null
   */
  public abstract GreenhouseGases gases();

  /**
   * Returns how the figure is measured, such as {@code location-based, generation}.
   *
   * @return the basis, or empty
   */
  public abstract Optional<String> basis();

  /**
   * Returns the figures as published when the value is derived from them.
   *
   * @return the published figures, or empty
   */
  public abstract Optional<String> asPublished();

  /**
   * Returns the arithmetic that derives the value from the published figures.
   *
   * @return the derivation, or empty when the value is as published
   */
  public abstract Optional<String> derivation();

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
   * Converts the value to core's {@link CarbonIntensity}, which is CO2-equivalent: for a
   * {@link GreenhouseGases#CO2_ONLY CO2-only} figure the result understates emissions.
   *
   * @return the intensity, not null
   */
  public CarbonIntensity intensity() {
    return CarbonIntensity.of(gramsPerKilowattHour().doubleValue());
  }

  @Value.Check
  protected final void check() {
    Figures.id(id(), "Carbon intensity");
    Energies.checkRegion(region());
    Figures.notBlank(regionName(), "regionName", "Region name");
    if (gramsPerKilowattHour().signum() < 0) {
      throw new InvalidFieldException("gramsPerKilowattHour", "Carbon intensity must not be "
          + "negative: " + gramsPerKilowattHour().toPlainString());
    }
    Figures.notBlank(basis(), "basis", "Carbon intensity basis");
    Figures.notBlank(asPublished(), "asPublished", "Published figure");
    Figures.notBlank(derivation(), "derivation", "Derivation");
    Energies.checkSources(sources(), notes());
  }

  /**
   * Returns the text form, such as {@code US 2023: 366 g/kWh CO2_ONLY}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return region() + " " + year() + ": " + gramsPerKilowattHour().toPlainString() + " g/kWh "
        + gases();
  }
}
