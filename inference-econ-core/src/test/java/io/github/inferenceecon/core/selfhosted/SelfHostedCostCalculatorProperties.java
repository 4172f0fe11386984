/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenRate;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class SelfHostedCostCalculatorProperties {

  @Test
  void perMillion_timesTokensPerHour_isTheHourlyPrice() {
    // cost per 1M x (rate x 3600 x u) / 1e6 = hourly price x units, to 16 digits.
    qt().forAll(CostGenerators.deviceHourPrices(), Generate.range(1, 8),
            CostGenerators.utilisations(), Generate.range(1, 100_000))
        .checkAssert((price, units, u, rate) -> {
          CostLine line = SelfHostedCostCalculator.perMillionTokens(price, units, u,
              TokenRate.of(rate), MathContext.DECIMAL64);
          BigDecimal back = line.amount().amount()
              .multiply(BigDecimal.valueOf(rate)).multiply(BigDecimal.valueOf(3600))
              .multiply(BigDecimal.valueOf(u)).movePointLeft(6);
          CostTesting.assertClose(back, price.price().amount()
              .multiply(BigDecimal.valueOf(units)), "1e-15");
        });
  }

  @Test
  void perMillion_higherUtilisation_neverCostsMore() {
    qt().forAll(CostGenerators.deviceHourPrices(), CostGenerators.utilisations(),
            CostGenerators.utilisations(), Generate.range(1, 100_000))
        .checkAssert((price, a, b, rate) -> {
          Money low = SelfHostedCostCalculator.perMillionTokens(price, 1, Math.min(a, b),
              TokenRate.of(rate), MathContext.DECIMAL64).amount();
          Money high = SelfHostedCostCalculator.perMillionTokens(price, 1, Math.max(a, b),
              TokenRate.of(rate), MathContext.DECIMAL64).amount();
          assertThat(high).isLessThanOrEqualTo(low);
        });
  }

  @Test
  void perMillion_fasterRate_neverCostsMore() {
    qt().forAll(CostGenerators.deviceHourPrices(), CostGenerators.utilisations(),
            Generate.range(1, 100_000), Generate.range(0, 100_000))
        .checkAssert((price, u, rate, extra) -> {
          Money slow = SelfHostedCostCalculator.perMillionTokens(price, 1, u,
              TokenRate.of(rate), MathContext.DECIMAL64).amount();
          Money fast = SelfHostedCostCalculator.perMillionTokens(price, 1, u,
              TokenRate.of(rate + extra), MathContext.DECIMAL64).amount();
          assertThat(fast).isLessThanOrEqualTo(slow);
        });
  }

  @Test
  void perMillion_neverNegativeAndRoundedToPrecision() {
    qt().forAll(CostGenerators.deviceHourPrices(), CostGenerators.utilisations(),
            Generate.range(1, 100_000), Generate.range(1, 34))
        .checkAssert((price, u, rate, digits) -> {
          Money m = SelfHostedCostCalculator.perMillionTokens(price, 1, u, TokenRate.of(rate),
              new MathContext(digits)).amount();
          assertThat(m.isNegative()).isFalse();
          assertThat(m.amount().stripTrailingZeros().precision()).isLessThanOrEqualTo(digits);
        });
  }
}
