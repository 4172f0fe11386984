/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The inference-econ command-line tool. It uses the library's public API only.
 *
 * <pre>{@code
 * java -jar inference-econ-cli.jar memory --model llama-3.1-70b --gpu h100
 * }</pre>
 */
module io.github.inferenceecon.cli {
  requires io.github.inferenceecon.core;
  requires io.github.inferenceecon.pricing;
  requires io.github.inferenceecon.hardware;
  requires info.picocli;
  requires static org.jspecify;

  opens io.github.inferenceecon.cli to info.picocli;
}
