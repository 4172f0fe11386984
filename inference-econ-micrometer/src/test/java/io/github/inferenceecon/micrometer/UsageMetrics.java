/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.micrometer;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.micrometer.ApiUsageRecorder;
import io.micrometer.core.instrument.MeterRegistry;

final class UsageMetrics {

  private final ApiUsageRecorder recorder = ApiUsageRecorder.create();

  UsageMetrics(MeterRegistry registry) {
    recorder.bindTo(registry);          // once
  }

  void record(ApiUsage usage, ApiCost cost) {
    recorder.record(usage, cost);       // per priced call
  }
}
