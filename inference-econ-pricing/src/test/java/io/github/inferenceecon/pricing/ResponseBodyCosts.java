/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.pricing.ApiResponseUsage;
import io.github.inferenceecon.pricing.PriceCatalog;

final class ResponseBodyCosts {

  static ApiCost costOf(String body) {
    ApiResponseUsage read = ApiResponseUsage.read(body); // the format told from the body
    return PriceCatalog.bundled().cost(read.provider(), read.model().orElseThrow(),
        read.usage());
  }
}
