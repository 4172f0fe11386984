/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.hardware.CloudOffer;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures one full self-hosted estimate ({@link #estimate()}, target at most 5 microseconds)
 * and, to show where its time goes, each of its three parts alone.
 *
 * <p>The case: Llama-3.1-70B in BF16, two replicas of four-way tensor parallelism on the bundled
 * NVIDIA H100 SXM spec, rented as one 8 x H100 instance at the bundled DigitalOcean on-demand
 * price ({@value #OFFER}), serving a mean request of 1,000 prompt and 200 output tokens. The
 * estimate checks the memory fit, estimates the most throughput (continuous batching with as
 * many sequences as memory holds) and its prefill/decode split, and prices a million input
 * tokens, a million output tokens and one request at full utilisation: the library's
 * {@link SelfHostedEstimate}, as the command-line tool's {@code cost} command makes it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SelfHostedEstimateBenchmark {

  /** The bundled architecture. */
  static final String MODEL = "llama-3.1-70b";
  /** The bundled accelerator. */
  static final String ACCELERATOR = "nvidia-h100-sxm";
  /** The bundled cloud offer: 8 x H100 at an instance-hour price. */
  static final String OFFER = "digitalocean-gpu-h100x8-on-demand";
  /** The tensor-parallel degree of a replica. */
  static final int TENSOR_PARALLEL = 4;
  /** The replicas, which together use the instance's eight devices. */
  static final int REPLICAS = 2;
  /** The mean request's prompt tokens. */
  static final long PROMPT_TOKENS = 1_000;
  /** The mean request's output tokens. */
  static final long OUTPUT_TOKENS = 200;

  // Not final, so the JIT cannot fold the inputs into constants.
  PerformanceModel model;
  Deployment deployment;
  Request request;
  HourlyPrice price;
  int devicesPerInstance;
  long context;
  SelfHostedSetup setup;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public SelfHostedEstimateBenchmark() {}

  /**
   * Reads the bundled architecture, accelerator and offer, and runs the estimate once to give
   * the cost-only benchmark its setup.
   */
  @Setup
  public void setUp() {
    HardwareCatalogs hardware = HardwareCatalogs.bundled();
    CloudOffer offer = hardware.cloudOffers().get(OFFER);
    model = PerformanceModel.defaults();
    deployment = Deployment.builder()
        .model(KnownArchitectures.get(MODEL))
        .accelerator(hardware.accelerators().spec(ACCELERATOR))
        .tensorParallel(TENSOR_PARALLEL)
        .replicas(REPLICAS)
        .build();
    request = Request.of(PROMPT_TOKENS, OUTPUT_TOKENS);
    price = offer.price();
    devicesPerInstance = offer.acceleratorCount();
    context = PROMPT_TOKENS + OUTPUT_TOKENS;
    setup = estimate().setup();
  }

  /**
   * One full estimate: memory fit, performance and cost.
   *
   * @return the estimate, not null
   */
  @Benchmark
  public SelfHostedEstimate estimate() {
    return SelfHostedEstimate.builder()
        .deployment(deployment)
        .request(request)
        .hourlyPrice(price)
        .devicesPerInstance(devicesPerInstance)
        .performanceModel(model)
        .build();
  }

  /**
   * The memory fit alone.
   *
   * @return the memory estimate, not null
   */
  @Benchmark
  public DeploymentMemory memoryFit() {
    return model.memoryEstimator().estimate(deployment, context, 1);
  }

  /**
   * The performance estimate alone.
   *
   * @return the serving estimate, not null
   */
  @Benchmark
  public ServingEstimate performance() {
    return model.offline(deployment, request);
  }

  /**
   * The cost alone, from the setup the full estimate builds: per-million figures and one request.
   *
   * @return the cost of one request, not null
   */
  @Benchmark
  public Money cost() {
    SelfHostedCost cost = SelfHostedCost.of(setup);
    return cost.costOf(request);
  }
}
