/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.inferenceecon.core.json.InferenceEconJson;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class EfficiencyTest {

  private static final ObjectMapper JSON = InferenceEconJson.newMapper();

  //-----------------------------------------------------------------------
  // defaults
  @Test
  void defaults_areTheDocumentedCalibration() {
    Efficiency e = Efficiency.defaults();
    // the pooled MLPerf fit (FP8, the format nearest BF16), see the class documentation
    assertThat(e.computeEfficiency()).isEqualTo(0.560);
    assertThat(e.memoryEfficiency()).isEqualTo(0.641);
    assertThat(e.interconnectEfficiency()).isEqualTo(0.80);
    assertThat(e.expertEfficiency()).isEqualTo(0.832);
    assertThat(e.overlap()).isEqualTo(0.460);
    assertThat(e.allReduceLatency()).isEqualTo(Duration.ofNanos(27_000));
    assertThat(e.allToAllLatency()).isEqualTo(Duration.ofNanos(205_400));
    assertThat(e.pipelineHopLatency()).isEqualTo(Duration.ofNanos(10_000));
    assertThat(e.stepOverhead()).isEqualTo(Duration.ofNanos(4_200_000));
  }

  @Test
  void ideal_reachesEveryPeakWithoutLatency() {
    Efficiency e = Efficiency.ideal();
    assertThat(e.computeEfficiency()).isEqualTo(1);
    assertThat(e.memoryEfficiency()).isEqualTo(1);
    assertThat(e.interconnectEfficiency()).isEqualTo(1);
    assertThat(e.expertEfficiency()).isEqualTo(1);
    assertThat(e.overlap()).isEqualTo(1);
    assertThat(e.allReduceLatency()).isZero();
    assertThat(e.allToAllLatency()).isZero();
    assertThat(e.pipelineHopLatency()).isZero();
    assertThat(e.stepOverhead()).isZero();
  }

  //-----------------------------------------------------------------------
  // withX
  @Test
  void withComputeEfficiency_replacesOnlyIt() {
    Efficiency e = Efficiency.defaults().withComputeEfficiency(0.7);
    assertThat(e.computeEfficiency()).isEqualTo(0.7);
    assertThat(e.memoryEfficiency()).isEqualTo(0.641);
    assertThat(Efficiency.defaults().computeEfficiency()).isEqualTo(0.560);
  }

  @Test
  void withExpertEfficiency_replacesOnlyIt() {
    Efficiency e = Efficiency.defaults().withExpertEfficiency(0.5);
    assertThat(e.expertEfficiency()).isEqualTo(0.5);
    assertThat(e.computeEfficiency()).isEqualTo(0.560);
  }

  @Test
  void withMemoryEfficiency_replacesOnlyIt() {
    Efficiency e = Efficiency.defaults().withMemoryEfficiency(0.7);
    assertThat(e.memoryEfficiency()).isEqualTo(0.7);
    assertThat(e.computeEfficiency()).isEqualTo(0.560);
  }

  //-----------------------------------------------------------------------
  // check
  @Test
  void build_computeEfficiencyZero_throws() {
    assertThatThrownBy(() -> Efficiency.builder().computeEfficiency(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Compute efficiency must be in (0, 1]: 0.0");
  }

  @Test
  void build_computeEfficiencyAboveOne_throws() {
    assertThatThrownBy(() -> Efficiency.builder().computeEfficiency(1.01).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_memoryEfficiencyNaN_throws() {
    assertThatThrownBy(() -> Efficiency.builder().memoryEfficiency(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Memory efficiency must be in (0, 1]: NaN");
  }

  @Test
  void build_interconnectEfficiencyNegative_throws() {
    assertThatThrownBy(() -> Efficiency.builder().interconnectEfficiency(-0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interconnect efficiency must be in (0, 1]: -0.5");
  }

  @Test
  void build_zeroExpertEfficiency_throws() {
    assertThatThrownBy(() -> Efficiency.builder().expertEfficiency(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expert efficiency must be in (0, 1]: 0.0");
  }

  @Test
  void build_overlapAboveOne_throws() {
    assertThatThrownBy(() -> Efficiency.builder().overlap(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Overlap must be in [0, 1]: 1.5");
  }

  @Test
  void build_negativeAllToAllLatency_throws() {
    assertThatThrownBy(() -> Efficiency.builder().allToAllLatency(Duration.ofNanos(-1))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("All-to-all latency must not be negative: PT-0.000000001S");
  }

  @Test
  void build_negativeAllReduceLatency_throws() {
    assertThatThrownBy(() -> Efficiency.builder().allReduceLatency(Duration.ofNanos(-1))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("All-reduce latency must not be negative: PT-0.000000001S");
  }

  @Test
  void build_negativeHopLatency_throws() {
    assertThatThrownBy(() -> Efficiency.builder().pipelineHopLatency(Duration.ofMillis(-1))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pipeline hop latency must not be negative: PT-0.001S");
  }

  @Test
  void build_negativeStepOverhead_throws() {
    assertThatThrownBy(() -> Efficiency.builder().stepOverhead(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Step overhead must not be negative: PT-1S");
  }

  @Test
  void builder_nullLatency_throwsNullPointer() {
    assertThatThrownBy(() -> Efficiency.builder().stepOverhead(null))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // value semantics
  @Test
  void equals_sameAttributes_equalWithSameHashCode() {
    Efficiency a = Efficiency.defaults().withComputeEfficiency(0.5);
    Efficiency b = Efficiency.builder().computeEfficiency(0.5).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Efficiency.defaults());
  }

  @Test
  void toString_namesEveryFactor() {
    assertThat(Efficiency.defaults().toString()).isEqualTo("compute 0.56, memory 0.641, "
        + "interconnect 0.8, experts 0.832, overlap 0.46, all-reduce PT0.000027S, "
        + "all-to-all PT0.0002054S, pipeline hop PT0.00001S, step overhead PT0.0042S");
  }

  @Test
  void json_roundTrips() throws Exception {
    Efficiency e = Efficiency.builder().computeEfficiency(0.37).memoryEfficiency(0.9)
        .stepOverhead(Duration.ofMillis(1)).build();
    String json = JSON.writeValueAsString(e);
    assertThat(JSON.readValue(json, Efficiency.class)).isEqualTo(e);
  }

  @Test
  void fields_areFinal() {
    Class<?> impl = Efficiency.defaults().getClass();
    assertThat(Arrays.stream(impl.getDeclaredFields())
        .filter(f -> !f.isSynthetic() && !Modifier.isStatic(f.getModifiers())
            && !Modifier.isTransient(f.getModifiers()))
        .allMatch(f -> Modifier.isFinal(f.getModifiers()))).isTrue();
  }
}
