/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.UnknownNameException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.hardware.CloudOffer;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What the devices cost: a price per device-hour, or a cloud offer from the catalog. */
final class HourlyPriceOptions {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Exactly one of the two. */
  static final class Source {
    @Option(names = "--price-per-device-hour", paramLabel = "P",
        description = "Price of one device for one hour, in USD (e.g. 3.00): a decimal with at "
            + "most 30 digits before and after the point.")
    String pricePerDeviceHour;

    @Option(names = "--offer", paramLabel = "ID",
        description = "A cloud offer id from `catalog clouds`; its per-device price is used.")
    String offer;
  }

  /**
   * The price of one device-hour: an offer's from the given catalogs, which must rent the
   * accelerator when one is named.
   */
  HourlyPrice perDeviceHour(HardwareCatalogs catalogs, @Nullable String accelerator) {
    if (source.offer != null) {
      CloudOffer offer;
      try {
        offer = accelerator == null ? catalogs.cloudOffers().get(source.offer)
            : catalogs.cloudOffers().getFor(source.offer, accelerator);
      } catch (UnknownNameException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--offer: " + e.getMessage(), e);
      }
      return offer.perDeviceHour(SelfHostedCost.DEFAULT_CONTEXT);
    }
    Money price = Money.of(Money.USD, Inputs.amount("--price-per-device-hour",
        source.pricePerDeviceHour));
    return HourlyPrice.perDeviceHour(price);
  }

  /** The tier of the price: its offer's, or null for a price given with an option. */
  @Nullable SourceTier tier(HardwareCatalogs catalogs) {
    return source.offer != null ? catalogs.cloudOffers().get(source.offer).tier() : null;
  }

  /** The price's row in a page's sources: its offer's source, or given. */
  void provenance(HtmlPage.Section s, HardwareCatalogs catalogs, String label) {
    if (source.offer != null) {
      Provenance.offer(s, catalogs.cloudOffers().get(source.offer));
    } else {
      Provenance.givenPrice(s, label);
    }
  }

  /** A description of where the price came from. */
  String describe() {
    return source.offer != null ? "offer " + source.offer : "given per device-hour";
  }
}
