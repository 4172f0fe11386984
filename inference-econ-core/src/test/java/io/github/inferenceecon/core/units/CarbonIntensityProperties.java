/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.carbonIntensities;
import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/**
 * The laws of {@link CarbonIntensity}: the {@linkplain DoubleQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class CarbonIntensityProperties extends DoubleQuantityLaws<CarbonIntensity> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "Carbon intensity";
  }

  @Override
  CarbonIntensity of(double value) {
    return CarbonIntensity.of(value);
  }

  @Override
  double value(CarbonIntensity quantity) {
    return quantity.gramsPerKilowattHour();
  }

  @Override
  String unit() {
    return "gCO2e/kWh";
  }

  @Override
  boolean isPrefixed() {
    return false;
  }

  @Override
  CarbonIntensity parse(String text) {
    return CarbonIntensity.parse(text);
  }

  @Override
  CarbonIntensity zero() {
    return CarbonIntensity.ZERO;
  }

  @Override
  CarbonIntensity plus(CarbonIntensity a, CarbonIntensity b) {
    return a.plus(b);
  }

  @Override
  CarbonIntensity minus(CarbonIntensity a, CarbonIntensity b) {
    return a.minus(b);
  }

  @Override
  CarbonIntensity multipliedBy(CarbonIntensity quantity, double factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  CarbonIntensity dividedBy(CarbonIntensity quantity, double divisor) {
    return quantity.dividedBy(divisor);
  }

  @Override
  double ratioTo(CarbonIntensity quantity, CarbonIntensity other) {
    return quantity.ratioTo(other);
  }

  @Override
  CarbonIntensity min(CarbonIntensity a, CarbonIntensity b) {
    return a.min(b);
  }

  @Override
  CarbonIntensity max(CarbonIntensity a, CarbonIntensity b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(CarbonIntensity a, CarbonIntensity b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(CarbonIntensity a, CarbonIntensity b) {
    return a.isLessThan(b);
  }

  //--- emissionsOf(Energy) ----------------------------------------------------------------------

  @Test
  void emissionsOf_oneKilowattHour_isIntensityInGrams() {
    // 1 kWh is exactly 3.6e6 J and converts back to exactly 1.0 kWh
    qt().forAll(carbonIntensities()).checkAssert(intensity ->
        assertThat(intensity.emissionsOf(Energy.ofKilowattHours(1)).grams())
            .isEqualTo(intensity.gramsPerKilowattHour()));
  }

  @Test
  void emissionsOf_neverDecreasesWithEnergy() {
    qt().forAll(decimalDoubles().map(CarbonIntensity::of), decimalDoubles(), decimalDoubles())
        .checkAssert((intensity, a, b) -> {
          Energy less = Energy.ofJoules(Math.min(a, b));
          Energy more = Energy.ofJoules(Math.max(a, b));
          assertThat(intensity.emissionsOf(less)).isLessThanOrEqualTo(intensity.emissionsOf(more));
        });
  }
}
