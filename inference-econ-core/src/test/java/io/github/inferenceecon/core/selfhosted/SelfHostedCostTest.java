/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.H100_FULL;
import static io.github.inferenceecon.core.CostFixtures.H100_FULL_COST;
import static io.github.inferenceecon.core.CostFixtures.USD_3_PER_DEVICE_HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.CostLine;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.units.TokenRate;
import io.github.inferenceecon.core.workload.Request;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

final class SelfHostedCostTest {

  @Test
  void fleetPerHour_isBilledUnitsTimesPrice() {
    assertThat(H100_FULL_COST.fleetPerHour().amount()).isEqualTo(Money.of("USD", "3"));
    assertThat(H100_FULL_COST.fleetPerHour().line())
        .isEqualTo("1 device-hours x USD 3 per device-hour = USD 3");
  }

  @Test
  void costOf_request_uncachedInputAndOutputAtPerMillionRates() {
    // 2,000 input of which 1,000 cached (no prefill) and 500 output:
    // 1,000 x 0.02777777777777778 / 1e6 + 500 x 0.2777777777777778 / 1e6
    // = 0.00002777777777777778 + 0.0001388888888888889 = 0.00016666666666666668
    Request r = Request.builder().inputTokens(TokenCount.of(2_000))
        .cachedInputTokens(TokenCount.of(1_000)).outputTokens(TokenCount.of(500)).build();

    assertThat(H100_FULL_COST.costOf(r)).isEqualTo(Money.of("USD", "0.00016666666666666668"));
    assertThat(H100_FULL_COST.costOfTokens(TokenCount.of(1_000), TokenCount.of(500)))
        .isEqualTo(H100_FULL_COST.costOf(r));
  }

  @Test
  void replicas_perMillionUnchangedByScalingOut() {
    // Twice the replicas, twice the fleet cost, twice the tokens: same per-million cost.
    SelfHostedCost two = SelfHostedCost.of(
        H100_FULL.withReplicas(2));

    assertThat(two.costPerMillionOutput()).isEqualTo(H100_FULL_COST.costPerMillionOutput());
    assertThat(two.fleetPerHour().amount()).isEqualTo(Money.of("USD", "6"));
  }

  @Test
  void instanceWithSpareDevices_carriesTheirCost() {
    // 3 replicas x 2 devices on one 8-device instance at USD 24: the spare 2 devices are paid.
    // Output: 24 x 1e6 / (3 x 3,000 x 3,600) = 0.7407407407407407...
    SelfHostedCost cost = SelfHostedCost.of(SelfHostedSetupTest.instanceSetup()
        .devicesPerReplica(2).replicas(3).build());

    assertThat(cost.costPerMillionOutput()).isEqualTo(Money.of("USD", "0.7407407407407407"));
    assertThat(cost.outputPerMillion().unit()).isEqualTo("instance-hours");
  }

  @Test
  void of_precision_keptAndUsed() {
    SelfHostedCost cost = SelfHostedCost.of(H100_FULL,
        new MathContext(3, RoundingMode.UP));

    assertThat(cost.precision()).isEqualTo(3);
    assertThat(cost.rounding()).isEqualTo(RoundingMode.UP);
    assertThat(cost.costPerMillionOutput()).isEqualTo(Money.of("USD", "0.278"));
  }

  @Test
  void of_unlimitedPrecision_throws() {
    assertThatThrownBy(() -> SelfHostedCost.of(H100_FULL,
        MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
  }

  @Test
  void methods_nulls_throw() {
    assertThatThrownBy(() -> H100_FULL_COST.costOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("request");
    assertThatThrownBy(() -> H100_FULL_COST.costOfTokens(TokenCount.ZERO, null))
        .isInstanceOf(NullPointerException.class).hasMessage("outputTokens");
    assertThatThrownBy(() -> SelfHostedCost.of(H100_FULL, null))
        .isInstanceOf(NullPointerException.class).hasMessage("context");
  }

  @Test
  void toString_readsLikeAnInvoice() {
    assertThat(H100_FULL_COST.toString()).isEqualTo(String.join("\n",
        "Self-hosted: 1 x 1 devices at USD 3 per device-hour, utilisation 1.0, prefill 30000 "
            + "tokens/s, decode 3000 tokens/s",
        "  fleet per hour: 1 device-hours x USD 3 per device-hour = USD 3",
        "  input per 1M tokens: 0.009259259259259259 device-hours x USD 3 per device-hour = "
            + "USD 0.02777777777777778 [1000000 tokens / (1 replica(s) x 30000 tokens/s x 3600 "
            + "s/h x utilisation 1) on 1 device-hours]",
        "  output per 1M tokens: 0.09259259259259259 device-hours x USD 3 per device-hour = "
            + "USD 0.2777777777777778 [1000000 tokens / (1 replica(s) x 3000 tokens/s x 3600 "
            + "s/h x utilisation 1) on 1 device-hours]",
        "  - Paid for every hour: 1 x USD 3 per device-hour (1 device(s) paid, 1 in use by 1 "
            + "replica(s) of 1)",
        "  - Utilisation 1: idle time is paid for, so each token carries 1/utilisation of its "
            + "busy time",
        "  - Device time is attributed to prefill and decode by the time each takes (prefill "
            + "30000 tokens/s, decode 3000 tokens/s per replica)",
        "  - Divisions rounded once to 16 significant digits, HALF_EVEN"));
  }

  @Test
  void json_roundTripsAndCarriesFigures() {
    assertThat(CostTesting.json(H100_FULL_COST))
        .contains("\"outputPerMillion\":{\"name\":\"output per 1M tokens\"")
        .contains("\"amount\":{\"amount\":\"0.2777777777777778\",\"currency\":\"USD\"}");
    assertThat(CostTesting.roundTrip(H100_FULL_COST, SelfHostedCost.class))
        .isEqualTo(H100_FULL_COST);
  }

  @Test
  void json_zeroPrecision_failsToRead() {
    String json = CostTesting.json(H100_FULL_COST).replace("\"precision\":16",
        "\"precision\":0");

    assertThatThrownBy(() -> CostTesting.MAPPER.readValue(json, SelfHostedCost.class))
        .hasMessageContaining("Math context precision must be positive: 0");
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableSelfHostedCost.class);
  }

  @Test
  void of_h100At3DollarsDecoding3000PerSecond_costs0_2778PerMillionOutput() {
    // 3.00 / (3,000 x 3,600) x 1e6 = 0.27777...; DECIMAL64 keeps 16 significant digits.
    SelfHostedCost cost = SelfHostedCost.of(H100_FULL);

    assertThat(cost.costPerMillionOutput()).isEqualTo(Money.of("USD", "0.2777777777777778"));
    assertThat(cost.costPerMillionOutput().rounded(4, RoundingMode.HALF_UP))
        .isEqualTo(Money.of("USD", "0.2778"));
    // Input: 3.00 / (30,000 x 3,600) x 1e6 = 0.027777...
    assertThat(cost.costPerMillionInput()).isEqualTo(Money.of("USD", "0.02777777777777778"));
  }

  @Test
  void perMillionTokens_hourlyPriceAndRate_oneDivision() {
    CostLine line = SelfHostedCost.perMillionTokens(USD_3_PER_DEVICE_HOUR, 1, 1.0,
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
    CostLine line = SelfHostedCost.perMillionTokens(USD_3_PER_DEVICE_HOUR, 1, 1.0,
        TokenRate.of(3_000), new MathContext(4, RoundingMode.HALF_UP));

    assertThat(line.amount()).isEqualTo(Money.of("USD", "0.2778"));
  }

  @Test
  void perMillionTokens_halfUtilised_doublesCost() {
    // 3.00 / (3,000 x 3,600 x 0.5) x 1e6 = 0.5555...
    CostLine line = SelfHostedCost.perMillionTokens(USD_3_PER_DEVICE_HOUR, 1, 0.5,
        TokenRate.of(3_000), MathContext.DECIMAL64);

    assertThat(line.amount()).isEqualTo(Money.of("USD", "0.5555555555555556"));
  }

  @Test
  void perMillionTokens_instancePrice_usesInstanceHours() {
    // An 8-device instance at USD 24 per instance-hour (illustrative) producing 12,000
    // tokens/s: 24 / (12,000 x 3,600) x 1e6 = 0.5555...
    CostLine line = SelfHostedCost.perMillionTokens(
        HourlyPrice.perInstanceHour(Money.of("USD", "24")), 1, 1.0, TokenRate.of(12_000),
        MathContext.DECIMAL64);

    assertThat(line.unit()).isEqualTo("instance-hours");
    assertThat(line.amount()).isEqualTo(Money.of("USD", "0.5555555555555556"));
  }

  @Test
  void perMillionTokens_badInput_throws() {
    assertThatThrownBy(() -> SelfHostedCost.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        1, 1.5, TokenRate.of(1), MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 1.5");
    assertThatThrownBy(() -> SelfHostedCost.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        1, 0, TokenRate.of(1), MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 0.0");
    assertThatThrownBy(() -> SelfHostedCost.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        0, 1, TokenRate.of(1), MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unit count must be positive: 0");
    assertThatThrownBy(() -> SelfHostedCost.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        1, 1, TokenRate.ZERO, MathContext.DECIMAL64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Token rate must be positive: 0 tokens/s");
    assertThatThrownBy(() -> SelfHostedCost.perMillionTokens(USD_3_PER_DEVICE_HOUR,
        1, 1, TokenRate.of(1), MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
  }

  @Test
  void factories_nulls_throw() {
    assertThatThrownBy(() -> SelfHostedCost.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("setup");
    assertThatThrownBy(() -> SelfHostedCost.of(H100_FULL, null))
        .isInstanceOf(NullPointerException.class).hasMessage("context");
    assertThatThrownBy(() -> SelfHostedMonthlyCost.of(H100_FULL, null))
        .isInstanceOf(NullPointerException.class).hasMessage("traffic");
    assertThatThrownBy(() -> SelfHostedCost.perMillionTokens(null, 1, 1,
        TokenRate.of(1), MathContext.DECIMAL64))
        .isInstanceOf(NullPointerException.class).hasMessage("price");
  }
}
