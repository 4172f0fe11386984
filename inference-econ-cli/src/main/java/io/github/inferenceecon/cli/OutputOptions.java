/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import picocli.CommandLine.Option;

/** The {@code --json} and {@code --csv} switches every command has. */
final class OutputOptions {

  @Option(names = "--json",
      description = "Print JSON (money as {\"amount\": \"0.0234\", \"currency\": \"USD\"}, sizes "
          + "in bytes, times in seconds) instead of a table.")
  boolean json;

  @Option(names = "--csv",
      description = "Print CSV (RFC 4180): the table's values, one row per entry, numbers "
          + "without grouping, units in the header (bytes, s, the currency).")
  boolean csv;

  /** The format chosen. */
  Report.Format format() {
    if (json && csv) {
      throw new IllegalArgumentException("Options '--json' and '--csv' cannot be used together");
    }
    return json ? Report.Format.JSON : csv ? Report.Format.CSV : Report.Format.TABLE;
  }
}
