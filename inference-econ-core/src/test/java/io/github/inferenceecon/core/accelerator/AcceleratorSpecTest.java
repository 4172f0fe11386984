/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class AcceleratorSpecTest {

  /**
   * A test fixture shaped like an H100 SXM (80 GiB, 3.35 TB/s, 989 TFLOP/s dense BF16, 1979 dense
   * FP8, 700 W, 900 GB/s NVLink counted both ways). It is built here for the arithmetic, not
   * read from a catalog, and is not a product specification of record.
   */
  private static AcceleratorSpec.Builder h100Like() {
    return AcceleratorSpec.builder()
        .id("test-h100-like").vendor("NVIDIA").name("H100 SXM")
        .addAliases("H100 SXM5 80GB")
        .memory(ByteSize.ofGibibytes(80))
        .memoryBandwidth(ByteRate.of(3.35e12))
        .putDensePeak(ComputeFormat.BF16, FlopRate.of(989e12))
        .putDensePeak(ComputeFormat.FP8, FlopRate.of(1979e12))
        .putSparsePeak(ComputeFormat.BF16, FlopRate.of(1979e12))
        .thermalDesignPower(Power.ofWatts(700))
        .scaleUp(Interconnect.of("NVLink 4", ByteRate.ofGigabytesPerSecond(900),
            BandwidthBasis.BIDIRECTIONAL));
  }

  private static final AcceleratorSpec H100_LIKE = h100Like().build();

  //-----------------------------------------------------------------------
  // peak, supports, balancePoint
  @Test
  void peak_publishedFormat_isTheDensePeak() {
    assertThat(H100_LIKE.peak(ComputeFormat.BF16)).contains(FlopRate.of(989e12));
    assertThat(H100_LIKE.supports(ComputeFormat.BF16)).isTrue();
  }

  @Test
  void peak_absentFormat_isAbsentNotZero() {
    assertThat(H100_LIKE.peak(ComputeFormat.FP4)).isEmpty();
    assertThat(H100_LIKE.supports(ComputeFormat.FP4)).isFalse();
    assertThat(H100_LIKE.balancePoint(ComputeFormat.FP4)).isEmpty();
  }

  @Test
  void peak_sparseOnlyFigure_isNeverUsedAsDense() {
    AcceleratorSpec sparseOnly = AcceleratorSpec.builder().from(H100_LIKE)
        .putSparsePeak(ComputeFormat.INT8, FlopRate.of(3958e12)).build();

    assertThat(sparseOnly.sparsePeak()).containsKey(ComputeFormat.INT8);
    assertThat(sparseOnly.peak(ComputeFormat.INT8)).isEmpty();
    assertThat(sparseOnly.supports(ComputeFormat.INT8)).isFalse();
  }

  @Test
  void balancePoint_bf16_is295FlopPerByte() {
    // 989e12 FLOP/s / 3.35e12 B/s = 295.22 FLOP per byte
    assertThat(H100_LIKE.balancePoint(ComputeFormat.BF16)).hasValueSatisfying(b ->
        assertThat(b).isCloseTo(295.22, within(0.005)));
  }

  @Test
  void balancePoint_fp8_isTwiceBf16() {
    // 1979e12 / 3.35e12 = 590.75 FLOP per byte
    assertThat(H100_LIKE.balancePoint(ComputeFormat.FP8)).hasValueSatisfying(b ->
        assertThat(b).isCloseTo(590.75, within(0.005)));
  }

  @Test
  void runnablePrecision_fp8OnADeviceWithoutFp8_computesInBf16() {
    // an A100 (no FP8 peak) runs FP8 weights with weight-only W8A16 kernels
    AcceleratorSpec noFp8 = h100Like().densePeak(Map.of(ComputeFormat.BF16,
        FlopRate.of(312e12))).build();
    Precision w8a8 = Precision.forWeights(NumericFormat.FP8_E4M3, NumericFormat.BF16);

    assertThat(noFp8.runnablePrecision(w8a8))
        .isEqualTo(w8a8.withActivations(NumericFormat.BF16));
    assertThat(H100_LIKE.runnablePrecision(w8a8)).isSameAs(w8a8);
    assertThat(noFp8.runnablePrecision(Precision.bf16())).isEqualTo(Precision.bf16());
  }

  @Test
  void runnablePrecision_nvfp4_computesInFp4WhereThereIsAPeakElseTheNearestWider() {
    // B200-like: dense FP4 9000 TFLOP/s, so NVFP4 weights keep NVFP4 activations (W4A4);
    // H100-like: no FP4, FP8 1979, so FP8 (W4A8); A100-like: BF16 only, so BF16 (W4A16)
    Precision w4a4 = Precision.forWeights(NumericFormat.NVFP4, NumericFormat.BF16);
    AcceleratorSpec b200Like = h100Like().putDensePeak(ComputeFormat.FP4,
        FlopRate.of(9000e12)).build();
    AcceleratorSpec a100Like = h100Like().densePeak(Map.of(ComputeFormat.BF16,
        FlopRate.of(312e12))).build();

    assertThat(b200Like.runnablePrecision(w4a4)).isSameAs(w4a4);
    assertThat(H100_LIKE.runnablePrecision(w4a4))
        .isEqualTo(w4a4.withActivations(NumericFormat.FP8_E4M3));
    assertThat(a100Like.runnablePrecision(w4a4))
        .isEqualTo(w4a4.withActivations(NumericFormat.BF16));
  }

  @Test
  void runnablePrecision_null_throwsNullPointer() {
    assertThatThrownBy(() -> H100_LIKE.runnablePrecision(null))
        .isInstanceOf(NullPointerException.class).hasMessage("precision");
  }

  //-----------------------------------------------------------------------
  // computeChoice
  @Test
  void computeChoice_weightsFormatWithAPeak_isWeights() {
    ComputeChoice fp8 = H100_LIKE.computeChoice(
        Precision.forWeights(NumericFormat.FP8_E4M3, NumericFormat.BF16));

    assertThat(fp8.source()).isEqualTo(ComputeChoice.Source.WEIGHTS);
    assertThat(fp8.computeFormat()).isEqualTo(ComputeFormat.FP8);
    assertThat(fp8.reason())
        .isEqualTo("NVIDIA H100 SXM has a dense FP8 peak for the FP8-E4M3 weights");
    assertThat(fp8.toString()).isEqualTo(
        "FP8 (WEIGHTS: NVIDIA H100 SXM has a dense FP8 peak for the FP8-E4M3 weights)");
    assertThat(H100_LIKE.computeChoice(Precision.bf16()).source())
        .isEqualTo(ComputeChoice.Source.WEIGHTS);
  }

  @Test
  void computeChoice_noPeakForTheWeightsFormat_isTheNearestWider() {
    // MXFP4 (FP4) on an H100-like device: FP8 is the first of FP8, BF16, FP16, FP32 it has
    ComputeChoice c = H100_LIKE.computeChoice(
        Precision.forWeights(NumericFormat.MXFP4, NumericFormat.BF16));

    assertThat(c.source()).isEqualTo(ComputeChoice.Source.NEAREST_WIDER);
    assertThat(c.computeFormat()).isEqualTo(ComputeFormat.FP8);
    assertThat(c.precision().activations()).isEqualTo(NumericFormat.FP8_E4M3);
    assertThat(c.precision().weights()).isEqualTo(NumericFormat.MXFP4);
    assertThat(c.reason()).isEqualTo("NVIDIA H100 SXM has no dense FP4 peak; FP8 is the "
        + "nearest wider format it has one for");
  }

  @Test
  void computeChoice_bf16WithoutBf16_widensToFp16AsWide() {
    // FP16 is as wide as BF16 (16 bits), so it qualifies; FP8 is narrower and does not
    AcceleratorSpec fp16Only = h100Like().densePeak(Map.of(ComputeFormat.FP16,
        FlopRate.of(312e12), ComputeFormat.FP8, FlopRate.of(624e12))).build();

    ComputeChoice c = fp16Only.computeChoice(Precision.bf16());

    assertThat(c.source()).isEqualTo(ComputeChoice.Source.NEAREST_WIDER);
    assertThat(c.precision().activations()).isEqualTo(NumericFormat.FP16);
  }

  @Test
  void computeChoice_integerWeightsWithBf16_isWeightOnly() {
    // GPTQ/AWQ INT4 checkpoints run W4A16: the weights are widened to BF16 in the kernel
    ComputeChoice c = H100_LIKE.computeChoice(
        Precision.forWeights(NumericFormat.INT4_G128, NumericFormat.BF16));

    assertThat(c.source()).isEqualTo(ComputeChoice.Source.WEIGHT_ONLY);
    assertThat(c.computeFormat()).isEqualTo(ComputeFormat.BF16);
    assertThat(c.reason()).isEqualTo("INT4-G128 weights with BF16 activations, widened in the "
        + "kernel; NVIDIA H100 SXM has a dense BF16 peak");
  }

  @Test
  void computeChoice_narrowerActivationsThanWeights_isActivations() {
    ComputeChoice c = H100_LIKE.computeChoice(Precision.of(NumericFormat.BF16,
        NumericFormat.BF16, NumericFormat.FP8_E4M3));

    assertThat(c.source()).isEqualTo(ComputeChoice.Source.ACTIVATIONS);
    assertThat(c.computeFormat()).isEqualTo(ComputeFormat.FP8);
  }

  @Test
  void computeChoice_noPeakAtAllWider_isUnsupportedAndUnchanged() {
    // FP32 has nothing wider in FP8, BF16, FP16, FP32 but itself
    Precision fp32 = Precision.uniform(NumericFormat.FP32);

    ComputeChoice c = H100_LIKE.computeChoice(fp32);

    assertThat(c.source()).isEqualTo(ComputeChoice.Source.UNSUPPORTED);
    assertThat(c.precision()).isSameAs(fp32);
    assertThat(c.reason())
        .isEqualTo("NVIDIA H100 SXM has no dense FP32 peak, nor one for a wider format");
  }

  @Test
  void computeChoice_null_throwsNullPointer() {
    assertThatThrownBy(() -> H100_LIKE.computeChoice(null))
        .isInstanceOf(NullPointerException.class).hasMessage("precision");
  }

  @Test
  void peakSupportsBalancePoint_null_throwNullPointer() {
    assertThatThrownBy(() -> H100_LIKE.peak(null))
        .isInstanceOf(NullPointerException.class).hasMessage("format");
    assertThatThrownBy(() -> H100_LIKE.supports(null))
        .isInstanceOf(NullPointerException.class).hasMessage("format");
    assertThatThrownBy(() -> H100_LIKE.balancePoint(null))
        .isInstanceOf(NullPointerException.class).hasMessage("format");
  }

  //-----------------------------------------------------------------------
  // builder
  @Test
  void builder_optionalParts_defaultEmpty() {
    AcceleratorSpec bare = AcceleratorSpec.builder().id("x").vendor("V").name("N")
        .memory(ByteSize.ofGibibytes(1)).memoryBandwidth(ByteRate.of(1e9)).build();

    assertThat(bare.aliases()).isEmpty();
    assertThat(bare.densePeak()).isEmpty();
    assertThat(bare.sparsePeak()).isEmpty();
    assertThat(bare.thermalDesignPower()).isEmpty();
    assertThat(bare.scaleUp()).isEmpty();
  }

  @Test
  void builder_missingMemory_throwsIllegalState() {
    assertThatThrownBy(() -> AcceleratorSpec.builder().id("x").vendor("V").name("N")
        .memoryBandwidth(ByteRate.of(1e9)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("memory");
  }

  @Test
  void builder_nullPeak_throwsNullPointer() {
    assertThatThrownBy(() -> h100Like().putDensePeak(ComputeFormat.FP16, null))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // invalid input
  @Test
  void check_blankId_throws() {
    assertThatThrownBy(() -> h100Like().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Accelerator id must not be blank: ' '");
  }

  @Test
  void check_blankVendor_throws() {
    assertThatThrownBy(() -> h100Like().vendor("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Accelerator vendor must not be blank: ''");
  }

  @Test
  void check_blankName_throws() {
    assertThatThrownBy(() -> h100Like().name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Accelerator name must not be blank: ''");
  }

  @Test
  void check_zeroMemory_throws() {
    assertThatThrownBy(() -> h100Like().memory(ByteSize.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Accelerator memory must be positive: 0 B");
  }

  @Test
  void check_zeroBandwidth_throws() {
    assertThatThrownBy(() -> h100Like().memoryBandwidth(ByteRate.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Accelerator memory bandwidth must be positive: 0 B/s");
  }

  @Test
  void check_zeroDensePeak_throws() {
    assertThatThrownBy(() -> h100Like().putDensePeak(ComputeFormat.FP4, FlopRate.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dense peak must be positive (leave an unsupported format out): "
            + "FP4 0 FLOP/s");
  }

  //-----------------------------------------------------------------------
  // toString, equals, immutability, JSON
  @Test
  void toString_isVendorAndName() {
    assertThat(H100_LIKE).hasToString("NVIDIA H100 SXM");
  }

  @Test
  void equals_sameSpec_equal() {
    assertEqualsContract(H100_LIKE, h100Like().build(), h100Like().name("H200 SXM").build());
  }

  @Test
  void fields_areFinal() {
    assertImmutable(AcceleratorSpec.class, H100_LIKE);
  }

  @Test
  void json_roundTrips() {
    assertThat(jsonRoundTrip(H100_LIKE, AcceleratorSpec.class)).isEqualTo(H100_LIKE);
  }

  @Test
  void json_keysPeaksByFormatName() {
    assertThat(toJson(H100_LIKE)).contains("\"densePeak\":{\"BF16\":\"989 TFLOP/s\"",
        "\"memory\":\"80 GiB\"", "\"memoryBandwidth\":\"3.35 TB/s\"");
  }

  @Test
  void json_zeroPeak_failsTheRule() {
    String json = toJson(H100_LIKE).replace("\"989 TFLOP/s\"", "\"0 FLOP/s\"");

    assertThatThrownBy(() -> fromJson(json, AcceleratorSpec.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Dense peak must be positive");
  }
}
