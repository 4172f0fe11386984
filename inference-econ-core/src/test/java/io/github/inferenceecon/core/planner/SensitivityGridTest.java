/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class SensitivityGridTest {

  @Test
  void standard_values() {
    SensitivityGrid g = SensitivityGrid.defaults();

    assertThat(g.utilisations()).containsExactly(0.25, 0.5, 0.75, 1.0);
    assertThat(g.cacheHitRates()).containsExactly(0.0, 0.25, 0.5, 0.75);
    assertThat(g.priceFactors()).containsExactly(new BigDecimal("0.5"), new BigDecimal("0.75"),
        BigDecimal.ONE, new BigDecimal("1.25"), new BigDecimal("1.5"));
  }

  @Test
  void builder_empty_isAllowed() {
    assertThat(SensitivityGrid.builder().build().priceFactors()).isEmpty();
  }

  @Test
  void check_outOfRangeValues_throw() {
    assertThatThrownBy(() -> SensitivityGrid.builder().addUtilisations(0.0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 0.0");
    assertThatThrownBy(() -> SensitivityGrid.builder().addCacheHitRates(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cache-hit rate must be in [0, 1]: 1.5");
    assertThatThrownBy(() -> SensitivityGrid.builder().addPriceFactors(BigDecimal.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Price factor must be positive: 0");
  }

  @Test
  void equals_hashCode_json_immutability() {
    SensitivityGrid g = SensitivityGrid.defaults();

    assertEqualsContract(g, SensitivityGrid.defaults(), SensitivityGrid.builder().build());
    assertThat(jsonRoundTrip(g, SensitivityGrid.class)).isEqualTo(g);
    assertImmutable(SensitivityGrid.class, g);
  }
}
