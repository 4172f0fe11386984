/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link CarbonMass}: the {@linkplain DoubleQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class CarbonMassProperties extends DoubleQuantityLaws<CarbonMass> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "Carbon mass";
  }

  @Override
  CarbonMass of(double grams) {
    return CarbonMass.ofGrams(grams);
  }

  @Override
  double value(CarbonMass quantity) {
    return quantity.grams();
  }

  @Override
  String unit() {
    return "gCO2e";
  }

  @Override
  boolean isPrefixed() {
    return true;
  }

  @Override
  CarbonMass parse(String text) {
    return CarbonMass.parse(text);
  }

  @Override
  CarbonMass zero() {
    return CarbonMass.ZERO;
  }

  @Override
  CarbonMass plus(CarbonMass a, CarbonMass b) {
    return a.plus(b);
  }

  @Override
  CarbonMass minus(CarbonMass a, CarbonMass b) {
    return a.minus(b);
  }

  @Override
  CarbonMass multipliedBy(CarbonMass quantity, double factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  CarbonMass dividedBy(CarbonMass quantity, double divisor) {
    return quantity.dividedBy(divisor);
  }

  @Override
  double ratioTo(CarbonMass quantity, CarbonMass other) {
    return quantity.ratioTo(other);
  }

  @Override
  CarbonMass min(CarbonMass a, CarbonMass b) {
    return a.min(b);
  }

  @Override
  CarbonMass max(CarbonMass a, CarbonMass b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(CarbonMass a, CarbonMass b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(CarbonMass a, CarbonMass b) {
    return a.isLessThan(b);
  }

  //--- toKilograms() ----------------------------------------------------------------------------

  @Test
  void toKilograms_isCorrectlyRounded() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(CarbonMass.ofGrams(x).toKilograms())
            .isEqualTo(new BigDecimal(x).movePointLeft(3).doubleValue()));
  }
}
