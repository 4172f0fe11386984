/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.selfhosted.Throughput;
import io.github.inferenceecon.core.workload.Request;

/**
 * One full self-hosted estimate, as the command-line tool's {@code cost} command and a planner
 * make it for each candidate: does the deployment fit in memory with one sequence of the
 * request's full context, what is its most throughput on the request (offline, as many
 * sequences in flight as memory holds), and what do a million input tokens, a million output
 * tokens and one request cost at the hardware's hourly price, fully used. The performance
 * estimate becomes the cost layer's rates through {@link Throughput#from(ServingEstimate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SelfHostedEstimate {

  private final DeploymentMemory memory;
  private final ServingEstimate serving;
  private final SelfHostedCost cost;
  private final Money costPerRequest;

  private SelfHostedEstimate(DeploymentMemory memory, ServingEstimate serving,
      SelfHostedCost cost, Money costPerRequest) {
    this.memory = memory;
    this.serving = serving;
    this.cost = cost;
    this.costPerRequest = costPerRequest;
  }

  /**
   * Runs the estimate: memory fit, offline serving, then cost at full utilisation.
   *
   * @param model the performance model, whose memory estimator checks the fit, not null
   * @param deployment the deployment, not null
   * @param request the mean request, at least one uncached prompt token and two output tokens,
   *     not null
   * @param price the hourly price, not null
   * @param devicesPerInstance the devices in one rented instance, positive (1 for a device-hour
   *     price)
   * @return the estimate, not null
   * @throws IllegalArgumentException if the deployment does not fit in memory, every prompt
   *     token is cached, or the estimate spends no time on decode (as with one output token,
   *     which the prefill pass produces)
   */
  static SelfHostedEstimate run(PerformanceModel model, Deployment deployment, Request request,
      HourlyPrice price, int devicesPerInstance) {
    DeploymentMemory memory = model.memoryEstimator()
        .estimate(deployment, request.totalTokens().count(), 1);
    if (!memory.fits()) {
      throw new IllegalArgumentException("Deployment must fit in memory: " + memory.shortfall()
          + " short");
    }
    ServingEstimate serving = model.offline(deployment, request);
    SelfHostedSetup setup = SelfHostedSetup.builder()
        .hourlyPrice(price)
        .devicesPerInstance(devicesPerInstance)
        .layout(deployment)
        .utilisation(1.0)
        .throughput(Throughput.from(serving))
        .build();
    SelfHostedCost cost = SelfHostedCost.of(setup);
    return new SelfHostedEstimate(memory, serving, cost, cost.costOf(request));
  }

  /**
   * Returns the memory fit.
   *
   * @return the memory estimate, not null
   */
  DeploymentMemory memory() {
    return memory;
  }

  /**
   * Returns the serving estimate.
   *
   * @return the estimate, not null
   */
  ServingEstimate serving() {
    return serving;
  }

  /**
   * Returns the per-million costs.
   *
   * @return the cost, not null
   */
  SelfHostedCost cost() {
    return cost;
  }

  /**
   * Returns the cost of one mean request.
   *
   * @return the cost, not null
   */
  Money costPerRequest() {
    return costPerRequest;
  }

  @Override
  public String toString() {
    return memory + "\n" + serving + "\n" + cost + "\nPer request: " + costPerRequest;
  }
}
