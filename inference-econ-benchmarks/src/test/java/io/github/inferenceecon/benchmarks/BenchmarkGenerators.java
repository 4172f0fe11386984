/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.benchmarks;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.workload.Request;
import org.quicktheories.core.Gen;

/** Generators for the benchmarks' property tests. */
final class BenchmarkGenerators {

  private BenchmarkGenerators() {}

  /**
   * Requests of 1 to 4,000 prompt tokens and 2 to 1,000 output tokens (one or more decode
   * steps), none cached.
   *
   * @return the generator, not null
   */
  static Gen<Request> requests() {
    return longs().between(1, 4_000).zip(longs().between(2, 1_000), Request::of);
  }
}
