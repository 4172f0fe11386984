/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreGenerators.priceBases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;

final class PriceBasisProperties {

  @Test
  void ofUnit_ofUnit_roundTrips() {
    qt().forAll(priceBases()).checkAssert(basis ->
        assertThat(PriceBasis.ofUnit(basis.unit())).isEqualTo(basis));
  }

  @Test
  void unit_endsWithHour_andNamesTheBasis() {
    qt().forAll(priceBases()).checkAssert(basis ->
        assertThat(basis.unit()).isEqualTo(basis.name().toLowerCase(Locale.ROOT) + "-hour"));
  }

  @Test
  void ofUnit_upperCase_throws() {
    qt().forAll(priceBases()).checkAssert(basis -> {
      String shouted = basis.unit().toUpperCase(Locale.ROOT);
      assertThatIllegalArgumentException().isThrownBy(() -> PriceBasis.ofUnit(shouted))
          .withMessage("Unknown price basis '" + shouted + "' (known: device-hour, instance-hour)");
    });
  }
}
