/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static io.github.inferenceecon.core.CoreGenerators.moneyAmounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class ChecksProperties {

  /** Any double, with NaN, the infinities, the zeros and the fraction bounds mixed in. */
  private static Gen<Double> anyDoubles() {
    return Generate.frequency(List.of(
        Pair.of(8, doubles().any()),
        Pair.of(2, arbitrary().pick(Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, Double.MIN_VALUE, Math.nextUp(1.0)))));
  }

  //--- long and int checks ----------------------------------------------------------------------

  @Test
  void notNegativeLong_throwsExactlyForNegatives() {
    qt().forAll(longs().all()).checkAssert(n -> {
      if (n >= 0) {
        assertThat(Checks.notNegative(n, "Count")).isEqualTo(n);
      } else {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.notNegative(n, "Count"))
            .withMessage("Count must not be negative: " + n);
      }
    });
  }

  @Test
  void positiveLong_throwsExactlyForZeroAndNegatives() {
    qt().forAll(longs().between(-1_000, 1_000)).checkAssert(n -> {
      if (n > 0) {
        assertThat(Checks.positive(n, "Count")).isEqualTo(n);
      } else {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.positive(n, "Count"))
            .withMessage("Count must be positive: " + n);
      }
    });
  }

  @Test
  void intChecks_agreeWithLongChecks() {
    qt().forAll(integers().all()).checkAssert(n -> {
      assertThat(throwsIllegalArgument(() -> Checks.notNegative(n, "Count")))
          .isEqualTo(throwsIllegalArgument(() -> Checks.notNegative((long) n, "Count")));
      assertThat(throwsIllegalArgument(() -> Checks.positive(n, "Count")))
          .isEqualTo(throwsIllegalArgument(() -> Checks.positive((long) n, "Count")));
    });
  }

  //--- double checks ----------------------------------------------------------------------------

  @Test
  void finiteNotNegative_acceptsExactlyFiniteNonNegatives() {
    qt().forAll(anyDoubles()).checkAssert(x -> {
      boolean valid = Double.isFinite(x) && x >= 0;
      assertThat(throwsIllegalArgument(() -> Checks.finiteNotNegative(x, "Rate")))
          .isEqualTo(!valid);
    });
  }

  @Test
  void finitePositive_acceptsExactlyFinitePositives() {
    qt().forAll(anyDoubles()).checkAssert(x -> {
      boolean valid = Double.isFinite(x) && x > 0;
      assertThat(throwsIllegalArgument(() -> Checks.finitePositive(x, "Divisor")))
          .isEqualTo(!valid);
    });
  }

  @Test
  void fractions_acceptExactlyTheirIntervals() {
    qt().forAll(anyDoubles()).checkAssert(x -> {
      assertThat(throwsIllegalArgument(() -> Checks.fraction(x, "Rate")))
          .isEqualTo(!(x >= 0 && x <= 1));
      assertThat(throwsIllegalArgument(() -> Checks.fractionPositive(x, "Rate")))
          .isEqualTo(!(x > 0 && x <= 1));
    });
  }

  @Test
  void finiteResult_throwsExactlyForNonFinite() {
    qt().forAll(anyDoubles()).checkAssert(x -> {
      if (Double.isFinite(x)) {
        assertThat(Checks.finiteResult(x, "Energy")).isEqualTo(x);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> Checks.finiteResult(x, "Energy"))
            .withMessage("Energy overflow: " + x);
      }
    });
  }

  @Test
  void doubleChecks_messageEndsWithTheValue() {
    qt().forAll(anyDoubles()).checkAssert(x -> {
      if (!(Double.isFinite(x) && x >= 0)) {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.finiteNotNegative(x, "Rate"))
            .withMessage("Rate must be finite and not negative: " + x);
      }
    });
  }

  //--- decimal checks ---------------------------------------------------------------------------

  @Test
  void notNegativeDecimal_throwsExactlyForNegatives() {
    qt().forAll(moneyAmounts()).checkAssert(amount -> {
      if (amount.signum() >= 0) {
        assertThat(Checks.notNegative(amount, "Price")).isSameAs(amount);
      } else {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.notNegative(amount, "Price"))
            .withMessage("Price must not be negative: " + amount.toPlainString());
      }
    });
  }

  @Test
  void fractionDecimal_acceptsExactlyZeroToOne() {
    qt().forAll(moneyAmounts().map(a -> a.movePointLeft(a.precision()))).checkAssert(x -> {
      boolean valid = x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0;
      assertThat(throwsIllegalArgument(() -> Checks.fraction(x, "Share"))).isEqualTo(!valid);
    });
  }

  //--- notBlank(String, String) -----------------------------------------------------------------

  @Test
  void notBlank_throwsExactlyForBlank() {
    Gen<String> texts = strings().basicLatinAlphabet().ofLengthBetween(0, 3)
        .zip(arbitrary().pick("", " ", "\t", "  \n"), (text, space) -> space + text + space);
    qt().forAll(texts).checkAssert(text -> {
      if (text.isBlank()) {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.notBlank(text, "Name"))
            .withMessage("Name must not be blank: '" + text + "'");
      } else {
        assertThat(Checks.notBlank(text, "Name")).isSameAs(text);
      }
    });
  }

  private static boolean throwsIllegalArgument(Runnable check) {
    try {
      check.run();
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
