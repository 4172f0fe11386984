/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.anyCounts;
import static io.github.inferenceecon.core.CoreGenerators.anyTokenCounts;
import static io.github.inferenceecon.core.CoreGenerators.tokenCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link TokenCount}: the {@linkplain ExactQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class TokenCountProperties extends ExactQuantityLaws<TokenCount> {

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "Token count";
  }

  @Override
  TokenCount of(long count) {
    return TokenCount.of(count);
  }

  @Override
  long value(TokenCount quantity) {
    return quantity.count();
  }

  @Override
  TokenCount parse(String text) {
    return TokenCount.parse(text);
  }

  @Override
  TokenCount zero() {
    return TokenCount.ZERO;
  }

  @Override
  TokenCount total(List<TokenCount> values) {
    return TokenCount.total(values);
  }

  @Override
  TokenCount plus(TokenCount a, TokenCount b) {
    return a.plus(b);
  }

  @Override
  TokenCount minus(TokenCount a, TokenCount b) {
    return a.minus(b);
  }

  @Override
  TokenCount multipliedBy(TokenCount quantity, long factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  TokenCount dividedBy(TokenCount quantity, long divisor, RoundingMode rounding) {
    return quantity.dividedBy(divisor, rounding);
  }

  @Override
  TokenCount min(TokenCount a, TokenCount b) {
    return a.min(b);
  }

  @Override
  TokenCount max(TokenCount a, TokenCount b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(TokenCount a, TokenCount b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(TokenCount a, TokenCount b) {
    return a.isLessThan(b);
  }

  //--- ofThousands(long) / ofMillions(long) -----------------------------------------------------

  @Test
  void ofThousands_insideSafeRange_isExact() {
    qt().forAll(longs().between(0, Long.MAX_VALUE / 1_000)).checkAssert(n ->
        assertThat(TokenCount.ofThousands(n).count()).isEqualTo(n * 1_000));
  }

  @Test
  void ofThousands_outsideSafeRange_throwsArithmetic() {
    qt().forAll(longs().between(Long.MAX_VALUE / 1_000 + 1, Long.MAX_VALUE)).checkAssert(n ->
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> TokenCount.ofThousands(n)));
  }

  @Test
  void ofMillions_insideSafeRange_isExact() {
    qt().forAll(longs().between(0, Long.MAX_VALUE / 1_000_000)).checkAssert(n ->
        assertThat(TokenCount.ofMillions(n).count()).isEqualTo(n * 1_000_000));
  }

  @Test
  void ofMillions_outsideSafeRange_throwsArithmetic() {
    qt().forAll(longs().between(Long.MAX_VALUE / 1_000_000 + 1, Long.MAX_VALUE)).checkAssert(n ->
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> TokenCount.ofMillions(n)));
  }

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void toString_ofParse_roundTrips() {
    qt().forAll(anyCounts()).checkAssert(n -> {
      String text = n == 1 ? "1 token" : n + " tokens";
      assertThat(TokenCount.parse(text).toString()).isEqualTo(text);
    });
  }

  //--- plusTokens(long) -------------------------------------------------------------------------

  @Test
  void plusTokens_equalsPlus() {
    qt().forAll(tokenCounts(), tokenCounts()).checkAssert((a, b) ->
        assertThat(a.plusTokens(b.count())).isEqualTo(a.plus(b)));
  }

  //--- toMillions() -----------------------------------------------------------------------------

  @Test
  void toMillions_timesMillion_isCount() {
    qt().forAll(anyTokenCounts()).checkAssert(tokens ->
        assertThat(tokens.toMillions().movePointRight(6).longValueExact())
            .isEqualTo(tokens.count()));
  }

  //--- timeAt(TokenRate) ------------------------------------------------------------------------

  @Test
  void timeAt_neverDecreasesWithCount() {
    qt().forAll(longs().between(0, 1_000_000_000_000L), longs().between(0, 1_000_000_000_000L),
        longs().between(1, 1_000_000)).checkAssert((a, b, rate) -> {
          TokenCount small = TokenCount.of(Math.min(a, b));
          TokenCount large = TokenCount.of(Math.max(a, b));
          TokenRate perSecond = TokenRate.of(rate);
          assertThat(small.timeAt(perSecond)).isLessThanOrEqualTo(large.timeAt(perSecond));
        });
  }

  @Test
  void timeAt_wholeSecondsRate_isExact() {
    // n * r tokens at r tokens/s take exactly n seconds
    qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000)).checkAssert(
        (seconds, rate) -> assertThat(TokenCount.of(seconds * rate).timeAt(TokenRate.of(rate)))
            .isEqualTo(Duration.ofSeconds(seconds)));
  }

  //--- hashCode() -------------------------------------------------------------------------------

  @Test
  void hashCode_ofParsedPluralText_isSame() {
    qt().forAll(anyCounts()).checkAssert(n ->
        assertThat(TokenCount.of(n).hashCode()).isEqualTo(TokenCount.parse(n + " tokens")
            .hashCode()));
  }
}
