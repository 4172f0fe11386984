/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SiFormatTest {

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_isFinalWithOnlyAPrivateConstructor() {
    assertThat(Modifier.isFinal(SiFormat.class.getModifiers())).isTrue();
    Constructor<?>[] constructors = SiFormat.class.getDeclaredConstructors();
    assertThat(constructors).hasSize(1);
    assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
  }

  //--- format(double, String, boolean) ----------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "3.35e12,   B/s,    3.35 TB/s",
      "989e12,    FLOP/s, 989 TFLOP/s",
      "141.1e9,   B,      141.1 GB",
      "700,       W,      700 W",
      "1000,      W,      1 kW",
      "999.5,     W,      999.5 W",
      "0.5,       W,      0.5 W",
      "0,         J,      0 J",
      "1e-7,      J,      0.0000001 J",
      "1e18,      FLOP,   1 EFLOP",
      "1e21,      FLOP,   1000 EFLOP",
      "2.5e25,    FLOP,   25000000 EFLOP"})
  void format_prefixed_picksPrefixForOneToThousand(double value, String unit, String text) {
    assertThat(SiFormat.format(value, unit, true)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
      "3000,      tokens/s,  3000 tokens/s",
      "1e6,       tokens/s,  1000000 tokens/s",
      "369,       gCO2e/kWh, 369 gCO2e/kWh",
      "0.001,     tokens/s,  0.001 tokens/s",
      "0,         tokens/s,  0 tokens/s"})
  void format_unprefixed_printsWholeValue(double value, String unit, String text) {
    assertThat(SiFormat.format(value, unit, false)).isEqualTo(text);
  }

  @Test
  void format_smallest_isPlainDecimal() {
    // 4.9E-324 printed without an exponent: 323 zeros after the point, then 49
    String text = SiFormat.format(Double.MIN_VALUE, "J", true);
    assertThat(text).isEqualTo("0." + "0".repeat(323) + "49 J");
  }

  @Test
  void format_largest_isPlainDecimalInExa() {
    // 1.7976931348623157E308 / 1e18 = 1.7976931348623157E290: 17 digits, then 274 zeros
    String text = SiFormat.format(Double.MAX_VALUE, "B/s", true);
    assertThat(text).isEqualTo("17976931348623157" + "0".repeat(274) + " EB/s");
  }

  //--- parse(CharSequence, String, boolean, String) ---------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "3.35 TB/s,     B/s,    3.35e12",
      "989 TFLOP/s,   FLOP/s, 989e12",
      "1 kW,          W,      1000",
      "0.5 W,         W,      0.5",
      "0 J,           J,      0",
      "1000 EFLOP,    FLOP,   1e21"})
  void parse_prefixed_isValue(String text, String unit, double value) {
    assertThat(SiFormat.parse(text, unit, true, "Quantity")).isEqualTo(value);
  }

  @Test
  void parse_unprefixed_isValue() {
    assertThat(SiFormat.parse("3000 tokens/s", "tokens/s", false, "TokenRate")).isEqualTo(3000.0);
  }

  @Test
  void parse_surroundingSpace_isTrimmed() {
    assertThat(SiFormat.parse("  3.35 TB/s  ", "B/s", true, "ByteRate")).isEqualTo(3.35e12);
  }

  @Test
  void parse_prefixWhenUnprefixed_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiFormat.parse("3 ktokens/s", "tokens/s", false, "TokenRate"))
        .withMessage("Text cannot be parsed to a TokenRate: '3 ktokens/s'")
        .withNoCause();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3 XB/s", "3 KB/s", "3 kb/s", "3 B", "3", "3B/s", "-3 B/s", "3 TTB/s"})
  void parse_malformed_throws(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiFormat.parse(text, "B/s", true, "ByteRate"))
        .withMessage("Text cannot be parsed to a ByteRate: '" + text + "'");
  }

  @Test
  void parse_notANumber_throwsWithCause() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiFormat.parse("fast B/s", "B/s", true, "ByteRate"))
        .withMessage("Text cannot be parsed to a ByteRate: 'fast B/s'")
        .withCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_beyondDouble_throws() {
    // 1e309 rounds to infinity, which no quantity accepts
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiFormat.parse("1e309 J", "J", true, "Energy"))
        .withMessage("Text cannot be parsed to a Energy: '1e309 J'");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException()
        .isThrownBy(() -> SiFormat.parse(null, "J", true, "Energy"));
  }

  //--- plain(BigDecimal) ------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "80.00,   80",
      "3.350,   3.35",
      "1E+3,    1000",
      "0.000,   0",
      "-0.50,   -0.5",
      "1E-7,    0.0000001"})
  void plain_stripsZerosAndExponent(String decimal, String text) {
    assertThat(SiFormat.plain(new BigDecimal(decimal))).isEqualTo(text);
  }

  //--- cannotParse(CharSequence, String, Throwable) ---------------------------------------------

  @Test
  void cannotParse_withoutCause_quotesText() {
    IllegalArgumentException e = SiFormat.cannotParse("80 GX", "ByteSize", null);
    assertThat(e).hasMessage("Text cannot be parsed to a ByteSize: '80 GX'").hasNoCause();
  }

  @Test
  void cannotParse_withCause_keepsCause() {
    NumberFormatException cause = new NumberFormatException("x");
    assertThat(SiFormat.cannotParse("x B", "ByteSize", cause)).hasCause(cause);
  }
}
