/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.workload.Request;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --input} and {@code --output} token counts of a request. */
final class WorkloadOptions {

  @Option(names = "--input", required = true, paramLabel = "I",
      description = "Input (prompt) tokens per request, in [0, 1000000000].")
  long input;

  @Option(names = "--output", required = true, paramLabel = "O",
      description = "Output (generated) tokens per request, in [1, 1000000000].")
  long output;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  Request request() {
    Inputs.range(spec, "--input", input, 0, Inputs.MAX_TOKENS);
    Inputs.range(spec, "--output", output, 1, Inputs.MAX_TOKENS);
    return Request.of(input, output);
  }
}
