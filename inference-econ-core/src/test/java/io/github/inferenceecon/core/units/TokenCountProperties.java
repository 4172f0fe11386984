/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreGenerators.anyCounts;
import static io.github.inferenceecon.core.CoreGenerators.anyTokenCounts;
import static io.github.inferenceecon.core.CoreGenerators.tokenCounts;
import static io.github.inferenceecon.core.CoreGenerators.tokenCountsAboveHalfMax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class TokenCountProperties {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Counts from a narrow range, so that two draws are often equal. */
  private static Gen<TokenCount> fewTokenCounts() {
    return longs().between(0, 3).map(TokenCount::of);
  }

  //--- of(long) ---------------------------------------------------------------------------------

  @Test
  void of_nonNegative_keepsCount() {
    qt().forAll(anyCounts()).checkAssert(n -> assertThat(TokenCount.of(n).count()).isEqualTo(n));
  }

  @Test
  void of_negative_throws() {
    qt().forAll(longs().between(Long.MIN_VALUE, -1)).checkAssert(n ->
        assertThatIllegalArgumentException().isThrownBy(() -> TokenCount.of(n))
            .withMessage("Token count must not be negative: " + n));
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

  //--- total(Iterable) --------------------------------------------------------------------------

  @Test
  void total_ofList_equalsRepeatedPlus() {
    qt().forAll(lists().of(tokenCounts()).ofSizeBetween(0, 4)).checkAssert(counts ->
        assertThat(TokenCount.total(counts))
            .isEqualTo(counts.stream().reduce(TokenCount.ZERO, TokenCount::plus)));
  }

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(anyTokenCounts()).checkAssert(tokens ->
        assertThat(TokenCount.parse(tokens.toString())).isEqualTo(tokens));
  }

  @Test
  void toString_ofParse_roundTrips() {
    qt().forAll(anyCounts()).checkAssert(n -> {
      String text = n == 1 ? "1 token" : n + " tokens";
      assertThat(TokenCount.parse(text).toString()).isEqualTo(text);
    });
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(anyTokenCounts()).checkAssert(tokens ->
        assertThat(jsonRoundTrip(tokens)).isEqualTo(tokens));
  }

  //--- plus(TokenCount) -------------------------------------------------------------------------

  @Test
  void plus_zero_isIdentity() {
    qt().forAll(anyTokenCounts()).checkAssert(a -> {
      assertThat(a.plus(TokenCount.ZERO)).isEqualTo(a);
      assertThat(TokenCount.ZERO.plus(a)).isEqualTo(a);
    });
  }

  @Test
  void plus_commutes() {
    qt().forAll(tokenCounts(), tokenCounts()).checkAssert((a, b) ->
        assertThat(a.plus(b)).isEqualTo(b.plus(a)));
  }

  @Test
  void plus_associates() {
    qt().forAll(tokenCounts(), tokenCounts(), tokenCounts()).checkAssert((a, b, c) ->
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c))));
  }

  @Test
  void plus_isExactSum() {
    qt().forAll(tokenCounts(), tokenCounts()).checkAssert((a, b) ->
        assertThat(BigInteger.valueOf(a.plus(b).count()))
            .isEqualTo(BigInteger.valueOf(a.count()).add(BigInteger.valueOf(b.count()))));
  }

  @Test
  void plus_thenMinus_isIdentity() {
    qt().forAll(tokenCounts(), tokenCounts()).checkAssert((a, b) ->
        assertThat(a.plus(b).minus(b)).isEqualTo(a));
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    qt().forAll(tokenCountsAboveHalfMax(), tokenCountsAboveHalfMax()).checkAssert((a, b) ->
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.plus(b)));
  }

  //--- plusTokens(long) -------------------------------------------------------------------------

  @Test
  void plusTokens_equalsPlus() {
    qt().forAll(tokenCounts(), tokenCounts()).checkAssert((a, b) ->
        assertThat(a.plusTokens(b.count())).isEqualTo(a.plus(b)));
  }

  //--- minus(TokenCount) ------------------------------------------------------------------------

  @Test
  void minus_largerFromSmaller_throws() {
    qt().forAll(anyTokenCounts(), anyTokenCounts()).checkAssert((a, b) -> {
      if (a.isLessThan(b)) {
        assertThatIllegalArgumentException().isThrownBy(() -> a.minus(b))
            .withMessage("Token count must not be negative: " + (a.count() - b.count()));
      } else {
        assertThat(a.minus(b).count()).isEqualTo(a.count() - b.count());
      }
    });
  }

  //--- multipliedBy(long) -----------------------------------------------------------------------

  @Test
  void multipliedBy_exactOrThrows_neverWraps() {
    qt().forAll(anyCounts(), anyCounts()).checkAssert((n, factor) -> {
      BigInteger exact = BigInteger.valueOf(n).multiply(BigInteger.valueOf(factor));
      if (exact.compareTo(MAX) <= 0) {
        assertThat(TokenCount.of(n).multipliedBy(factor).count()).isEqualTo(exact.longValue());
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> TokenCount.of(n).multipliedBy(factor));
      }
    });
  }

  @Test
  void multipliedBy_smallFactors_isExact() {
    qt().forAll(longs().between(0, Long.MAX_VALUE >> 20), longs().between(0, 1 << 20))
        .checkAssert((n, factor) ->
            assertThat(TokenCount.of(n).multipliedBy(factor).count()).isEqualTo(n * factor));
  }

  //--- dividedBy(long, RoundingMode) ------------------------------------------------------------

  @Test
  void dividedBy_floor_boundsQuotient() {
    qt().forAll(anyTokenCounts(), longs().between(1, Long.MAX_VALUE)).checkAssert((a, d) -> {
      BigInteger q = BigInteger.valueOf(a.dividedBy(d, RoundingMode.FLOOR).count());
      BigInteger n = BigInteger.valueOf(a.count());
      BigInteger divisor = BigInteger.valueOf(d);
      assertThat(q.multiply(divisor)).isLessThanOrEqualTo(n);
      assertThat(q.add(BigInteger.ONE).multiply(divisor)).isGreaterThan(n);
    });
  }

  @Test
  void dividedBy_ceiling_boundsQuotient() {
    qt().forAll(anyTokenCounts(), longs().between(1, 1_000_000)).checkAssert((a, d) -> {
      BigInteger q = BigInteger.valueOf(a.dividedBy(d, RoundingMode.CEILING).count());
      BigInteger n = BigInteger.valueOf(a.count());
      BigInteger divisor = BigInteger.valueOf(d);
      assertThat(q.multiply(divisor)).isGreaterThanOrEqualTo(n);
      assertThat(q.subtract(BigInteger.ONE).multiply(divisor)).isLessThan(n);
    });
  }

  @Test
  void dividedBy_unnecessary_throwsExactlyWhenInexact() {
    qt().forAll(anyCounts(), longs().between(1, 1_000)).checkAssert((n, d) -> {
      if (n % d == 0) {
        assertThat(TokenCount.of(n).dividedBy(d, RoundingMode.UNNECESSARY).count())
            .isEqualTo(n / d);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> TokenCount.of(n).dividedBy(d, RoundingMode.UNNECESSARY));
      }
    });
  }

  @Test
  void multipliedBy_thenDividedBy_roundTrips() {
    qt().forAll(longs().between(0, Long.MAX_VALUE >> 20), longs().between(1, 1 << 20))
        .checkAssert((n, k) -> assertThat(
            TokenCount.of(n).multipliedBy(k).dividedBy(k, RoundingMode.UNNECESSARY))
            .isEqualTo(TokenCount.of(n)));
  }

  //--- min(TokenCount) / max(TokenCount) --------------------------------------------------------

  @Test
  void minMax_partitionThePair() {
    qt().forAll(tokenCounts(), tokenCounts()).checkAssert((a, b) -> {
      assertThat(a.min(b)).isLessThanOrEqualTo(a.max(b));
      assertThat(a.min(b).plus(a.max(b))).isEqualTo(a.plus(b));
      assertThat(a.min(b)).isIn(a, b);
    });
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

  //--- compareTo(TokenCount) / equals(Object) / hashCode() --------------------------------------

  @Test
  void compareTo_consistentWithEquals() {
    qt().forAll(fewTokenCounts(), fewTokenCounts()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.compare(a.count(), b.count()));
    });
  }

  @Test
  void isGreaterThanAndIsLessThan_agreeWithCompareTo() {
    qt().forAll(fewTokenCounts(), fewTokenCounts()).checkAssert((a, b) -> {
      assertThat(a.isGreaterThan(b)).isEqualTo(a.compareTo(b) > 0);
      assertThat(a.isLessThan(b)).isEqualTo(a.compareTo(b) < 0);
    });
  }

  @Test
  void hashCode_equalValues_equalHashes() {
    qt().forAll(anyCounts()).checkAssert(n ->
        assertThat(TokenCount.of(n).hashCode()).isEqualTo(TokenCount.parse(n + " tokens")
            .hashCode()));
  }
}
