/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertWithin;
import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreGenerators.byteRates;
import static io.github.inferenceecon.core.CoreGenerators.decimalDoubles;
import static io.github.inferenceecon.core.CoreGenerators.doublesAboveHalfMax;
import static io.github.inferenceecon.core.CoreGenerators.durations;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.positiveDoubles;
import static io.github.inferenceecon.core.CoreGenerators.summableDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class ByteRateProperties {

  /** Values from a narrow set, negative zero included, so that two draws are often equal. */
  private static Gen<ByteRate> fewByteRates() {
    return arbitrary().pick(0.0, -0.0, 1.0, 2.0).map(ByteRate::of);
  }

  //--- of(double) -------------------------------------------------------------------------------

  @Test
  void of_finiteNonNegative_keepsValue() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(ByteRate.of(x).bytesPerSecond()).isEqualTo(x));
  }

  @Test
  void of_negative_throws() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.of(-x))
            .withMessage("Byte rate must be finite and not negative: " + (-x)));
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

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    // SiFormat claims exactness for every finite non-negative double, subnormals included
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      ByteRate value = ByteRate.of(x);
      assertThat(ByteRate.parse(value.toString())).isEqualTo(value);
    });
  }

  @Test
  void toString_ofParse_roundTrips() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      String text = ByteRate.of(x).toString();
      assertThat(ByteRate.parse(text).toString()).isEqualTo(text);
    });
  }

  @Test
  void toString_numberIsInPrefixRange() {
    // prefixed: from 1 up to the last prefix the number is in [1, 1000); below 1 it is plain
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      String text = ByteRate.of(x).toString();
      BigDecimal number = new BigDecimal(text.substring(0, text.indexOf(' ')));
      assertThat(text).endsWith("B/s").doesNotContain("E+", "E-");
      if (x < 1) {
        assertThat(text).endsWith(" B/s");
      } else if (x < 1e21) {
        assertThat(number).isGreaterThanOrEqualTo(BigDecimal.ONE)
            .isLessThan(BigDecimal.valueOf(1000));
      } else {
        assertThat(text).endsWith(" EB/s");
      }
    });
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      ByteRate value = ByteRate.of(x);
      assertThat(jsonRoundTrip(value)).isEqualTo(value);
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

  //--- plus(ByteRate) / minus(ByteRate) ---------------------------------------------------------

  @Test
  void plus_zero_isIdentity() {
    // x + 0.0 == x exactly for every non-negative double
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      ByteRate value = ByteRate.of(x);
      assertThat(value.plus(ByteRate.ZERO)).isEqualTo(value);
      assertThat(ByteRate.ZERO.plus(value)).isEqualTo(value);
    });
  }

  @Test
  void plus_commutes() {
    // IEEE 754 addition is commutative exactly
    qt().forAll(byteRates(), byteRates()).checkAssert((a, b) ->
        assertThat(a.plus(b)).isEqualTo(b.plus(a)));
  }

  @Test
  void plus_associatesWithinTwoUlps() {
    // floating-point addition is not associative; each side rounds twice, each time by at most
    // half an ulp of a partial sum no larger than the total, so each side is within one ulp of
    // the exact sum and the two sides within two ulps of each other
    qt().forAll(byteRates(), byteRates(), byteRates()).checkAssert((a, b, c) -> {
      double left = a.plus(b).plus(c).bytesPerSecond();
      double right = a.plus(b.plus(c)).bytesPerSecond();
      assertWithin(left, right, 2 * Math.ulp(Math.max(left, right)));
    });
  }

  @Test
  void plus_thenMinus_isWithinOneUlpOfSum() {
    // (a + b) - b rounds twice: by half an ulp of the sum, then by half an ulp of a result no
    // larger than the sum; it is never negative, since rounding is monotonic
    qt().forAll(byteRates(), byteRates()).checkAssert((a, b) -> {
      double sum = a.plus(b).bytesPerSecond();
      assertWithin(a.plus(b).minus(b).bytesPerSecond(), a.bytesPerSecond(), Math.ulp(sum));
    });
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    qt().forAll(doublesAboveHalfMax(), doublesAboveHalfMax()).checkAssert((a, b) ->
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> ByteRate.of(a).plus(ByteRate.of(b)))
            .withMessage("Byte rate overflow: Infinity"));
  }

  @Test
  void minus_throwsExactlyWhenLarger() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((a, b) -> {
      if (a < b) {
        assertThatIllegalArgumentException().isThrownBy(() -> ByteRate.of(a).minus(ByteRate.of(b)));
      } else {
        assertThat(ByteRate.of(a).minus(ByteRate.of(b)).bytesPerSecond()).isEqualTo(a - b);
      }
    });
  }

  //--- multipliedBy(double) / dividedBy(double) / ratioTo(ByteRate) -----------------------------

  @Test
  void multipliedByAndDividedBy_one_areIdentity() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      ByteRate value = ByteRate.of(x);
      assertThat(value.multipliedBy(1)).isEqualTo(value);
      assertThat(value.dividedBy(1)).isEqualTo(value);
    });
  }

  @Test
  void multipliedByTwo_thenDividedByTwo_isExact() {
    // scaling by a power of two is exact while the result stays finite, subnormals included
    qt().forAll(byteRates()).checkAssert(value ->
        assertThat(value.multipliedBy(2).dividedBy(2)).isEqualTo(value));
  }

  @Test
  void multipliedBy_overflowOrExact_neverInfinite() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((x, k) -> {
      if (Double.isFinite(x * k)) {
        assertThat(ByteRate.of(x).multipliedBy(k).bytesPerSecond()).isEqualTo(x * k);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> ByteRate.of(x).multipliedBy(k));
      }
    });
  }

  @Test
  void ratioTo_itself_isOne() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThat(ByteRate.of(x).ratioTo(ByteRate.of(x))).isEqualTo(1.0));
  }

  @Test
  void ratioTo_undoesMultipliedBy() {
    // x * k / x is within one rounding of k when x * k neither overflows nor underflows
    qt().forAll(summableDoubles().map(x -> x + 1), summableDoubles().map(k -> k + 1))
        .checkAssert((x, k) -> {
          if (Double.isFinite(x * k)) {
            ByteRate value = ByteRate.of(x);
            assertWithin(value.multipliedBy(k).ratioTo(value), k, 2 * Math.ulp(k));
          }
        });
  }

  //--- min / max / compareTo / equals / hashCode ------------------------------------------------

  @Test
  void minMax_partitionThePair() {
    qt().forAll(byteRates(), byteRates()).checkAssert((a, b) -> {
      assertThat(a.min(b)).isLessThanOrEqualTo(a.max(b));
      assertThat(a.min(b)).isIn(a, b);
      assertThat(a.max(b)).isIn(a, b);
    });
  }

  @Test
  void compareTo_consistentWithEquals() {
    qt().forAll(fewByteRates(), fewByteRates()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.isGreaterThan(b)).isEqualTo(a.compareTo(b) > 0);
      assertThat(a.isLessThan(b)).isEqualTo(a.compareTo(b) < 0);
    });
  }

  @Test
  void compareTo_agreesWithTheDoubles() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((a, b) ->
        assertThat(Integer.signum(ByteRate.of(a).compareTo(ByteRate.of(b))))
            .isEqualTo(Integer.signum(Double.compare(a, b))));
  }

  @Test
  void hashCode_equalValues_equalHashes() {
    qt().forAll(fewByteRates(), fewByteRates()).checkAssert((a, b) -> {
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(ByteRate.parse(ByteRate.of(x).toString()).hashCode())
            .isEqualTo(ByteRate.of(x).hashCode()));
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
