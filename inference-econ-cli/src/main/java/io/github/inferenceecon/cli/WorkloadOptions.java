/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.workload.Request;
import picocli.CommandLine.Option;

/** The {@code --input} and {@code --output} token counts of a request. */
final class WorkloadOptions {

  @Option(names = "--input", required = true, paramLabel = "I",
      description = "Input (prompt) tokens per request.")
  long input;

  @Option(names = "--output", required = true, paramLabel = "O",
      description = "Output (generated) tokens per request.")
  long output;

  Request request() {
    if (input < 0) {
      throw new IllegalArgumentException("Input tokens must not be negative: " + input);
    }
    if (output <= 0) {
      throw new IllegalArgumentException("Output tokens must be positive: " + output);
    }
    return Request.of(input, output);
  }
}
