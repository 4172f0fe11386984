/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.cost.SelfHostedCost;
import io.github.inferenceecon.core.cost.SelfHostedCostCalculator;
import io.github.inferenceecon.core.cost.SelfHostedSetup;
import io.github.inferenceecon.core.cost.Throughput;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.workload.Request;

/**
 * One full self-hosted estimate, as a planner makes it for each candidate: does the deployment
 * fit in memory at the concurrency, how fast does it serve the request there, and what do its
 * input and output tokens and one request cost at the hardware's hourly price.
 *
 * <p>The performance estimate becomes the cost layer's {@link Throughput} by the time split the
 * estimate reports: a replica completing {@code r} requests per second with {@code in} uncached
 * prompt tokens each spends the share {@code p} of its time on prefill, so it prefills at
 * {@code r x in / p} tokens per second while prefilling, and decodes at
 * {@code output tokens per second / (1 - p)} while decoding.
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
   * Runs the estimate: memory fit at the request's full context and the concurrency, serving at
   * that concurrency per replica, then cost at full utilisation.
   *
   * @param model the performance model, whose memory estimator checks the fit, not null
   * @param deployment the deployment, not null
   * @param request the mean request, at least one uncached prompt token and two output tokens,
   *     not null
   * @param concurrency the sequences in flight per replica, positive
   * @param price the hourly price, not null
   * @param devicesPerInstance the devices in one rented instance, positive (1 for a device-hour
   *     price)
   * @return the estimate, not null
   * @throws IllegalArgumentException if the deployment does not fit in memory, every prompt
   *     token is cached, or the estimate spends no time on prefill or none on decode (as with
   *     one output token, which the prefill pass produces)
   */
  static SelfHostedEstimate run(PerformanceModel model, Deployment deployment, Request request,
      int concurrency, HourlyPrice price, int devicesPerInstance) {
    long context = Math.addExact(request.inputTokens().count(), request.outputTokens().count());
    DeploymentMemory memory = model.memoryEstimator().estimate(deployment, context, concurrency);
    if (!memory.fits()) {
      throw new IllegalArgumentException("Deployment must fit in memory: " + memory.shortfall()
          + " short");
    }
    ServingEstimate serving = model.atConcurrency(deployment, request, concurrency);
    SelfHostedSetup setup = SelfHostedSetup.builder()
        .hourlyPrice(price)
        .devicesPerInstance(devicesPerInstance)
        .layout(deployment)
        .utilisation(1.0)
        .throughput(throughput(serving, request, deployment.replicas()))
        .build();
    SelfHostedCost cost = SelfHostedCostCalculator.cost(setup);
    return new SelfHostedEstimate(memory, serving, cost, cost.costOf(request));
  }

  /**
   * Converts a serving estimate to the busy prefill and decode rates of one replica.
   *
   * @param serving the estimate, not null
   * @param request the mean request it served, not null
   * @param replicas the deployment's replicas, positive
   * @return the throughput, not null
   * @throws IllegalArgumentException if every prompt token is cached, or the estimate spends
   *     no time on prefill or none on decode (as with one output token, which the prefill pass
   *     produces)
   */
  static Throughput throughput(ServingEstimate serving, Request request, int replicas) {
    if (request.uncachedInputTokens().isZero()) {
      throw new IllegalArgumentException(
          "Uncached prompt tokens must be positive: " + request.uncachedInputTokens());
    }
    if (!(serving.prefillShare() > 0 && serving.decodeShare() > 0)) {
      throw new IllegalArgumentException(
          "Prefill share must be strictly between 0 and 1: " + serving.prefillShare());
    }
    double requestsPerReplica = serving.requestsPerSecond() / replicas;
    double prefill = requestsPerReplica * request.uncachedInputTokens().count()
        / serving.prefillShare();
    double decode = serving.outputThroughputPerReplica().tokensPerSecond()
        / serving.decodeShare();
    return Throughput.ofTokensPerSecond(prefill, decode);
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
