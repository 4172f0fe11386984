/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreGenerators.nonNegativeMoneyAmounts;
import static io.github.inferenceecon.core.CoreGenerators.tokenCounts;
import static io.github.inferenceecon.core.CoreGenerators.tokenPrices;
import static io.github.inferenceecon.core.CoreGenerators.tokenPricesWithAnyDenominator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.inferenceecon.core.units.TokenCount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class TokenPriceProperties {

  /** Every rounding mode, UNNECESSARY included. */
  private static Gen<RoundingMode> allRoundingModes() {
    return arbitrary().enumValues(RoundingMode.class);
  }

  /** Token counts up to a trillion, as a monthly bill might carry. */
  private static Gen<TokenCount> billableCounts() {
    return longs().between(0, 1_000_000_000_000L).map(TokenCount::of);
  }

  //--- of(Money, TokenCount) / parse(CharSequence) / toString() ---------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(tokenPricesWithAnyDenominator()).checkAssert(price ->
        assertThat(TokenPrice.parse(price.toString())).isEqualTo(price));
  }

  @Test
  void toString_isMoneyPerCount() {
    qt().forAll(tokenPricesWithAnyDenominator()).checkAssert(price ->
        assertThat(price.toString()).isEqualTo(price.price() + " per " + price.per()));
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(tokenPricesWithAnyDenominator()).checkAssert(price ->
        assertThat(jsonRoundTrip(price)).isEqualTo(price));
  }

  //--- costOf(TokenCount) -----------------------------------------------------------------------

  @Test
  void costOf_neverDecreasesAsTokensGrow() {
    qt().forAll(tokenPrices(), tokenCounts(), tokenCounts()).checkAssert((price, a, b) -> {
      TokenCount fewer = a.min(b);
      TokenCount more = a.max(b);
      assertThat(price.costOf(fewer)).isLessThanOrEqualTo(price.costOf(more));
    });
  }

  @Test
  void costOf_isAdditive() {
    // per-power-of-ten denominators divide exactly, so costs add without rounding
    qt().forAll(tokenPrices(), tokenCounts(), tokenCounts()).checkAssert((price, a, b) ->
        assertThat(price.costOf(a.plus(b))).isEqualTo(price.costOf(a).plus(price.costOf(b))));
  }

  @Test
  void costOf_isAdditivePerMillion() {
    qt().forAll(nonNegativeMoneyAmounts(), billableCounts(), billableCounts())
        .checkAssert((amount, a, b) -> {
          TokenPrice price = TokenPrice.perMillion(Money.of(Money.USD, amount));
          assertThat(price.costOf(a.plus(b))).isEqualTo(price.costOf(a).plus(price.costOf(b)));
        });
  }

  @Test
  void costOf_denominator_isThePrice_andZeroIsFree() {
    qt().forAll(tokenPricesWithAnyDenominator()).checkAssert(price -> {
      assertThat(price.costOf(price.per())).isEqualTo(price.price());
      assertThat(price.costOf(TokenCount.ZERO)).isEqualTo(Money.zero(price.currency()));
    });
  }

  @Test
  void costOf_timesDenominator_isPriceTimesTokens() {
    // multiply first, then divide: cost x per == price x tokens exactly
    qt().forAll(tokenPrices(), tokenCounts()).checkAssert((price, tokens) ->
        assertThat(price.costOf(tokens).amount().multiply(BigDecimal.valueOf(price.per().count())))
            .isEqualByComparingTo(
                price.price().amount().multiply(BigDecimal.valueOf(tokens.count()))));
  }

  @Test
  void costOf_anyDenominator_isExactExactlyWhenTheQuotientTerminates() {
    // price x tokens / per terminates exactly when the reduced denominator has no prime
    // factors but 2 and 5; otherwise costOf throws rather than guess
    qt().forAll(tokenPricesWithAnyDenominator(), billableCounts()).checkAssert((price, tokens) -> {
      BigDecimal product = price.price().amount().multiply(BigDecimal.valueOf(tokens.count()));
      BigInteger per = BigInteger.valueOf(price.per().count());
      BigInteger reduced = per.divide(product.unscaledValue().gcd(per));
      while (!reduced.testBit(0)) {
        reduced = reduced.shiftRight(1);
      }
      while (reduced.mod(BigInteger.valueOf(5)).signum() == 0) {
        reduced = reduced.divide(BigInteger.valueOf(5));
      }
      if (reduced.equals(BigInteger.ONE)) {
        assertThat(price.costOf(tokens).amount().multiply(new BigDecimal(per)))
            .isEqualByComparingTo(product);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> price.costOf(tokens));
      }
    });
  }

  @Test
  void costOf_currency_isThePriceCurrency() {
    qt().forAll(tokenPricesWithAnyDenominator(), billableCounts()).checkAssert((price, tokens) ->
        assertThat(price.costOf(tokens, RoundingMode.HALF_EVEN).currency())
            .isEqualTo(price.currency()));
  }

  //--- costOf(TokenCount, RoundingMode) ---------------------------------------------------------

  @Test
  void costOfRounded_powerOfTenDenominator_equalsExactCost() {
    // the rounding scale (price scale + digits of the denominator) holds every digit of the
    // quotient by a power of ten, so no mode rounds, not even UNNECESSARY
    qt().forAll(tokenPrices(), tokenCounts(), allRoundingModes()).checkAssert((price, t, mode) ->
        assertThat(price.costOf(t, mode)).isEqualTo(price.costOf(t)));
  }

  @Test
  void costOfRounded_floorAndCeiling_bracketTheExactCost() {
    qt().forAll(tokenPricesWithAnyDenominator(), billableCounts()).checkAssert((price, tokens) -> {
      BigDecimal product = price.price().amount().multiply(BigDecimal.valueOf(tokens.count()));
      BigDecimal per = BigDecimal.valueOf(price.per().count());
      BigDecimal floor = price.costOf(tokens, RoundingMode.FLOOR).amount();
      BigDecimal ceiling = price.costOf(tokens, RoundingMode.CEILING).amount();
      int scale = Math.max(price.price().amount().scale(), 0)
          + Long.toString(price.per().count()).length();
      assertThat(floor.multiply(per)).isLessThanOrEqualTo(product);
      assertThat(ceiling.multiply(per)).isGreaterThanOrEqualTo(product);
      assertThat(ceiling.subtract(floor)).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(scale));
    });
  }

  @Test
  void costOfRounded_unnecessary_throwsExactlyWhenInexact() {
    qt().forAll(tokenPricesWithAnyDenominator(), billableCounts()).checkAssert((price, tokens) -> {
      BigDecimal floor = price.costOf(tokens, RoundingMode.FLOOR).amount();
      BigDecimal ceiling = price.costOf(tokens, RoundingMode.CEILING).amount();
      if (floor.compareTo(ceiling) == 0) {
        assertThat(price.costOf(tokens, RoundingMode.UNNECESSARY).amount())
            .isEqualByComparingTo(floor);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> price.costOf(tokens, RoundingMode.UNNECESSARY));
      }
    });
  }

  //--- multipliedBy(BigDecimal) -----------------------------------------------------------------

  @Test
  void multipliedBy_scalesEveryCost() {
    qt().forAll(tokenPrices(), tokenCounts(), nonNegativeMoneyAmounts())
        .checkAssert((price, tokens, factor) ->
            assertThat(price.multipliedBy(factor).costOf(tokens))
                .isEqualTo(price.costOf(tokens).multipliedBy(factor)));
  }

  @Test
  void multipliedBy_one_isEqual() {
    // multipliedBy returns the price itself for a factor of one, relying on the product being
    // equal: checked here on the product itself, and on what multipliedBy returns
    qt().forAll(tokenPricesWithAnyDenominator(), integers().between(0, 6))
        .checkAssert((price, scale) -> {
          BigDecimal one = BigDecimal.ONE.setScale(scale);
          assertThat(TokenPrice.of(price.price().multipliedBy(one), price.per()))
              .isEqualTo(price);
          assertThat(price.multipliedBy(one)).isEqualTo(price);
        });
  }

  //--- toPerMillion() ---------------------------------------------------------------------------

  @Test
  void toPerMillion_keepsEveryCost() {
    qt().forAll(tokenPrices(), tokenCounts()).checkAssert((price, tokens) -> {
      TokenPrice perMillion = price.toPerMillion();
      assertThat(perMillion.per()).isEqualTo(TokenCount.ofMillions(1));
      assertThat(perMillion.costOf(tokens)).isEqualTo(price.costOf(tokens));
    });
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_samePartsRebuilt_isEqualWithSameHash() {
    qt().forAll(tokenPricesWithAnyDenominator()).checkAssert(price -> {
      TokenPrice rebuilt = TokenPrice.of(
          Money.of(price.currency(), price.price().amount().setScale(20)), price.per());
      assertThat(rebuilt).isEqualTo(price);
      assertThat(rebuilt.hashCode()).isEqualTo(price.hashCode());
    });
  }

  @Test
  void equals_otherDenominator_isNotEqual() {
    qt().forAll(tokenPricesWithAnyDenominator()).checkAssert(price ->
        assertThat(TokenPrice.of(price.price(), price.per().plusTokens(1))).isNotEqualTo(price));
  }
}
