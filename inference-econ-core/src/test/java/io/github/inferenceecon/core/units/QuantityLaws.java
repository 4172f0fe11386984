/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws every quantity type of this package obeys (STYLE 7.9), written once: the text form
 * and JSON round-trip, {@code ZERO} is the identity of {@code plus}, {@code plus} commutes and
 * throws rather than overflow, {@code min}/{@code max} split a pair, and {@code compareTo},
 * {@code isGreaterThan}/{@code isLessThan}, {@code equals} and {@code hashCode} agree.
 *
 * <p>A type's {@code XProperties} extends {@link DoubleQuantityLaws} (physical quantities held
 * as a {@code double}) or {@link ExactQuantityLaws} (exact counts held as a {@code long}), which
 * add the laws of their arithmetic, and supplies the type's operations through the hooks below.
 * The laws run as the subclass's own tests, so a failure names the type and the law. Laws that
 * hold for one type only stay in its {@code XProperties}.
 *
 * @param <Q> the quantity type
 */
abstract class QuantityLaws<Q extends Comparable<Q>> {

  //--- what a quantity type supplies ------------------------------------------------------------

  /**
   * Returns the noun the type's messages start with, such as "Power" or "Token count".
   *
   * @return the noun
   */
  abstract String noun();

  /** Returns values over the type's whole range. */
  abstract Gen<Q> anyValues();

  /** Returns values of which any four add without overflow. */
  abstract Gen<Q> summableValues();

  /** Returns values from a narrow set, so that two draws are often equal. */
  abstract Gen<Q> fewValues();

  /** Returns values of which any two overflow when added. */
  abstract Gen<Q> valuesAboveHalfMax();

  /**
   * Returns the message of the {@link ArithmeticException} an overflowing sum throws, when the
   * type sets one.
   */
  abstract Optional<String> overflowMessage();

  abstract Q parse(String text);

  abstract Q zero();

  abstract Q plus(Q a, Q b);

  abstract Q minus(Q a, Q b);

  abstract Q min(Q a, Q b);

  abstract Q max(Q a, Q b);

  abstract boolean isGreaterThan(Q a, Q b);

  abstract boolean isLessThan(Q a, Q b);

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(anyValues()).checkAssert(value ->
        assertThat(parse(value.toString())).isEqualTo(value));
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(anyValues()).checkAssert(value ->
        assertThat(jsonRoundTrip(value)).isEqualTo(value));
  }

  //--- plus -------------------------------------------------------------------------------------

  @Test
  void plus_zero_isIdentity() {
    // for doubles: x + 0.0 == x exactly for every non-negative double
    qt().forAll(anyValues()).checkAssert(value -> {
      assertThat(plus(value, zero())).isEqualTo(value);
      assertThat(plus(zero(), value)).isEqualTo(value);
    });
  }

  @Test
  void plus_commutes() {
    // exact for longs, and IEEE 754 addition is commutative exactly
    qt().forAll(summableValues(), summableValues()).checkAssert((a, b) ->
        assertThat(plus(a, b)).isEqualTo(plus(b, a)));
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    qt().forAll(valuesAboveHalfMax(), valuesAboveHalfMax()).checkAssert((a, b) -> {
      ArithmeticException e = catchThrowableOfType(() -> plus(a, b),
          ArithmeticException.class);
      assertThat(e).isNotNull();
      overflowMessage().ifPresent(m -> assertThat(e).hasMessage(m));
    });
  }

  //--- min / max --------------------------------------------------------------------------------

  @Test
  void minMax_partitionThePair() {
    qt().forAll(summableValues(), summableValues()).checkAssert((a, b) -> {
      assertThat(min(a, b)).isLessThanOrEqualTo(max(a, b));
      assertThat(min(a, b)).isIn(a, b);
      assertThat(max(a, b)).isIn(a, b);
      assertThat(plus(min(a, b), max(a, b))).isEqualTo(plus(a, b));
    });
  }

  //--- compareTo / isGreaterThan / isLessThan / equals / hashCode -------------------------------

  @Test
  void compareTo_consistentWithEquals() {
    qt().forAll(fewValues(), fewValues()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    });
  }

  @Test
  void isGreaterThanAndIsLessThan_agreeWithCompareTo() {
    qt().forAll(fewValues(), fewValues()).checkAssert((a, b) -> {
      assertThat(isGreaterThan(a, b)).isEqualTo(a.compareTo(b) > 0);
      assertThat(isLessThan(a, b)).isEqualTo(a.compareTo(b) < 0);
    });
  }

  @Test
  void hashCode_equalValues_equalHashes() {
    qt().forAll(fewValues(), fewValues()).checkAssert((a, b) -> {
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
    qt().forAll(anyValues()).checkAssert(value ->
        assertThat(parse(value.toString()).hashCode()).isEqualTo(value.hashCode()));
  }
}
