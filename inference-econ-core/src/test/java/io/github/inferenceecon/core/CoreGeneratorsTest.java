/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.money.PriceBasis;
import io.github.inferenceecon.core.units.ByteUnit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks that the shared generators keep their promises: law-safe values stay in range, edge
 * generators stay on their edge, and the interesting cases are actually drawn.
 */
final class CoreGeneratorsTest {

  //--- numbers ----------------------------------------------------------------------------------

  @Test
  void counts_areLawSafe() {
    qt().forAll(CoreGenerators.counts()).checkAssert(n ->
        assertThat(n).isBetween(0L, CoreGenerators.SUMMABLE_MAX_LONG));
    assertThat(Math.addExact(Math.addExact(CoreGenerators.SUMMABLE_MAX_LONG,
        CoreGenerators.SUMMABLE_MAX_LONG), Math.addExact(CoreGenerators.SUMMABLE_MAX_LONG,
        CoreGenerators.SUMMABLE_MAX_LONG))).isPositive();
  }

  @Test
  void countsAboveHalfMax_alwaysOverflowInPairs() {
    qt().forAll(CoreGenerators.countsAboveHalfMax(), CoreGenerators.countsAboveHalfMax())
        .checkAssert((a, b) -> assertThat(a + b).isNegative());
  }

  @Test
  void anyCounts_reachTheEdges() {
    Set<Long> seen = new HashSet<>();
    qt().forAll(CoreGenerators.anyCounts()).checkAssert(n -> {
      assertThat(n).isNotNegative();
      seen.add(n);
    });
    assertThat(seen).contains(0L, Long.MAX_VALUE);
  }

  @Test
  void finiteNonNegativeDoubles_areFiniteAndNotNegative() {
    Set<Double> seen = new HashSet<>();
    qt().forAll(CoreGenerators.finiteNonNegativeDoubles()).checkAssert(x -> {
      assertThat(Double.isFinite(x)).isTrue();
      assertThat(Double.doubleToRawLongBits(x)).isNotNegative();
      seen.add(x);
    });
    assertThat(seen).contains(0.0, Double.MIN_VALUE, Double.MAX_VALUE);
    assertThat(seen).anyMatch(x -> x > 0 && x < Double.MIN_NORMAL);
  }

  @Test
  void summableDoubles_addToFiniteSums() {
    qt().forAll(CoreGenerators.summableDoubles()).checkAssert(x -> {
      assertThat(x).isBetween(0.0, CoreGenerators.SUMMABLE_MAX_DOUBLE);
      assertThat(Double.isFinite(x + x + x + x)).isTrue();
    });
  }

  @Test
  void doublesAboveHalfMax_alwaysOverflowInPairs() {
    qt().forAll(CoreGenerators.doublesAboveHalfMax(), CoreGenerators.doublesAboveHalfMax())
        .checkAssert((a, b) -> {
          assertThat(Double.isFinite(a)).isTrue();
          assertThat(a + b).isEqualTo(Double.POSITIVE_INFINITY);
        });
  }

  @Test
  void positiveDoubles_arePositiveAndFinite() {
    qt().forAll(CoreGenerators.positiveDoubles()).checkAssert(x -> {
      assertThat(x).isPositive();
      assertThat(Double.isFinite(x)).isTrue();
    });
  }

  //--- units ------------------------------------------------------------------------------------

  @Test
  void byteSizes_areLawSafe_andCoverEveryUnit() {
    qt().forAll(CoreGenerators.byteSizes()).checkAssert(size ->
        assertThat(size.toBytes()).isBetween(0L, CoreGenerators.SUMMABLE_MAX_LONG));
    Set<ByteUnit> units = EnumSet.noneOf(ByteUnit.class);
    qt().forAll(CoreGenerators.byteUnits()).checkAssert(units::add);
    assertThat(units).containsExactlyInAnyOrder(ByteUnit.values());
  }

  @Test
  void durations_areNotNegative() {
    qt().forAll(CoreGenerators.durations()).checkAssert(duration ->
        assertThat(duration.isNegative()).isFalse());
  }

  //--- money ------------------------------------------------------------------------------------

  @Test
  void currencies_coverAllFour() {
    Set<Currency> seen = new HashSet<>();
    qt().forAll(CoreGenerators.currencies()).checkAssert(seen::add);
    assertThat(seen).containsExactlyInAnyOrder(CoreGenerators.USD, CoreGenerators.EUR,
        CoreGenerators.JPY, CoreGenerators.GBP);
  }

  @Test
  void moneyAmounts_coverSignsAndScales() {
    Set<String> kinds = new HashSet<>();
    qt().forAll(CoreGenerators.moneyAmounts()).checkAssert(amount -> {
      kinds.add(amount.signum() < 0 ? "negative" : amount.signum() == 0 ? "zero" : "positive");
      if (amount.scale() < 0) {
        kinds.add("negative scale");
      }
      if (amount.scale() == 0) {
        kinds.add("scale 0");
      }
      if (amount.scale() > 0 && amount.signum() != 0
          && amount.stripTrailingZeros().scale() < amount.scale()) {
        kinds.add("trailing zeros");
      }
      if (amount.precision() > 30) {
        kinds.add("large");
      }
    });
    assertThat(kinds).contains("negative", "zero", "positive", "negative scale", "scale 0",
        "trailing zeros", "large");
  }

  @Test
  void nonNegativeMonies_areNotNegative() {
    qt().forAll(CoreGenerators.nonNegativeMonies()).checkAssert(money ->
        assertThat(money.isNegative()).isFalse());
  }

  @Test
  void tokenPrices_havePowerOfTenDenominators() {
    qt().forAll(CoreGenerators.tokenPrices()).checkAssert(price -> {
      BigDecimal per = BigDecimal.valueOf(price.per().count()).stripTrailingZeros();
      assertThat(per.unscaledValue()).isEqualTo(BigInteger.ONE);
      assertThat(price.price().isNegative()).isFalse();
    });
  }

  @Test
  void hourlyPrices_coverBothBases() {
    Set<PriceBasis> seen = EnumSet.noneOf(PriceBasis.class);
    qt().forAll(CoreGenerators.hourlyPrices()).checkAssert(price -> seen.add(price.basis()));
    assertThat(seen).containsExactlyInAnyOrder(PriceBasis.values());
  }
}
