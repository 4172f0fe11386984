/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A filter over the cloud rental catalog, such as 'on-demand H100 offers at no more than
 * USD 3.50 per device-hour'.
 *
 * <p>Every condition that is set must hold; an empty query matches every current offer.
 * Historical offers (known to be superseded) match only when {@link #isHistoricalIncluded()}.
 * The accelerator is given by id or alias and resolved by the catalog.
 *
 * <pre>{@code
 * List<CloudOffer> offers = catalog.filter(CloudOfferQuery.builder()
 *     .accelerator("h100")
 *     .pricingModel(PricingModel.ON_DEMAND)
 *     .maximumPerDeviceHour(Money.of("USD", "3.50"))
 *     .build());
 * }</pre>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CloudOfferQuery {

  CloudOfferQuery() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableCloudOfferQuery.builder();
  }

  /**
   * Obtains the query that matches every current offer.
   *
   * @return the query, not null
   */
  public static CloudOfferQuery all() {
    return builder().build();
  }

  /**
   * Builds a {@link CloudOfferQuery}; every condition is optional.
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
    public abstract Builder from(CloudOfferQuery instance);

    /**
     * Sets the provider to match, ignoring case, such as {@code aws}. Optional: if not set,
     * {@link CloudOfferQuery#provider() provider} is empty.
     *
     * @param provider the provider, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code provider} is null
     */
    public abstract Builder provider(String provider);

    /**
     * Sets {@link CloudOfferQuery#provider() provider} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param provider the provider, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code provider} is null
     */
    public abstract Builder provider(Optional<String> provider);

    /**
     * Sets the accelerator to match, by id or alias of the accelerator catalog. Optional: if not
     * set, {@link CloudOfferQuery#accelerator() accelerator} is empty.
     *
     * @param accelerator the accelerator, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code accelerator} is null
     */
    public abstract Builder accelerator(String accelerator);

    /**
     * Sets {@link CloudOfferQuery#accelerator() accelerator} to the value of an {@code Optional},
     * or to empty when it is empty.
     *
     * @param accelerator the accelerator, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code accelerator} is null
     */
    public abstract Builder accelerator(Optional<String> accelerator);

    /**
     * Sets the pricing model to match. Optional: if not set,
     * {@link CloudOfferQuery#pricingModel() pricingModel} is empty.
     *
     * @param pricingModel the pricing model, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pricingModel} is null
     */
    public abstract Builder pricingModel(PricingModel pricingModel);

    /**
     * Sets {@link CloudOfferQuery#pricingModel() pricingModel} to the value of an {@code Optional},
     * or to empty when it is empty.
     *
     * @param pricingModel the pricing model, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code pricingModel} is null
     */
    public abstract Builder pricingModel(Optional<? extends PricingModel> pricingModel);

    /**
     * Sets the region code to match, ignoring case; offers without a region (one rate for every
     * region) do not match a region. Optional: if not set, {@link CloudOfferQuery#region() region}
     * is empty.
     *
     * @param region the region, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code region} is null
     */
    public abstract Builder region(String region);

    /**
     * Sets {@link CloudOfferQuery#region() region} to the value of an {@code Optional}, or to empty
     * when it is empty.
     *
     * @param region the region, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code region} is null
     */
    public abstract Builder region(Optional<String> region);

    /**
     * Sets the highest price per device-hour to match; only offers in its currency match. Optional:
     * if not set, {@link CloudOfferQuery#maximumPerDeviceHour() maximumPerDeviceHour} is empty.
     *
     * @param maximumPerDeviceHour the price, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code maximumPerDeviceHour} is null
     */
    public abstract Builder maximumPerDeviceHour(Money maximumPerDeviceHour);

    /**
     * Sets {@link CloudOfferQuery#maximumPerDeviceHour() maximumPerDeviceHour} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param maximumPerDeviceHour the price, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code maximumPerDeviceHour} is null
     */
    public abstract Builder maximumPerDeviceHour(Optional<? extends Money> maximumPerDeviceHour);

    /**
     * Sets whether historical (superseded) offers match too; false by default. Optional (see
     * {@link CloudOfferQuery#isHistoricalIncluded() historicalIncluded}).
     *
     * @param historicalIncluded true if historical offers are included
     * @return this builder, not null
     */
    public abstract Builder historicalIncluded(boolean historicalIncluded);

    /**
     * Builds the {@link CloudOfferQuery}.
     *
     * @return the new instance, not null
     * @throws IllegalArgumentException if the values break a rule of {@link CloudOfferQuery} (the
     *     message names the field, the value and the rule)
     */
    public abstract CloudOfferQuery build();
  }

  /**
   * Returns the provider to match, ignoring case, such as {@code aws}.
   *
   * @return the provider, or empty for any
   */
  public abstract Optional<String> provider();

  /**
   * Returns the accelerator to match, by id or alias of the accelerator catalog.
   *
   * @return the accelerator, or empty for any
   */
  public abstract Optional<String> accelerator();

  /**
   * Returns the pricing model to match.
   *
   * @return the pricing model, or empty for any
   */
  public abstract Optional<PricingModel> pricingModel();

  /**
   * Returns the region code to match, ignoring case; offers without a region (one rate for
   * every region) do not match a region.
   *
   * @return the region, or empty for any
   */
  public abstract Optional<String> region();

  /**
   * Returns the highest price per device-hour to match; only offers in its currency match.
   *
   * @return the price, or empty for any
   */
  public abstract Optional<Money> maximumPerDeviceHour();

  /**
   * Checks if historical (superseded) offers match too; false by default.
   *
   * @return true if historical offers are included
   */
  @Value.Default
  public boolean isHistoricalIncluded() {
    return false;
  }

  @Value.Check
  protected final void check() {
    maximumPerDeviceHour().ifPresent(m -> {
      if (m.isNegative()) {
        throw new IllegalArgumentException("Maximum price per device-hour must not be "
            + "negative: " + m);
      }
    });
  }
}
