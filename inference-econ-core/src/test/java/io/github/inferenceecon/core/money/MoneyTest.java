/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.money;

import static io.github.inferenceecon.core.CoreAssertions.assertEqualsContract;
import static io.github.inferenceecon.core.CoreAssertions.assertImmutable;
import static io.github.inferenceecon.core.CoreAssertions.fromJson;
import static io.github.inferenceecon.core.CoreAssertions.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static final Money USD_0 = Money.of(USD, BigDecimal.ZERO);
  private static final Money USD_0_0234 = Money.of(USD, new BigDecimal("0.0234"));
  private static final Money USD_0_15 = Money.of(USD, new BigDecimal("0.15"));
  private static final Money USD_1_5 = Money.of(USD, new BigDecimal("1.5"));
  private static final Money USD_3 = Money.of(USD, new BigDecimal("3"));
  private static final Money USD_98_32 = Money.of(USD, new BigDecimal("98.32"));
  private static final Money USD_MINUS_2_5 = Money.of(USD, new BigDecimal("-2.5"));
  private static final Money EUR_1_5 = Money.of(EUR, new BigDecimal("1.5"));
  private static final Money JPY_100 = Money.of(JPY, new BigDecimal("100"));

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(Money.class);
  }

  //--- USD --------------------------------------------------------------------------------------

  @Test
  void usd_isTheDollar() {
    assertThat(Money.USD.getCurrencyCode()).isEqualTo("USD");
  }

  //--- of(Currency, BigDecimal) -----------------------------------------------------------------

  @Test
  void of_keepsCurrencyAndAmount() {
    Money money = Money.of(USD, new BigDecimal("0.0234"));
    assertThat(money.currency()).isEqualTo(USD);
    assertThat(money.amount()).isEqualTo(new BigDecimal("0.0234"));
  }

  @Test
  void of_trailingZeros_areStripped() {
    // 1.50 and 1.5 are the same amount; the stored scale is the smallest, 1
    Money money = Money.of(USD, new BigDecimal("1.50"));
    assertThat(money.amount()).isEqualTo(new BigDecimal("1.5"));
    assertThat(money.amount().scale()).isEqualTo(1);
    assertThat(money).isEqualTo(USD_1_5);
  }

  @Test
  void of_negativeScale_becomesZero() {
    // 1.5E+3 has scale -2; it is stored as 1500 with scale 0
    Money money = Money.of(USD, new BigDecimal("1.5E+3"));
    assertThat(money.amount()).isEqualTo(new BigDecimal("1500"));
    assertThat(money.amount().scale()).isZero();
  }

  @Test
  void of_zeroWithScale_isPlainZero() {
    Money money = Money.of(USD, new BigDecimal("0.000"));
    assertThat(money.amount()).isEqualTo(BigDecimal.ZERO);
    assertThat(money).isEqualTo(USD_0);
  }

  @Test
  void of_negative_isAllowed() {
    assertThat(Money.of(USD, new BigDecimal("-2.50")).amount()).isEqualTo(new BigDecimal("-2.5"));
  }

  @Test
  void of_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> Money.of(null, BigDecimal.ONE))
        .withMessage("currency");
    assertThatNullPointerException().isThrownBy(() -> Money.of(USD, (BigDecimal) null))
        .withMessage("amount");
  }

  //--- of(String, String) -----------------------------------------------------------------------

  @Test
  void ofText_codeAndDecimal_isMoney() {
    assertThat(Money.of("USD", "0.0234")).isEqualTo(USD_0_0234);
  }

  @Test
  void ofText_surroundingSpace_isTrimmed() {
    assertThat(Money.of("USD", " 0.15 ")).isEqualTo(USD_0_15);
  }

  @Test
  void ofText_unknownCurrency_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.of("ZZZ", "1"))
        .withMessage("Unknown currency code 'ZZZ'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofText_lowerCaseCurrency_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.of("usd", "1"))
        .withMessage("Unknown currency code 'usd'");
  }

  @Test
  void ofText_notADecimal_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.of("USD", "1,50"))
        .withMessage("Money amount must be a decimal number: '1,50'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void of_moreThanMaxDigits_throwsBeforeNormalising() {
    // setScale(0) of 1E+999999999 would build a billion-digit number; refused at once instead
    assertThatIllegalArgumentException().isThrownBy(() -> Money.of("USD", "1e999999999"))
        .withMessage("Money amount must have at most 1000 digits before and after the point: "
            + "1E+999999999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.of(Money.USD, new BigDecimal("1e-1001")));
    // trailing zeros do not count: 1.000...0 with 2,000 zeros is USD 1
    assertThat(Money.of(Money.USD, new BigDecimal("1." + "0".repeat(2_000))).amount())
        .isEqualTo(BigDecimal.ONE);
    assertThat(Money.of(Money.USD, new BigDecimal("1e999")).amount().precision())
        .isEqualTo(1000);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.of(Money.USD, new BigDecimal("1e1000")));
  }

  @Test
  void ofText_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> Money.of(null, "1"))
        .withMessage("currencyCode");
    assertThatNullPointerException().isThrownBy(() -> Money.of("USD", (String) null))
        .withMessage("amount");
  }

  //--- ofDouble(Currency, double) ---------------------------------------------------------------

  @Test
  void ofDouble_pointOne_isExactlyPointOne() {
    // BigDecimal.valueOf(0.1) is 0.1, not 0.1000000000000000055511151231257827...
    assertThat(Money.ofDouble(USD, 0.1)).isEqualTo(Money.of("USD", "0.1"));
  }

  @Test
  void ofDouble_oneFifty_equalsOnePointFive() {
    assertThat(Money.ofDouble(USD, 1.50)).isEqualTo(USD_1_5);
  }

  @Test
  void ofDouble_negative_isAllowed() {
    assertThat(Money.ofDouble(USD, -2.5)).isEqualTo(USD_MINUS_2_5);
  }

  @Test
  void ofDouble_nan_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.ofDouble(USD, Double.NaN))
        .withMessage("Money amount must be finite: NaN");
  }

  @Test
  void ofDouble_infinite_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.ofDouble(USD, Double.NEGATIVE_INFINITY))
        .withMessage("Money amount must be finite: -Infinity");
  }

  @Test
  void ofDouble_nullCurrency_throws() {
    assertThatNullPointerException().isThrownBy(() -> Money.ofDouble(null, 1))
        .withMessage("currency");
  }

  //--- zero(Currency) ---------------------------------------------------------------------------

  @Test
  void zero_isZeroInCurrency() {
    assertThat(Money.zero(JPY).isZero()).isTrue();
    assertThat(Money.zero(JPY).currency()).isEqualTo(JPY);
    assertThat(Money.zero(USD)).isEqualTo(Money.of("USD", "0.00"));
  }

  @Test
  void zero_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Money.zero(null)).withMessage("currency");
  }

  //--- total(Currency, Iterable) ----------------------------------------------------------------

  @Test
  void total_twoAmounts_isExactSum() {
    // 0.15 + 0.0234 = 0.1734
    assertThat(Money.total(USD, List.of(USD_0_15, USD_0_0234)))
        .isEqualTo(Money.of("USD", "0.1734"));
  }

  @Test
  void total_empty_isZeroInCurrency() {
    assertThat(Money.total(EUR, List.of())).isEqualTo(Money.zero(EUR));
  }

  @Test
  void total_otherCurrency_throwsMismatch() {
    assertThatThrownBy(() -> Money.total(USD, List.of(USD_0_15, EUR_1_5)))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void total_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> Money.total(null, List.of()))
        .withMessage("currency");
    assertThatNullPointerException().isThrownBy(() -> Money.total(USD, null))
        .withMessage("monies");
    assertThatNullPointerException()
        .isThrownBy(() -> Money.total(USD, Arrays.asList(USD_0_15, null)))
        .withMessage("monies element");
  }

  //--- parse(CharSequence) ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "USD 0.0234, USD, 0.0234",
      "USD -2.5,   USD, -2.5",
      "JPY 100,    JPY, 100",
      "USD 1500,   USD, 1500",
      "USD 0,      USD, 0",
      "EUR 1.50,   EUR, 1.5"})
  void parse_text_isMoney(String text, String code, String amount) {
    assertThat(Money.parse(text)).isEqualTo(Money.of(code, amount));
  }

  @Test
  void parse_ofToString_roundTrips() {
    assertThat(Money.parse(USD_0_0234.toString())).isEqualTo(USD_0_0234);
    assertThat(Money.parse(USD_MINUS_2_5.toString())).isEqualTo(USD_MINUS_2_5);
  }

  @Test
  void parse_noSpace_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("USD0.15"))
        .withMessage("Text cannot be parsed to a Money: 'USD0.15'")
        .withNoCause();
  }

  @Test
  void parse_shortCode_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("US 0.15"))
        .withMessage("Text cannot be parsed to a Money: 'US 0.15'")
        .withNoCause();
  }

  @Test
  void parse_unknownCurrency_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("ZZZ 1"))
        .withMessage("Text cannot be parsed to a Money: 'ZZZ 1'")
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_notADecimal_throwsWithCause() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("USD one"))
        .withMessage("Text cannot be parsed to a Money: 'USD one'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Money.parse(null)).withMessage("text");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_write_isAmountTextAndCurrency() {
    assertThat(toJson(USD_0_0234)).isEqualTo("{\"amount\":\"0.0234\",\"currency\":\"USD\"}");
  }

  @Test
  void json_writeLargeAmount_isPlainText() {
    assertThat(toJson(Money.of(USD, new BigDecimal("1.5E+3"))))
        .isEqualTo("{\"amount\":\"1500\",\"currency\":\"USD\"}");
  }

  @Test
  void json_read_isMoney() {
    assertThat(fromJson("{\"amount\":\"0.0234\",\"currency\":\"USD\"}", Money.class))
        .isEqualTo(USD_0_0234);
  }

  @Test
  void json_readNumberAmount_isExact() {
    assertThat(fromJson("{\"amount\":0.10,\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.of("USD", "0.1"));
  }

  @Test
  void json_roundTrip_isEqual() {
    assertThat(fromJson(toJson(USD_MINUS_2_5), Money.class)).isEqualTo(USD_MINUS_2_5);
    assertThat(fromJson(toJson(JPY_100), Money.class)).isEqualTo(JPY_100);
  }

  @Test
  void json_missingCurrency_throws() {
    assertThatThrownBy(() -> fromJson("{\"amount\":\"1\"}", Money.class))
        .hasCauseInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing required creator property 'currency'");
  }

  @Test
  void json_unknownProperty_throws() {
    assertThatThrownBy(() ->
        fromJson("{\"amount\":\"1\",\"currency\":\"USD\",\"rate\":1}", Money.class))
        .hasCauseInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void json_unknownCurrency_throws() {
    assertThatThrownBy(() -> fromJson("{\"amount\":\"1\",\"currency\":\"ZZZ\"}", Money.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasStackTraceContaining("Unknown currency code 'ZZZ'");
  }

  //--- currency() / amount() --------------------------------------------------------------------

  @Test
  void currency_isStored() {
    assertThat(JPY_100.currency()).isEqualTo(JPY);
  }

  @Test
  void amount_isStored() {
    assertThat(USD_98_32.amount()).isEqualTo(new BigDecimal("98.32"));
  }

  //--- isZero() / isNegative() / isPositive() ---------------------------------------------------

  @Test
  void signPredicates_matchTheSign() {
    assertThat(USD_0.isZero()).isTrue();
    assertThat(USD_0.isNegative()).isFalse();
    assertThat(USD_0.isPositive()).isFalse();
    assertThat(USD_MINUS_2_5.isZero()).isFalse();
    assertThat(USD_MINUS_2_5.isNegative()).isTrue();
    assertThat(USD_MINUS_2_5.isPositive()).isFalse();
    assertThat(USD_0_15.isZero()).isFalse();
    assertThat(USD_0_15.isNegative()).isFalse();
    assertThat(USD_0_15.isPositive()).isTrue();
  }

  //--- isGreaterThan(Money) / isLessThan(Money) -------------------------------------------------

  @Test
  void isGreaterThan_strict() {
    assertThat(USD_0_15.isGreaterThan(USD_0_0234)).isTrue();
    assertThat(USD_0_15.isGreaterThan(Money.of("USD", "0.150"))).isFalse();
    assertThat(USD_MINUS_2_5.isGreaterThan(USD_0)).isFalse();
  }

  @Test
  void isLessThan_strict() {
    assertThat(USD_MINUS_2_5.isLessThan(USD_0)).isTrue();
    assertThat(USD_0_15.isLessThan(Money.of("USD", "0.150"))).isFalse();
    assertThat(USD_0_15.isLessThan(USD_0_0234)).isFalse();
  }

  @Test
  void comparisons_otherCurrency_throwMismatch() {
    assertThatExceptionOfType(CurrencyMismatchException.class)
        .isThrownBy(() -> USD_1_5.isGreaterThan(EUR_1_5));
    assertThatExceptionOfType(CurrencyMismatchException.class)
        .isThrownBy(() -> USD_1_5.isLessThan(EUR_1_5));
  }

  @Test
  void comparisons_null_throw() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.isGreaterThan(null))
        .withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.isLessThan(null))
        .withMessage("other");
  }

  //--- isSameCurrency(Money) --------------------------------------------------------------------

  @Test
  void isSameCurrency_comparesCurrenciesOnly() {
    assertThat(USD_1_5.isSameCurrency(USD_MINUS_2_5)).isTrue();
    assertThat(USD_1_5.isSameCurrency(EUR_1_5)).isFalse();
  }

  @Test
  void isSameCurrency_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.isSameCurrency(null));
  }

  //--- plus(Money) ------------------------------------------------------------------------------

  @Test
  void plus_sameCurrency_isExactSum() {
    // 0.15 + 0.0234 = 0.1734, no rounding
    assertThat(USD_0_15.plus(USD_0_0234)).isEqualTo(Money.of("USD", "0.1734"));
  }

  @Test
  void plus_zero_isSame() {
    assertThat(USD_0_15.plus(USD_0)).isEqualTo(USD_0_15);
  }

  @Test
  void plus_otherCurrency_throwsMismatch() {
    assertThatThrownBy(() -> USD_1_5.plus(EUR_1_5))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: USD/EUR");
  }

  @Test
  void plus_otherCurrencyZero_throwsMismatch() {
    assertThatExceptionOfType(CurrencyMismatchException.class)
        .isThrownBy(() -> USD_1_5.plus(Money.zero(EUR)));
  }

  @Test
  void plus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.plus(null)).withMessage("other");
  }

  //--- minus(Money) -----------------------------------------------------------------------------

  @Test
  void minus_sameCurrency_isExactDifference() {
    // 0.15 - 0.0234 = 0.1266
    assertThat(USD_0_15.minus(USD_0_0234)).isEqualTo(Money.of("USD", "0.1266"));
  }

  @Test
  void minus_larger_isNegative() {
    assertThat(USD_0_0234.minus(USD_0_15)).isEqualTo(Money.of("USD", "-0.1266"));
  }

  @Test
  void minus_otherCurrency_throwsMismatch() {
    assertThatThrownBy(() -> EUR_1_5.minus(USD_1_5))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: EUR/USD");
  }

  @Test
  void minus_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.minus(null)).withMessage("other");
  }

  //--- multipliedBy(BigDecimal) / multipliedBy(long) --------------------------------------------

  @Test
  void multipliedBy_decimal_isExactProduct() {
    // 0.15 x 0.5 = 0.075
    assertThat(USD_0_15.multipliedBy(new BigDecimal("0.5"))).isEqualTo(Money.of("USD", "0.075"));
  }

  @Test
  void multipliedBy_decimalZero_isZero() {
    assertThat(USD_98_32.multipliedBy(BigDecimal.ZERO)).isEqualTo(USD_0);
  }

  @Test
  void multipliedBy_nullDecimal_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.multipliedBy(null))
        .withMessage("factor");
  }

  @Test
  void multipliedBy_long_isExactProduct() {
    // 0.0234 x 1000 = 23.4
    assertThat(USD_0_0234.multipliedBy(1000)).isEqualTo(Money.of("USD", "23.4"));
    assertThat(USD_1_5.multipliedBy(-2)).isEqualTo(Money.of("USD", "-3"));
  }

  //--- dividedBy(BigDecimal) --------------------------------------------------------------------

  @Test
  void dividedBy_terminating_isExactQuotient() {
    // 98.32 / 8 = 12.29
    assertThat(USD_98_32.dividedBy(BigDecimal.valueOf(8))).isEqualTo(Money.of("USD", "12.29"));
  }

  @Test
  void dividedBy_nonTerminating_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_1_5.dividedBy(BigDecimal.valueOf(7)));
  }

  @Test
  void dividedBy_zero_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_1_5.dividedBy(new BigDecimal("0.00")))
        .withMessage("Cannot divide by zero");
  }

  @Test
  void dividedBy_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.dividedBy(null))
        .withMessage("divisor");
  }

  //--- dividedBy(BigDecimal, int, RoundingMode) -------------------------------------------------

  @Test
  void dividedByToScale_rounds() {
    // 3 / 7 = 0.428571...: 0.4286 to four places, half-even
    assertThat(USD_3.dividedBy(BigDecimal.valueOf(7), 4, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("USD", "0.4286"));
    assertThat(USD_3.dividedBy(BigDecimal.valueOf(7), 4, RoundingMode.DOWN))
        .isEqualTo(Money.of("USD", "0.4285"));
  }

  @Test
  void dividedByToScale_inexactUnnecessary_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
        USD_3.dividedBy(BigDecimal.valueOf(7), 4, RoundingMode.UNNECESSARY));
  }

  @Test
  void dividedByToScale_zero_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_3.dividedBy(BigDecimal.ZERO, 2, RoundingMode.HALF_EVEN))
        .withMessage("Cannot divide by zero");
  }

  @Test
  void dividedByToScale_nulls_throw() {
    assertThatNullPointerException()
        .isThrownBy(() -> USD_3.dividedBy(null, 2, RoundingMode.HALF_EVEN))
        .withMessage("divisor");
    assertThatNullPointerException()
        .isThrownBy(() -> USD_3.dividedBy(BigDecimal.ONE, 2, null))
        .withMessage("rounding");
  }

  //--- dividedBy(BigDecimal, MathContext) -------------------------------------------------------

  @Test
  void dividedByToPrecision_rounds() {
    // 3 / 7 = 0.42857142...: five significant digits 0.42857
    assertThat(USD_3.dividedBy(BigDecimal.valueOf(7), new MathContext(5, RoundingMode.HALF_EVEN)))
        .isEqualTo(Money.of("USD", "0.42857"));
  }

  @Test
  void dividedByToPrecision_zero_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_3.dividedBy(BigDecimal.ZERO, MathContext.DECIMAL64))
        .withMessage("Cannot divide by zero");
  }

  @Test
  void dividedByToPrecision_nulls_throw() {
    assertThatNullPointerException()
        .isThrownBy(() -> USD_3.dividedBy(null, MathContext.DECIMAL64))
        .withMessage("divisor");
    assertThatNullPointerException()
        .isThrownBy(() -> USD_3.dividedBy(BigDecimal.ONE, (MathContext) null))
        .withMessage("context");
  }

  //--- negated() / abs() ------------------------------------------------------------------------

  @Test
  void negated_flipsSign() {
    assertThat(USD_MINUS_2_5.negated()).isEqualTo(Money.of("USD", "2.5"));
    assertThat(USD_0.negated()).isEqualTo(USD_0);
  }

  @Test
  void abs_isNotNegative() {
    assertThat(USD_MINUS_2_5.abs()).isEqualTo(Money.of("USD", "2.5"));
    assertThat(USD_0_15.abs()).isEqualTo(USD_0_15);
  }

  //--- roundedToCurrency(RoundingMode) ----------------------------------------------------------

  @Test
  void roundedToCurrency_usd_roundsToCents() {
    // 2,000 tokens at USD 3 per million = USD 0.006, which invoices as USD 0.01
    assertThat(Money.of("USD", "0.006").roundedToCurrency(RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("USD", "0.01"));
    assertThat(USD_0_0234.roundedToCurrency(RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("USD", "0.02"));
  }

  @Test
  void roundedToCurrency_tie_followsMode() {
    Money usd0125 = Money.of("USD", "0.125");
    assertThat(usd0125.roundedToCurrency(RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("USD", "0.12"));
    assertThat(usd0125.roundedToCurrency(RoundingMode.HALF_UP)).isEqualTo(Money.of("USD", "0.13"));
  }

  @Test
  void roundedToCurrency_yen_roundsToWholeYen() {
    assertThat(Money.of("JPY", "100.5").roundedToCurrency(RoundingMode.HALF_EVEN))
        .isEqualTo(JPY_100);
  }

  @Test
  void roundedToCurrency_noMinorUnit_roundsToWhole() {
    // gold (XAU) reports -1 default fraction digits; it rounds to whole units
    assertThat(Money.of("XAU", "1.5").roundedToCurrency(RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("XAU", "2"));
  }

  @Test
  void roundedToCurrency_exactUnnecessary_keepsValue() {
    // the result is normalised again: USD 1.50 is stored as USD 1.5
    assertThat(USD_1_5.roundedToCurrency(RoundingMode.UNNECESSARY)).isEqualTo(USD_1_5);
  }

  @Test
  void roundedToCurrency_extraDigitsUnnecessary_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_0_0234.roundedToCurrency(RoundingMode.UNNECESSARY));
  }

  @Test
  void roundedToCurrency_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.roundedToCurrency(null))
        .withMessage("rounding");
  }

  //--- rounded(int, RoundingMode) ---------------------------------------------------------------

  @Test
  void rounded_toScale_rounds() {
    assertThat(USD_0_0234.rounded(3, RoundingMode.HALF_UP)).isEqualTo(Money.of("USD", "0.023"));
    assertThat(USD_0_0234.rounded(3, RoundingMode.CEILING)).isEqualTo(Money.of("USD", "0.024"));
  }

  @Test
  void rounded_negativeScale_roundsToHundreds() {
    assertThat(Money.of("USD", "1234").rounded(-2, RoundingMode.HALF_UP))
        .isEqualTo(Money.of("USD", "1200"));
  }

  @Test
  void rounded_extraDigitsUnnecessary_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> USD_0_0234.rounded(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void rounded_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.rounded(2, null))
        .withMessage("rounding");
  }

  //--- compareTo(Money) -------------------------------------------------------------------------

  @Test
  void compareTo_ordersByAmount() {
    assertThat(USD_0_0234.compareTo(USD_0_15)).isNegative();
    assertThat(USD_0_15.compareTo(USD_0_0234)).isPositive();
    assertThat(USD_1_5.compareTo(Money.of("USD", "1.50"))).isZero();
  }

  @Test
  void compareTo_otherCurrency_throwsMismatch() {
    assertThatExceptionOfType(CurrencyMismatchException.class)
        .isThrownBy(() -> USD_1_5.compareTo(EUR_1_5));
  }

  @Test
  void compareTo_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> USD_1_5.compareTo(null))
        .withMessage("other");
  }

  //--- equals(Object) / hashCode() --------------------------------------------------------------

  @Test
  void equals_contract() {
    assertEqualsContract(USD_1_5, Money.of("USD", "1.50"), USD_3);
  }

  @Test
  void equals_sameAmountOtherCurrency_isNotEqual() {
    assertThat(USD_1_5).isNotEqualTo(EUR_1_5);
  }

  @Test
  void hashCode_differentScales_sameHash() {
    assertThat(Money.of("USD", "1.500").hashCode()).isEqualTo(USD_1_5.hashCode());
    assertThat(Money.of("USD", "15E-1").hashCode()).isEqualTo(USD_1_5.hashCode());
  }

  //--- toString() -------------------------------------------------------------------------------

  @Test
  void toString_isCodeAndPlainAmount() {
    assertThat(USD_0_0234.toString()).isEqualTo("USD 0.0234");
    assertThat(Money.of(USD, new BigDecimal("1.5E+3")).toString()).isEqualTo("USD 1500");
    assertThat(Money.of(USD, new BigDecimal("1E-10")).toString()).isEqualTo("USD 0.0000000001");
    assertThat(USD_MINUS_2_5.toString()).isEqualTo("USD -2.5");
    assertThat(JPY_100.toString()).isEqualTo("JPY 100");
    assertThat(USD_0.toString()).isEqualTo("USD 0");
  }
}
