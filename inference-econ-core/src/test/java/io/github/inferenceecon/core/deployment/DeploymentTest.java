/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.deployment;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.fromJson;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.FlopRate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DeploymentTest {

  /** A test fixture shaped like an H100 SXM; not a catalog entry. */
  private static final AcceleratorSpec H100_LIKE = AcceleratorSpec.builder()
      .id("test-h100-like").vendor("NVIDIA").name("H100 SXM")
      .memory(ByteSize.ofGibibytes(80)).memoryBandwidth(ByteRate.of(3.35e12))
      .putDensePeak(ComputeFormat.BF16, FlopRate.of(989e12)).build();

  /** 80 layers, 64 attention heads, 8 KV heads. */
  private static final ModelArchitecture LLAMA_31_70B = KnownArchitectures.get("llama-3.1-70b");
  /** 28 layers, 24 attention heads, 8 KV heads. */
  private static final ModelArchitecture LLAMA_32_3B = KnownArchitectures.get("llama-3.2-3b");

  private static Deployment.Builder llama70bOnH100() {
    return Deployment.builder().model(LLAMA_31_70B).accelerator(H100_LIKE);
  }

  //-----------------------------------------------------------------------
  // of, defaults, device counts
  @Test
  void of_tensorParallelAcrossAllDevicesInBf16() {
    Deployment d = Deployment.of(LLAMA_31_70B, H100_LIKE, 4);

    assertThat(d.tensorParallel()).isEqualTo(4);
    assertThat(d.pipelineParallel()).isEqualTo(1);
    assertThat(d.replicas()).isEqualTo(1);
    assertThat(d.precision()).isEqualTo(Precision.bf16());
    assertThat(d.devicesPerReplica()).isEqualTo(4);
    assertThat(d.devices()).isEqualTo(4);
  }

  @Test
  void precision_byDefault_isTheCheckpointsPrecision() {
    // Llama-3.1-70B ships in bfloat16; DeepSeek-V3 in FP8 with 128 x 128 block scales; an
    // architecture built by hand has no checkpoint and runs in BF16
    ModelArchitecture deepSeek = KnownArchitectures.get("deepseek-v3");
    ModelArchitecture byHand = ModelArchitecture.builder().from(LLAMA_32_3B)
        .checkpointPrecision(Optional.empty()).build();

    assertThat(Deployment.of(deepSeek, H100_LIKE, 8).precision().weights())
        .isEqualTo(NumericFormat.FP8_E4M3_128X128);
    // as the device runs it: this H100-like fixture lists no FP8 peak, so the checkpoint's FP8
    // activations compute in BF16 (W8A16); with an FP8 peak they stay FP8 (W8A8)
    assertThat(Deployment.of(deepSeek, H100_LIKE, 8).precision().activations())
        .isEqualTo(NumericFormat.BF16);
    AcceleratorSpec withFp8 = AcceleratorSpec.builder().from(H100_LIKE)
        .putDensePeak(ComputeFormat.FP8, FlopRate.of(1979e12)).build();
    assertThat(Deployment.of(deepSeek, withFp8, 8).precision())
        .isEqualTo(deepSeek.defaultPrecision());
    assertThat(Deployment.of(byHand, H100_LIKE, 1).precision()).isEqualTo(Precision.bf16());
    assertThat(Deployment.builder().model(deepSeek).accelerator(H100_LIKE)
        .precision(Precision.bf16()).build().precision()).isEqualTo(Precision.bf16());
  }

  @Test
  void devices_isTpTimesPpTimesReplicas() {
    // 8 x 2 = 16 devices per replica, x 3 replicas = 48
    Deployment d = llama70bOnH100().tensorParallel(8).pipelineParallel(2).replicas(3).build();

    assertThat(d.devicesPerReplica()).isEqualTo(16);
    assertThat(d.devices()).isEqualTo(48);
  }

  @Test
  void devices_overflowingInt_throwsArithmetic() {
    assertThatThrownBy(() -> llama70bOnH100().tensorParallel(64).pipelineParallel(80)
        .replicas(Integer.MAX_VALUE / 1000).build())
        .isInstanceOf(ArithmeticException.class);
  }

  //-----------------------------------------------------------------------
  // Builder.layout
  @Test
  void layout_devicesFilledWithWholeReplicas() {
    // 8 devices at tp 4, pp 1: 8 / 4 = 2 replicas; 16 devices at tp 4, pp 2: 16 / 8 = 2
    Deployment two = llama70bOnH100().layout(8, 4, 1).build();
    Deployment deep = llama70bOnH100().layout(16, 4, 2).build();

    assertThat(two.tensorParallel()).isEqualTo(4);
    assertThat(two.pipelineParallel()).isEqualTo(1);
    assertThat(two.replicas()).isEqualTo(2);
    assertThat(two.devices()).isEqualTo(8);
    assertThat(deep.pipelineParallel()).isEqualTo(2);
    assertThat(deep.replicas()).isEqualTo(2);
    assertThat(deep.devices()).isEqualTo(16);
    assertThat(llama70bOnH100().layout(4, 4, 1).build()).isEqualTo(Deployment.of(LLAMA_31_70B,
        H100_LIKE, 4));
  }

  @Test
  void layout_devicesNotAMultipleOfTheReplica_throws() {
    assertThatThrownBy(() -> llama70bOnH100().layout(6, 4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices must be a multiple of tp x pp: 6 devices, tp 4, pp 1");
    assertThatThrownBy(() -> llama70bOnH100().layout(6, 1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Devices must be a multiple of tp x pp: 6 devices, tp 1, pp 4");
  }

  @Test
  void layout_figureNotPositive_throws() {
    assertThatThrownBy(() -> llama70bOnH100().layout(8, 4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pipeline-parallel degree must be positive: 0");
    assertThatThrownBy(() -> llama70bOnH100().layout(-2, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Device count must be positive: -2");
    assertThatThrownBy(() -> llama70bOnH100().layout(8, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must be positive: 0");
  }

  @Test
  void layout_stillCheckedAgainstTheModel() {
    // tp 3 does not divide Llama-3.1-70B's 64 attention heads
    assertThatThrownBy(() -> llama70bOnH100().layout(6, 3, 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must divide the attention heads: 64 heads, tp 3");
  }

  //-----------------------------------------------------------------------
  // tensor-parallel rules
  @Test
  void check_tpNotDividingHeads_throws() {
    assertThatThrownBy(() -> Deployment.of(LLAMA_31_70B, H100_LIKE, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must divide the attention heads: 64 heads, tp 3");
  }

  @Test
  void check_tpMultipleOfKvHeads_isAllowedWithKvHeadsReplicated() {
    // 64 heads / 16 = 4 per device; 8 KV heads < 16 devices, so each KV head is replicated
    Deployment d = Deployment.of(LLAMA_31_70B, H100_LIKE, 16);

    assertThat(d.kvHeadsPerDevice()).isEqualTo(1);
  }

  @Test
  void check_tpNeitherDividingNorMultipleOfKvHeads_throws() {
    // 24 heads / 3 = 8 per device, but 8 KV heads cannot be split 3 ways
    assertThatThrownBy(() -> Deployment.of(LLAMA_32_3B, H100_LIKE, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must divide the KV heads or be a multiple of them: "
            + "8 KV heads, tp 3");
    // 24 / 12 = 2 heads per device, but 12 is not a multiple of 8
    assertThatThrownBy(() -> Deployment.of(LLAMA_32_3B, H100_LIKE, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must divide the KV heads or be a multiple of them: "
            + "8 KV heads, tp 12");
  }

  @Test
  void check_tpNotPositive_throws() {
    assertThatThrownBy(() -> Deployment.of(LLAMA_31_70B, H100_LIKE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must be positive: 0");
  }

  @Test
  void kvHeadsPerDevice_tpDividingKvHeads_splitsThem() {
    assertThat(Deployment.of(LLAMA_31_70B, H100_LIKE, 4).kvHeadsPerDevice()).isEqualTo(2);
    assertThat(Deployment.of(LLAMA_31_70B, H100_LIKE, 8).kvHeadsPerDevice()).isEqualTo(1);
    assertThat(Deployment.of(LLAMA_31_70B, H100_LIKE, 1).kvHeadsPerDevice()).isEqualTo(8);
  }

  //-----------------------------------------------------------------------
  // pipeline-parallel and replica rules
  @Test
  void check_ppUpToLayers_isAllowed() {
    assertThat(llama70bOnH100().pipelineParallel(80).build().devices()).isEqualTo(80);
  }

  @Test
  void check_ppBeyondLayers_throws() {
    assertThatThrownBy(() -> llama70bOnH100().pipelineParallel(81).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pipeline-parallel degree must not exceed the layer count: 81/80");
  }

  @Test
  void check_ppNotPositive_throws() {
    assertThatThrownBy(() -> llama70bOnH100().pipelineParallel(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pipeline-parallel degree must be positive: 0");
  }

  @Test
  void check_replicasNotPositive_throws() {
    assertThatThrownBy(() -> llama70bOnH100().replicas(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Replica count must be positive: -1");
  }

  @Test
  void builder_missingAccelerator_throwsIllegalState() {
    assertThatThrownBy(() -> Deployment.builder().model(LLAMA_31_70B).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("accelerator");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> Deployment.of(null, H100_LIKE, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Deployment.of(LLAMA_31_70B, null, 1))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // withX
  @Test
  void withPrecision_replacesOnlyPrecision() {
    Deployment original = Deployment.of(LLAMA_31_70B, H100_LIKE, 4);
    Precision fp8 = Precision.uniform(NumericFormat.FP8_E4M3);

    Deployment copy = original.withPrecision(fp8);

    assertThat(copy.precision()).isEqualTo(fp8);
    assertThat(copy.tensorParallel()).isEqualTo(4);
    assertThat(original.precision()).isEqualTo(Precision.bf16());
  }

  @Test
  void withModel_keepsLayoutAndChecksItAgain() {
    Deployment tp8 = Deployment.of(LLAMA_31_70B, H100_LIKE, 8);

    assertThat(tp8.withModel(LLAMA_32_3B).model()).isEqualTo(LLAMA_32_3B);
    assertThatThrownBy(() -> Deployment.of(LLAMA_31_70B, H100_LIKE, 16).withModel(LLAMA_32_3B))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tensor-parallel degree must divide the attention heads: 24 heads, tp 16");
  }

  @Test
  void withAccelerator_replacesOnlyAccelerator() {
    AcceleratorSpec other = AcceleratorSpec.builder().from(H100_LIKE).name("H200 SXM")
        .memory(ByteSize.ofGigabytes(141)).build();

    Deployment copy = Deployment.of(LLAMA_31_70B, H100_LIKE, 4).withAccelerator(other);

    assertThat(copy.accelerator()).isEqualTo(other);
    assertThat(copy.tensorParallel()).isEqualTo(4);
  }

  //-----------------------------------------------------------------------
  // toString, equals, immutability, JSON
  @Test
  void toString_namesModelDevicesLayoutAndPrecision() {
    assertThat(Deployment.of(LLAMA_31_70B, H100_LIKE, 4)).hasToString("Llama-3.1-70B on 4 x "
        + "NVIDIA H100 SXM (tp=4, pp=1; weights=BF16, kvCache=BF16, activations=BF16)");
    assertThat(llama70bOnH100().tensorParallel(8).pipelineParallel(2).replicas(3).build())
        .hasToString("Llama-3.1-70B on 48 x NVIDIA H100 SXM (tp=8, pp=2, replicas=3; "
            + "weights=BF16, kvCache=BF16, activations=BF16)");
  }

  @Test
  void equals_sameDeployment_equal() {
    assertEqualsContract(Deployment.of(LLAMA_31_70B, H100_LIKE, 4),
        llama70bOnH100().tensorParallel(4).build(), Deployment.of(LLAMA_31_70B, H100_LIKE, 8));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(Deployment.class, Deployment.of(LLAMA_31_70B, H100_LIKE, 4));
  }

  @Test
  void json_roundTrips() {
    Deployment d = llama70bOnH100().tensorParallel(8).pipelineParallel(2).replicas(3)
        .precision(Precision.of(NumericFormat.MXFP4, NumericFormat.FP8_E4M3, NumericFormat.BF16))
        .build();

    assertThat(jsonRoundTrip(d, Deployment.class)).isEqualTo(d);
  }

  @Test
  void json_brokenLayout_failsTheRule() {
    String json = toJson(Deployment.of(LLAMA_31_70B, H100_LIKE, 4))
        .replace("\"tensorParallel\":4", "\"tensorParallel\":3");

    assertThatThrownBy(() -> fromJson(json, Deployment.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Tensor-parallel degree must divide the attention heads: "
            + "64 heads, tp 3");
  }
}
