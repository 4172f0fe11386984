/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.powers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link Power}: the {@linkplain DoubleQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class PowerProperties extends DoubleQuantityLaws<Power> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "Power";
  }

  @Override
  Power of(double watts) {
    return Power.ofWatts(watts);
  }

  @Override
  double value(Power quantity) {
    return quantity.watts();
  }

  @Override
  String unit() {
    return "W";
  }

  @Override
  boolean isPrefixed() {
    return true;
  }

  @Override
  Power parse(String text) {
    return Power.parse(text);
  }

  @Override
  Power zero() {
    return Power.ZERO;
  }

  @Override
  Power plus(Power a, Power b) {
    return a.plus(b);
  }

  @Override
  Power minus(Power a, Power b) {
    return a.minus(b);
  }

  @Override
  Power multipliedBy(Power quantity, double factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  Power dividedBy(Power quantity, double divisor) {
    return quantity.dividedBy(divisor);
  }

  @Override
  double ratioTo(Power quantity, Power other) {
    return quantity.ratioTo(other);
  }

  @Override
  Power min(Power a, Power b) {
    return a.min(b);
  }

  @Override
  Power max(Power a, Power b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(Power a, Power b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(Power a, Power b) {
    return a.isLessThan(b);
  }

  //--- ofKilowatts(double) ----------------------------------------------------------------------

  @Test
  void ofKilowatts_isValueTimes1000_orThrows() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      if (Double.isFinite(x * 1e3)) {
        assertThat(Power.ofKilowatts(x).watts()).isEqualTo(x * 1e3);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> Power.ofKilowatts(x));
      }
    });
  }

  //--- toKilowatts() ----------------------------------------------------------------------------

  @Test
  void toKilowatts_isCorrectlyRounded() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(Power.ofWatts(x).toKilowatts())
            .isEqualTo(new BigDecimal(x).movePointLeft(3).doubleValue()));
  }

  //--- energyOver(Duration) ---------------------------------------------------------------------

  @Test
  void energyOver_oneSecond_isWattsAsJoules() {
    qt().forAll(powers()).checkAssert(power ->
        assertThat(power.energyOver(Duration.ofSeconds(1)).joules()).isEqualTo(power.watts()));
  }

  @Test
  void energyOver_neverDecreasesWithTime() {
    qt().forAll(decimalDoubles().map(Power::ofWatts), durations(), durations())
        .checkAssert((power, d1, d2) -> {
          Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
          Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;
          assertThat(power.energyOver(shorter)).isLessThanOrEqualTo(power.energyOver(longer));
        });
  }
}
