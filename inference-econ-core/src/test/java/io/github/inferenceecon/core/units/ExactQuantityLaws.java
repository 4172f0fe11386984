/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.anyCounts;
import static io.github.inferenceecon.core.CoreGenerators.counts;
import static io.github.inferenceecon.core.CoreGenerators.countsAboveHalfMax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of an exact count held as a non-negative {@code long} (STYLE 7.5), such as
 * {@link TokenCount} or {@link ByteSize}, on top of the {@link QuantityLaws}: the canonical
 * factory keeps its count and rejects negatives; {@code plus}, {@code minus},
 * {@code multipliedBy} and {@code total} are exact or throw, never wrap; {@code dividedBy} rounds
 * as told and throws on {@code UNNECESSARY} exactly when the quotient is not whole; and
 * {@code compareTo} orders as the longs do.
 *
 * @param <Q> the quantity type
 */
abstract class ExactQuantityLaws<Q extends Comparable<Q>> extends QuantityLaws<Q> {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  //--- what a quantity type supplies ------------------------------------------------------------

  /** The canonical factory, such as {@code TokenCount.of}. */
  abstract Q of(long count);

  /** The count in the canonical unit, such as {@code TokenCount.count()}. */
  abstract long value(Q quantity);

  abstract Q total(List<Q> values);

  abstract Q multipliedBy(Q quantity, long factor);

  abstract Q dividedBy(Q quantity, long divisor, RoundingMode rounding);

  @Override
  final Gen<Q> anyValues() {
    return anyCounts().map(this::of);
  }

  /** Law-safe counts ({@code CoreGenerators.counts()}); a type may draw them its own way. */
  @Override
  Gen<Q> summableValues() {
    return counts().map(this::of);
  }

  @Override
  final Gen<Q> fewValues() {
    return longs().between(0, 3).map(this::of);
  }

  @Override
  final Gen<Q> valuesAboveHalfMax() {
    return countsAboveHalfMax().map(this::of);
  }

  @Override
  final Optional<String> overflowMessage() {
    // Math.addExact's "long overflow" is lost when the JIT's intrinsic throws it (seen on JDK 25)
    return Optional.empty();
  }

  //--- the canonical factory / total ------------------------------------------------------------

  @Test
  void of_nonNegative_keepsValue() {
    qt().forAll(anyCounts()).checkAssert(n -> assertThat(value(of(n))).isEqualTo(n));
  }

  @Test
  void of_negative_throws() {
    qt().forAll(longs().between(Long.MIN_VALUE, -1)).checkAssert(n ->
        assertThatIllegalArgumentException().isThrownBy(() -> of(n))
            .withMessage(noun() + " must not be negative: " + n));
  }

  @Test
  void total_ofList_equalsRepeatedPlus() {
    qt().forAll(lists().of(summableValues()).ofSizeBetween(0, 4)).checkAssert(values ->
        assertThat(total(values)).isEqualTo(values.stream().reduce(zero(), this::plus)));
  }

  //--- plus / minus -----------------------------------------------------------------------------

  @Test
  void plus_associates() {
    qt().forAll(summableValues(), summableValues(), summableValues()).checkAssert((a, b, c) ->
        assertThat(plus(plus(a, b), c)).isEqualTo(plus(a, plus(b, c))));
  }

  @Test
  void plus_isExactSum() {
    qt().forAll(summableValues(), summableValues()).checkAssert((a, b) ->
        assertThat(BigInteger.valueOf(value(plus(a, b))))
            .isEqualTo(BigInteger.valueOf(value(a)).add(BigInteger.valueOf(value(b)))));
  }

  @Test
  void plus_thenMinus_isIdentity() {
    qt().forAll(summableValues(), summableValues()).checkAssert((a, b) ->
        assertThat(minus(plus(a, b), b)).isEqualTo(a));
  }

  @Test
  void minus_largerFromSmaller_throws() {
    qt().forAll(anyValues(), anyValues()).checkAssert((a, b) -> {
      if (isLessThan(a, b)) {
        assertThatIllegalArgumentException().isThrownBy(() -> minus(a, b))
            .withMessage(noun() + " must not be negative: " + (value(a) - value(b)));
      } else {
        assertThat(value(minus(a, b))).isEqualTo(value(a) - value(b));
      }
    });
  }

  //--- multipliedBy(long) / dividedBy(long, RoundingMode) ---------------------------------------

  @Test
  void multipliedBy_exactOrThrows_neverWraps() {
    qt().forAll(anyCounts(), anyCounts()).checkAssert((n, factor) -> {
      BigInteger exact = BigInteger.valueOf(n).multiply(BigInteger.valueOf(factor));
      if (exact.compareTo(MAX) <= 0) {
        assertThat(value(multipliedBy(of(n), factor))).isEqualTo(exact.longValue());
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> multipliedBy(of(n), factor));
      }
    });
  }

  @Test
  void multipliedBy_smallFactors_isExact() {
    qt().forAll(longs().between(0, Long.MAX_VALUE >> 20), longs().between(0, 1 << 20))
        .checkAssert((n, factor) ->
            assertThat(value(multipliedBy(of(n), factor))).isEqualTo(n * factor));
  }

  @Test
  void dividedBy_floor_boundsQuotient() {
    qt().forAll(anyValues(), longs().between(1, Long.MAX_VALUE)).checkAssert((a, d) -> {
      BigInteger q = BigInteger.valueOf(value(dividedBy(a, d, RoundingMode.FLOOR)));
      BigInteger n = BigInteger.valueOf(value(a));
      BigInteger divisor = BigInteger.valueOf(d);
      assertThat(q.multiply(divisor)).isLessThanOrEqualTo(n);
      assertThat(q.add(BigInteger.ONE).multiply(divisor)).isGreaterThan(n);
    });
  }

  @Test
  void dividedBy_ceiling_boundsQuotient() {
    qt().forAll(anyValues(), longs().between(1, 1_000_000)).checkAssert((a, d) -> {
      BigInteger q = BigInteger.valueOf(value(dividedBy(a, d, RoundingMode.CEILING)));
      BigInteger n = BigInteger.valueOf(value(a));
      BigInteger divisor = BigInteger.valueOf(d);
      assertThat(q.multiply(divisor)).isGreaterThanOrEqualTo(n);
      assertThat(q.subtract(BigInteger.ONE).multiply(divisor)).isLessThan(n);
    });
  }

  @Test
  void dividedBy_unnecessary_throwsExactlyWhenInexact() {
    qt().forAll(anyCounts(), longs().between(1, 1_000)).checkAssert((n, d) -> {
      if (n % d == 0) {
        assertThat(value(dividedBy(of(n), d, RoundingMode.UNNECESSARY))).isEqualTo(n / d);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> dividedBy(of(n), d, RoundingMode.UNNECESSARY));
      }
    });
  }

  @Test
  void multipliedBy_thenDividedBy_roundTrips() {
    qt().forAll(longs().between(0, Long.MAX_VALUE >> 20), longs().between(1, 1 << 20))
        .checkAssert((n, k) ->
            assertThat(dividedBy(multipliedBy(of(n), k), k, RoundingMode.UNNECESSARY))
                .isEqualTo(of(n)));
  }

  //--- compareTo --------------------------------------------------------------------------------

  @Test
  void compareTo_agreesWithTheLongs() {
    qt().forAll(fewValues(), fewValues()).checkAssert((a, b) ->
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.compare(value(a), value(b))));
    qt().forAll(anyCounts(), anyCounts()).checkAssert((a, b) ->
        assertThat(Integer.signum(of(a).compareTo(of(b)))).isEqualTo(Long.compare(a, b)));
  }
}
