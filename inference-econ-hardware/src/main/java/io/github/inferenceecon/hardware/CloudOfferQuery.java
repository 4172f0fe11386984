/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.Money;
import java.util.Currency;
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
    return new Builder();
  }

  /**
   * Obtains the query that matches every current offer.
   *
   * @return the query, not null
   */
  public static CloudOfferQuery all() {
    return builder().build();
  }

  /** Builds a {@link CloudOfferQuery}; every condition is optional. */
  public static final class Builder extends ImmutableCloudOfferQuery.Builder {
    Builder() {}
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
   * Returns the currency offers must be priced in. A search for the cheapest offer compares
   * prices of one currency: this one, else that of {@link #maximumPerDeviceHour()}, else the
   * one currency the matching offers share; it never converts.
   *
   * @return the currency, or empty for any
   */
  public abstract Optional<Currency> currency();

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
      if (currency().isPresent() && !currency().get().equals(m.currency())) {
        throw new CurrencyMismatchException(currency().get(), m.currency());
      }
    });
  }
}
