/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.selfhosted.SelfHostedEstimate;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.hardware.FigureTiers;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The library's self-hosted estimate of the deployment the options describe, at its offline
 * (full-load) throughput, with the price as shown: what the {@code cost} and {@code compare}
 * commands both start from.
 */
final class SelfHosted {

  final SelfHostedEstimate estimate;
  /** The price as shown: the hourly price and where it came from. */
  final String priceLabel;
  /** The tier of the price: its offer's, or null for a price given with an option. */
  final @Nullable SourceTier priceTier;

  private SelfHosted(SelfHostedEstimate estimate, String priceSource,
      @Nullable SourceTier priceTier) {
    this.estimate = estimate;
    this.priceLabel = estimate.setup().hourlyPrice() + " (" + priceSource + ")";
    this.priceTier = priceTier;
  }

  /** The tiers with the price's added: its offer's tier, or given with an option. */
  FigureTiers plusPrice(FigureTiers tiers) {
    return priceTier == null ? tiers.plusGiven("price") : tiers.plus("price", priceTier);
  }

  static SelfHosted of(DeploymentOptions options, WorkloadOptions workload,
      HourlyPriceOptions price, double utilisation) throws IOException {
    Request request = workload.request();
    PerformanceModel model = PerformanceModel.defaults();
    Deployment d = options.deploymentFor(model.memoryEstimator(), request);
    SelfHostedEstimate estimate = SelfHostedEstimate.builder().deployment(d).request(request)
        .hourlyPrice(price.perDeviceHour(options.hardware(), options.gpu)).utilisation(utilisation)
        .performanceModel(model).build();
    return new SelfHosted(estimate, price.describe(), price.tier(options.hardware()));
  }
}
