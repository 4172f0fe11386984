/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreAssertions.toJson;
import static io.github.inferenceecon.core.CoreGenerators.currencies;
import static io.github.inferenceecon.core.CoreGenerators.monies;
import static io.github.inferenceecon.core.CoreGenerators.moneyAmounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class MoneyProperties {

  /** The rounding modes that never throw. */
  private static Gen<RoundingMode> roundingModes() {
    return arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
  }

  /**
   * Amounts from a small set of values written with many scales (such as 1, 1.0, 1.00, 1E+1),
   * so that two draws are often numerically equal but differently scaled.
   */
  private static Gen<BigDecimal> fewAmounts() {
    return longs().between(-2, 2).zip(integers().between(-1, 2), integers().between(0, 3),
        (unscaled, scale, zeros) -> new BigDecimal(
            BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(zeros)), scale + zeros));
  }

  /** Divisors of the form 2^i x 5^j, for which every quotient terminates. */
  private static Gen<BigDecimal> terminatingDivisors() {
    return integers().between(0, 20).zip(integers().between(0, 20),
        (twos, fives) -> new BigDecimal(BigInteger.TWO.pow(twos).multiply(BigInteger.valueOf(5)
            .pow(fives))));
  }

  //--- of(Currency, BigDecimal) -----------------------------------------------------------------

  @Test
  void of_keepsValue_normalisesScale() {
    qt().forAll(currencies(), moneyAmounts()).checkAssert((currency, amount) -> {
      BigDecimal stored = Money.of(currency, amount).amount();
      assertThat(stored).isEqualByComparingTo(amount);
      assertThat(stored.scale()).isNotNegative();
      if (stored.scale() > 0) {
        // a positive scale means the last digit after the point is not zero
        assertThat(stored.unscaledValue().mod(BigInteger.TEN)).isNotEqualTo(BigInteger.ZERO);
      }
      if (stored.signum() == 0) {
        assertThat(stored.scale()).isZero();
      }
    });
  }

  @Test
  void of_trailingZerosAdded_isEqual() {
    qt().forAll(monies(), integers().between(0, 10)).checkAssert((money, zeros) -> {
      BigDecimal padded = money.amount().setScale(money.amount().scale() + zeros);
      Money same = Money.of(money.currency(), padded);
      assertThat(same).isEqualTo(money);
      assertThat(same.hashCode()).isEqualTo(money.hashCode());
      assertThat(same.toString()).isEqualTo(money.toString());
    });
  }

  //--- ofDouble(Currency, double) ---------------------------------------------------------------

  @Test
  void ofDouble_isValueOfTheDouble() {
    qt().forAll(currencies(), doubles().any()).checkAssert((currency, x) -> {
      if (Double.isFinite(x)) {
        assertThat(Money.ofDouble(currency, x))
            .isEqualTo(Money.of(currency, BigDecimal.valueOf(x)));
      } else {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> Money.ofDouble(currency, x));
      }
    });
  }

  //--- total(Currency, Iterable) ----------------------------------------------------------------

  @Test
  void total_equalsRepeatedPlus() {
    qt().forAll(currencies(), lists().of(moneyAmounts()).ofSizeBetween(0, 5))
        .checkAssert((currency, amounts) -> {
          Money expected = Money.zero(currency);
          List<Money> monies = new ArrayList<>();
          for (BigDecimal amount : amounts) {
            Money money = Money.of(currency, amount);
            monies.add(money);
            expected = expected.plus(money);
          }
          assertThat(Money.total(currency, monies)).isEqualTo(expected);
        });
  }

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(monies()).checkAssert(money ->
        assertThat(Money.parse(money.toString())).isEqualTo(money));
  }

  @Test
  void toString_isCodeSpacePlainAmount() {
    qt().forAll(monies()).checkAssert(money ->
        assertThat(money.toString()).isEqualTo(
            money.currency().getCurrencyCode() + " " + money.amount().toPlainString()));
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(monies()).checkAssert(money -> assertThat(jsonRoundTrip(money)).isEqualTo(money));
  }

  @Test
  void json_write_hasExactlyAmountAndCurrency() {
    qt().forAll(monies()).checkAssert(money ->
        assertThat(toJson(money)).isEqualTo("{\"amount\":\"" + money.amount().toPlainString()
            + "\",\"currency\":\"" + money.currency().getCurrencyCode() + "\"}"));
  }

  //--- plus(Money) / minus(Money) ---------------------------------------------------------------

  @Test
  void plus_zero_isIdentity() {
    qt().forAll(monies()).checkAssert(money -> {
      assertThat(money.plus(Money.zero(money.currency()))).isEqualTo(money);
      assertThat(Money.zero(money.currency()).plus(money)).isEqualTo(money);
    });
  }

  @Test
  void plus_commutes() {
    qt().forAll(currencies(), moneyAmounts(), moneyAmounts()).checkAssert((currency, x, y) -> {
      Money a = Money.of(currency, x);
      Money b = Money.of(currency, y);
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
    });
  }

  @Test
  void plus_associates() {
    qt().forAll(currencies(), moneyAmounts(), moneyAmounts(), moneyAmounts())
        .checkAssert((currency, x, y, z) -> {
          Money a = Money.of(currency, x);
          Money b = Money.of(currency, y);
          Money c = Money.of(currency, z);
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        });
  }

  @Test
  void plus_thenMinus_isIdentity() {
    qt().forAll(currencies(), moneyAmounts(), moneyAmounts()).checkAssert((currency, x, y) -> {
      Money a = Money.of(currency, x);
      Money b = Money.of(currency, y);
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
    });
  }

  @Test
  void plus_isExactSum() {
    qt().forAll(currencies(), moneyAmounts(), moneyAmounts()).checkAssert((currency, x, y) ->
        assertThat(Money.of(currency, x).plus(Money.of(currency, y)).amount())
            .isEqualByComparingTo(x.add(y)));
  }

  @Test
  void plus_otherCurrency_throwsMismatch() {
    qt().forAll(monies(), monies()).checkAssert((a, b) -> {
      if (!a.currency().equals(b.currency())) {
        assertThatExceptionOfType(CurrencyMismatchException.class).isThrownBy(() -> a.plus(b))
            .withMessage("Currencies differ: " + a.currency() + "/" + b.currency());
        assertThatExceptionOfType(CurrencyMismatchException.class).isThrownBy(() -> a.minus(b));
        assertThatExceptionOfType(CurrencyMismatchException.class)
            .isThrownBy(() -> a.compareTo(b));
      } else {
        assertThat(a.plus(b).currency()).isEqualTo(a.currency());
      }
    });
  }

  //--- multipliedBy / dividedBy -----------------------------------------------------------------

  @Test
  void multipliedBy_distributesOverPlus() {
    qt().forAll(currencies(), moneyAmounts(), moneyAmounts(), moneyAmounts())
        .checkAssert((currency, x, y, factor) -> {
          Money a = Money.of(currency, x);
          Money b = Money.of(currency, y);
          assertThat(a.plus(b).multipliedBy(factor))
              .isEqualTo(a.multipliedBy(factor).plus(b.multipliedBy(factor)));
        });
  }

  @Test
  void multipliedBy_long_equalsDecimal() {
    qt().forAll(monies(), longs().all()).checkAssert((money, factor) ->
        assertThat(money.multipliedBy(factor))
            .isEqualTo(money.multipliedBy(BigDecimal.valueOf(factor))));
  }

  @Test
  void dividedBy_terminatingDivisor_undoesMultipliedBy() {
    qt().forAll(monies(), terminatingDivisors()).checkAssert((money, divisor) -> {
      assertThat(money.dividedBy(divisor).multipliedBy(divisor)).isEqualTo(money);
      assertThat(money.multipliedBy(divisor).dividedBy(divisor)).isEqualTo(money);
    });
  }

  @Test
  void dividedByToScale_floorAndCeiling_bracketTheQuotient() {
    // FLOOR <= amount / d <= CEILING, checked by multiplying back (d > 0); they differ by at
    // most one unit in the last place of the scale
    qt().forAll(monies(), longs().between(1, 1_000_000), integers().between(0, 12))
        .checkAssert((money, d, scale) -> {
          BigDecimal divisor = BigDecimal.valueOf(d);
          BigDecimal floor = money.dividedBy(divisor, scale, RoundingMode.FLOOR).amount();
          BigDecimal ceiling = money.dividedBy(divisor, scale, RoundingMode.CEILING).amount();
          assertThat(floor.multiply(divisor)).isLessThanOrEqualTo(money.amount());
          assertThat(ceiling.multiply(divisor)).isGreaterThanOrEqualTo(money.amount());
          assertThat(ceiling.subtract(floor))
              .isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(scale));
        });
  }

  //--- negated() / abs() ------------------------------------------------------------------------

  @Test
  void negated_twice_isIdentity_andSumsToZero() {
    qt().forAll(monies()).checkAssert(money -> {
      assertThat(money.negated().negated()).isEqualTo(money);
      assertThat(money.plus(money.negated()).isZero()).isTrue();
    });
  }

  @Test
  void abs_isNotNegative_andIsItselfOrNegation() {
    qt().forAll(monies()).checkAssert(money -> {
      assertThat(money.abs().isNegative()).isFalse();
      assertThat(money.abs()).isIn(money, money.negated());
    });
  }

  //--- roundedToCurrency(RoundingMode) / rounded(int, RoundingMode) -----------------------------

  @Test
  void roundedToCurrency_isWithinOneUnitOfTheCurrency() {
    qt().forAll(monies(), roundingModes()).checkAssert((money, mode) -> {
      int digits = money.currency().getDefaultFractionDigits();
      BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
      Money rounded = money.roundedToCurrency(mode);
      BigDecimal error = rounded.amount().subtract(money.amount()).abs();
      assertThat(error).isLessThan(unit);
      assertThat(rounded.amount().scale()).isLessThanOrEqualTo(digits);
      assertThat(rounded.currency()).isEqualTo(money.currency());
    });
  }

  @Test
  void roundedToCurrency_halfModes_areWithinHalfAUnit() {
    qt().forAll(monies(), arbitrary().pick(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
        RoundingMode.HALF_EVEN)).checkAssert((money, mode) -> {
          BigDecimal halfUnit = new BigDecimal("0.5")
              .movePointLeft(money.currency().getDefaultFractionDigits());
          BigDecimal error = money.roundedToCurrency(mode).amount().subtract(money.amount()).abs();
          assertThat(error).isLessThanOrEqualTo(halfUnit);
        });
  }

  @Test
  void roundedToCurrency_unnecessary_throwsExactlyWhenExtraDigits() {
    qt().forAll(monies()).checkAssert(money -> {
      int digits = money.currency().getDefaultFractionDigits();
      // the stored amount has no trailing zeros, so its scale counts its real decimal places
      if (money.amount().scale() > digits) {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> money.roundedToCurrency(RoundingMode.UNNECESSARY));
      } else {
        assertThat(money.roundedToCurrency(RoundingMode.UNNECESSARY)).isEqualTo(money);
      }
    });
  }

  @Test
  void rounded_isWithinOneUnitInTheLastPlace() {
    qt().forAll(monies(), integers().between(-3, 12), roundingModes())
        .checkAssert((money, scale, mode) -> {
          BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
          Money rounded = money.rounded(scale, mode);
          assertThat(rounded.amount().subtract(money.amount()).abs()).isLessThan(unit);
          // a whole number of units of the last place
          assertThat(rounded.amount().movePointRight(scale).stripTrailingZeros().scale())
              .isLessThanOrEqualTo(0);
        });
  }

  @Test
  void rounded_floorAndCeiling_bracketTheAmount() {
    qt().forAll(monies(), integers().between(-3, 12)).checkAssert((money, scale) -> {
      assertThat(money.rounded(scale, RoundingMode.FLOOR)).isLessThanOrEqualTo(money);
      assertThat(money.rounded(scale, RoundingMode.CEILING)).isGreaterThanOrEqualTo(money);
    });
  }

  @Test
  void rounded_unnecessary_throwsExactlyWhenExtraDigits() {
    qt().forAll(monies(), integers().between(0, 12)).checkAssert((money, scale) -> {
      if (money.amount().scale() > scale) {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> money.rounded(scale, RoundingMode.UNNECESSARY));
      } else {
        assertThat(money.rounded(scale, RoundingMode.UNNECESSARY)).isEqualTo(money);
      }
    });
  }

  //--- compareTo(Money) / equals(Object) / hashCode() -------------------------------------------

  @Test
  void equals_exactlyWhenCompareToIsZero() {
    // this is what the scale normalisation is for: 1.50 and 1.5 must be equal
    qt().forAll(currencies(), fewAmounts(), fewAmounts()).checkAssert((currency, x, y) -> {
      Money a = Money.of(currency, x);
      Money b = Money.of(currency, y);
      assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
      assertThat(a.equals(b)).isEqualTo(x.compareTo(y) == 0);
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void compareTo_agreesWithAmounts() {
    qt().forAll(currencies(), moneyAmounts(), moneyAmounts()).checkAssert((currency, x, y) -> {
      Money a = Money.of(currency, x);
      Money b = Money.of(currency, y);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(x.compareTo(y)));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.isGreaterThan(b)).isEqualTo(x.compareTo(y) > 0);
      assertThat(a.isLessThan(b)).isEqualTo(x.compareTo(y) < 0);
    });
  }

  @Test
  void equals_otherCurrency_isNeverEqual() {
    qt().forAll(moneyAmounts(), currencies(), currencies()).checkAssert((amount, c1, c2) ->
        assertThat(Money.of(c1, amount).equals(Money.of(c2, amount))).isEqualTo(c1.equals(c2)));
  }

  @Test
  void isSameCurrency_agreesWithCurrencies() {
    qt().forAll(monies(), monies()).checkAssert((a, b) ->
        assertThat(a.isSameCurrency(b)).isEqualTo(a.currency().equals(b.currency())));
  }

}
