/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.pricing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Small catalog documents for tests. */
final class CatalogFixtures {

  /**
   * A provider 'acme' with three models: 'acme-large' (two dated cards and an undated one),
   * 'acme-small' (one undated card, alias 'acme-small-20250101', open weights, 128,000-token
   * window) and 'acme-next' (no card).
   */
  static final String ACME = """
      {
        "schemaVersion": 2, "publishedOn": "2026-01-20",
        "provider": {"id": "acme", "name": "Acme AI", "aliases": ["acme-cloud"],
                     "pricingUrl": "https://acme.example/pricing", "modelIdPrefixes": ["eu."]},
        "currency": "USD",
        "models": [
          {"id": "acme-large", "name": "Acme Large", "openWeights": false,
           "contextWindow": 200000,
           "cards": [
             {"effectiveFrom": "2025-01-01", "source": {"url": "https://acme.example/a"},
              "input": "3.00", "output": "15.00", "cachedInput": "0.30",
              "cacheWrites": [{"ttl": "PT5M", "price": "3.75"}], "batchDiscount": "0.5"},
             {"effectiveFrom": "2025-06-01", "source": {"url": "https://acme.example/b"},
              "input": 2, "output": 10},
             {"listedOn": "2026-01-15", "source": {"url": "https://acme.example/c",
              "read": "2026-01-15"}, "input": "1.5", "output": "7.5",
              "longContext": {"fromInputTokens": 200000, "appliesTo": "ALL_TOKENS",
                              "input": "3", "output": "15"},
              "serviceTiers": {"priority": {"input": "3", "output": "15"}}}
           ]},
          {"id": "acme-small", "aliases": ["acme-small-20250101"], "openWeights": true,
           "contextWindow": 128000,
           "cards": [{"listedOn": "2025-02-01", "source": {"url": "https://acme.example/s"},
                      "input": "0.10", "output": "0.40"}]},
          {"id": "acme-next", "note": "Announced; no price yet."}
        ],
        "gaps": [{"model": "acme-next", "what": "prices", "reason": "not published"}]
      }
      """;

  private CatalogFixtures() {}

  static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  static PriceCatalog load(String json) throws IOException {
    return PriceCatalog.load(stream(json), "test.json");
  }

  static PriceCatalog acme() {
    try {
      return load(ACME);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
