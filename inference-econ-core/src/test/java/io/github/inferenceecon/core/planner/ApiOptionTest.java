/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.planner.PlannerFixtures.CARD_3_15;
import static io.github.inferenceecon.core.planner.PlannerFixtures.CARD_NO_CACHE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ApiOptionTest {

  private static final ApiOption LARGE = ApiOption.of("large", CARD_3_15);

  @Test
  void of_labelAndCard() {
    assertThat(LARGE.label()).isEqualTo("large");
    assertThat(LARGE.card()).isEqualTo(CARD_3_15);
  }

  @Test
  void of_card_labelsWithProviderAndModel() {
    assertThat(ApiOption.of(CARD_3_15).label()).isEqualTo("acme/large");
  }

  @Test
  void check_blankLabel_throws() {
    assertThatThrownBy(() -> ApiOption.of("", CARD_3_15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("API option label must not be blank: ''");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> ApiOption.of(null, CARD_3_15))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ApiOption.of("x", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ApiOption.of(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_labelProviderAndModel() {
    assertThat(LARGE).hasToString("large: acme large");
  }

  @Test
  void equals_hashCode_json_immutability() {
    assertEqualsContract(LARGE, ApiOption.of("large", CARD_3_15), ApiOption.of(CARD_NO_CACHE));
    assertThat(jsonRoundTrip(LARGE, ApiOption.class)).isEqualTo(LARGE);
    assertImmutable(ApiOption.class, LARGE);
  }
}
