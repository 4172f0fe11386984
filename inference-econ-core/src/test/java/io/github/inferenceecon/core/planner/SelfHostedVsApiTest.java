/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.Money;
import org.junit.jupiter.api.Test;

final class SelfHostedVsApiTest {

  private static final SelfHostedVsApi COMPARISON = PlanTest.WITH_API.comparison().orElseThrow();

  @Test
  void of_keepsBothChoicesAndTheBreakEven() {
    assertThat(COMPARISON.selfHosted()).isEqualTo(ChoiceTest.TWO_H100);
    assertThat(COMPARISON.api().isSelfHosted()).isFalse();
    assertThat(COMPARISON.breakEvenRequestsPerMonth())
        .isEqualTo(COMPARISON.breakEven().breakEvenRequestsPerMonth());
  }

  @Test
  void isSelfHostingCheaper_andTheSaving() {
    // API: 1,000 x 3 + 200 x 15 = USD 0.006 a request x 2,629,746 = USD 15778.476 a month;
    // self-hosted USD 4382.91: USD 11395.566 saved.
    assertThat(COMPARISON.api().monthlyCost()).isEqualTo(Money.of("USD", "15778.476"));
    assertThat(COMPARISON.isSelfHostingCheaper()).isTrue();
    assertThat(COMPARISON.monthlySaving()).isEqualTo(Money.of("USD", "11395.566"));
  }

  @Test
  void isSelfHostingCheaper_apiCheaper_false() {
    SelfHostedVsApi cheapApi = SelfHostedVsApi.of(ChoiceTest.TWO_H100,
        ChoiceTest.apiChoice(Money.of("USD", "100")), COMPARISON.breakEven());

    assertThat(cheapApi.isSelfHostingCheaper()).isFalse();
    assertThat(cheapApi.monthlySaving()).isEqualTo(Money.of("USD", "-4282.91"));
    assertThat(cheapApi.toString()).contains("The API saves USD 4282.91 per month");
  }

  @Test
  void check_wrongKinds_throw() {
    assertThatThrownBy(() -> SelfHostedVsApi.of(ChoiceTest.API, ChoiceTest.API,
        COMPARISON.breakEven()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Comparison needs a self-hosted and an API choice: API/API");
    assertThatThrownBy(() -> SelfHostedVsApi.of(ChoiceTest.TWO_H100, ChoiceTest.TWO_H100,
        COMPARISON.breakEven()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Comparison needs a self-hosted and an API choice: SELF_HOSTED/SELF_HOSTED");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> SelfHostedVsApi.of(null, ChoiceTest.API, COMPARISON.breakEven()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SelfHostedVsApi.of(ChoiceTest.TWO_H100, null,
        COMPARISON.breakEven())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SelfHostedVsApi.of(ChoiceTest.TWO_H100, ChoiceTest.API, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_bothSidesTheSavingAndTheBreakEven() {
    assertThat(COMPARISON.toString()).startsWith("Self-hosted: Llama-3.1-70B on 2 x h100")
        .contains("\nAPI: API acme/large (acme large): USD 15778.48 per month",
            "\nSelf-hosting saves USD 11395.57 per month; break-even at ");
  }

  @Test
  void json_immutability() {
    assertThat(jsonRoundTrip(COMPARISON, SelfHostedVsApi.class)).isEqualTo(COMPARISON);
    assertImmutable(SelfHostedVsApi.class, COMPARISON);
  }
}
