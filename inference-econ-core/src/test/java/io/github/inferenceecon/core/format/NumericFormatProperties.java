/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.format.FormatGenerators.elementCounts;
import static io.github.inferenceecon.core.format.FormatGenerators.numericFormats;
import static io.github.inferenceecon.core.format.FormatGenerators.parseableFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

final class NumericFormatProperties {

  @Test
  void storageOf_isMonotoneInElements() {
    qt().forAll(numericFormats(), elementCounts(), longs().between(0, 1_000_000))
        .checkAssert((format, n, extra) -> assertThat(format.storageOf(n + extra).toBytes())
            .isGreaterThanOrEqualTo(format.storageOf(n).toBytes()));
  }

  @Test
  void storageOf_isAdditiveAfterWholeBlocksEndingOnAByte() {
    // n1 = k x 8 x blockSize elements end on a block and a byte boundary, so n2 more elements
    // cost exactly what n2 elements cost alone
    qt().forAll(numericFormats(), longs().between(0, 1_000_000), elementCounts())
        .checkAssert((format, k, n2) -> {
          long n1 = k * 8 * Math.max(1, format.blockSize());
          assertThat(format.storageOf(n1 + n2).toBytes())
              .isEqualTo(format.storageOf(n1).toBytes() + format.storageOf(n2).toBytes());
        });
  }

  @Test
  void storageOf_isSubadditive() {
    // a split can only start more blocks and round more bytes up
    qt().forAll(numericFormats(), elementCounts(), elementCounts())
        .checkAssert((format, n1, n2) -> assertThat(format.storageOf(n1 + n2).toBytes())
            .isLessThanOrEqualTo(format.storageOf(n1).toBytes() + format.storageOf(n2).toBytes()));
  }

  @Test
  void storageOf_isElementsTimesBitsPlusAtMostOnePartialBlockAndByte() {
    // exact: bits = n x elementBits + ceil(n / blockSize) x scaleBits, then ceil(bits / 8)
    qt().forAll(numericFormats(), elementCounts()).checkAssert((format, n) -> {
      BigInteger elements = BigInteger.valueOf(n);
      BigInteger bits = elements.multiply(BigInteger.valueOf(format.elementBits()));
      if (format.blockSize() > 0) {
        BigInteger[] qr = elements.divideAndRemainder(BigInteger.valueOf(format.blockSize()));
        BigInteger blocks = qr[0].add(qr[1].signum() == 0 ? BigInteger.ZERO : BigInteger.ONE);
        bits = bits.add(blocks.multiply(BigInteger.valueOf(format.scaleBits())));
      }
      BigInteger[] bytes = bits.divideAndRemainder(BigInteger.valueOf(8));
      long expected = bytes[0].longValueExact() + (bytes[1].signum() == 0 ? 0 : 1);
      assertThat(format.storageOf(n).toBytes()).isEqualTo(expected);
    });
  }

  @Test
  void storageOf_wholeBlocks_isElementsTimesBitsPerElement() {
    qt().forAll(numericFormats(), longs().between(0, 1_000_000)).checkAssert((format, k) -> {
      long n = k * 8 * Math.max(1, format.blockSize());
      // bitsPerElement is a double (6.25 is exact, 1 + 13/10 is not): compare to 1e-12
      assertThat((double) format.storageOf(n).toBytes())
          .isCloseTo(n * format.bitsPerElement() / 8, withinPercentage(1e-10));
    });
  }

  @Test
  void storageOf_smallerFormatOnWholeBlocksOfBoth_neverNeedsMoreBytes() {
    qt().forAll(numericFormats(), numericFormats(), longs().between(0, 100_000))
        .checkAssert((a, b, k) -> {
          long n = k * lcm(Math.max(1, a.blockSize()), Math.max(1, b.blockSize()));
          if (a.isNoLargerThan(b)) {
            assertThat(a.storageOf(n).toBytes()).isLessThanOrEqualTo(b.storageOf(n).toBytes());
          } else {
            assertThat(b.storageOf(n).toBytes()).isLessThanOrEqualTo(a.storageOf(n).toBytes());
          }
        });
  }

  @Test
  void bitsPerElement_isAtLeastElementBits() {
    qt().forAll(numericFormats()).checkAssert(format -> {
      assertThat(format.bitsPerElement()).isGreaterThanOrEqualTo(format.elementBits());
      assertThat(format.bytesPerElement()).isEqualTo(format.bitsPerElement() / 8);
    });
  }

  @Test
  void parse_ofToString_roundTrips() {
    qt().forAll(parseableFormats())
        .checkAssert(format -> assertThat(NumericFormat.parse(format.toString())).isEqualTo(format));
  }

  @Test
  void json_roundTrips() {
    qt().forAll(parseableFormats())
        .checkAssert(format -> assertThat(jsonRoundTrip(format, NumericFormat.class))
            .isEqualTo(format));
  }

  @Test
  void equals_isConsistentWithHashCode() {
    qt().forAll(numericFormats(), numericFormats()).checkAssert((a, b) -> {
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
      assertThat(a.equals(b)).isEqualTo(b.equals(a));
    });
  }

  private static long lcm(long a, long b) {
    return a / BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact() * b;
  }
}
