/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.hardware.AcceleratorEntry;
import io.github.inferenceecon.hardware.CloudOffer;
import io.github.inferenceecon.hardware.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The source, date and tier of each figure behind a page section, as rows of its table. */
final class Provenance {

  private Provenance() {}

  /** The model's architecture: its config's source. */
  static void model(HtmlPage.Section s, ModelArchitecture model) {
    s.source("architecture: " + model.name(), model.source().orElse("given (config.json)"),
        "", model.source().isPresent() ? "not recorded" : "given");
  }

  /** Every accelerator figure the deployment's estimate reads, with each of its sources. */
  static void accelerator(HtmlPage.Section s, DeploymentOptions options, Deployment d) {
    AcceleratorEntry entry = options.hardware().accelerators().get(options.gpu);
    for (String figure : AcceleratorEntry.figuresUsedBy(d)) {
      List<Source> sources = entry.sourcesOf(figure);
      Optional<SourceTier> tier = entry.tierOf(figure, options.supplied());
      if (sources.isEmpty() || tier.isEmpty()) {
        s.source(entry.name() + ": " + figure, "given on the command line", "", "given");
        continue;
      }
      for (Source src : sources) {
        s.source(entry.name() + ": " + figure, src.url(), src.sourceDate().orElse("read "
            + src.read()), src.tier().name());
      }
    }
  }

  /** A cloud offer's price. */
  static void offer(HtmlPage.Section s, CloudOffer offer) {
    s.source("price: " + offer.id() + " (" + offer.price() + ")", offer.source().url(),
        offer.effectiveFrom().map(LocalDate::toString).orElse("read " + offer.source().read()),
        offer.tier().name());
  }

  /** A price given with an option. */
  static void givenPrice(HtmlPage.Section s, String label) {
    s.source("price: " + label, "given on the command line", "", "given");
  }

  /** An API price card. */
  static void card(HtmlPage.Section s, ApiPriceCard card) {
    s.source("price: " + card.provider() + " " + card.model() + " (" + card.rates().input()
            + " input, " + card.rates().output() + " output)",
        card.source().orElse("not published"),
        card.effectiveFrom().map(d -> "from " + d).orElse("no effective date published")
            + card.effectiveUntil().map(d -> " until " + d).orElse(""),
        card.tier().name());
  }
}
