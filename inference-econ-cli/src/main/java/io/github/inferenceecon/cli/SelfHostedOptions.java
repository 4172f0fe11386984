/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import java.io.IOException;
import picocli.CommandLine.Mixin;

/**
 * The options of a self-hosted estimate, declared once for the commands that make one
 * ({@code cost}, {@code compare}, {@code economics request}): the deployment, the request and
 * the price of the devices.
 */
final class SelfHostedOptions {

  @Mixin
  DeploymentOptions deployment;

  @Mixin
  WorkloadOptions workload;

  @Mixin
  HourlyPriceOptions price;

  /**
   * The library's estimate of the deployment at its offline throughput
   * ({@link SelfHosted#of}).
   *
   * @param utilisation the fraction of paid time spent serving, checked by the command
   * @return the estimate with its price as shown
   */
  SelfHosted estimate(double utilisation) throws IOException {
    return SelfHosted.of(deployment, workload, price, utilisation);
  }
}
