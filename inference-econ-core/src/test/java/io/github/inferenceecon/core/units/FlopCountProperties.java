/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.positiveDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link FlopCount}: the {@linkplain DoubleQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class FlopCountProperties extends DoubleQuantityLaws<FlopCount> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "FLOP count";
  }

  @Override
  FlopCount of(double flops) {
    return FlopCount.of(flops);
  }

  @Override
  double value(FlopCount quantity) {
    return quantity.flops();
  }

  @Override
  String unit() {
    return "FLOP";
  }

  @Override
  boolean isPrefixed() {
    return true;
  }

  @Override
  FlopCount parse(String text) {
    return FlopCount.parse(text);
  }

  @Override
  FlopCount zero() {
    return FlopCount.ZERO;
  }

  @Override
  FlopCount plus(FlopCount a, FlopCount b) {
    return a.plus(b);
  }

  @Override
  FlopCount minus(FlopCount a, FlopCount b) {
    return a.minus(b);
  }

  @Override
  FlopCount multipliedBy(FlopCount quantity, double factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  FlopCount dividedBy(FlopCount quantity, double divisor) {
    return quantity.dividedBy(divisor);
  }

  @Override
  double ratioTo(FlopCount quantity, FlopCount other) {
    return quantity.ratioTo(other);
  }

  @Override
  FlopCount min(FlopCount a, FlopCount b) {
    return a.min(b);
  }

  @Override
  FlopCount max(FlopCount a, FlopCount b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(FlopCount a, FlopCount b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(FlopCount a, FlopCount b) {
    return a.isLessThan(b);
  }

  //--- ofTeraflop(double) / ofPetaflop(double) --------------------------------------------------

  @Test
  void ofTeraflop_isValueTimes1e12_orThrows() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      if (Double.isFinite(x * 1e12)) {
        assertThat(FlopCount.ofTeraflop(x).flops()).isEqualTo(x * 1e12);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> FlopCount.ofTeraflop(x));
      }
    });
  }

  @Test
  void ofPetaflop_isValueTimes1e15_orThrows() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      if (Double.isFinite(x * 1e15)) {
        assertThat(FlopCount.ofPetaflop(x).flops()).isEqualTo(x * 1e15);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> FlopCount.ofPetaflop(x));
      }
    });
  }

  //--- toTeraflop() -----------------------------------------------------------------------------

  @Test
  void toTeraflop_isCorrectlyRounded() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(FlopCount.of(x).toTeraflop())
            .isEqualTo(new BigDecimal(x).movePointLeft(12).doubleValue()));
  }

  //--- timeAt(FlopRate) -------------------------------------------------------------------------

  @Test
  void timeAt_workOfOneSecond_isOneSecond() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThat(FlopCount.of(x).timeAt(FlopRate.of(x))).isEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void timeAt_neverDecreasesWithWork() {
    qt().forAll(decimalDoubles(), decimalDoubles(), positiveDoubles().map(x -> x + 1e12))
        .checkAssert((a, b, rate) -> {
          FlopRate perSecond = FlopRate.of(rate);
          FlopCount less = FlopCount.of(Math.min(a, b));
          FlopCount more = FlopCount.of(Math.max(a, b));
          assertThat(less.timeAt(perSecond)).isLessThanOrEqualTo(more.timeAt(perSecond));
        });
  }
}
