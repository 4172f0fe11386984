/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertWithin;
import static io.github.inferenceecon.core.CoreAssertions.jsonRoundTrip;
import static io.github.inferenceecon.core.CoreGenerators.anyByteSizes;
import static io.github.inferenceecon.core.CoreGenerators.anyCounts;
import static io.github.inferenceecon.core.CoreGenerators.byteSizes;
import static io.github.inferenceecon.core.CoreGenerators.byteSizesAboveHalfMax;
import static io.github.inferenceecon.core.CoreGenerators.byteUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class ByteSizeProperties {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Sizes from a narrow range, so that two draws are often equal. */
  private static Gen<ByteSize> fewByteSizes() {
    return longs().between(0, 3).map(ByteSize::ofBytes);
  }

  //--- ofBytes(long) ----------------------------------------------------------------------------

  @Test
  void ofBytes_nonNegative_keepsBytes() {
    qt().forAll(anyCounts())
        .checkAssert(n -> assertThat(ByteSize.ofBytes(n).toBytes()).isEqualTo(n));
  }

  @Test
  void ofBytes_negative_throws() {
    qt().forAll(longs().between(Long.MIN_VALUE, -1)).checkAssert(n ->
        assertThatIllegalArgumentException().isThrownBy(() -> ByteSize.ofBytes(n))
            .withMessage("Byte size must not be negative: " + n));
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

  //--- total(Iterable) --------------------------------------------------------------------------

  @Test
  void total_ofList_equalsRepeatedPlus() {
    qt().forAll(lists().of(byteSizes()).ofSizeBetween(0, 4)).checkAssert(sizes ->
        assertThat(ByteSize.total(sizes))
            .isEqualTo(sizes.stream().reduce(ByteSize.ZERO, ByteSize::plus)));
  }

  //--- parse(CharSequence) / toString() ---------------------------------------------------------

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(anyByteSizes()).checkAssert(size ->
        assertThat(ByteSize.parse(size.toString())).isEqualTo(size));
  }

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

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_readAfterWrite_isEqual() {
    qt().forAll(anyByteSizes()).checkAssert(size ->
        assertThat(jsonRoundTrip(size)).isEqualTo(size));
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

  //--- plus(ByteSize) / minus(ByteSize) ---------------------------------------------------------

  @Test
  void plus_zero_isIdentity() {
    qt().forAll(anyByteSizes()).checkAssert(a -> {
      assertThat(a.plus(ByteSize.ZERO)).isEqualTo(a);
      assertThat(ByteSize.ZERO.plus(a)).isEqualTo(a);
    });
  }

  @Test
  void plus_commutes() {
    qt().forAll(byteSizes(), byteSizes()).checkAssert((a, b) ->
        assertThat(a.plus(b)).isEqualTo(b.plus(a)));
  }

  @Test
  void plus_associates() {
    qt().forAll(byteSizes(), byteSizes(), byteSizes()).checkAssert((a, b, c) ->
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c))));
  }

  @Test
  void plus_thenMinus_isIdentity() {
    qt().forAll(byteSizes(), byteSizes()).checkAssert((a, b) ->
        assertThat(a.plus(b).minus(b)).isEqualTo(a));
  }

  @Test
  void plus_overflow_throwsArithmetic() {
    qt().forAll(byteSizesAboveHalfMax(), byteSizesAboveHalfMax()).checkAssert((a, b) ->
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.plus(b)));
  }

  @Test
  void minus_largerFromSmaller_throws() {
    qt().forAll(anyByteSizes(), anyByteSizes()).checkAssert((a, b) -> {
      if (a.isLessThan(b)) {
        assertThatIllegalArgumentException().isThrownBy(() -> a.minus(b))
            .withMessage("Byte size must not be negative: " + (a.toBytes() - b.toBytes()));
      } else {
        assertThat(a.minus(b).toBytes()).isEqualTo(a.toBytes() - b.toBytes());
      }
    });
  }

  //--- minusOrZero(ByteSize) --------------------------------------------------------------------

  @Test
  void minusOrZero_isDifferenceClampedAtZero() {
    qt().forAll(anyByteSizes(), anyByteSizes()).checkAssert((a, b) ->
        assertThat(a.minusOrZero(b).toBytes()).isEqualTo(Math.max(a.toBytes() - b.toBytes(), 0)));
  }

  //--- multipliedBy(long) / dividedBy(long, RoundingMode) ---------------------------------------

  @Test
  void multipliedBy_exactOrThrows_neverWraps() {
    qt().forAll(anyCounts(), anyCounts()).checkAssert((n, factor) -> {
      BigInteger exact = BigInteger.valueOf(n).multiply(BigInteger.valueOf(factor));
      if (exact.compareTo(MAX) <= 0) {
        assertThat(ByteSize.ofBytes(n).multipliedBy(factor).toBytes())
            .isEqualTo(exact.longValue());
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> ByteSize.ofBytes(n).multipliedBy(factor));
      }
    });
  }

  @Test
  void dividedBy_floor_boundsQuotient() {
    qt().forAll(anyByteSizes(), longs().between(1, Long.MAX_VALUE)).checkAssert((a, d) -> {
      BigInteger q = BigInteger.valueOf(a.dividedBy(d, RoundingMode.FLOOR).toBytes());
      BigInteger n = BigInteger.valueOf(a.toBytes());
      BigInteger divisor = BigInteger.valueOf(d);
      assertThat(q.multiply(divisor)).isLessThanOrEqualTo(n);
      assertThat(q.add(BigInteger.ONE).multiply(divisor)).isGreaterThan(n);
    });
  }

  @Test
  void dividedBy_unnecessary_throwsExactlyWhenInexact() {
    qt().forAll(anyCounts(), longs().between(1, 1_000)).checkAssert((n, d) -> {
      if (n % d == 0) {
        assertThat(ByteSize.ofBytes(n).dividedBy(d, RoundingMode.UNNECESSARY).toBytes())
            .isEqualTo(n / d);
      } else {
        assertThatExceptionOfType(ArithmeticException.class)
            .isThrownBy(() -> ByteSize.ofBytes(n).dividedBy(d, RoundingMode.UNNECESSARY));
      }
    });
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

  //--- min / max / compareTo / equals / hashCode ------------------------------------------------

  @Test
  void minMax_partitionThePair() {
    qt().forAll(byteSizes(), byteSizes()).checkAssert((a, b) -> {
      assertThat(a.min(b)).isLessThanOrEqualTo(a.max(b));
      assertThat(a.min(b).plus(a.max(b))).isEqualTo(a.plus(b));
    });
  }

  @Test
  void compareTo_consistentWithEquals() {
    qt().forAll(fewByteSizes(), fewByteSizes()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.isGreaterThan(b)).isEqualTo(a.compareTo(b) > 0);
      assertThat(a.isLessThan(b)).isEqualTo(a.compareTo(b) < 0);
    });
  }

  @Test
  void hashCode_equalValues_equalHashes() {
    qt().forAll(anyByteSizes()).checkAssert(size ->
        assertThat(ByteSize.parse(size.toString()).hashCode()).isEqualTo(size.hashCode()));
  }
}
