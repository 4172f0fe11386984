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
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.units.TokenRate;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class SelfHostedCostProperties {

  @Test
  void costOfTokens_additiveAcrossRequests() {
    qt().forAll(CostGenerators.setups(), CostGenerators.tokenCounts(),
            CostGenerators.tokenCounts(), CostGenerators.tokenCounts())
        .checkAssert((setup, a, b, out) -> {
          SelfHostedCost cost = SelfHostedCost.of(setup);
          assertThat(cost.costOfTokens(a.plus(b), out.plus(out))).isEqualTo(
              cost.costOfTokens(a, out).plus(cost.costOfTokens(b, out)));
        });
  }

  @Test
  void costOfTokens_neverDecreasesAsTokensGrow() {
    qt().forAll(CostGenerators.setups(), CostGenerators.tokenCounts(),
            CostGenerators.tokenCounts(), CostGenerators.smallPositiveTokenCounts())
        .checkAssert((setup, in, out, k) -> {
          SelfHostedCost cost = SelfHostedCost.of(setup);
          assertThat(cost.costOfTokens(in.plus(k), out))
              .isGreaterThanOrEqualTo(cost.costOfTokens(in, out));
          assertThat(cost.costOfTokens(in, out.plus(k)))
              .isGreaterThanOrEqualTo(cost.costOfTokens(in, out));
        });
  }

  @Test
  void perMillionRates_inverseToThroughput() {
    // input/output cost ratio equals decode/prefill rate ratio, to the precision.
    qt().forAll(CostGenerators.setups()).checkAssert(setup -> {
      SelfHostedCost cost = SelfHostedCost.of(setup);
      BigDecimal lhs = cost.costPerMillionInput().amount().multiply(
          BigDecimal.valueOf(setup.throughput().prefill().tokensPerSecond()));
      BigDecimal rhs = cost.costPerMillionOutput().amount().multiply(
          BigDecimal.valueOf(setup.throughput().decode().tokensPerSecond()));
      // Each side is rounded once to 16 digits (half a unit in the 16th place each).
      CostTesting.assertClose(lhs, rhs, "2e-15");
      assertThat(cost.costOfTokens(TokenCount.ZERO, TokenCount.ZERO).isZero()).isTrue();
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(CostGenerators.setups()).checkAssert(setup -> {
      SelfHostedCost cost = SelfHostedCost.of(setup);
      assertThat(CostTesting.roundTrip(cost, SelfHostedCost.class)).isEqualTo(cost);
    });
  }

  //-----------------------------------------------------------------------
  // perMillionTokens
  //-----------------------------------------------------------------------
  @Test
  void perMillion_timesTokensPerHour_isTheHourlyPrice() {
    // cost per 1M x (rate x 3600 x u) / 1e6 = hourly price x units, to 16 digits.
    qt().forAll(CostGenerators.deviceHourPrices(), Generate.range(1, 8),
            CostGenerators.utilisations(), Generate.range(1, 100_000))
        .checkAssert((price, units, u, rate) -> {
          CostLine line = SelfHostedCost.perMillionTokens(price, units, u,
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
          Money low = SelfHostedCost.perMillionTokens(price, 1, Math.min(a, b),
              TokenRate.of(rate), MathContext.DECIMAL64).amount();
          Money high = SelfHostedCost.perMillionTokens(price, 1, Math.max(a, b),
              TokenRate.of(rate), MathContext.DECIMAL64).amount();
          assertThat(high).isLessThanOrEqualTo(low);
        });
  }

  @Test
  void perMillion_fasterRate_neverCostsMore() {
    qt().forAll(CostGenerators.deviceHourPrices(), CostGenerators.utilisations(),
            Generate.range(1, 100_000), Generate.range(0, 100_000))
        .checkAssert((price, u, rate, extra) -> {
          Money slow = SelfHostedCost.perMillionTokens(price, 1, u,
              TokenRate.of(rate), MathContext.DECIMAL64).amount();
          Money fast = SelfHostedCost.perMillionTokens(price, 1, u,
              TokenRate.of(rate + extra), MathContext.DECIMAL64).amount();
          assertThat(fast).isLessThanOrEqualTo(slow);
        });
  }

  @Test
  void perMillion_neverNegativeAndRoundedToPrecision() {
    qt().forAll(CostGenerators.deviceHourPrices(), CostGenerators.utilisations(),
            Generate.range(1, 100_000), Generate.range(1, 34))
        .checkAssert((price, u, rate, digits) -> {
          Money m = SelfHostedCost.perMillionTokens(price, 1, u, TokenRate.of(rate),
              new MathContext(digits)).amount();
          assertThat(m.isNegative()).isFalse();
          assertThat(m.amount().stripTrailingZeros().precision()).isLessThanOrEqualTo(digits);
        });
  }
}
