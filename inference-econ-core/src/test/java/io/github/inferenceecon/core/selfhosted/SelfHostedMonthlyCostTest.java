/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.H100_60;
import static io.github.inferenceecon.core.CostFixtures.H100_FULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class SelfHostedMonthlyCostTest {

  /** 2 requests/s of 2,000 input (half from the prefix cache) and 500 output tokens. */
  static final TrafficProfile TWO_RPS = TrafficProfile.fixed(2.0, 2_000, 500)
      .withCacheHitRate(0.5);
  static final SelfHostedMonthlyCost MONTHLY =
      SelfHostedMonthlyCost.of(H100_60, TWO_RPS);

  @Test
  void monthly_handWorked() {
    // Requests: 2 x 2,629,746 = 5,259,492 per month.
    assertThat(MONTHLY.requestsPerMonth()).isEqualByComparingTo("5259492");
    // Prefill 1,000 (half of 2,000 cached); busy 1,000/30,000 + 500/3,000 = 0.2 s.
    assertThat(MONTHLY.prefillTokensPerRequest()).isEqualByComparingTo("1000");
    // Per request: 3 x 0.2 / (3,600 x 0.6) = 0.000277777...
    assertThat(MONTHLY.costPerRequest()).isEqualTo(Money.of("USD", "0.0002777777777777778"));
    // Usage-based: 5,259,492 x 0.2 x 3 / 2,160 = 1,460.97 exactly.
    assertThat(MONTHLY.usageBasedMonthlyCost()).isEqualTo(Money.of("USD", "1460.97"));
    // Reserved: 730.485 h x 3 = 2,191.455.
    assertThat(MONTHLY.reservedMonthlyCost()).isEqualTo(Money.of("USD", "2191.455"));
    // Reserved per request: 2,191.455 / 5,259,492 = 1/2,400.
    assertThat(MONTHLY.reservedCostPerRequest())
        .isEqualTo(Money.of("USD", "0.0004166666666666667"));
    // Reserved per 1M tokens: 2,191.455e6 / (5,259,492 x 2,500) = 1/6.
    assertThat(MONTHLY.reservedCostPerMillionTokens())
        .contains(Money.of("USD", "0.1666666666666667"));
    // Load: 2 x 0.2 / 0.6 = 2/3; one replica suffices.
    assertThat(MONTHLY.loadFactor()).isEqualByComparingTo("0.6666666666666667");
    assertThat(MONTHLY.requiredReplicas()).isEqualTo(1);
    assertThat(MONTHLY.isCapacitySufficient()).isTrue();
  }

  @Test
  void monthly_fleetTooSmall_saysHowManyReplicas() {
    // 10 requests/s need 10 x 0.2 = 2 busy replica-seconds per second: 2 / 0.6 = 3.33, so 4.
    SelfHostedMonthlyCost busy = SelfHostedMonthlyCost.of(H100_60,
        TWO_RPS.withRequestsPerSecond(10));

    assertThat(busy.loadFactor()).isEqualByComparingTo("3.333333333333333");
    assertThat(busy.isCapacitySufficient()).isFalse();
    assertThat(busy.requiredReplicas()).isEqualTo(4);
    assertThat(busy.assumptions()).last().asString()
        .contains("the fleet is too small; 4 replicas are needed");
  }

  @Test
  void withRequiredReplicas_reservesJustEnoughReplicas() {
    // 4 replicas needed (above): 4 x 730.485 h x USD 3 = USD 8,765.82 reserved per month
    SelfHostedMonthlyCost busy = SelfHostedMonthlyCost.of(H100_60,
        TWO_RPS.withRequestsPerSecond(10), MathContext.DECIMAL32);

    SelfHostedMonthlyCost sized = busy.withRequiredReplicas();

    assertThat(sized.setup()).isEqualTo(H100_60.withReplicas(4));
    assertThat(sized.traffic()).isEqualTo(busy.traffic());
    assertThat(sized.mathContext()).isEqualTo(MathContext.DECIMAL32);
    assertThat(sized.reservedMonthlyCost()).isEqualTo(Money.of("USD", "8765.82"));
    assertThat(sized.isCapacitySufficient()).isTrue();
    assertThat(MONTHLY.withRequiredReplicas()).isSameAs(MONTHLY);
  }

  @Test
  void monthly_noTokens_noPerMillionFigure() {
    SelfHostedMonthlyCost none = SelfHostedMonthlyCost.of(H100_60,
        TrafficProfile.fixed(1, 0, 0));

    assertThat(none.reservedCostPerMillionTokens()).isEmpty();
    assertThat(none.costPerRequest().isZero()).isTrue();
    assertThat(none.requiredReplicas()).isEqualTo(1);
  }

  @Test
  void monthly_unitCost_isTheSetupsPerMillionCost() {
    assertThat(MONTHLY.unitCost()).isEqualTo(SelfHostedCost.of(H100_60));
  }

  @Test
  void of_nullsAndUnlimited_throw() {
    assertThatThrownBy(() -> SelfHostedMonthlyCost.of(H100_60, TWO_RPS, null))
        .isInstanceOf(NullPointerException.class).hasMessage("context");
    assertThatThrownBy(() -> SelfHostedMonthlyCost.of(H100_60, TWO_RPS, MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
  }

  @Test
  void toString_readsLikeAnInvoice() {
    assertThat(MONTHLY.toString()).startsWith(String.join("\n",
        "Self-hosted monthly: 1 x 1 devices at USD 3 per device-hour, utilisation 0.6, prefill "
            + "30000 tokens/s, decode 3000 tokens/s",
        "  per request: USD 0.0002777777777777778",
        "  usage-based per month: 5259492 requests x USD 0.0002777777777777778 per request = "
            + "USD 1460.97",
        "  reserved per month: 730.485 device-hours x USD 3 per device-hour = USD 2191.455",
        "  reserved per request: USD 0.0004166666666666667",
        "  reserved per 1M tokens: USD 0.1666666666666667"))
        .contains("  - Mean request: 2000 input tokens (1000 prefilled, the rest served from "
            + "the prefix cache at no cost) and 500 output tokens");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(MONTHLY, SelfHostedMonthlyCost.class)).isEqualTo(MONTHLY);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableSelfHostedMonthlyCost.class);
  }

  @Test
  void of_defaultContext_isDecimal64() {
    SelfHostedMonthlyCost monthly = SelfHostedMonthlyCost.of(H100_FULL,
        TrafficProfile.fixed(1, 1_000, 100));

    assertThat(monthly.mathContext()).isEqualTo(MathContext.DECIMAL64);
    assertThat(SelfHostedCost.DEFAULT_CONTEXT).isEqualTo(MathContext.DECIMAL64);
    assertThat(monthly.requestsPerMonth()).isEqualByComparingTo(new BigDecimal("2629746"));
  }
}
