/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * inference-econ Micrometer recorder: records the tokens and cost of priced API calls as
 * Micrometer meters named after the OpenTelemetry GenAI semantic conventions.
 *
 * <p>The application brings its own Micrometer (tested with 1.17.2), whose core jar is the
 * automatic module {@code micrometer.core}; this module reads it only when the application does.
 *
 * <pre>{@code
 * ApiUsageRecorder recorder = ApiUsageRecorder.create();
 * recorder.bindTo(meterRegistry);
 * recorder.record(usage, PriceCatalog.bundled().cost("openai", "gpt-4o-mini", usage));
 * }</pre>
 */
module io.github.inferenceecon.micrometer {
  requires transitive io.github.inferenceecon.core;
  // Provided by the application; static, so that neither compiling nor running a modular
  // application needs anything it does not declare itself.
  requires static micrometer.core;
  requires static org.jspecify;

  exports io.github.inferenceecon.micrometer;
}
