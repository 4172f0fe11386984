/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.accelerator.BandwidthBasis;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.FlopRate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

final class SuppliedFiguresTest {

  private static final ByteRate TB_S_3_9 = ByteRate.parse("3.9 TB/s");
  private static final ByteRate GB_S_450 = ByteRate.ofGigabytesPerSecond(450);
  private static final SuppliedFigures ALL = SuppliedFigures.builder().memoryBandwidth(TB_S_3_9)
      .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979)).scaleUpBandwidth(GB_S_450)
      .build();

  @Test
  void empty_suppliesNothing() {
    assertThat(SuppliedFigures.empty().memoryBandwidth()).isEmpty();
    assertThat(SuppliedFigures.empty().densePeak()).isEmpty();
    assertThat(SuppliedFigures.empty().scaleUpBandwidth()).isEmpty();
    assertThat(SuppliedFigures.empty().scaleUp()).isEmpty();
    assertThat(SuppliedFigures.empty()).isEqualTo(SuppliedFigures.builder().build())
        .hasToString("none");
  }

  @Test
  void scaleUp_isAUserSuppliedLinkPerDirection() {
    assertThat(ALL.scaleUp().orElseThrow().name()).isEqualTo("user-supplied");
    assertThat(ALL.scaleUp().orElseThrow().basis()).isEqualTo(BandwidthBasis.PER_DIRECTION);
    assertThat(ALL.scaleUp().orElseThrow().perDirection()).isEqualTo(GB_S_450);
  }

  @Test
  void toString_namesEachFigure() {
    assertThat(ALL).hasToString("memoryBandwidth 3.9 TB/s, densePeak.FP8 1.979 PFLOP/s, "
        + "scaleUp 450 GB/s per direction");
  }

  @Test
  void check_zeroFigure_throws() {
    assertThatThrownBy(() -> SuppliedFigures.builder().memoryBandwidth(ByteRate.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Memory bandwidth must be positive: 0 B/s");
    assertThatThrownBy(() -> SuppliedFigures.builder()
        .putDensePeak(ComputeFormat.BF16, FlopRate.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dense BF16 peak must be positive: 0 FLOP/s");
    assertThatThrownBy(() -> SuppliedFigures.builder().scaleUpBandwidth(ByteRate.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scale-up bandwidth must be positive: 0 B/s");
  }

  @Test
  void equals_sameFigures_equalAndSameHash() {
    SuppliedFigures same = SuppliedFigures.builder().from(ALL).build();

    assertThat(same).isEqualTo(ALL).hasSameHashCodeAs(ALL).isNotEqualTo(SuppliedFigures.empty());
  }

  @Test
  void json_roundTrips() throws Exception {
    String json = Fixtures.MAPPER.writeValueAsString(ALL);

    assertThat(Fixtures.MAPPER.readValue(json, SuppliedFigures.class)).isEqualTo(ALL);
  }

  @Test
  void fields_areFinal() {
    for (Field f : ImmutableSuppliedFigures.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
      }
    }
  }
}
