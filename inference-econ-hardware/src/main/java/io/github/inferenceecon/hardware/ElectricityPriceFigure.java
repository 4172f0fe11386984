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
import io.github.inferenceecon.core.money.EnergyPrice;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published electricity price for a region and a class of consumer, such as 'Virginia,
 * industrial, 2023 annual average: USD 0.0892 per kWh (US EIA)'.
 *
 * <p>The price is an exact {@link EnergyPrice} per kilowatt-hour; a figure published in
 * another unit (cents per kWh) is converted by moving the decimal point only, and
 * {@link #asPublished()} keeps the original. {@link #period()} says what the price averages
 * over; the notes say what it includes (taxes, network charges).
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
@JsonSerialize(as = ImmutableElectricityPriceFigure.class)
@JsonDeserialize(as = ImmutableElectricityPriceFigure.class)
public abstract class ElectricityPriceFigure {

  ElectricityPriceFigure() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableElectricityPriceFigure.builder();
  }

  /**
   * Builds an {@link ElectricityPriceFigure}. Required: id, region, sector, price, period and
   * sources.
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
    public abstract Builder from(ElectricityPriceFigure instance);

    /**
     * Sets the id, such as {@code us-virginia-industrial-2023}. Required (see
     * {@link ElectricityPriceFigure#id() id}).
     *
     * @param id the id, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code id} is null
     */
    public abstract Builder id(String id);

    /**
     * Sets the region code: an ISO 3166 country or subdivision code such as {@code US-VA}, or a
     * named group such as {@code EU-27}. Required (see
     * {@link ElectricityPriceFigure#region() region}).
     *
     * @param region the region, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code region} is null
     */
    public abstract Builder region(String region);

    /**
     * Sets the region's name, such as {@code Virginia, United States}. Optional: if not set,
     * {@link ElectricityPriceFigure#regionName() regionName} is empty.
     *
     * @param regionName the name, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code regionName} is null
     */
    public abstract Builder regionName(String regionName);

    /**
     * Sets {@link ElectricityPriceFigure#regionName() regionName} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param regionName the name, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code regionName} is null
     */
    public abstract Builder regionName(Optional<String> regionName);

    /**
     * Sets the class of consumer the price is for. Required (see
     * {@link ElectricityPriceFigure#sector() sector}).
     *
     * @param sector the sector, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code sector} is null
     */
    public abstract Builder sector(ElectricitySector sector);

    /**
     * Sets the price per kilowatt-hour. Required (see
     * {@link ElectricityPriceFigure#price() price}).
     *
     * @param price the price, not negative, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code price} is null
     */
    public abstract Builder price(EnergyPrice price);

    /**
     * Sets the period the price averages over, such as {@code 2023 annual average}. Required (see
     * {@link ElectricityPriceFigure#period() period}).
     *
     * @param period the period, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code period} is null
     */
    public abstract Builder period(String period);

    /**
     * Sets the figure as published when it was in another unit, such as {@code 8.92 cents/kWh}.
     * Optional: if not set, {@link ElectricityPriceFigure#asPublished() asPublished} is empty.
     *
     * @param asPublished the published figure, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code asPublished} is null
     */
    public abstract Builder asPublished(String asPublished);

    /**
     * Sets {@link ElectricityPriceFigure#asPublished() asPublished} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param asPublished the published figure, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code asPublished} is null
     */
    public abstract Builder asPublished(Optional<String> asPublished);

    /**
     * Adds an element to {@link ElectricityPriceFigure#sources() sources}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addSources(Source element);

    /**
     * Adds elements to {@link ElectricityPriceFigure#sources() sources}, in order, after those
     * already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addSources(Source... elements);

    /**
     * Sets the sources. Replaces any elements added before. Optional: if not set,
     * {@link ElectricityPriceFigure#sources() sources} is empty.
     *
     * @param elements the sources, not empty, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder sources(Iterable<? extends Source> elements);

    /**
     * Adds elements to {@link ElectricityPriceFigure#sources() sources}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllSources(Iterable<? extends Source> elements);

    /**
     * Adds an element to {@link ElectricityPriceFigure#notes() notes}.
     *
     * @param element the element, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code element} is null
     */
    public abstract Builder addNotes(String element);

    /**
     * Adds elements to {@link ElectricityPriceFigure#notes() notes}, in order, after those already
     * added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addNotes(String... elements);

    /**
     * Sets notes: what the price includes and how it was published. Replaces any elements added
     * before. Optional: if not set, {@link ElectricityPriceFigure#notes() notes} is empty.
     *
     * @param elements the notes, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder notes(Iterable<String> elements);

    /**
     * Adds elements to {@link ElectricityPriceFigure#notes() notes}, after those already added.
     *
     * @param elements the elements, not null, no element null
     * @return this builder, not null
     * @throws NullPointerException if {@code elements} or one of its elements is null
     */
    public abstract Builder addAllNotes(Iterable<String> elements);

    /**
     * Builds the {@link ElectricityPriceFigure}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link ElectricityPriceFigure}
     *     (the message names the field, the value and the rule)
     */
    public abstract ElectricityPriceFigure build();
  }

  /**
   * Returns the id, such as {@code us-virginia-industrial-2023}.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns the region code: an ISO 3166 country or subdivision code such as {@code US-VA}, or
   * a named group such as {@code EU-27}.
   *
   * @return the region, not null
   */
  public abstract String region();

  /**
   * Returns the region's name, such as {@code Virginia, United States}.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> regionName();

  /**
   * Returns the class of consumer the price is for.
   *
   * @return the sector, not null
   */
  public abstract ElectricitySector sector();

  /**
   * Returns the price per kilowatt-hour.
   *
   * @return the price, not negative, not null
   */
  public abstract EnergyPrice price();

  /**
   * Returns the period the price averages over, such as {@code 2023 annual average}.
   *
   * @return the period, not blank, not null
   */
  public abstract String period();

  /**
   * Returns the figure as published when it was in another unit, such as
   * {@code 8.92 cents/kWh}.
   *
   * @return the published figure, or empty when {@link #price()} is as published
   */
  public abstract Optional<String> asPublished();

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
   * Returns notes: what the price includes and how it was published.
   *
   * @return the notes, not null
   */
  public abstract List<String> notes();

  @Value.Check
  protected final void check() {
    Figures.id(id(), "Electricity price");
    Energies.checkRegion(region());
    Figures.notBlank(regionName(), "regionName", "Region name");
    Figures.notBlank(period(), "period", "Price period");
    Figures.notBlank(asPublished(), "asPublished", "Published figure");
    Energies.checkSources(sources(), notes());
  }

  /**
   * Returns the text form, such as {@code US-VA INDUSTRIAL 2023 annual average: USD 0.0892
   * per kWh}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return region() + " " + sector() + " " + period() + ": " + price();
  }
}
