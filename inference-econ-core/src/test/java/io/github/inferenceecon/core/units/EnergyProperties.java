/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertWithin;
import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link Energy}: the {@linkplain DoubleQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class EnergyProperties extends DoubleQuantityLaws<Energy> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "Energy";
  }

  @Override
  Energy of(double joules) {
    return Energy.ofJoules(joules);
  }

  @Override
  double value(Energy quantity) {
    return quantity.joules();
  }

  @Override
  String unit() {
    return "J";
  }

  @Override
  boolean isPrefixed() {
    return true;
  }

  @Override
  Energy parse(String text) {
    return Energy.parse(text);
  }

  @Override
  Energy zero() {
    return Energy.ZERO;
  }

  @Override
  Energy plus(Energy a, Energy b) {
    return a.plus(b);
  }

  @Override
  Energy minus(Energy a, Energy b) {
    return a.minus(b);
  }

  @Override
  Energy multipliedBy(Energy quantity, double factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  Energy dividedBy(Energy quantity, double divisor) {
    return quantity.dividedBy(divisor);
  }

  @Override
  double ratioTo(Energy quantity, Energy other) {
    return quantity.ratioTo(other);
  }

  @Override
  Energy min(Energy a, Energy b) {
    return a.min(b);
  }

  @Override
  Energy max(Energy a, Energy b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(Energy a, Energy b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(Energy a, Energy b) {
    return a.isLessThan(b);
  }

  //--- ofKilowattHours(double) ------------------------------------------------------------------

  @Test
  void ofKilowattHours_isValueTimes3_6e6_orThrows() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      if (Double.isFinite(x * 3.6e6)) {
        assertThat(Energy.ofKilowattHours(x).joules()).isEqualTo(x * 3.6e6);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> Energy.ofKilowattHours(x));
      }
    });
  }

  //--- toKilowattHours() ------------------------------------------------------------------------

  @Test
  void toKilowattHours_isCorrectlyRounded() {
    // x / 3.6e6 does not terminate in decimal; 60 significant digits decide the rounding to a
    // double unless the quotient lies within 1e-60 of a tie, which no finite double does here
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(Energy.ofJoules(x).toKilowattHours()).isEqualTo(new BigDecimal(x)
            .divide(BigDecimal.valueOf(3_600_000), new MathContext(60)).doubleValue()));
  }

  @Test
  void ofKilowattHours_thenToKilowattHours_isWithinTwoUlps() {
    // a multiplication and a division, each rounding by at most half an ulp of its result
    qt().forAll(decimalDoubles()).checkAssert(kwh ->
        assertWithin(Energy.ofKilowattHours(kwh).toKilowattHours(), kwh, 2 * Math.ulp(kwh)));
  }
}
