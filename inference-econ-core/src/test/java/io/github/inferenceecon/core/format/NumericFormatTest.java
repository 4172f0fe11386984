/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class NumericFormatTest {

  //-----------------------------------------------------------------------
  // constants: bits per element, scales included
  static Stream<Arguments> bitsPerElementOfEachPredefinedFormat() {
    return Stream.of(
        Arguments.of(NumericFormat.FP32, 32.0),
        // TF32 is a compute mode on FP32 storage: 32 bits stored
        Arguments.of(NumericFormat.TF32, 32.0),
        Arguments.of(NumericFormat.BF16, 16.0),
        Arguments.of(NumericFormat.FP16, 16.0),
        Arguments.of(NumericFormat.FP8_E4M3, 8.0),
        Arguments.of(NumericFormat.FP8_E5M2, 8.0),
        // 8 bits + a 32-bit scale per 128 x 128 tile: 8 + 32/16384 = 8.001953125
        Arguments.of(NumericFormat.FP8_E4M3_128X128, 8.001953125),
        Arguments.of(NumericFormat.INT8, 8.0),
        Arguments.of(NumericFormat.INT4, 4.0),
        // 4 bits + a 16-bit scale per 128 elements: 4 + 16/128 = 4.125
        Arguments.of(NumericFormat.INT4_G128, 4.125),
        // 4-bit E2M1 + an 8-bit E8M0 scale per 32: 4 + 8/32 = 4.25
        Arguments.of(NumericFormat.MXFP4, 4.25),
        // 4-bit E2M1 + an 8-bit E4M3 scale per 16: 4 + 8/16 = 4.5 (tensor scale left out)
        Arguments.of(NumericFormat.NVFP4, 4.5));
  }

  @ParameterizedTest
  @MethodSource("bitsPerElementOfEachPredefinedFormat")
  void bitsPerElement_predefinedFormat_includesBlockScales(NumericFormat format, double bits) {
    assertThat(format.bitsPerElement()).isEqualTo(bits);
    assertThat(format.bytesPerElement()).isEqualTo(bits / 8);
  }

  @Test
  void parts_predefinedFormats_matchTheirDefinitions() {
    assertThat(NumericFormat.MXFP4.elementBits()).isEqualTo(4);
    assertThat(NumericFormat.MXFP4.blockSize()).isEqualTo(32);
    assertThat(NumericFormat.MXFP4.scaleBits()).isEqualTo(8);
    assertThat(NumericFormat.MXFP4.tensorScaleBits()).isZero();
    assertThat(NumericFormat.NVFP4.blockSize()).isEqualTo(16);
    assertThat(NumericFormat.NVFP4.scaleBits()).isEqualTo(8);
    assertThat(NumericFormat.NVFP4.tensorScaleBits()).isEqualTo(32);
    assertThat(NumericFormat.INT4_G128.blockSize()).isEqualTo(128);
    assertThat(NumericFormat.INT4_G128.scaleBits()).isEqualTo(16);
    assertThat(NumericFormat.BF16.blockSize()).isZero();
    assertThat(NumericFormat.BF16.scaleBits()).isZero();
    assertThat(NumericFormat.BF16.name()).isEqualTo("BF16");
  }

  static Stream<Arguments> computeFormatOfEachPredefinedFormat() {
    return Stream.of(
        Arguments.of(NumericFormat.FP32, ComputeFormat.FP32),
        Arguments.of(NumericFormat.TF32, ComputeFormat.TF32),
        Arguments.of(NumericFormat.BF16, ComputeFormat.BF16),
        Arguments.of(NumericFormat.FP16, ComputeFormat.FP16),
        Arguments.of(NumericFormat.FP8_E4M3, ComputeFormat.FP8),
        Arguments.of(NumericFormat.FP8_E5M2, ComputeFormat.FP8),
        Arguments.of(NumericFormat.FP8_E4M3_128X128, ComputeFormat.FP8),
        Arguments.of(NumericFormat.INT8, ComputeFormat.INT8),
        Arguments.of(NumericFormat.INT4, ComputeFormat.INT4),
        Arguments.of(NumericFormat.INT4_G128, ComputeFormat.INT4),
        Arguments.of(NumericFormat.MXFP4, ComputeFormat.FP4),
        Arguments.of(NumericFormat.NVFP4, ComputeFormat.FP4));
  }

  @ParameterizedTest
  @MethodSource("computeFormatOfEachPredefinedFormat")
  void computeFormat_predefinedFormat_isTheRateItRunsAt(NumericFormat format,
      ComputeFormat compute) {
    assertThat(format.computeFormat()).isEqualTo(compute);
  }

  //-----------------------------------------------------------------------
  // of(...)
  @Test
  void of_blockScaledParts_givesFormatWithUpperCaseName() {
    // MXFP6: 6-bit elements, an 8-bit scale per 32: 6 + 8/32 = 6.25 bits
    NumericFormat mxfp6 = NumericFormat.of(" mxfp6 ", 6, 32, 8, ComputeFormat.FP6);

    assertThat(mxfp6.name()).isEqualTo("MXFP6");
    assertThat(mxfp6.toString()).isEqualTo("MXFP6");
    assertThat(mxfp6.bitsPerElement()).isEqualTo(6.25);
    assertThat(mxfp6.tensorScaleBits()).isZero();
    assertThat(mxfp6.computeFormat()).isEqualTo(ComputeFormat.FP6);
  }

  @Test
  void of_blankName_throws() {
    assertThatThrownBy(() -> NumericFormat.of(" ", 8, 0, 0, ComputeFormat.FP8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Format name must not be blank: ' '");
  }

  @Test
  void of_elementBitsOutOfRange_throws() {
    assertThatThrownBy(() -> NumericFormat.of("X", 0, 0, 0, ComputeFormat.FP8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Element bits must be in [1, 64]: 0");
    assertThatThrownBy(() -> NumericFormat.of("X", 65, 0, 0, ComputeFormat.FP8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Element bits must be in [1, 64]: 65");
  }

  @Test
  void of_negativeBlockSize_throws() {
    assertThatThrownBy(() -> NumericFormat.of("X", 4, -1, 8, ComputeFormat.FP4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Block size must not be negative: -1");
  }

  @Test
  void of_negativeScaleBits_throws() {
    assertThatThrownBy(() -> NumericFormat.of("X", 4, 32, -1, ComputeFormat.FP4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scale bits must not be negative: -1");
  }

  @Test
  void of_onlyOneOfBlockSizeAndScaleBitsZero_throws() {
    assertThatThrownBy(() -> NumericFormat.of("X", 4, 32, 0, ComputeFormat.FP4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Block size and scale bits must both be zero or both positive: 32/0");
    assertThatThrownBy(() -> NumericFormat.of("X", 4, 0, 8, ComputeFormat.FP4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Block size and scale bits must both be zero or both positive: 0/8");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> NumericFormat.of(null, 8, 0, 0, ComputeFormat.FP8))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> NumericFormat.of("X", 8, 0, 0, null))
        .isInstanceOf(NullPointerException.class).hasMessage("computeFormat");
  }

  //-----------------------------------------------------------------------
  // int4(int)
  @Test
  void int4_group64_costs4Point25Bits() {
    // 4 + 16/64 = 4.25
    NumericFormat g64 = NumericFormat.int4(64);

    assertThat(g64.name()).isEqualTo("INT4-G64");
    assertThat(g64.bitsPerElement()).isEqualTo(4.25);
    assertThat(g64.computeFormat()).isEqualTo(ComputeFormat.INT4);
  }

  @Test
  void int4_group128_equalsConstant() {
    assertThat(NumericFormat.int4(128)).isEqualTo(NumericFormat.INT4_G128);
  }

  @Test
  void int4_groupNotPositive_throws() {
    assertThatThrownBy(() -> NumericFormat.int4(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Group size must be positive: 0");
    assertThatThrownBy(() -> NumericFormat.int4(-128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Group size must be positive: -128");
  }

  //-----------------------------------------------------------------------
  // storageOf(long)
  @Test
  void storageOf_mxfp4Of33Elements_chargesTwoStartedBlocks() {
    // 33 elements = one full block of 32 and one started block of 1:
    // 33 x 4 + 2 x 8 = 132 + 16 = 148 bits = 18.5 bytes, rounded up to 19
    assertThat(NumericFormat.MXFP4.storageOf(33)).isEqualTo(ByteSize.ofBytes(19));
  }

  @Test
  void storageOf_mxfp4OneFullBlock_is17Bytes() {
    // 32 x 4 + 1 x 8 = 136 bits = 17 bytes
    assertThat(NumericFormat.MXFP4.storageOf(32)).isEqualTo(ByteSize.ofBytes(17));
  }

  @Test
  void storageOf_nvfp4_leavesTensorScaleOut() {
    // 16 elements: 16 x 4 + 1 x 8 = 72 bits = 9 bytes (no 32-bit tensor scale)
    assertThat(NumericFormat.NVFP4.storageOf(16)).isEqualTo(ByteSize.ofBytes(9));
    // 17 elements: 17 x 4 + 2 x 8 = 84 bits = 10.5 bytes, rounded up to 11
    assertThat(NumericFormat.NVFP4.storageOf(17)).isEqualTo(ByteSize.ofBytes(11));
  }

  @Test
  void storageOf_int4G128OfOneMillion_chargesEveryStartedGroup() {
    // 1,000,000 / 128 = 7812.5, so 7813 started groups:
    // 1,000,000 x 4 + 7813 x 16 = 4,000,000 + 125,008 = 4,125,008 bits = 515,626 bytes
    assertThat(NumericFormat.INT4_G128.storageOf(1_000_000)).isEqualTo(ByteSize.ofBytes(515_626));
  }

  @Test
  void storageOf_int4OfThreeElements_roundsUpToWholeBytes() {
    // 3 x 4 = 12 bits = 1.5 bytes, rounded up to 2
    assertThat(NumericFormat.INT4.storageOf(3)).isEqualTo(ByteSize.ofBytes(2));
  }

  @Test
  void storageOf_llama31_70bInBf16_is141GB() {
    // Llama-3.1-70B has 70,553,706,496 parameters (see ParameterCounterTest);
    // x 2 bytes = 141,107,412,992 bytes, about 141.1e9
    assertThat(NumericFormat.BF16.storageOf(70_553_706_496L))
        .isEqualTo(ByteSize.ofBytes(141_107_412_992L));
  }

  @Test
  void storageOf_fp8BlockScaledMatrix_addsOneFp32ScalePerTile() {
    // DeepSeek-V3's kv_b_proj: 512 x 32768 = 16,777,216 elements in 4 x 256 = 1024 tiles of
    // 128 x 128: 16,777,216 bytes of FP8 + 1024 x 4 bytes of scales = 16,781,312 bytes
    assertThat(NumericFormat.FP8_E4M3_128X128.storageOf(512L * 32768))
        .isEqualTo(ByteSize.ofBytes(16_781_312));
    assertThat(NumericFormat.parse("fp8-e4m3-128x128")).isSameAs(NumericFormat.FP8_E4M3_128X128);
  }

  @Test
  void storageOf_zeroElements_isZero() {
    assertThat(NumericFormat.MXFP4.storageOf(0)).isEqualTo(ByteSize.ZERO);
    assertThat(NumericFormat.FP32.storageOf(0)).isEqualTo(ByteSize.ZERO);
  }

  @Test
  void storageOf_negative_throws() {
    assertThatThrownBy(() -> NumericFormat.BF16.storageOf(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Element count must not be negative: -1");
  }

  @Test
  void storageOf_elementBitsOverflow_throwsArithmetic() {
    assertThatThrownBy(() -> NumericFormat.FP32.storageOf(Long.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void storageOf_scaleBitsOverflow_throwsArithmetic() {
    // the elements alone fit (4 x (2^63 - 1) / 4 < 2^63), the added block scales do not
    assertThatThrownBy(() -> NumericFormat.MXFP4.storageOf(Long.MAX_VALUE / 4))
        .isInstanceOf(ArithmeticException.class);
  }

  //-----------------------------------------------------------------------
  // isNoLargerThan(NumericFormat)
  @Test
  void isNoLargerThan_comparesBitsPerElement() {
    assertThat(NumericFormat.MXFP4.isNoLargerThan(NumericFormat.NVFP4)).isTrue();
    assertThat(NumericFormat.NVFP4.isNoLargerThan(NumericFormat.MXFP4)).isFalse();
    assertThat(NumericFormat.BF16.isNoLargerThan(NumericFormat.FP16)).isTrue();
    assertThat(NumericFormat.FP16.isNoLargerThan(NumericFormat.BF16)).isTrue();
    assertThat(NumericFormat.INT4_G128.isNoLargerThan(NumericFormat.MXFP4)).isTrue();
  }

  @Test
  void storageOf_smallerFormatOnPartialBlock_canNeedMoreBytes() {
    // Per element INT4-G128 (4.125 bits) is smaller than MXFP4 (4.25 bits), but one element
    // pays for one started block each: 4 + 16 = 20 bits = 3 bytes against 4 + 8 = 12 bits
    // = 2 bytes. The ordering holds for whole blocks only (see NumericFormatProperties).
    assertThat(NumericFormat.INT4_G128.storageOf(1)).isEqualTo(ByteSize.ofBytes(3));
    assertThat(NumericFormat.MXFP4.storageOf(1)).isEqualTo(ByteSize.ofBytes(2));
  }

  //-----------------------------------------------------------------------
  // parse(CharSequence) and toString()
  @Test
  void parse_eachPredefinedName_givesThatFormat() {
    for (NumericFormat format : FormatGenerators.PREDEFINED) {
      assertThat(NumericFormat.parse(format.toString())).isEqualTo(format);
    }
  }

  @Test
  void toString_isTheName() {
    assertThat(NumericFormat.FP8_E4M3).hasToString("FP8-E4M3");
    assertThat(NumericFormat.FP8_E5M2).hasToString("FP8-E5M2");
    assertThat(NumericFormat.INT4_G128).hasToString("INT4-G128");
    assertThat(NumericFormat.NVFP4).hasToString("NVFP4");
  }

  @Test
  void parse_aliasesCaseAndUnderscores_areAccepted() {
    assertThat(NumericFormat.parse("fp8")).isEqualTo(NumericFormat.FP8_E4M3);
    assertThat(NumericFormat.parse(" bf16 ")).isEqualTo(NumericFormat.BF16);
    assertThat(NumericFormat.parse("fp8_e5m2")).isEqualTo(NumericFormat.FP8_E5M2);
    assertThat(NumericFormat.parse("Mxfp4")).isEqualTo(NumericFormat.MXFP4);
    assertThat(NumericFormat.parse("int4_g128")).isSameAs(NumericFormat.INT4_G128);
    assertThat(NumericFormat.parse("INT4-G64")).isEqualTo(NumericFormat.int4(64));
  }

  @Test
  void parse_unknownName_throws() {
    assertThatThrownBy(() -> NumericFormat.parse("FP7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown numeric format 'FP7' (known: FP32, TF32, BF16, FP16, FP8-E4M3, "
            + "FP8-E5M2, FP8-E4M3-128X128, INT8, INT4, INT4-G<group>, MXFP4, NVFP4)");
  }

  @Test
  void parse_int4GroupZero_throws() {
    assertThatThrownBy(() -> NumericFormat.parse("INT4-G0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Group size must be positive: 0");
  }

  @Test
  void parse_null_throwsNullPointer() {
    assertThatThrownBy(() -> NumericFormat.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  //-----------------------------------------------------------------------
  // equals, hashCode, immutability
  @Test
  void equals_sameParts_equal() {
    assertEqualsContract(NumericFormat.int4(64), NumericFormat.int4(64), NumericFormat.int4(32));
  }

  @Test
  void equals_sameBitsDifferentName_notEqual() {
    assertThat(NumericFormat.BF16).isNotEqualTo(NumericFormat.FP16);
    assertThat(NumericFormat.FP8_E4M3).isNotEqualTo(NumericFormat.FP8_E5M2);
    assertThat(NumericFormat.FP32).isNotEqualTo(NumericFormat.TF32);
  }

  @Test
  void equals_sameNameDifferentParts_notEqual() {
    assertThat(NumericFormat.of("MXFP6", 6, 32, 8, ComputeFormat.FP6))
        .isNotEqualTo(NumericFormat.of("MXFP6", 6, 0, 0, ComputeFormat.FP6));
  }

  @Test
  void of_predefinedName_throws() {
    assertThatThrownBy(() -> NumericFormat.of("bf16", 8, 0, 0, ComputeFormat.BF16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Format name is taken by a predefined format: 'bf16'");
    assertThatThrownBy(() -> NumericFormat.of("INT4-G64", 4, 64, 16, ComputeFormat.INT4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isNoLargerThan_null_throwsNullPointer() {
    assertThatThrownBy(() -> NumericFormat.BF16.isNoLargerThan(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void fields_areFinal() {
    assertImmutable(NumericFormat.class, NumericFormat.MXFP4);
  }

  //-----------------------------------------------------------------------
  // JSON
  @Test
  void json_isTheName() throws Exception {
    assertThat(toJson(NumericFormat.MXFP4)).isEqualTo("\"MXFP4\"");
    assertThat(toJson(NumericFormat.INT4_G128)).isEqualTo("\"INT4-G128\"");
    assertThat(fromJson("\"MXFP4\"", NumericFormat.class)).isEqualTo(NumericFormat.MXFP4);
    assertThat(fromJson("\"fp8\"", NumericFormat.class)).isEqualTo(NumericFormat.FP8_E4M3);
  }

  @Test
  void json_unknownName_throwsWithCause() {
    assertThatThrownBy(() -> fromJson("\"FP7\"", NumericFormat.class))
        .isInstanceOf(JsonMappingException.class)
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Unknown numeric format 'FP7' (known: FP32, TF32, BF16, FP16, "
            + "FP8-E4M3, FP8-E5M2, FP8-E4M3-128X128, INT8, INT4, INT4-G<group>, MXFP4, NVFP4)");
  }
}
