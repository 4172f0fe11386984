/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.internal;

import static io.github.inferenceecon.core.CoreGenerators.moneyAmounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link Decimals}: the bit-reading power of ten agrees with repeated division. */
final class DecimalsProperties {

  /** The general rule powerOfTen replaced: divide by ten while it divides, then look for 1. */
  private static int powerOfTenByDivision(long n) {
    if (n <= 0) {
      return -1;
    }
    int k = 0;
    while (n % 10 == 0) {
      n /= 10;
      k++;
    }
    return n == 1 ? k : -1;
  }

  /**
   * Any long, with the powers of ten and their near misses mixed in: 10^k, 10^k +- 1, 2 x 10^k,
   * 5 x 10^k and 2^k (which has as many trailing zero bits as 10^k).
   */
  private static Gen<Long> longsNearPowersOfTen() {
    Gen<Long> near = integers().between(0, 18).zip(integers().between(0, 5), (k, kind) -> {
      long p = 1;
      for (int i = 0; i < k; i++) {
        p *= 10;
      }
      long[] forms = {p, p + 1, p - 1, p * 2, p * 5, 1L << k};
      return forms[kind];
    });
    return Generate.frequency(List.of(Pair.of(6, longs().all()), Pair.of(4, near)));
  }

  @Test
  void powerOfTen_equalsRepeatedDivision() {
    qt().forAll(longsNearPowersOfTen())
        .checkAssert(n -> assertThat(Decimals.powerOfTen(n)).as("%d", n)
            .isEqualTo(powerOfTenByDivision(n)));
  }

  @Test
  void powerOfTen_everyPowerALongHolds() {
    long p = 1;
    for (int k = 0; k <= 18; k++) {
      assertThat(Decimals.powerOfTen(p)).as("10^%d", k).isEqualTo(k);
      p *= 10;
    }
    assertThat(Decimals.powerOfTen(Long.MAX_VALUE)).isEqualTo(-1);
    assertThat(Decimals.powerOfTen(Long.MIN_VALUE)).isEqualTo(-1);
    assertThat(Decimals.powerOfTen(0)).isEqualTo(-1);
  }

  @Test
  void divideExact_powerOfTen_equalsDivide() {
    qt().forAll(moneyAmounts(), integers().between(0, 18)).checkAssert((value, k) -> {
      long divisor = BigDecimal.TEN.pow(k).longValueExact();
      assertThat(Decimals.divideExact(value, divisor))
          .isEqualByComparingTo(value.divide(BigDecimal.valueOf(divisor)));
    });
  }
}
