/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertWithin;
import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.doublesAboveHalfMax;
import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.positiveDoubles;
import static io.github.inferenceecon.core.CoreGenerators.summableDoubles;
import static io.github.inferenceecon.core.CoreGenerators.tokenRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class TokenRateProperties {

  /** Values from a narrow set, negative zero included, so that two draws are often equal. */
  private static Gen<TokenRate> fewTokenRates() {
    return arbitrary().pick(0.0, -0.0, 1.0, 2.0).map(TokenRate::of);
  }

  //--- of(double) -------------------------------------------------------------------------------

  @Test
  void of_finiteNonNegative_keepsValue() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(TokenRate.of(x).tokensPerSecond()).isEqualTo(x));
  }

  @Test
  void of_negative_throws() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThatIllegalArgumentException().isThrownBy(() -> TokenRate.of(-x))
            .withMessage("Token rate must be finite and not negative: " + (-x)));
  }

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    // SiFormat claims exactness for every finite non-negative double, subnormals included
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      TokenRate value = TokenRate.of(x);
      assertThat(TokenRate.parse(value.toString())).isEqualTo(value);
    });
  }

  @Test
  void toString_ofParse_roundTrips() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      String text = TokenRate.of(x).toString();
      assertThat(TokenRate.parse(text).toString()).isEqualTo(text);
    });
  }

  @Test
  void toString_isPlainNumberAndUnit() {
    // no prefixes: the number is the whole value in plain decimal notation
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      String text = TokenRate.of(x).toString();
      assertThat(text).endsWith(" tokens/s").doesNotContain("E+", "E-");
      assertThat(new BigDecimal(text.substring(0, text.indexOf(' '))).doubleValue()).isEqualTo(x);
    });
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      TokenRate value = TokenRate.of(x);
      assertThat(jsonRoundTrip(value)).isEqualTo(value);
    });
  }

  //--- tokensPerHour() --------------------------------------------------------------------------

  @Test
  void tokensPerHour_isCorrectlyRoundedProduct() {
    // 3600 is exact, so the conversion should round the exact product only once
    qt().forAll(finiteNonNegativeDoubles().map(x -> x / 4096)).checkAssert(x ->
        assertThat(TokenRate.of(x).tokensPerHour())
            .isEqualTo(new BigDecimal(x).multiply(BigDecimal.valueOf(3600)).doubleValue()));
  }

  //--- plus(TokenRate) / minus(TokenRate) -------------------------------------------------------

  @Test
  void plus_zero_isIdentity() {
    // x + 0.0 == x exactly for every non-negative double
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      TokenRate value = TokenRate.of(x);
      assertThat(value.plus(TokenRate.ZERO)).isEqualTo(value);
      assertThat(TokenRate.ZERO.plus(value)).isEqualTo(value);
    });
  }

  @Test
  void plus_commutes() {
    // IEEE 754 addition is commutative exactly
    qt().forAll(tokenRates(), tokenRates()).checkAssert((a, b) ->
        assertThat(a.plus(b)).isEqualTo(b.plus(a)));
  }

  @Test
  void plus_associatesWithinTwoUlps() {
    // floating-point addition is not associative; each side rounds twice, each time by at most
    // half an ulp of a partial sum no larger than the total, so each side is within one ulp of
    // the exact sum and the two sides within two ulps of each other
    qt().forAll(tokenRates(), tokenRates(), tokenRates()).checkAssert((a, b, c) -> {
      double left = a.plus(b).plus(c).tokensPerSecond();
      double right = a.plus(b.plus(c)).tokensPerSecond();
      assertWithin(left, right, 2 * Math.ulp(Math.max(left, right)));
    });
  }

  @Test
  void plus_thenMinus_isWithinOneUlpOfSum() {
    // (a + b) - b rounds twice: by half an ulp of the sum, then by half an ulp of a result no
    // larger than the sum; it is never negative, since rounding is monotonic
    qt().forAll(tokenRates(), tokenRates()).checkAssert((a, b) -> {
      double sum = a.plus(b).tokensPerSecond();
      assertWithin(a.plus(b).minus(b).tokensPerSecond(), a.tokensPerSecond(), Math.ulp(sum));
    });
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    qt().forAll(doublesAboveHalfMax(), doublesAboveHalfMax()).checkAssert((a, b) ->
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> TokenRate.of(a).plus(TokenRate.of(b)))
            .withMessage("Token rate overflow: Infinity"));
  }

  @Test
  void minus_throwsExactlyWhenLarger() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((a, b) -> {
      if (a < b) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> TokenRate.of(a).minus(TokenRate.of(b)));
      } else {
        assertThat(TokenRate.of(a).minus(TokenRate.of(b)).tokensPerSecond()).isEqualTo(a - b);
      }
    });
  }

  //--- multipliedBy(double) / dividedBy(double) / ratioTo(TokenRate) ----------------------------

  @Test
  void multipliedByAndDividedBy_one_areIdentity() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      TokenRate value = TokenRate.of(x);
      assertThat(value.multipliedBy(1)).isEqualTo(value);
      assertThat(value.dividedBy(1)).isEqualTo(value);
    });
  }

  @Test
  void multipliedByTwo_thenDividedByTwo_isExact() {
    // scaling by a power of two is exact while the result stays finite, subnormals included
    qt().forAll(tokenRates()).checkAssert(value ->
        assertThat(value.multipliedBy(2).dividedBy(2)).isEqualTo(value));
  }

  @Test
  void multipliedBy_overflowOrExact_neverInfinite() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((x, k) -> {
      if (Double.isFinite(x * k)) {
        assertThat(TokenRate.of(x).multipliedBy(k).tokensPerSecond()).isEqualTo(x * k);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> TokenRate.of(x).multipliedBy(k));
      }
    });
  }

  @Test
  void ratioTo_itself_isOne() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThat(TokenRate.of(x).ratioTo(TokenRate.of(x))).isEqualTo(1.0));
  }

  @Test
  void ratioTo_undoesMultipliedBy() {
    // x * k / x is within one rounding of k when x * k neither overflows nor underflows
    qt().forAll(summableDoubles().map(x -> x + 1), summableDoubles().map(k -> k + 1))
        .checkAssert((x, k) -> {
          if (Double.isFinite(x * k)) {
            TokenRate value = TokenRate.of(x);
            assertWithin(value.multipliedBy(k).ratioTo(value), k, 2 * Math.ulp(k));
          }
        });
  }

  //--- min / max / compareTo / equals / hashCode ------------------------------------------------

  @Test
  void minMax_partitionThePair() {
    qt().forAll(tokenRates(), tokenRates()).checkAssert((a, b) -> {
      assertThat(a.min(b)).isLessThanOrEqualTo(a.max(b));
      assertThat(a.min(b)).isIn(a, b);
      assertThat(a.max(b)).isIn(a, b);
    });
  }

  @Test
  void compareTo_consistentWithEquals() {
    qt().forAll(fewTokenRates(), fewTokenRates()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.isGreaterThan(b)).isEqualTo(a.compareTo(b) > 0);
      assertThat(a.isLessThan(b)).isEqualTo(a.compareTo(b) < 0);
    });
  }

  @Test
  void compareTo_agreesWithTheDoubles() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((a, b) ->
        assertThat(Integer.signum(TokenRate.of(a).compareTo(TokenRate.of(b))))
            .isEqualTo(Integer.signum(Double.compare(a, b))));
  }

  @Test
  void hashCode_equalValues_equalHashes() {
    qt().forAll(fewTokenRates(), fewTokenRates()).checkAssert((a, b) -> {
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(TokenRate.parse(TokenRate.of(x).toString()).hashCode())
            .isEqualTo(TokenRate.of(x).hashCode()));
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
