/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.selfhosted.Throughput;
import io.github.inferenceecon.core.workload.Request;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A self-hosted deployment at its offline (full-load) throughput, priced: what the {@code cost}
 * and {@code compare} commands both start from.
 */
final class SelfHosted {

  final Request request;
  final Deployment deployment;
  final ServingEstimate serving;
  final SelfHostedSetup setup;
  final SelfHostedCost cost;
  /** The price as shown: the hourly price and where it came from. */
  final String priceLabel;
  /** The tier of the price: its offer's, or null for a price given with an option. */
  final @Nullable SourceTier priceTier;

  private SelfHosted(Request request, Deployment deployment, ServingEstimate serving,
      SelfHostedSetup setup, String priceSource, @Nullable SourceTier priceTier) {
    this.request = request;
    this.deployment = deployment;
    this.serving = serving;
    this.setup = setup;
    this.cost = SelfHostedCost.of(setup);
    this.priceLabel = setup.hourlyPrice() + " (" + priceSource + ")";
    this.priceTier = priceTier;
  }

  static SelfHosted of(DeploymentOptions options, WorkloadOptions workload,
      HourlyPriceOptions price, double utilisation) throws IOException {
    Request request = workload.request();
    PerformanceModel model = PerformanceModel.defaults();
    Deployment d = options.deployment(model.memoryEstimator(), request.totalTokens().count(), 1);
    options.requireFiguresFor(d);
    ServingEstimate serving = model.offline(d, request);
    SelfHostedSetup setup = SelfHostedSetup.builder()
        .hourlyPrice(price.perDeviceHour(options.hardware(), options.gpu))
        .layout(d).utilisation(utilisation).throughput(Throughput.from(serving)).build();
    return new SelfHosted(request, d, serving, setup, price.describe(),
        price.tier(options.hardware()));
  }
}
