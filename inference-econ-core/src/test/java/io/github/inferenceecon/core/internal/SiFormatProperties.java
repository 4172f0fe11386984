/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static io.github.inferenceecon.core.CoreGenerators.finiteNonNegativeDoubles;
import static io.github.inferenceecon.core.CoreGenerators.moneyAmounts;
import static io.github.inferenceecon.core.CoreGenerators.positiveDoubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.inferenceecon.core.InputValues;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class SiFormatProperties {

  private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};

  /** Unit symbols of the quantities, so that prefixes are checked against real suffixes. */
  private static Gen<String> units() {
    return arbitrary().pick("B/s", "FLOP", "FLOP/s", "W", "J", "gCO2e", "tokens/s", "gCO2e/kWh");
  }

  //--- format / parse ---------------------------------------------------------------------------

  @Test
  void parse_ofFormat_isExactPrefixed() {
    // the class Javadoc claims parse(format(x)) == x for every finite non-negative double
    qt().forAll(finiteNonNegativeDoubles(), units()).checkAssert((x, unit) ->
        assertThat(SiFormat.parse(SiFormat.format(x, unit, true), unit, true, "Quantity"))
            .isEqualTo(x));
  }

  @Test
  void parse_ofFormat_isExactUnprefixed() {
    qt().forAll(finiteNonNegativeDoubles(), units()).checkAssert((x, unit) ->
        assertThat(SiFormat.parse(SiFormat.format(x, unit, false), unit, false, "Quantity"))
            .isEqualTo(x));
  }

  @Test
  void format_prefixed_numberIsBelowThousandUntilExa() {
    qt().forAll(finiteNonNegativeDoubles(), units()).checkAssert((x, unit) -> {
      String text = SiFormat.format(x, unit, true);
      int space = text.indexOf(' ');
      BigDecimal number = new BigDecimal(text.substring(0, space));
      String prefix = text.substring(space + 1, text.length() - unit.length());
      assertThat(text).endsWith(unit);
      assertThat(PREFIXES).contains(prefix);
      if (!prefix.equals("E")) {
        assertThat(number).isLessThan(BigDecimal.valueOf(1000));
      }
      if (!prefix.isEmpty()) {
        assertThat(number).isGreaterThanOrEqualTo(BigDecimal.ONE);
      }
    });
  }

  @Test
  void format_unprefixed_numberIsTheShortestDecimal() {
    // the number is Double.toString's digits in plain notation
    qt().forAll(finiteNonNegativeDoubles(), units()).checkAssert((x, unit) -> {
      String text = SiFormat.format(x, unit, false);
      assertThat(text).isEqualTo(
          SiFormat.plain(new BigDecimal(Double.toString(x))) + " " + unit);
    });
  }

  @Test
  void parse_negatedFormat_throws() {
    qt().forAll(positiveDoubles(), units()).checkAssert((x, unit) -> {
      String negative = "-" + SiFormat.format(x, unit, true);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SiFormat.parse(negative, unit, true, "Quantity"))
          .withMessage("Text cannot be parsed to a Quantity: '" + InputValues.shown(negative)
              + "'");
    });
  }

  //--- plain(BigDecimal) ------------------------------------------------------------------------

  @Test
  void plain_keepsValue_withoutExponentOrTrailingZeros() {
    qt().forAll(moneyAmounts()).checkAssert(decimal -> {
      String text = SiFormat.plain(decimal);
      assertThat(new BigDecimal(text)).isEqualByComparingTo(decimal);
      assertThat(text).doesNotContain("E");
      if (text.contains(".")) {
        assertThat(text).doesNotEndWith("0").doesNotEndWith(".");
      }
    });
  }
}
