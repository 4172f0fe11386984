/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertWithin;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of a physical quantity held as a finite, non-negative {@code double} (STYLE 7.5),
 * such as {@link Power} or {@link TokenRate}, on top of the {@link QuantityLaws}: the canonical
 * factory keeps its value and rejects negatives; the text form is a number and the unit,
 * SI-prefixed or plain; addition is within an ulp or two of exact and throws rather than reach
 * infinity; scaling by one and by two is exact; {@code ratioTo} undoes {@code multipliedBy};
 * and {@code compareTo} orders as the doubles do.
 *
 * @param <Q> the quantity type
 */
abstract class DoubleQuantityLaws<Q extends Comparable<Q>> extends QuantityLaws<Q> {

  //--- what a quantity type supplies ------------------------------------------------------------

  /** The canonical factory, such as {@code Power.ofWatts}. */
  abstract Q of(double value);

  /** The value in the canonical unit, such as {@code Power.watts()}. */
  abstract double value(Q quantity);

  /** The unit symbol the text form ends with, such as "W" or "tokens/s". */
  abstract String unit();

  /**
   * Whether the text form takes SI prefixes ("3.35 TB/s"); if not, the number is the whole value
   * in plain decimal notation ("1500 tokens/s").
   */
  abstract boolean isPrefixed();

  abstract Q multipliedBy(Q quantity, double factor);

  abstract Q dividedBy(Q quantity, double divisor);

  abstract double ratioTo(Q quantity, Q other);

  @Override
  final Gen<Q> anyValues() {
    return finiteNonNegativeDoubles().map(this::of);
  }

  @Override
  final Gen<Q> summableValues() {
    return summableDoubles().map(this::of);
  }

  @Override
  final Gen<Q> fewValues() {
    // negative zero included
    return arbitrary().pick(0.0, -0.0, 1.0, 2.0).map(this::of);
  }

  @Override
  final Gen<Q> valuesAboveHalfMax() {
    return doublesAboveHalfMax().map(this::of);
  }

  @Override
  final Optional<String> overflowMessage() {
    return Optional.of(noun() + " overflow: Infinity");
  }

  //--- the canonical factory --------------------------------------------------------------------

  @Test
  void of_finiteNonNegative_keepsValue() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x ->
        assertThat(value(of(x))).isEqualTo(x));
  }

  @Test
  void of_negative_throws() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThatIllegalArgumentException().isThrownBy(() -> of(-x))
            .withMessage(noun() + " must be finite and not negative: " + (-x)));
  }

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void toString_ofParse_roundTrips() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      String text = of(x).toString();
      assertThat(parse(text).toString()).isEqualTo(text);
    });
  }

  @Test
  void toString_isNumberAndUnit() {
    qt().forAll(finiteNonNegativeDoubles()).checkAssert(x -> {
      String text = of(x).toString();
      BigDecimal number = new BigDecimal(text.substring(0, text.indexOf(' ')));
      assertThat(text).endsWith(unit()).doesNotContain("E+", "E-");
      if (!isPrefixed()) {
        // no prefixes: the number is the whole value in plain decimal notation
        assertThat(text).endsWith(" " + unit());
        assertThat(number.doubleValue()).isEqualTo(x);
      } else if (x < 1) {
        // prefixed: below 1 the number is plain
        assertThat(text).endsWith(" " + unit());
      } else if (x < 1e21) {
        // from 1 up to the last prefix the number is in [1, 1000)
        assertThat(number).isGreaterThanOrEqualTo(BigDecimal.ONE)
            .isLessThan(BigDecimal.valueOf(1000));
      } else {
        assertThat(text).endsWith(" E" + unit());
      }
    });
  }

  //--- plus / minus -----------------------------------------------------------------------------

  @Test
  void plus_associatesWithinTwoUlps() {
    // floating-point addition is not associative; each side rounds twice, each time by at most
    // half an ulp of a partial sum no larger than the total, so each side is within one ulp of
    // the exact sum and the two sides within two ulps of each other
    qt().forAll(summableValues(), summableValues(), summableValues()).checkAssert((a, b, c) -> {
      double left = value(plus(plus(a, b), c));
      double right = value(plus(a, plus(b, c)));
      assertWithin(left, right, 2 * Math.ulp(Math.max(left, right)));
    });
  }

  @Test
  void plus_thenMinus_isWithinOneUlpOfSum() {
    // (a + b) - b rounds twice: by half an ulp of the sum, then by half an ulp of a result no
    // larger than the sum; it is never negative, since rounding is monotonic
    qt().forAll(summableValues(), summableValues()).checkAssert((a, b) -> {
      double sum = value(plus(a, b));
      assertWithin(value(minus(plus(a, b), b)), value(a), Math.ulp(sum));
    });
  }

  @Test
  void minus_throwsExactlyWhenLarger() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((a, b) -> {
      if (a < b) {
        assertThatIllegalArgumentException().isThrownBy(() -> minus(of(a), of(b)));
      } else {
        assertThat(value(minus(of(a), of(b)))).isEqualTo(a - b);
      }
    });
  }

  //--- multipliedBy(double) / dividedBy(double) / ratioTo(Q) ------------------------------------

  @Test
  void multipliedByAndDividedBy_one_areIdentity() {
    qt().forAll(anyValues()).checkAssert(value -> {
      assertThat(multipliedBy(value, 1)).isEqualTo(value);
      assertThat(dividedBy(value, 1)).isEqualTo(value);
    });
  }

  @Test
  void multipliedByTwo_thenDividedByTwo_isExact() {
    // scaling by a power of two is exact while the result stays finite, subnormals included
    qt().forAll(summableValues()).checkAssert(value ->
        assertThat(dividedBy(multipliedBy(value, 2), 2)).isEqualTo(value));
  }

  @Test
  void multipliedBy_overflowOrExact_neverInfinite() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((x, k) -> {
      if (Double.isFinite(x * k)) {
        assertThat(value(multipliedBy(of(x), k))).isEqualTo(x * k);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> multipliedBy(of(x), k));
      }
    });
  }

  @Test
  void ratioTo_itself_isOne() {
    qt().forAll(positiveDoubles()).checkAssert(x ->
        assertThat(ratioTo(of(x), of(x))).isEqualTo(1.0));
  }

  @Test
  void ratioTo_undoesMultipliedBy() {
    // x * k / x is within one rounding of k when x * k neither overflows nor underflows
    qt().forAll(summableDoubles().map(x -> x + 1), summableDoubles().map(k -> k + 1))
        .checkAssert((x, k) -> {
          if (Double.isFinite(x * k)) {
            Q value = of(x);
            assertWithin(ratioTo(multipliedBy(value, k), value), k, 2 * Math.ulp(k));
          }
        });
  }

  //--- compareTo --------------------------------------------------------------------------------

  @Test
  void compareTo_agreesWithTheDoubles() {
    qt().forAll(finiteNonNegativeDoubles(), finiteNonNegativeDoubles()).checkAssert((a, b) ->
        assertThat(Integer.signum(of(a).compareTo(of(b))))
            .isEqualTo(Integer.signum(Double.compare(a, b))));
  }
}
