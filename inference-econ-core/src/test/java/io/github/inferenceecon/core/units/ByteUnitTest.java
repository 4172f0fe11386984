/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.units;

import static io.github.inferenceecon.core.CoreAssertions.assertImmutable;
import static io.github.inferenceecon.core.CoreAssertions.fromJson;
import static io.github.inferenceecon.core.CoreAssertions.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ByteUnitTest {

  //--- class ------------------------------------------------------------------------------------

  @Test
  void class_fields_areFinal() {
    assertImmutable(ByteUnit.class);
  }

  @Test
  void values_siThenIec() {
    assertThat(ByteUnit.values()).containsExactly(
        ByteUnit.BYTES, ByteUnit.KILOBYTES, ByteUnit.MEGABYTES, ByteUnit.GIGABYTES,
        ByteUnit.TERABYTES, ByteUnit.PETABYTES, ByteUnit.KIBIBYTES, ByteUnit.MEBIBYTES,
        ByteUnit.GIBIBYTES, ByteUnit.TEBIBYTES, ByteUnit.PEBIBYTES);
  }

  //--- bytes() ----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "BYTES,     1",
      "KILOBYTES, 1000",
      "MEGABYTES, 1000000",
      "GIGABYTES, 1000000000",
      "TERABYTES, 1000000000000",
      "PETABYTES, 1000000000000000",
      "KIBIBYTES, 1024",
      "MEBIBYTES, 1048576",
      "GIBIBYTES, 1073741824",
      "TEBIBYTES, 1099511627776",
      "PEBIBYTES, 1125899906842624"})
  void bytes_eachUnit_isExactFactor(ByteUnit unit, long bytes) {
    assertThat(unit.bytes()).isEqualTo(bytes);
  }

  @Test
  void bytes_gigabyteIsNotGibibyte() {
    assertThat(ByteUnit.GIGABYTES.bytes()).isNotEqualTo(ByteUnit.GIBIBYTES.bytes());
  }

  //--- symbol() ---------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "BYTES,     B",
      "KILOBYTES, kB",
      "MEGABYTES, MB",
      "GIGABYTES, GB",
      "TERABYTES, TB",
      "PETABYTES, PB",
      "KIBIBYTES, KiB",
      "MEBIBYTES, MiB",
      "GIBIBYTES, GiB",
      "TEBIBYTES, TiB",
      "PEBIBYTES, PiB"})
  void symbol_eachUnit_isExactSymbol(ByteUnit unit, String symbol) {
    assertThat(unit.symbol()).isEqualTo(symbol);
  }

  //--- isBinary() -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "BYTES,     false",
      "KILOBYTES, false",
      "MEGABYTES, false",
      "GIGABYTES, false",
      "TERABYTES, false",
      "PETABYTES, false",
      "KIBIBYTES, true",
      "MEBIBYTES, true",
      "GIBIBYTES, true",
      "TEBIBYTES, true",
      "PEBIBYTES, true"})
  void isBinary_onlyIecUnits(ByteUnit unit, boolean binary) {
    assertThat(unit.isBinary()).isEqualTo(binary);
  }

  //--- factor() ---------------------------------------------------------------------------------

  @Test
  void factor_isBytesAsDecimal() {
    assertThat(ByteUnit.GIBIBYTES.factor()).isEqualTo(BigDecimal.valueOf(1_073_741_824L));
  }

  //--- ofSymbol(String) -------------------------------------------------------------------------

  @Test
  void ofSymbol_gib_isGibibytes() {
    assertThat(ByteUnit.ofSymbol("GiB")).isEqualTo(ByteUnit.GIBIBYTES);
  }

  @Test
  void ofSymbol_lowerCaseKilo_isKilobytes() {
    assertThat(ByteUnit.ofSymbol("kB")).isEqualTo(ByteUnit.KILOBYTES);
  }

  @Test
  void ofSymbol_upperCaseKilo_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteUnit.ofSymbol("KB"))
        .withMessage("Unknown byte unit 'KB' (known: B, kB, MB, GB, TB, PB, KiB, MiB, GiB, TiB, "
            + "PiB)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GIB", "gib", "Gb", "GX", "", " GB", "bytes"})
  void ofSymbol_unknown_throws(String symbol) {
    assertThatIllegalArgumentException().isThrownBy(() -> ByteUnit.ofSymbol(symbol))
        .withMessageStartingWith("Unknown byte unit '" + symbol + "'");
  }

  @Test
  void ofSymbol_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> ByteUnit.ofSymbol(null))
        .withMessage("symbol");
  }

  //--- JSON -------------------------------------------------------------------------------------

  @Test
  void json_roundTrip_isSameUnit() {
    assertThat(toJson(ByteUnit.GIBIBYTES)).isEqualTo("\"GIBIBYTES\"");
    assertThat(fromJson("\"GIBIBYTES\"", ByteUnit.class)).isEqualTo(ByteUnit.GIBIBYTES);
  }
}
