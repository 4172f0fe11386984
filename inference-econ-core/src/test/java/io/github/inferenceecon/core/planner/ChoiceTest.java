/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static io.github.inferenceecon.core.planner.PlannerFixtures.CARD_3_15;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.WorkedEfficiency;
import java.math.BigDecimal;
import java.math.MathContext;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

final class ChoiceTest {

  /** The only feasible choice of the hand-worked plan: 70B on 2 x H100, USD 4382.91. */
  static final Choice TWO_H100 = Planner.of(WorkedEfficiency.MODEL).plan(PlannerTest.only2xH100()).best()
      .orElseThrow();

  /**
   * An API choice: 1,000 in and 200 out tokens at USD 3 / 15 per million, USD 0.006 a request;
   * 1 request/s is 2,629,746 a month, USD 15778.476.
   */
  static final Choice API = apiChoice(Money.of("USD", "15778.476"));

  static Choice apiChoice(Money monthly) {
    return Choice.builder().candidate(Candidate.api("large", "acme large"))
        .monthlyCost(monthly).requestsPerMonth(BigDecimal.valueOf(2_629_746))
        .inputTokensPerRequest(BigDecimal.valueOf(1000))
        .outputTokensPerRequest(BigDecimal.valueOf(200))
        .api(ApiOption.of("large", CARD_3_15))
        .apiCost(ApiCost.of(CARD_3_15, ApiUsage.of(1000, 200)))
        .build();
  }

  //-----------------------------------------------------------------------
  // accessors
  //-----------------------------------------------------------------------
  @Test
  void selfHosted_detailsOfTheFleet() {
    assertThat(TWO_H100.isSelfHosted()).isTrue();
    assertThat(TWO_H100.hardware()).contains(PlannerFixtures.H100_AT_3);
    assertThat(TWO_H100.replicas()).hasValue(1);
    assertThat(TWO_H100.devices()).hasValue(2);
    assertThat(TWO_H100.billedUnits()).hasValue(2);
    assertThat(TWO_H100.timeToFirstToken()).isPresent();
    assertThat(TWO_H100.timePerOutputToken()).contains(TWO_H100.serving().orElseThrow()
        .timePerOutputTokenAtPercentile());
    assertThat(TWO_H100.api()).isEmpty();
    assertThat(TWO_H100.apiCost()).isEmpty();
    assertThat(TWO_H100.inputTokensPerRequest()).isEqualByComparingTo("1000");
    assertThat(TWO_H100.outputTokensPerRequest()).isEqualByComparingTo("200");
  }

  @Test
  void api_hasNoFleet() {
    assertThat(API.isSelfHosted()).isFalse();
    assertThat(API.replicas()).isEmpty();
    assertThat(API.devices()).isEmpty();
    assertThat(API.billedUnits()).isEmpty();
    assertThat(API.timeToFirstToken()).isEmpty();
    assertThat(API.timePerOutputToken()).isEmpty();
  }

  //-----------------------------------------------------------------------
  // cost per million
  //-----------------------------------------------------------------------
  @Test
  void costPerMillionTokens_monthlyOverTheMonthsTokens() {
    // USD 4382.91 = 6 x 2,629,746 / 3,600; over 2,629,746 x 1,200 tokens that is
    // 6 / 3,600 / 1,200 x 1e6 = USD 1.3888... per million, to 16 digits.
    assertThat(TWO_H100.costPerMillionTokens()).isEqualTo(Money.of("USD",
        "1.388888888888889"));
  }

  @Test
  void costPerMillionInputAndOutput_splitTheMonthlyCostByDeviceTime() {
    double share = TWO_H100.serving().orElseThrow().prefillShare();
    BigDecimal in = TWO_H100.costPerMillionInput().orElseThrow().amount();
    BigDecimal out = TWO_H100.costPerMillionOutput().amount();
    BigDecimal blended = TWO_H100.costPerMillionTokens().amount();

    // 1,000 input and 200 output tokens together cost what 1,200 tokens cost at the blend.
    assertThat(in.multiply(BigDecimal.valueOf(1000)).add(out.multiply(BigDecimal.valueOf(200)))
        .round(new MathContext(12))).isEqualByComparingTo(blended
        .multiply(BigDecimal.valueOf(1200)).round(new MathContext(12)));
    // Input's share: share x USD 4382.91 over 2,629,746,000 tokens = share x 1.6667 per million.
    assertThat(in.doubleValue()).isCloseTo(share * 1e6 / 600_000, Offset
        .offset(1e-12));
  }

  @Test
  void costPerMillion_api_byComponent() {
    assertThat(API.costPerMillionTokens()).isEqualTo(Money.of("USD", "5"));
    assertThat(API.costPerMillionInput()).contains(Money.of("USD", "3"));
    assertThat(API.costPerMillionOutput()).isEqualTo(Money.of("USD", "15"));
  }

  @Test
  void costPerMillionInput_noInput_isEmpty() {
    Choice c = Choice.builder().from(API).inputTokensPerRequest(BigDecimal.ZERO).build();

    assertThat(c.costPerMillionInput()).isEmpty();
  }

  //-----------------------------------------------------------------------
  // check
  //-----------------------------------------------------------------------
  @Test
  void check_detailsOfTheOtherKind_throw() {
    assertThatThrownBy(() -> Choice.builder().from(TWO_H100).api(ApiOption.of(CARD_3_15))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Choice must have the details of exactly its kind: SELF_HOSTED");
    assertThatThrownBy(() -> Choice.builder().from(API).hardware(PlannerFixtures.H100_AT_3)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Choice must have the details of exactly its kind: API");
  }

  @Test
  void check_negativeCostOrEmptyVolume_throw() {
    assertThatThrownBy(() -> apiChoice(Money.of("USD", "-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Monthly cost must not be negative: USD -1");
    assertThatThrownBy(() -> Choice.builder().from(API).requestsPerMonth(BigDecimal.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Requests per month must be positive: 0");
    assertThatThrownBy(() -> Choice.builder().from(API)
        .inputTokensPerRequest(BigDecimal.valueOf(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Input tokens per request must not be negative: -1");
    assertThatThrownBy(() -> Choice.builder().from(API)
        .outputTokensPerRequest(BigDecimal.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Output tokens per request must be positive: 0");
  }

  //-----------------------------------------------------------------------
  // toString, equals, JSON, immutability
  //-----------------------------------------------------------------------
  @Test
  void toString_costAndLatency() {
    assertThat(TWO_H100.toString()).startsWith("Llama-3.1-70B on 2 x h100 (tp=2, pp=1; "
        + "weights=BF16, kvCache=BF16, activations=BF16): USD 4382.91 per month, USD 1.3889 per "
        + "1M tokens; 1 replica(s), TTFT ").endsWith(" at p90");
    assertThat(API).hasToString("API large (acme large): USD 15778.48 per month, USD 5.0000 per "
        + "1M tokens");
  }

  @Test
  void json_writesTheDerivedCostsAndRoundTrips() {
    assertThat(toJson(API)).contains("\"costPerMillionOutput\":{\"amount\":\"15\"");
    assertThat(jsonRoundTrip(API, Choice.class)).isEqualTo(API);
    assertThat(jsonRoundTrip(TWO_H100, Choice.class)).isEqualTo(TWO_H100);
  }

  @Test
  void equals_hashCode_immutability() {
    assertEqualsContract(API, apiChoice(Money.of("USD", "15778.476")), TWO_H100);
    assertImmutable(Choice.class, TWO_H100);
  }
}
