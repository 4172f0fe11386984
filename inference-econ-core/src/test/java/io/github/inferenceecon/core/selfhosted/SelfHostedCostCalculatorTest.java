/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.H100_FULL;
import static io.github.inferenceecon.core.CostFixtures.USD_3_PER_DEVICE_HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenRate;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

final class SelfHostedCostCalculatorTest {

  @Test
  void cost_h100At3DollarsDecoding3000PerSecond_costs0_2778PerMillionOutput() {
    // 3.00 / (3,000 x 3,600) x 1e6 = 0.27777...; DECIMAL64 keeps 16 significant digits.
    SelfHostedCost cost = SelfHostedCostCalculator.cost(H100_FULL);

    assertThat(cost.costPerMillionOutput()).isEqualTo(Money.of("USD", "0.2777777777777778"));
    assertThat(cost.costPerMillionOutput().rounded(4, RoundingMode.HALF_UP))
        .isEqualTo(Money.of("USD", "0.2778"));
    // Input: 3.00 / (30,000 x 3,600) x 1e6 = 0.027777...
    assertThat(cost.costPerMillionInput()).isEqualTo(Money.of("USD", "0.02777777777777778"));
  }

  @Test
  void perMillionTokens_hourlyPriceAndRate_oneDivision() {
    CostLine line = SelfHostedCostCalculator.perMillionTokens(USD_3_PER_DEVICE_HOUR, 1, 1.0,
        TokenRate.of(3_000), MathContext.DECIMAL64);

    assertThat(line.amount()).isEqualTo(Money.of("USD", "0.2777777777777778"));
    // 1e6 / (3,000 x 3,600) = 0.0925925... device-hours per million tokens
    assertThat(line.quantity()).isEqualByComparingTo("0.09259259259259259");
    assertThat(line.line()).isEqualTo("0.09259259259259259 device-hours x USD 3 per device-hour"
        + " = USD 0.2777777777777778 [1000000 tokens / (1 replica(s) x 3000 tokens/s x 3600 s/h"
        + " x utilisation 1) on 1 device-hours]");
  }

  @Test
  void perMillionTokens_callerPrecision_used() {
    CostLine line = SelfHostedCostCalculator.perMillionTokens(USD_3_PER_DEVICE_HOUR, 1, 1.0,
        TokenRate.of(3_000), new MathContext(4, RoundingMode.HALF_UP));

    assertThat(line.amount()).isEqualTo(Money.of("USD", "0.2778"));
  }

  @Test
  void perMillionTokens_halfUtilised_doublesCost() {
    // 3.00 / (3,000 x 3,600 x 0.5) x 1e6 = 0.5555...
    CostLine line = SelfHostedCostCalculator.perMillionTokens(USD_3_PER_DEVICE_HOUR, 1, 0.5,
        TokenRate.of(3_000), MathContext.DECIMAL64);

    assertThat(line.amount()).isEqualTo(Money.of("USD", "0.5555555555555556"));
  }

  @Test
  void perMillionTokens_instancePrice_usesInstanceHours() {
    // An 8-device instance at USD 24 per instance-hour (illustrative) producing 12,000
    // tokens/s: 24 / (12,000 x 3,600) x 1e6 = 0.5555...
    CostLine line = SelfHostedCostCalculator.perMillionTokens(
        HourlyPrice.perInstanceHour(Money.of("USD", "24")), 1, 1.0, TokenRate.of(12_000),
        MathContext.DECIMAL64);

    assertThat(line.unit()).isEqualTo("instance-hours");
    assertThat(line.amount()).isEqualTo(Money.of("USD", "0.5555555555555556"));
  }

  @Test
  void perMillionTokens_badInput_throws() {
    assertThatThrownBy(() -> SelfHostedCostCalculator.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        1, 1.5, TokenRate.of(1), MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 1.5");
    assertThatThrownBy(() -> SelfHostedCostCalculator.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        1, 0, TokenRate.of(1), MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 0.0");
    assertThatThrownBy(() -> SelfHostedCostCalculator.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        0, 1, TokenRate.of(1), MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unit count must be positive: 0");
    assertThatThrownBy(() -> SelfHostedCostCalculator.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        1, 1, TokenRate.ZERO, MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token rate must be positive: 0 tokens/s");
    assertThatThrownBy(() -> SelfHostedCostCalculator.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        1, 1, TokenRate.of(1), MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
  }

  @Test
  void methods_nulls_throw() {
    assertThatThrownBy(() -> SelfHostedCostCalculator.cost(null))
        .isInstanceOf(NullPointerException.class).hasMessage("setup");
    assertThatThrownBy(() -> SelfHostedCostCalculator.cost(H100_FULL, null))
        .isInstanceOf(NullPointerException.class).hasMessage("context");
    assertThatThrownBy(() -> SelfHostedCostCalculator.monthly(H100_FULL, null))
        .isInstanceOf(NullPointerException.class).hasMessage("traffic");
    assertThatThrownBy(() -> SelfHostedCostCalculator.perMillionTokens(null, 1, 1,
        TokenRate.of(1), MathContext.DECIMAL64))
        .isInstanceOf(NullPointerException.class).hasMessage("price");
  }

  @Test
  void monthly_defaultContext_isDecimal64() {
    SelfHostedMonthlyCost monthly = SelfHostedCostCalculator.monthly(H100_FULL,
        TrafficProfile.fixed(1, 1_000, 100));

    assertThat(monthly.mathContext()).isEqualTo(MathContext.DECIMAL64);
    assertThat(SelfHostedCostCalculator.DEFAULT_CONTEXT).isEqualTo(MathContext.DECIMAL64);
    assertThat(monthly.requestsPerMonth()).isEqualByComparingTo(new BigDecimal("2629746"));
  }
}
