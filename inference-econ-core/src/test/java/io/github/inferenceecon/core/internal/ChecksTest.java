/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class ChecksTest {

  private static final BigDecimal DECIMAL_0_5 = new BigDecimal("0.5");

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_isFinalWithOnlyAPrivateConstructor() {
    assertThat(Modifier.isFinal(Checks.class.getModifiers())).isTrue();
    Constructor<?>[] constructors = Checks.class.getDeclaredConstructors();
    assertThat(constructors).hasSize(1);
    assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
  }

  //--- notNegative(long, String) ----------------------------------------------------------------

  @Test
  void notNegativeLong_zeroAndPositive_returnValue() {
    assertThat(Checks.notNegative(0L, "Token count")).isZero();
    assertThat(Checks.notNegative(Long.MAX_VALUE, "Token count")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void notNegativeLong_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.notNegative(-5L, "Token count"))
        .withMessage("Token count must not be negative: -5");
  }

  //--- positive(long, String) -------------------------------------------------------------------

  @Test
  void positiveLong_one_returnsValue() {
    assertThat(Checks.positive(1L, "Divisor")).isEqualTo(1L);
  }

  @Test
  void positiveLong_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.positive(0L, "Divisor"))
        .withMessage("Divisor must be positive: 0");
  }

  //--- positive(int, String) --------------------------------------------------------------------

  @Test
  void positiveInt_one_returnsValue() {
    assertThat(Checks.positive(1, "Batch size")).isEqualTo(1);
  }

  @Test
  void positiveInt_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.positive(-3, "Batch size"))
        .withMessage("Batch size must be positive: -3");
  }

  //--- notNegative(int, String) -----------------------------------------------------------------

  @Test
  void notNegativeInt_zero_returnsValue() {
    assertThat(Checks.notNegative(0, "Layers")).isZero();
  }

  @Test
  void notNegativeInt_negative_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.notNegative(-1, "Layers"))
        .withMessage("Layers must not be negative: -1");
  }

  //--- finiteNotNegative(double, String) --------------------------------------------------------

  @Test
  void finiteNotNegative_zeroAndMax_returnValue() {
    assertThat(Checks.finiteNotNegative(0.0, "FLOP rate")).isZero();
    assertThat(Checks.finiteNotNegative(Double.MAX_VALUE, "FLOP rate")).isEqualTo(Double.MAX_VALUE);
  }

  @Test
  void finiteNotNegative_negative_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.finiteNotNegative(-1.5, "FLOP rate"))
        .withMessage("FLOP rate must be finite and not negative: -1.5");
  }

  @Test
  void finiteNotNegative_nanAndInfinity_throw() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.finiteNotNegative(Double.NaN, "FLOP rate"))
        .withMessage("FLOP rate must be finite and not negative: NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.finiteNotNegative(Double.POSITIVE_INFINITY, "FLOP rate"))
        .withMessage("FLOP rate must be finite and not negative: Infinity");
  }

  //--- finitePositive(double, String) -----------------------------------------------------------

  @Test
  void finitePositive_smallest_returnsValue() {
    assertThat(Checks.finitePositive(Double.MIN_VALUE, "Divisor")).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void finitePositive_zero_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.finitePositive(0.0, "Divisor"))
        .withMessage("Divisor must be finite and positive: 0.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.finitePositive(-0.0, "Divisor"))
        .withMessage("Divisor must be finite and positive: -0.0");
  }

  @Test
  void finitePositive_nan_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.finitePositive(Double.NaN, "Divisor"))
        .withMessage("Divisor must be finite and positive: NaN");
  }

  //--- fractionPositive(double, String) ---------------------------------------------------------

  @Test
  void fractionPositive_halfAndOne_returnValue() {
    assertThat(Checks.fractionPositive(0.5, "Utilisation")).isEqualTo(0.5);
    assertThat(Checks.fractionPositive(1.0, "Utilisation")).isEqualTo(1.0);
  }

  @Test
  void fractionPositive_zero_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.fractionPositive(0.0, "Utilisation"))
        .withMessage("Utilisation must be in (0, 1]: 0.0");
  }

  @Test
  void fractionPositive_aboveOneAndNan_throw() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.fractionPositive(Math.nextUp(1.0), "Utilisation"))
        .withMessage("Utilisation must be in (0, 1]: 1.0000000000000002");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.fractionPositive(Double.NaN, "Utilisation"))
        .withMessage("Utilisation must be in (0, 1]: NaN");
  }

  //--- fraction(double, String) -----------------------------------------------------------------

  @Test
  void fraction_zeroAndOne_returnValue() {
    assertThat(Checks.fraction(0.0, "Cache-hit rate")).isZero();
    assertThat(Checks.fraction(1.0, "Cache-hit rate")).isEqualTo(1.0);
  }

  @Test
  void fraction_outside_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.fraction(-0.1, "Cache-hit rate"))
        .withMessage("Cache-hit rate must be in [0, 1]: -0.1");
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.fraction(1.5, "Cache-hit rate"))
        .withMessage("Cache-hit rate must be in [0, 1]: 1.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.fraction(Double.NaN, "Cache-hit rate"))
        .withMessage("Cache-hit rate must be in [0, 1]: NaN");
  }

  //--- notNegative(BigDecimal, String) ----------------------------------------------------------

  @Test
  void notNegativeDecimal_zeroAndPositive_returnValue() {
    assertThat(Checks.notNegative(BigDecimal.ZERO, "Price")).isEqualTo(BigDecimal.ZERO);
    assertThat(Checks.notNegative(DECIMAL_0_5, "Price")).isEqualTo(DECIMAL_0_5);
  }

  @Test
  void notNegativeDecimal_negative_throwsWithPlainText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.notNegative(new BigDecimal("-5E-7"), "Price"))
        .withMessage("Price must not be negative: -0.0000005");
  }

  @Test
  void notNegativeDecimal_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Checks.notNegative(null, "Price"));
  }

  //--- fraction(BigDecimal, String) -------------------------------------------------------------

  @Test
  void fractionDecimal_bounds_returnValue() {
    assertThat(Checks.fraction(BigDecimal.ZERO, "Share")).isEqualTo(BigDecimal.ZERO);
    assertThat(Checks.fraction(new BigDecimal("1.000"), "Share"))
        .isEqualTo(new BigDecimal("1.000"));
  }

  @Test
  void fractionDecimal_outside_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.fraction(new BigDecimal("1.01"), "Share"))
        .withMessage("Share must be in [0, 1]: 1.01");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.fraction(new BigDecimal("-0.5"), "Share"))
        .withMessage("Share must be in [0, 1]: -0.5");
  }

  @Test
  void fractionDecimal_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Checks.fraction(null, "Share"));
  }

  //--- notBlank(String, String) -----------------------------------------------------------------

  @Test
  void notBlank_text_returnsValue() {
    assertThat(Checks.notBlank(" H100 ", "Accelerator name")).isEqualTo(" H100 ");
  }

  @Test
  void notBlank_emptyAndSpaces_throw() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.notBlank("", "Accelerator name"))
        .withMessage("Accelerator name must not be blank: ''");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.notBlank(" \t", "Accelerator name"))
        .withMessage("Accelerator name must not be blank: ' \t'");
  }

  @Test
  void notBlank_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> Checks.notBlank(null, "Accelerator name"));
  }

  //--- finiteResult(double, String) -------------------------------------------------------------

  @Test
  void finiteResult_finite_returnsValue() {
    assertThat(Checks.finiteResult(-2.5, "Energy")).isEqualTo(-2.5);
  }

  @Test
  void finiteResult_infinity_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Checks.finiteResult(Double.POSITIVE_INFINITY, "Energy"))
        .withMessage("Energy overflow: Infinity");
  }

  @Test
  void finiteResult_nan_throwsArithmetic() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Checks.finiteResult(Double.NaN, "Energy"))
        .withMessage("Energy overflow: NaN");
  }
}
