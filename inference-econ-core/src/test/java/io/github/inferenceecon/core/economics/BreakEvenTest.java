/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static io.github.inferenceecon.core.CostFixtures.H100_60;
import static io.github.inferenceecon.core.CostFixtures.PREFILL_30K_DECODE_3K;
import static io.github.inferenceecon.core.CostFixtures.SONNET_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.selfhosted.Throughput;
import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class BreakEvenTest {

  /** 2,000 input and 500 output tokens. */
  static final ApiUsage REQUEST_2000_500 = ApiUsage.of(2_000, 500);
  static final BreakEven SONNET_VS_H100 = BreakEven.of(
      SONNET_4, REQUEST_2000_500, H100_60);

  @Test
  void breakEven_sonnetAgainstOneH100_handWorked() {
    // API: 2,000 x 3 / 1e6 + 500 x 15 / 1e6 = 0.0135 per request.
    assertThat(SONNET_VS_H100.apiCostPerRequest()).isEqualTo(Money.of("USD", "0.0135"));
    // Busy: 2,000 / 30,000 + 500 / 3,000 = 0.2333... s.
    assertThat(SONNET_VS_H100.busySecondsPerRequest()).isEqualByComparingTo("0.2333333333333333");
    // Capacity: 0.6 x 2,629,746 / (7/30) = 6,762,204 requests per replica-month.
    assertThat(SONNET_VS_H100.requestsPerReplicaMonth()).isEqualByComparingTo("6762204");
    // Replica-month: 3 x 730.485 = 2,191.455.
    assertThat(SONNET_VS_H100.replicaMonthlyCost()).isEqualTo(Money.of("USD", "2191.455"));
    // Break-even: 2,191.455 / 0.0135 = 162,330 requests per month.
    assertThat(SONNET_VS_H100.breakEvenRequestsPerMonth()).hasValueSatisfying(v ->
        assertThat(v).isEqualByComparingTo("162330"));
    // In tokens: 162,330 x 2,500 = 405,825,000.
    assertThat(SONNET_VS_H100.breakEvenTokensPerMonth()).hasValueSatisfying(v ->
        assertThat(v).isEqualByComparingTo("405825000"));
    // At capacity: 2,191.455 / 6,762,204 = 0.000324074...
    assertThat(SONNET_VS_H100.selfHostedCostPerRequestAtCapacity())
        .isEqualTo(Money.of("USD", "0.0003240740740740741"));
  }

  @Test
  void costAt_bothSidesAtVolumes() {
    BigDecimal hundredThousand = new BigDecimal("100000");
    BigDecimal million = new BigDecimal("1000000");
    BigDecimal sevenMillion = new BigDecimal("7000000");

    assertThat(SONNET_VS_H100.apiCostAt(hundredThousand)).isEqualTo(Money.of("USD", "1350"));
    assertThat(SONNET_VS_H100.selfHostedCostAt(hundredThousand))
        .isEqualTo(Money.of("USD", "2191.455"));
    assertThat(SONNET_VS_H100.isSelfHostingCheaperAt(hundredThousand)).isFalse();
    assertThat(SONNET_VS_H100.isSelfHostingCheaperAt(million)).isTrue();
    // 7,000,000 > 6,762,204: a second replica.
    assertThat(SONNET_VS_H100.replicasAt(sevenMillion)).isEqualTo(2);
    assertThat(SONNET_VS_H100.selfHostedCostAt(sevenMillion))
        .isEqualTo(Money.of("USD", "4382.91"));
    assertThat(SONNET_VS_H100.replicasAt(new BigDecimal("6762204"))).isEqualTo(1);
    assertThat(SONNET_VS_H100.replicasAt(BigDecimal.ZERO)).isEqualTo(1);
  }

  @Test
  void breakEven_staircase_firstStableStepNotTheFirstCrossing() {
    // USD 3.60 per device-hour, decode 1,000 tokens/s, full utilisation; a request of 1,000
    // output tokens at USD 1.50 per million: a = 0.0015, busy 1 s, capacity 2,629,746,
    // replica-month R = 3.6 x 730.485 = 2,629.746, a x capacity = 1.5 R.
    // k = ceil(R / (0.5 R)) = 2, so V* = 2 R / a = 3,506,328.
    ApiPriceCard card = ApiPriceCard.builder().provider("p").model("m")
        .rates(TokenRates.of(TokenPrice.perMillion("USD", "1"),
            TokenPrice.perMillion("USD", "1.5"))).build();
    SelfHostedSetup setup = SelfHostedSetup.of(HourlyPrice.perDeviceHour(Money.of("USD", "3.6")),
        1, 1.0, Throughput.ofTokensPerSecond(10_000, 1_000));
    BreakEven b = BreakEven.of(card, ApiUsage.of(0, 1_000), setup);
    BigDecimal capacity = new BigDecimal("2629746");

    assertThat(b.breakEvenRequestsPerMonth()).hasValueSatisfying(v ->
        assertThat(v).isEqualByComparingTo("3506328"));
    // One full replica already beats the API, but the second replica's step rises above it.
    assertThat(b.isSelfHostingCheaperAt(capacity)).isTrue();
    assertThat(b.isSelfHostingCheaperAt(capacity.add(BigDecimal.ONE))).isFalse();
    assertThat(b.isSelfHostingCheaperAt(new BigDecimal("3506328"))).isFalse();
    assertThat(b.selfHostedCostAt(new BigDecimal("3506328")))
        .isEqualTo(b.apiCostAt(new BigDecimal("3506328")));
    assertThat(b.isSelfHostingCheaperAt(new BigDecimal("3506329"))).isTrue();
  }

  @Test
  void breakEven_cheapApi_none() {
    // At 0.01 / 0.01 per million the API costs 0.000025 a request, less than a full replica's
    // 0.000324: self-hosting never wins.
    ApiPriceCard cheap = ApiPriceCard.builder().provider("p").model("m")
        .rates(TokenRates.of(TokenPrice.perMillion("USD", "0.01"),
            TokenPrice.perMillion("USD", "0.01"))).build();
    BreakEven b = BreakEven.of(cheap, REQUEST_2000_500,
        H100_60);

    assertThat(b.breakEvenRequestsPerMonth()).isEmpty();
    assertThat(b.breakEvenTokensPerMonth()).isEmpty();
    assertThat(b.toString()).contains("break-even: none; the API is cheaper at any volume");
  }

  @Test
  void breakEven_cacheReadsNeedNoPrefill() {
    // 2,000 input of which 1,500 cached: prefill 500. Busy 500 / 30,000 + 500 / 3,000 = 0.18333 s.
    ApiUsage cached = ApiUsage.builder().from(REQUEST_2000_500)
        .cachedInputTokens(TokenCount.of(1_500)).build();
    BreakEven b = BreakEven.of(SONNET_4, cached,
        H100_60);

    assertThat(b.busySecondsPerRequest()).isEqualByComparingTo("0.1833333333333333");
  }

  @Test
  void breakEven_unpricedRequest_throws() {
    assertThatThrownBy(() -> BreakEven.of(SONNET_4,
        REQUEST_2000_500.withBatch(true), H100_60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Request must be fully priced at the card to find a break-even: unpriced "
            + "input");
  }

  @Test
  void breakEven_emptyRequest_throws() {
    assertThatThrownBy(() -> BreakEven.of(SONNET_4,
        ApiUsage.of(0, 0), H100_60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Request must have prefill or output tokens to find a break-even: "
            + "0 input tokens, 0 output tokens");
  }

  @Test
  void breakEven_mixedCurrencies_throws() {
    SelfHostedSetup eur = SelfHostedSetup.of(HourlyPrice.perDeviceHour(Money.of("EUR", "3")), 1,
        0.6, PREFILL_30K_DECODE_3K);

    assertThatThrownBy(() -> BreakEven.of(SONNET_4,
        REQUEST_2000_500, eur))
        .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void volumes_negative_throw() {
    assertThatThrownBy(() -> SONNET_VS_H100.apiCostAt(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Monthly volume must not be negative: -1");
    assertThatThrownBy(() -> SONNET_VS_H100.replicasAt(null))
        .isInstanceOf(NullPointerException.class).hasMessage("requestsPerMonth");
  }

  @Test
  void calculator_nullsAndUnlimited_throw() {
    assertThatThrownBy(() -> BreakEven.of(null, REQUEST_2000_500,
        H100_60))
        .isInstanceOf(NullPointerException.class).hasMessage("card");
    assertThatThrownBy(() -> BreakEven.of(SONNET_4,
        REQUEST_2000_500, H100_60, MathContext.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Math context precision must be positive: 0");
  }

  @Test
  void toString_explains() {
    assertThat(SONNET_VS_H100.toString()).startsWith(String.join("\n",
        "Break-even: anthropic claude-sonnet-4 against self-hosting",
        "  API per request: USD 0.0135",
        "  self-hosted per request at capacity: USD 0.0003240740740740741",
        "  break-even: 162330 requests per month",
        "  - Request: 2000 input tokens, 500 output tokens"));
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(SONNET_VS_H100, BreakEven.class)).isEqualTo(SONNET_VS_H100);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableBreakEven.class);
  }

  @Test
  void of_defaultContext_isDecimal64() {
    BreakEven b = SONNET_VS_H100;

    assertThat(b.mathContext()).isEqualTo(MathContext.DECIMAL64);
    assertThat(b).isEqualTo(BreakEven.of(SONNET_4, REQUEST_2000_500, H100_60,
        MathContext.DECIMAL64));
  }

  @Test
  void of_callerContext_used() {
    BreakEven b = BreakEven.of(SONNET_4, REQUEST_2000_500, H100_60, new MathContext(4));

    assertThat(b.busySecondsPerRequest()).isEqualByComparingTo("0.2333");
  }
}
