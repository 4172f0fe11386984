/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertWithin;
import static io.github.inferenceecon.core.CoreGenerators.anyByteSizes;
import static io.github.inferenceecon.core.CoreGenerators.anyCounts;
import static io.github.inferenceecon.core.CoreGenerators.byteSizes;
import static io.github.inferenceecon.core.CoreGenerators.byteUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of {@link ByteSize}: the {@linkplain ExactQuantityLaws quantity contract}
 * and the laws of its own units and operations.
 */
final class ByteSizeProperties extends ExactQuantityLaws<ByteSize> {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  //--- the contract's hooks --------------------------------------------------------------------

  @Override
  String noun() {
    return "Byte size";
  }

  @Override
  ByteSize of(long bytes) {
    return ByteSize.ofBytes(bytes);
  }

  @Override
  long value(ByteSize quantity) {
    return quantity.toBytes();
  }

  @Override
  Gen<ByteSize> summableValues() {
    return byteSizes();
  }

  @Override
  ByteSize parse(String text) {
    return ByteSize.parse(text);
  }

  @Override
  ByteSize zero() {
    return ByteSize.ZERO;
  }

  @Override
  ByteSize total(List<ByteSize> values) {
    return ByteSize.total(values);
  }

  @Override
  ByteSize plus(ByteSize a, ByteSize b) {
    return a.plus(b);
  }

  @Override
  ByteSize minus(ByteSize a, ByteSize b) {
    return a.minus(b);
  }

  @Override
  ByteSize multipliedBy(ByteSize quantity, long factor) {
    return quantity.multipliedBy(factor);
  }

  @Override
  ByteSize dividedBy(ByteSize quantity, long divisor, RoundingMode rounding) {
    return quantity.dividedBy(divisor, rounding);
  }

  @Override
  ByteSize min(ByteSize a, ByteSize b) {
    return a.min(b);
  }

  @Override
  ByteSize max(ByteSize a, ByteSize b) {
    return a.max(b);
  }

  @Override
  boolean isGreaterThan(ByteSize a, ByteSize b) {
    return a.isGreaterThan(b);
  }

  @Override
  boolean isLessThan(ByteSize a, ByteSize b) {
    return a.isLessThan(b);
  }

  //--- of(long, ByteUnit) and the unit factories ------------------------------------------------

  @Test
  void ofGibibytes_insideSafeRange_isShiftedExactly() {
    qt().forAll(longs().between(0, Long.MAX_VALUE >> 30)).checkAssert(n ->
        assertThat(ByteSize.ofGibibytes(n).toBytes()).isEqualTo(n << 30));
  }

  @Test
  void ofGibibytes_outsideSafeRange_throwsArithmetic() {
    qt().forAll(longs().between((Long.MAX_VALUE >> 30) + 1, Long.MAX_VALUE)).checkAssert(n ->
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> ByteSize.ofGibibytes(n)));
  }

  @Test
  void ofKibibytesAndMebibytes_insideSafeRange_areShiftedExactly() {
    qt().forAll(longs().between(0, Long.MAX_VALUE >> 20)).checkAssert(n -> {
      assertThat(ByteSize.ofKibibytes(n).toBytes()).isEqualTo(n << 10);
      assertThat(ByteSize.ofMebibytes(n).toBytes()).isEqualTo(n << 20);
    });
  }

  @Test
  void ofGigabytes_insideSafeRange_isExact() {
    qt().forAll(longs().between(0, Long.MAX_VALUE / 1_000_000_000L)).checkAssert(n ->
        assertThat(ByteSize.ofGigabytes(n).toBytes()).isEqualTo(n * 1_000_000_000L));
  }

  @Test
  void of_anyUnit_isExactOrThrows_neverWraps() {
    qt().forAll(anyCounts(), byteUnits()).checkAssert((n, unit) -> {
      BigInteger exact = BigInteger.valueOf(n).multiply(BigInteger.valueOf(unit.bytes()));
      if (exact.compareTo(MAX) <= 0) {
        assertThat(ByteSize.of(n, unit).toBytes()).isEqualTo(exact.longValueExact());
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> ByteSize.of(n, unit));
      }
    });
  }

  @Test
  void of_safeAmountInUnit_isExact() {
    // raw / unit.bytes() spreads the amounts evenly over the whole safe range of the unit
    qt().forAll(anyCounts(), byteUnits()).checkAssert((raw, unit) -> {
      long n = raw / unit.bytes();
      assertThat(ByteSize.of(n, unit).toBytes()).isEqualTo(n * unit.bytes());
    });
  }

  //--- of(BigDecimal, ByteUnit, RoundingMode) ---------------------------------------------------

  @Test
  void ofDecimal_unnecessary_throwsExactlyWhenFractionalBytes() {
    // amounts with up to 18 decimals in any unit: whole bytes exactly when amount x factor is whole
    qt().forAll(longs().between(0, 1_000_000_000_000L), integers().between(0, 18), byteUnits())
        .checkAssert((unscaled, scale, unit) -> {
          BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
          BigDecimal exact = amount.multiply(BigDecimal.valueOf(unit.bytes()));
          boolean whole = exact.stripTrailingZeros().scale() <= 0;
          boolean fits = exact.compareTo(new BigDecimal(MAX)) <= 0;
          if (whole && fits) {
            assertThat(ByteSize.of(amount, unit, RoundingMode.UNNECESSARY).toBytes())
                .isEqualTo(exact.longValueExact());
          } else {
            assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> ByteSize.of(amount, unit, RoundingMode.UNNECESSARY));
          }
        });
  }

  @Test
  void ofDecimal_floorAndCeiling_boundTheExactAmount() {
    qt().forAll(longs().between(0, 1_000_000_000_000L), integers().between(0, 18), byteUnits())
        .checkAssert((unscaled, scale, unit) -> {
          BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
          BigDecimal exact = amount.multiply(BigDecimal.valueOf(unit.bytes()));
          if (exact.compareTo(new BigDecimal(MAX)) < 0) {
            long floor = ByteSize.of(amount, unit, RoundingMode.FLOOR).toBytes();
            long ceiling = ByteSize.of(amount, unit, RoundingMode.CEILING).toBytes();
            assertThat(BigDecimal.valueOf(floor)).isLessThanOrEqualTo(exact);
            assertThat(BigDecimal.valueOf(ceiling)).isGreaterThanOrEqualTo(exact);
            assertThat(ceiling - floor).isBetween(0L, 1L);
          }
        });
  }

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void parse_ofToString_roundTripsInUnits() {
    qt().forAll(byteSizes()).checkAssert(size ->
        assertThat(ByteSize.parse(size.toString())).isEqualTo(size));
  }

  @Test
  void parse_ofAmountInAnyUnit_isSameSize() {
    qt().forAll(anyByteSizes(), byteUnits()).checkAssert((size, unit) ->
        assertThat(ByteSize.parse(size.to(unit).toPlainString() + " " + unit.symbol()))
            .isEqualTo(size));
  }

  @Test
  void toString_usesTheShorterOfTheNaturalBinaryAndDecimalUnits() {
    // the natural unit of a family is its largest unit that keeps the amount at least 1
    qt().forAll(anyByteSizes()).checkAssert(size -> {
      String text = size.toString();
      String number = text.substring(0, text.indexOf(' '));
      ByteUnit used = ByteUnit.ofSymbol(text.substring(text.indexOf(' ') + 1));
      assertThat(new BigDecimal(number)).isEqualByComparingTo(size.to(used));
      for (ByteUnit unit : ByteUnit.values()) {
        boolean natural = size.toBytes() >= unit.bytes() && Arrays.stream(
            ByteUnit.values()).noneMatch(u -> u.isBinary() == unit.isBinary()
                && u.bytes() > unit.bytes() && size.toBytes() >= u.bytes());
        if (natural && unit != ByteUnit.BYTES) {
          assertThat(number.length())
              .isLessThanOrEqualTo(size.to(unit).toPlainString().length());
        }
      }
    });
  }

  //--- to(ByteUnit) / toGibibytes() / toGigabytes() ---------------------------------------------

  @Test
  void to_thenOf_roundTripsExactly() {
    qt().forAll(anyByteSizes(), byteUnits()).checkAssert((size, unit) ->
        assertThat(ByteSize.of(size.to(unit), unit, RoundingMode.UNNECESSARY)).isEqualTo(size));
  }

  @Test
  void toGibibytes_isCorrectlyRounded() {
    // a long converts to the nearest double and dividing by 2^30 is exact, so the result is the
    // double nearest the exact quotient
    qt().forAll(anyByteSizes()).checkAssert(size ->
        assertThat(size.toGibibytes()).isEqualTo(size.to(ByteUnit.GIBIBYTES).doubleValue()));
  }

  @Test
  void toGigabytes_upTo2pow53Bytes_isCorrectlyRounded() {
    // up to 2^53 the long converts to a double exactly, so dividing by 1e9 rounds only once
    qt().forAll(longs().between(0, 1L << 53).map(ByteSize::ofBytes)).checkAssert(size ->
        assertThat(size.toGigabytes()).isEqualTo(size.to(ByteUnit.GIGABYTES).doubleValue()));
  }

  @Test
  void toGigabytes_anySize_isWithinTwoUlps() {
    // above 2^53 bytes (9 PB) the long-to-double conversion rounds too: two roundings, each at
    // most half an ulp of its own result, can put the quotient up to two ulps from the nearest
    qt().forAll(anyByteSizes()).checkAssert(size -> {
      double exact = size.to(ByteUnit.GIGABYTES).doubleValue();
      assertWithin(size.toGigabytes(), exact, 2 * Math.ulp(exact));
    });
  }

  //--- minusOrZero(ByteSize) --------------------------------------------------------------------

  @Test
  void minusOrZero_isDifferenceClampedAtZero() {
    qt().forAll(anyByteSizes(), anyByteSizes()).checkAssert((a, b) ->
        assertThat(a.minusOrZero(b).toBytes()).isEqualTo(Math.max(a.toBytes() - b.toBytes(), 0)));
  }

  //--- wholeTimes(ByteSize) ---------------------------------------------------------------------

  @Test
  void wholeTimes_boundsTheQuotient() {
    qt().forAll(anyByteSizes(), longs().between(1, Long.MAX_VALUE).map(ByteSize::ofBytes))
        .checkAssert((a, b) -> {
          BigInteger times = BigInteger.valueOf(a.wholeTimes(b));
          BigInteger divisor = BigInteger.valueOf(b.toBytes());
          BigInteger n = BigInteger.valueOf(a.toBytes());
          assertThat(times.multiply(divisor)).isLessThanOrEqualTo(n);
          assertThat(times.add(BigInteger.ONE).multiply(divisor)).isGreaterThan(n);
        });
  }

  //--- timeAt(ByteRate) -------------------------------------------------------------------------

  @Test
  void timeAt_neverDecreasesWithSize() {
    qt().forAll(longs().between(0, 1_000_000_000_000_000L),
        longs().between(0, 1_000_000_000_000_000L), longs().between(1, 10_000_000_000_000L))
        .checkAssert((a, b, rate) -> {
          ByteRate perSecond = ByteRate.of(rate);
          ByteSize small = ByteSize.ofBytes(Math.min(a, b));
          ByteSize large = ByteSize.ofBytes(Math.max(a, b));
          assertThat(small.timeAt(perSecond)).isLessThanOrEqualTo(large.timeAt(perSecond));
        });
  }
}
