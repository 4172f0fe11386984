/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.flopRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link FlopRate}: the {@linkplain DoubleQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class FlopRateProperties extends DoubleQuantityLaws<FlopRate> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "FLOP rate";
  }

  @Override
  FlopRate of(double flopsPerSecond) {
    return FlopRate.of(flopsPerSecond);
  }

  @Override
  double value(FlopRate quantity) {
    return quantity.flopsPerSecond();
  }

  @Override
  String unit() {
    return "FLOP/s";
  }

  @Override
  boolean isPrefixed() {
    return true;
  }

  @Override
  FlopRate parse(String text) {
    return FlopRate.parse(text);
  }

  @Override
  FlopRate zero() {
    return FlopRate.ZERO;
  }

  @Override
  FlopRate plus(FlopRate a, FlopRate b) {
    return a.plus(b);
  }

  @Override
  FlopRate minus(FlopRate a, FlopRate b) {
    return a.minus(b);
  }

  @Override
  FlopRate multipliedBy(FlopRate quantity, double factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  FlopRate dividedBy(FlopRate quantity, double divisor) {
    return quantity.dividedBy(divisor);
  }

  @Override
  double ratioTo(FlopRate quantity, FlopRate other) {
    return quantity.ratioTo(other);
  }

  @Override
  FlopRate min(FlopRate a, FlopRate b) {
    return a.min(b);
  }

  @Override
  FlopRate max(FlopRate a, FlopRate b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(FlopRate a, FlopRate b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(FlopRate a, FlopRate b) {
    return a.isLessThan(b);
  }

  //--- ofTeraflops(double) ----------------------------------------------------------------------

  @Test
  void ofTeraflops_isValueTimes1e12_orThrows() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      if (Double.isFinite(x * 1e12)) {
        assertThat(FlopRate.ofTeraflops(x).flopsPerSecond()).isEqualTo(x * 1e12);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> FlopRate.ofTeraflops(x));
      }
    });
  }

  //--- toTeraflops() ----------------------------------------------------------------------------

  @Test
  void toTeraflops_isCorrectlyRounded() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(FlopRate.of(x).toTeraflops())
            .isEqualTo(new BigDecimal(x).movePointLeft(12).doubleValue()));
  }

  //--- flopsIn(Duration) ------------------------------------------------------------------------

  @Test
  void flopsIn_oneSecond_isTheRate() {
    qt().forAll(flopRates()).checkAssert(rate ->
        assertThat(rate.flopsIn(Duration.ofSeconds(1)).flops()).isEqualTo(rate.flopsPerSecond()));
  }

  @Test
  void flopsIn_neverDecreasesWithTime() {
    qt().forAll(decimalDoubles().map(FlopRate::of), durations(), durations())
        .checkAssert((rate, d1, d2) -> {
          Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
          Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;
          assertThat(rate.flopsIn(shorter)).isLessThanOrEqualTo(rate.flopsIn(longer));
        });
  }
}
