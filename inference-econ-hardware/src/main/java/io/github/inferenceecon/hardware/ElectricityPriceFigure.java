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
    return new Builder();
  }

  /**
   * Builds an {@link ElectricityPriceFigure}. Required: id, region, sector, price, period and
   * sources.
   */
  public static final class Builder extends ImmutableElectricityPriceFigure.Builder {
    Builder() {}
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
