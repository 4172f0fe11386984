/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import io.github.inferenceecon.core.planner.Plan;
import io.github.inferenceecon.core.planner.PlanRequest;
import io.github.inferenceecon.core.planner.Planner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planner over more than 10,000 candidate configurations (target: 100 ms on one core): every
 * bundled cloud offer with a spec, twelve models, four device counts and tensor-parallel degrees,
 * four precisions and an API card ({@link PlannerWorkload}), at 20 and 200 requests per second.
 *
 * <p>Ten warm-up iterations: a plan of this size reaches its compiled speed only after about
 * eight seconds, and with three, the first measured iterations still ran partly interpreted
 * (350 to 1,000 ms against 65 to 90 ms once compiled, on 2 cores).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PlannerBenchmark {

  /** The traffic's mean request rate. */
  @Param({"20", "200"})
  public double requestsPerSecond;

  Planner planner;
  PlanRequest request;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public PlannerBenchmark() {}

  /** Builds the planner and the request from the bundled catalogs. */
  @Setup
  public void setUp() {
    planner = Planner.defaults();
    request = PlannerWorkload.request(requestsPerSecond);
  }

  /**
   * Plans every candidate.
   *
   * @return the plan, returned so the work is not eliminated
   */
  @Benchmark
  public Plan plan() {
    return planner.plan(request);
  }
}
