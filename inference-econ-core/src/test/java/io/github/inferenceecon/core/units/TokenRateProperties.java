/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.tokenRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link TokenRate}: the {@linkplain DoubleQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class TokenRateProperties extends DoubleQuantityLaws<TokenRate> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "Token rate";
  }

  @Override
  TokenRate of(double tokensPerSecond) {
    return TokenRate.of(tokensPerSecond);
  }

  @Override
  double value(TokenRate quantity) {
    return quantity.tokensPerSecond();
  }

  @Override
  String unit() {
    return "tokens/s";
  }

  @Override
  boolean isPrefixed() {
    return false;
  }

  @Override
  TokenRate parse(String text) {
    return TokenRate.parse(text);
  }

  @Override
  TokenRate zero() {
    return TokenRate.ZERO;
  }

  @Override
  TokenRate plus(TokenRate a, TokenRate b) {
    return a.plus(b);
  }

  @Override
  TokenRate minus(TokenRate a, TokenRate b) {
    return a.minus(b);
  }

  @Override
  TokenRate multipliedBy(TokenRate quantity, double factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  TokenRate dividedBy(TokenRate quantity, double divisor) {
    return quantity.dividedBy(divisor);
  }

  @Override
  double ratioTo(TokenRate quantity, TokenRate other) {
    return quantity.ratioTo(other);
  }

  @Override
  TokenRate min(TokenRate a, TokenRate b) {
    return a.min(b);
  }

  @Override
  TokenRate max(TokenRate a, TokenRate b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(TokenRate a, TokenRate b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(TokenRate a, TokenRate b) {
    return a.isLessThan(b);
  }

  //--- tokensPerHour() --------------------------------------------------------------------------

  @Test
  void tokensPerHour_isCorrectlyRoundedProduct() {
    // 3600 is exact, so the conversion should round the exact product only once
    qt().forAll(finiteNonNegativeDoubles().map(x -> x / 4096)).checkAssert(x ->
        assertThat(TokenRate.of(x).tokensPerHour())
            .isEqualTo(new BigDecimal(x).multiply(BigDecimal.valueOf(3600)).doubleValue()));
  }

  //--- tokensIn(Duration) -----------------------------------------------------------------------

  @Test
  void tokensIn_oneSecond_isTheRate() {
    qt().forAll(tokenRates()).checkAssert(rate ->
        assertThat(rate.tokensIn(Duration.ofSeconds(1))).isEqualTo(rate.tokensPerSecond()));
  }

  @Test
  void tokensIn_neverDecreasesWithTime() {
    qt().forAll(decimalDoubles().map(TokenRate::of), durations(), durations())
        .checkAssert((rate, d1, d2) -> {
          Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
          Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;
          assertThat(rate.tokensIn(shorter)).isLessThanOrEqualTo(rate.tokensIn(longer));
        });
  }
}
