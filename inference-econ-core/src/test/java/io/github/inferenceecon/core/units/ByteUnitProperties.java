/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreGenerators.byteUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class ByteUnitProperties {

  //--- bytes() ----------------------------------------------------------------------------------

  @Test
  void bytes_siArePowersOfThousand_iecArePowersOf1024() {
    qt().forAll(byteUnits()).checkAssert(unit -> {
      int step = unit.isBinary() ? unit.ordinal() - ByteUnit.KIBIBYTES.ordinal() + 1
          : unit.ordinal();
      BigInteger base = BigInteger.valueOf(unit.isBinary() ? 1024 : 1000);
      assertThat(BigInteger.valueOf(unit.bytes())).isEqualTo(base.pow(step));
    });
  }

  @Test
  void factor_equalsBytes() {
    qt().forAll(byteUnits()).checkAssert(unit ->
        assertThat(unit.factor().longValueExact()).isEqualTo(unit.bytes()));
  }

  //--- ofSymbol(String) -------------------------------------------------------------------------

  @Test
  void ofSymbol_ofSymbol_roundTrips() {
    qt().forAll(byteUnits()).checkAssert(unit ->
        assertThat(ByteUnit.ofSymbol(unit.symbol())).isEqualTo(unit));
  }

  @Test
  void ofSymbol_otherCase_isAnotherUnitOrThrows() {
    qt().forAll(byteUnits()).checkAssert(unit -> {
      for (String variant : new String[] {
          unit.symbol().toUpperCase(Locale.ROOT), unit.symbol().toLowerCase(Locale.ROOT)}) {
        boolean known = Arrays.stream(ByteUnit.values())
            .anyMatch(other -> other.symbol().equals(variant));
        if (known) {
          assertThat(ByteUnit.ofSymbol(variant).symbol()).isEqualTo(variant);
        } else {
          assertThatIllegalArgumentException().isThrownBy(() -> ByteUnit.ofSymbol(variant))
              .withMessageStartingWith("Unknown byte unit '" + variant + "'");
        }
      }
    });
  }
}
