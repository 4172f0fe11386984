/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static io.github.inferenceecon.core.DomainTypeContracts.assertEqualsContract;
import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.DomainTypeContracts.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SlidingWindowTest {

  //-----------------------------------------------------------------------
  // of
  @Test
  void of_keepsWindowAndLayers() {
    SlidingWindow w = SlidingWindow.of(4096, List.of(0, 2, 4));

    assertThat(w.window()).isEqualTo(4096);
    assertThat(w.localLayers()).containsExactly(0, 2, 4);
    assertThat(w.localLayerCount()).isEqualTo(3);
  }

  @Test
  void of_noLocalLayers_isAllowed() {
    assertThat(SlidingWindow.of(128, List.of()).localLayerCount()).isZero();
  }

  @Test
  void of_zeroWindow_throws() {
    assertThatThrownBy(() -> SlidingWindow.of(0, List.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sliding window must be positive: 0");
  }

  @Test
  void of_negativeLayer_throws() {
    assertThatThrownBy(() -> SlidingWindow.of(128, List.of(-1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Local layer index must not be negative: -1");
  }

  @Test
  void of_repeatedOrDecreasingLayers_throws() {
    assertThatThrownBy(() -> SlidingWindow.of(128, List.of(0, 2, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Local layer indices must be strictly increasing: [0, 2, 2]");
    assertThatThrownBy(() -> SlidingWindow.of(128, List.of(3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Local layer indices must be strictly increasing: [3, 1]");
  }

  @Test
  void of_nulls_throwNullPointer() {
    assertThatThrownBy(() -> SlidingWindow.of(128, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SlidingWindow.of(128, Arrays.asList(0, null)))
        .isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  // allLayers
  @Test
  void allLayers_mistral7bShape_everyLayerLocal() {
    SlidingWindow w = SlidingWindow.allLayers(4096, 32);

    assertThat(w.localLayerCount()).isEqualTo(32);
    assertThat(w.localLayers().get(0)).isZero();
    assertThat(w.localLayers().get(31)).isEqualTo(31);
  }

  @Test
  void allLayers_zeroLayers_throws() {
    assertThatThrownBy(() -> SlidingWindow.allLayers(4096, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Layer count must be positive: 0");
  }

  //-----------------------------------------------------------------------
  // periodic
  @Test
  void periodic_period2_evenLayersLocal() {
    // Gemma-2: local, global, local, global, ...
    assertThat(SlidingWindow.periodic(4096, 6, 2).localLayers()).containsExactly(0, 2, 4);
  }

  @Test
  void periodic_period6_fiveLocalThenOneGlobal() {
    // Gemma-3: layers 5 and 11 global
    assertThat(SlidingWindow.periodic(1024, 12, 6).localLayers())
        .containsExactly(0, 1, 2, 3, 4, 6, 7, 8, 9, 10);
  }

  @Test
  void periodic_fewerLayersThanPeriod_allLocal() {
    assertThat(SlidingWindow.periodic(1024, 3, 6).localLayers()).containsExactly(0, 1, 2);
  }

  @Test
  void periodic_periodBelowTwo_throws() {
    assertThatThrownBy(() -> SlidingWindow.periodic(1024, 12, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sliding-window period must be at least 2: 1");
  }

  @Test
  void periodic_zeroLayers_throws() {
    assertThatThrownBy(() -> SlidingWindow.periodic(1024, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Layer count must be positive: 0");
  }

  @Test
  void periodic_zeroWindow_throws() {
    assertThatThrownBy(() -> SlidingWindow.periodic(0, 4, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sliding window must be positive: 0");
  }

  //-----------------------------------------------------------------------
  // isLocal
  @Test
  void isLocal_answersPerLayer() {
    SlidingWindow w = SlidingWindow.periodic(4096, 6, 2);

    assertThat(w.isLocal(0)).isTrue();
    assertThat(w.isLocal(1)).isFalse();
    assertThat(w.isLocal(4)).isTrue();
    assertThat(w.isLocal(5)).isFalse();
    assertThat(w.isLocal(6)).isFalse();
    assertThat(w.isLocal(-1)).isFalse();
  }

  //-----------------------------------------------------------------------
  // equals, immutability, JSON
  @Test
  void equals_sameWindowAndLayers_equal() {
    assertEqualsContract(SlidingWindow.periodic(4096, 6, 2), SlidingWindow.of(4096, List.of(0, 2, 4)),
        SlidingWindow.of(2048, List.of(0, 2, 4)));
  }

  @Test
  void fields_areFinal() {
    assertImmutable(SlidingWindow.class, SlidingWindow.allLayers(4096, 2));
  }

  @Test
  void json_roundTrips() {
    SlidingWindow w = SlidingWindow.periodic(4096, 6, 2);

    assertThat(toJson(w)).isEqualTo("{\"window\":4096,\"localLayers\":[0,2,4]}");
    assertThat(jsonRoundTrip(w, SlidingWindow.class)).isEqualTo(w);
  }
}
