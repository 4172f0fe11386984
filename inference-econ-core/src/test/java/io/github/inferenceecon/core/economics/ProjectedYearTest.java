/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class ProjectedYearTest {

  static final ProjectedYear YEAR_1 = ProjectedYear.builder().year(1)
      .pricePerMillion(Money.of("USD", "0.25")).queries(new BigDecimal("4000000"))
      .tokensPerQuery(new BigDecimal("1000")).tokens(new BigDecimal("4000000000"))
      .spend(Money.of("USD", "1000")).build();

  @Test
  void toString_readsAsALine() {
    assertThat(YEAR_1).hasToString("year 1: 4000000 queries x 1000 tokens at USD 0.25 per 1M = "
        + "USD 1000");
  }

  @Test
  void builder_missingSpend_throwsIllegalState() {
    assertThatThrownBy(() -> ProjectedYear.builder().year(0).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(YEAR_1, ProjectedYear.class)).isEqualTo(YEAR_1);
  }
}
