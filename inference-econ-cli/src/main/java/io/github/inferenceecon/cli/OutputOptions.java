/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch every command has. */
final class OutputOptions {

  @Option(names = "--json",
      description = "Print JSON (money as {\"amount\": \"0.0234\", \"currency\": \"USD\"}, sizes "
          + "in bytes, times in seconds) instead of a table.")
  boolean json;
}
