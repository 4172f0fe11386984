/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.energies;
import static io.github.inferenceecon.core.CoreGenerators.energyPrices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.units.Energy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class EnergyPriceProperties {

  //--- parse(CharSequence) / toString() / JSON --------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(energyPrices()).checkAssert(price ->
        assertThat(EnergyPrice.parse(price.toString())).isEqualTo(price));
  }

  @Test
  void toString_isMoneyPerKwh() {
    qt().forAll(energyPrices()).checkAssert(price ->
        assertThat(price.toString()).isEqualTo(price.price() + " per kWh"));
  }

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(energyPrices()).checkAssert(price ->
        assertThat(jsonRoundTrip(price)).isEqualTo(price));
  }

  //--- costOf(Energy) ---------------------------------------------------------------------------

  @Test
  void costOf_wholeKilowattHours_isExactMultiple() {
    // n x 3.6e6 J is exact below 2^53, and dividing it by 3.6e6 gives exactly n
    qt().forAll(energyPrices(), longs().between(0, 1L << 30)).checkAssert((price, kwh) ->
        assertThat(price.costOf(Energy.ofJoules(kwh * 3.6e6)))
            .isEqualTo(price.price().multipliedBy(kwh)));
  }

  @Test
  void costOf_isPriceTimesDecimalKilowattHours() {
    qt().forAll(energyPrices(), energies()).checkAssert((price, energy) ->
        assertThat(price.costOf(energy)).isEqualTo(
            price.price().multipliedBy(BigDecimal.valueOf(energy.toKilowattHours()))));
  }

  @Test
  void costOf_neverDecreasesWithEnergy() {
    qt().forAll(energyPrices(), decimalDoubles(), decimalDoubles()).checkAssert((price, a, b) ->
        assertThat(price.costOf(Energy.ofJoules(Math.min(a, b))))
            .isLessThanOrEqualTo(price.costOf(Energy.ofJoules(Math.max(a, b)))));
  }

  @Test
  void costOf_isInThePriceCurrency_andNotNegative() {
    qt().forAll(energyPrices(), energies()).checkAssert((price, energy) -> {
      Money cost = price.costOf(energy);
      assertThat(cost.currency()).isEqualTo(price.currency());
      assertThat(cost.isNegative()).isFalse();
    });
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_samePriceRebuilt_isEqualWithSameHash() {
    qt().forAll(energyPrices()).checkAssert(price -> {
      EnergyPrice rebuilt = EnergyPrice.perKilowattHour(
          Money.of(price.currency(), price.price().amount().setScale(20)));
      assertThat(rebuilt).isEqualTo(price);
      assertThat(rebuilt.hashCode()).isEqualTo(price.hashCode());
    });
  }
}
