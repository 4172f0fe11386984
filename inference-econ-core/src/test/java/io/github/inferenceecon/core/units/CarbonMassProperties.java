/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertWithin;
import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreGenerators.carbonMasses;
import static io.github.inferenceecon.core.CoreGenerators.doublesAboveHalfMax;
import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.positiveDoubles;
import static io.github.inferenceecon.core.CoreGenerators.summableDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class CarbonMassProperties {

  /** Values from a narrow set, negative zero included, so that two draws are often equal. */
  private static Gen<CarbonMass> fewCarbonMasss() {
    return arbitrary().pick(0.0, -0.0, 1.0, 2.0).map(CarbonMass::ofGrams);
  }

  //--- ofGrams(double) --------------------------------------------------------------------------

  @Test
  void ofGrams_finiteNonNegative_keepsValue() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(CarbonMass.ofGrams(x).grams()).isEqualTo(x));
  }

  @Test
  void ofGrams_negative_throws() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThatIllegalArgumentException().isThrownBy(() -> CarbonMass.ofGrams(-x))
            .withMessage("Carbon mass must be finite and not negative: " + (-x)));
  }

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    // SiFormat claims exactness for every finite non-negative double, subnormals included
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      CarbonMass value = CarbonMass.ofGrams(x);
      assertThat(CarbonMass.parse(value.toString())).isEqualTo(value);
    });
  }

  @Test
  void toString_ofParse_roundTrips() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      String text = CarbonMass.ofGrams(x).toString();
      assertThat(CarbonMass.parse(text).toString()).isEqualTo(text);
    });
  }

  @Test
  void toString_numberIsInPrefixRange() {
    // prefixed: from 1 up to the last prefix the number is in [1, 1000); below 1 it is plain
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      String text = CarbonMass.ofGrams(x).toString();
      BigDecimal number = new BigDecimal(text.substring(0, text.indexOf(' ')));
      assertThat(text).endsWith("gCO2e").doesNotContain("E+", "E-");
      if (x < 1) {
        assertThat(text).endsWith(" gCO2e");
      } else if (x < 1e21) {
        assertThat(number).isGreaterThanOrEqualTo(BigDecimal.ONE)
            .isLessThan(BigDecimal.valueOf(1000));
      } else {
        assertThat(text).endsWith(" EgCO2e");
      }
    });
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      CarbonMass value = CarbonMass.ofGrams(x);
      assertThat(jsonRoundTrip(value)).isEqualTo(value);
    });
  }

  //--- toKilograms() ----------------------------------------------------------------------------

  @Test
  void toKilograms_isCorrectlyRounded() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(CarbonMass.ofGrams(x).toKilograms())
            .isEqualTo(new BigDecimal(x).movePointLeft(3).doubleValue()));
  }

  //--- plus(CarbonMass) / minus(CarbonMass) -----------------------------------------------------

  @Test
  void plus_zero_isIdentity() {
    // x + 0.0 == x exactly for every non-negative double
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      CarbonMass value = CarbonMass.ofGrams(x);
      assertThat(value.plus(CarbonMass.ZERO)).isEqualTo(value);
      assertThat(CarbonMass.ZERO.plus(value)).isEqualTo(value);
    });
  }

  @Test
  void plus_commutes() {
    // IEEE 754 addition is commutative exactly
    qt().forAll(carbonMasses(), carbonMasses()).checkAssert((a, b) ->
        assertThat(a.plus(b)).isEqualTo(b.plus(a)));
  }

  @Test
  void plus_associatesWithinTwoUlps() {
    // floating-point addition is not associative; each side rounds twice, each time by at most
    // half an ulp of a partial sum no larger than the total, so each side is within one ulp of
    // the exact sum and the two sides within two ulps of each other
    qt().forAll(carbonMasses(), carbonMasses(), carbonMasses()).checkAssert((a, b, c) -> {
      double left = a.plus(b).plus(c).grams();
      double right = a.plus(b.plus(c)).grams();
      assertWithin(left, right, 2 * Math.ulp(Math.max(left, right)));
    });
  }

  @Test
  void plus_thenMinus_isWithinOneUlpOfSum() {
    // (a + b) - b rounds twice: by half an ulp of the sum, then by half an ulp of a result no
    // larger than the sum; it is never negative, since rounding is monotonic
    qt().forAll(carbonMasses(), carbonMasses()).checkAssert((a, b) -> {
      double sum = a.plus(b).grams();
      assertWithin(a.plus(b).minus(b).grams(), a.grams(), Math.ulp(sum));
    });
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    qt().forAll(doublesAboveHalfMax(), doublesAboveHalfMax()).checkAssert((a, b) ->
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> CarbonMass.ofGrams(a).plus(CarbonMass.ofGrams(b)))
            .withMessage("Carbon mass overflow: Infinity"));
  }

  @Test
  void minus_throwsExactlyWhenLarger() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((a, b) -> {
      if (a < b) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> CarbonMass.ofGrams(a).minus(CarbonMass.ofGrams(b)));
      } else {
        assertThat(CarbonMass.ofGrams(a).minus(CarbonMass.ofGrams(b)).grams()).isEqualTo(a - b);
      }
    });
  }

  //--- multipliedBy(double) / dividedBy(double) / ratioTo(CarbonMass) ---------------------------

  @Test
  void multipliedByAndDividedBy_one_areIdentity() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      CarbonMass value = CarbonMass.ofGrams(x);
      assertThat(value.multipliedBy(1)).isEqualTo(value);
      assertThat(value.dividedBy(1)).isEqualTo(value);
    });
  }

  @Test
  void multipliedByTwo_thenDividedByTwo_isExact() {
    // scaling by a power of two is exact while the result stays finite, subnormals included
    qt().forAll(carbonMasses()).checkAssert(value ->
        assertThat(value.multipliedBy(2).dividedBy(2)).isEqualTo(value));
  }

  @Test
  void multipliedBy_overflowOrExact_neverInfinite() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((x, k) -> {
      if (Double.isFinite(x * k)) {
        assertThat(CarbonMass.ofGrams(x).multipliedBy(k).grams()).isEqualTo(x * k);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> CarbonMass.ofGrams(x).multipliedBy(k));
      }
    });
  }

  @Test
  void ratioTo_itself_isOne() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThat(CarbonMass.ofGrams(x).ratioTo(CarbonMass.ofGrams(x))).isEqualTo(1.0));
  }

  @Test
  void ratioTo_undoesMultipliedBy() {
    // x * k / x is within one rounding of k when x * k neither overflows nor underflows
    qt().forAll(summableDoubles().map(x -> x + 1), summableDoubles().map(k -> k + 1))
        .checkAssert((x, k) -> {
          if (Double.isFinite(x * k)) {
            CarbonMass value = CarbonMass.ofGrams(x);
            assertWithin(value.multipliedBy(k).ratioTo(value), k, 2 * Math.ulp(k));
          }
        });
  }

  //--- min / max / compareTo / equals / hashCode ------------------------------------------------

  @Test
  void minMax_partitionThePair() {
    qt().forAll(carbonMasses(), carbonMasses()).checkAssert((a, b) -> {
      assertThat(a.min(b)).isLessThanOrEqualTo(a.max(b));
      assertThat(a.min(b)).isIn(a, b);
      assertThat(a.max(b)).isIn(a, b);
    });
  }

  @Test
  void compareTo_consistentWithEquals() {
    qt().forAll(fewCarbonMasss(), fewCarbonMasss()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.isGreaterThan(b)).isEqualTo(a.compareTo(b) > 0);
      assertThat(a.isLessThan(b)).isEqualTo(a.compareTo(b) < 0);
    });
  }

  @Test
  void compareTo_agreesWithTheDoubles() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((a, b) ->
        assertThat(Integer.signum(CarbonMass.ofGrams(a).compareTo(CarbonMass.ofGrams(b))))
            .isEqualTo(Integer.signum(Double.compare(a, b))));
  }

  @Test
  void hashCode_equalValues_equalHashes() {
    qt().forAll(fewCarbonMasss(), fewCarbonMasss()).checkAssert((a, b) -> {
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(CarbonMass.parse(CarbonMass.ofGrams(x).toString()).hashCode())
            .isEqualTo(CarbonMass.ofGrams(x).hashCode()));
  }
}
