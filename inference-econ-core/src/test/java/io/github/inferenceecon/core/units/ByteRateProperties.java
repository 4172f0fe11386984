/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.byteRates;
import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link ByteRate}: the {@linkplain DoubleQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class ByteRateProperties extends DoubleQuantityLaws<ByteRate> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "Byte rate";
  }

  @Override
  ByteRate of(double value) {
    return ByteRate.of(value);
  }

  @Override
  double value(ByteRate quantity) {
    return quantity.bytesPerSecond();
  }

  @Override
  String unit() {
    return "B/s";
  }

  @Override
  boolean isPrefixed() {
    return true;
  }

  @Override
  ByteRate parse(String text) {
    return ByteRate.parse(text);
  }

  @Override
  ByteRate zero() {
    return ByteRate.ZERO;
  }

  @Override
  ByteRate plus(ByteRate a, ByteRate b) {
    return a.plus(b);
  }

  @Override
  ByteRate minus(ByteRate a, ByteRate b) {
    return a.minus(b);
  }

  @Override
  ByteRate multipliedBy(ByteRate quantity, double factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  ByteRate dividedBy(ByteRate quantity, double divisor) {
    return quantity.dividedBy(divisor);
  }

  @Override
  double ratioTo(ByteRate quantity, ByteRate other) {
    return quantity.ratioTo(other);
  }

  @Override
  ByteRate min(ByteRate a, ByteRate b) {
    return a.min(b);
  }

  @Override
  ByteRate max(ByteRate a, ByteRate b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(ByteRate a, ByteRate b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(ByteRate a, ByteRate b) {
    return a.isLessThan(b);
  }

  //--- ofGigabytesPerSecond(double) / ofTerabytesPerSecond(double) ------------------------------

  @Test
  void ofGigabytesPerSecond_isValueTimes1e9_orThrows() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      if (Double.isFinite(x * 1e9)) {
        assertThat(ByteRate.ofGigabytesPerSecond(x).bytesPerSecond()).isEqualTo(x * 1e9);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> ByteRate.ofGigabytesPerSecond(x));
      }
    });
  }

  @Test
  void ofTerabytesPerSecond_isValueTimes1e12_orThrows() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      if (Double.isFinite(x * 1e12)) {
        assertThat(ByteRate.ofTerabytesPerSecond(x).bytesPerSecond()).isEqualTo(x * 1e12);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> ByteRate.ofTerabytesPerSecond(x));
      }
    });
  }

  //--- toGigabytesPerSecond() / toTerabytesPerSecond() ------------------------------------------

  @Test
  void toGigabytesPerSecond_isCorrectlyRounded() {
    // 1e9 is an exact double, so IEEE division rounds the exact quotient once
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(ByteRate.of(x).toGigabytesPerSecond())
            .isEqualTo(new BigDecimal(x).movePointLeft(9).doubleValue()));
  }

  @Test
  void toTerabytesPerSecond_isCorrectlyRounded() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(ByteRate.of(x).toTerabytesPerSecond())
            .isEqualTo(new BigDecimal(x).movePointLeft(12).doubleValue()));
  }

  //--- bytesIn(Duration) ------------------------------------------------------------------------

  @Test
  void bytesIn_oneSecond_isTheRate() {
    qt().forAll(byteRates()).checkAssert(rate ->
        assertThat(rate.bytesIn(Duration.ofSeconds(1))).isEqualTo(rate.bytesPerSecond()));
  }

  @Test
  void bytesIn_neverDecreasesWithTime() {
    qt().forAll(decimalDoubles().map(ByteRate::of), durations(), durations())
        .checkAssert((rate, d1, d2) -> {
          Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
          Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;
          assertThat(rate.bytesIn(shorter)).isLessThanOrEqualTo(rate.bytesIn(longer));
        });
  }
}
