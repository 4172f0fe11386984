/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class CacheWritePriceProperties {

  @Test
  void json_roundTrips() {
    qt().forAll(Generate.longRange(1, 86_400 * 30), CostGenerators.perMillionPrices())
        .checkAssert((seconds, price) -> {
          CacheWritePrice p = CacheWritePrice.of(Duration.ofSeconds(seconds), price);
          assertThat(CostTesting.roundTrip(p, CacheWritePrice.class)).isEqualTo(p);
        });
  }
}
