/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

final class InputValuesTest {

  //-----------------------------------------------------------------------
  // shown
  //-----------------------------------------------------------------------
  @Test
  void shown_shortText_isUnchanged() {
    assertThat(InputValues.shown("h100")).isEqualTo("h100");
    assertThat(InputValues.shown("")).isEmpty();
  }

  @Test
  void shown_controlCharacters_areEscapedOnOneLine() {
    assertThat(InputValues.shown("a\nb\rc\td\u0000e\u2028f"))
        .isEqualTo("a\\nb\\rc\\td\\u0000e\\u2028f");
  }

  @Test
  void shown_longText_isCutAfter80WithItsLength() {
    // 50 MiB of 'a': 80 characters shown, then the full length, 52,428,800
    String shown = InputValues.shown("a".repeat(50 * 1024 * 1024));
    assertThat(shown).isEqualTo("a".repeat(80) + "... (52428800 characters)");
    assertThat(InputValues.shown("a".repeat(80))).isEqualTo("a".repeat(80));
    assertThat(InputValues.shown("a".repeat(81))).endsWith("... (81 characters)");
  }

  @Test
  void shown_null_throws() {
    assertThatThrownBy(() -> InputValues.shown(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  //-----------------------------------------------------------------------
  // oneLine
  //-----------------------------------------------------------------------
  @Test
  void oneLine_escapesControlsAndCutsNothing() {
    String longMessage = "x".repeat(200) + "\n" + "y";
    assertThat(InputValues.oneLine(longMessage)).isEqualTo("x".repeat(200) + "\\ny");
  }

  //-----------------------------------------------------------------------
  // rejected
  //-----------------------------------------------------------------------
  @Test
  void rejected_namesOptionRuleAndValueAsTyped() {
    assertThat(InputValues.rejected("--top", "-1", "must not be negative"))
        .isEqualTo("--top must not be negative: '-1'");
    assertThat(InputValues.rejected("num_hidden_layers", "a\nb", "must be a whole number"))
        .isEqualTo("num_hidden_layers must be a whole number: 'a\\nb'");
  }

  //-----------------------------------------------------------------------
  // decimal
  //-----------------------------------------------------------------------
  @Test
  void decimal_ordinaryText_isReadExactly() {
    assertThat(InputValues.decimal("--price", "3.00")).isEqualTo(new BigDecimal("3.00"));
    assertThat(InputValues.decimal("--price", " 1.5e-3 ")).isEqualTo(new BigDecimal("0.0015"));
    // 30 digits after the point and 30 before: the bounds themselves
    assertThat(InputValues.decimal("--price", "1e-30")).isEqualTo(new BigDecimal("1e-30"));
    assertThat(InputValues.decimal("--price", "9".repeat(30))).hasToString("9".repeat(30));
  }

  @Test
  @Timeout(1)
  void decimal_hugeOrTinyExponent_isRejectedAtOnce() {
    assertThatThrownBy(() -> InputValues.decimal("--price-per-device-hour", "1e-999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--price-per-device-hour must be a decimal with at most 30 digits before "
            + "and after the point: '1e-999999999'");
    assertThatThrownBy(() -> InputValues.decimal("--electricity-price", "1e999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1e999999999'");
    assertThatThrownBy(() -> InputValues.decimal("x", "1e-31"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InputValues.decimal("x", "1" + "0".repeat(30)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decimal_notANumber_namesTheOption() {
    assertThatThrownBy(() -> InputValues.decimal("--price", "NaN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--price must be a decimal number: 'NaN'");
    assertThatThrownBy(() -> InputValues.decimal("--price", "1".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--price must be a decimal number: '" + "1".repeat(80)
            + "... (101 characters)'");
  }

  @Test
  void isBounded_readsScaleAndPrecisionOnly() {
    assertThat(InputValues.isBounded(new BigDecimal("123.456"))).isTrue();
    assertThat(InputValues.isBounded(new BigDecimal("1E+999999999"))).isFalse();
    assertThat(InputValues.isBounded(new BigDecimal("1E-999999999"))).isFalse();
  }
}
