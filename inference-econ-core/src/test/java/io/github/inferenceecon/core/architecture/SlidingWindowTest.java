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

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.inferenceecon.core.DomainTypeContracts;
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
        .hasMessage("Sliding-window period must be in [2, 1024]: 1");
    assertThatThrownBy(() -> SlidingWindow.periodic(1024, 12, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sliding-window period must be in [2, 1024]: 2147483647");
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
  // fromLayer, repeating
  @Test
  void fromLayer_localFromTheFirstOn() {
    // Qwen2 with use_sliding_window, max_window_layers 28, 36 layers: layers 28 to 35 local
    SlidingWindow w = SlidingWindow.fromLayer(4096, 28, 36);

    assertThat(w.localLayerCount()).isEqualTo(8);
    assertThat(w.localLayers()).containsExactly(28, 29, 30, 31, 32, 33, 34, 35);
    assertThat(w).isEqualTo(SlidingWindow.of(4096, List.of(28, 29, 30, 31, 32, 33, 34, 35)));
  }

  @Test
  void fromLayer_firstAtOrBeyondTheLayers_noLocalLayer() {
    assertThat(SlidingWindow.fromLayer(4096, 36, 36).localLayerCount()).isZero();
    assertThat(SlidingWindow.fromLayer(4096, 36, 36)).isEqualTo(SlidingWindow.of(4096, List.of()));
  }

  @Test
  void repeating_shortestPeriodIsFound() {
    // offsets 0, 1 of 4 over 12 layers: 0, 1, 4, 5, 8, 9; already the shortest period
    SlidingWindow w = SlidingWindow.repeating(128, 0, 4, List.of(0, 1), 12);

    assertThat(w.period()).isEqualTo(4);
    assertThat(w.localOffsets()).containsExactly(0, 1);
    assertThat(w.span()).isEqualTo(10);
    assertThat(w).isEqualTo(SlidingWindow.of(128, List.of(0, 1, 4, 5, 8, 9)));
    // offsets 0, 2 of 4 repeat every 2 layers
    assertThat(SlidingWindow.repeating(128, 0, 4, List.of(0, 2), 12))
        .isEqualTo(SlidingWindow.periodic(128, 12, 2));
  }

  @Test
  void repeating_startingMidPattern_startsAtTheFirstLocalLayer() {
    // from layer 3, offsets 1 and 2 of 3: layers 4, 5, 7, 8, 10, 11 below 12
    SlidingWindow w = SlidingWindow.repeating(128, 3, 3, List.of(1, 2), 12);

    assertThat(w.firstLocalLayer()).isEqualTo(4);
    assertThat(w.localLayers()).containsExactly(4, 5, 7, 8, 10, 11);
  }

  @Test
  void repeating_badOffsets_throw() {
    assertThatThrownBy(() -> SlidingWindow.repeating(128, 0, 2, List.of(0, 2), 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Local offsets must be strictly increasing and less than the period 2: "
            + "[0, 2]");
    assertThatThrownBy(() -> SlidingWindow.repeating(128, 0, 0, List.of(), 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Period must be positive: 0");
  }

  @Test
  void allLayers_maximumLayerCount_holdsNoEntryPerLayer() {
    // 2^31 - 1 layers: the pattern is one offset, and every question is answered without a
    // loop over the layers
    SlidingWindow w = SlidingWindow.allLayers(4096, Integer.MAX_VALUE);

    assertThat(w.localOffsets()).containsExactly(0);
    assertThat(w.localLayerCount()).isEqualTo(Integer.MAX_VALUE);
    assertThat(w.localLayers().get(Integer.MAX_VALUE - 1)).isEqualTo(Integer.MAX_VALUE - 1);
    assertThat(w.localLayersIn(10, 1_000_000_010)).isEqualTo(1_000_000_000);
    assertThat(w.lastLocalLayer()).isEqualTo(Integer.MAX_VALUE - 1);
  }

  @Test
  void periodic_maximumLayerCount_holdsOnePeriod() {
    // Gemma-2 with 2^31 - 1 layers: local 0, 2, 4, ..., 2^31 - 2
    SlidingWindow w = SlidingWindow.periodic(4096, Integer.MAX_VALUE, 2);

    assertThat(w.localOffsets()).containsExactly(0);
    assertThat(w.localLayerCount()).isEqualTo(1 << 30);
    assertThat(w.isLocal(Integer.MAX_VALUE - 1)).isTrue();
    assertThat(w.isLocal(Integer.MAX_VALUE - 2)).isFalse();
  }

  //-----------------------------------------------------------------------
  // localLayersIn
  @Test
  void localLayersIn_countsARange() {
    // Gemma-3's pattern over 12 layers: 0-4 and 6-10 local
    SlidingWindow w = SlidingWindow.periodic(1024, 12, 6);

    assertThat(w.localLayersIn(0, 12)).isEqualTo(10);
    assertThat(w.localLayersIn(3, 8)).isEqualTo(4);
    assertThat(w.localLayersIn(5, 6)).isZero();
    assertThat(w.localLayersIn(11, 11)).isZero();
    assertThatThrownBy(() -> w.localLayersIn(4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Layer range must not end before it starts: 4/3");
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

    assertThat(toJson(w)).isEqualTo("{\"window\":4096,\"firstLocalLayer\":0,\"period\":2,"
        + "\"localOffsets\":[0],\"span\":5}");
    assertThat(jsonRoundTrip(w, SlidingWindow.class)).isEqualTo(w);
  }

  @Test
  void json_nonCanonicalPattern_readsAsTheCanonicalOne() {
    // period 4 with offsets 0 and 2 is period 2 with offset 0; the span ends on layer 4
    SlidingWindow w = fromJson("{\"window\":64,\"firstLocalLayer\":0,\"period\":4,"
        + "\"localOffsets\":[0,2],\"span\":6}");

    assertThat(w).isEqualTo(SlidingWindow.of(64, List.of(0, 2, 4)));
  }

  @Test
  void json_offsetOutOfPeriod_throws() {
    assertThatThrownBy(() -> fromJson("{\"window\":64,\"firstLocalLayer\":0,\"period\":2,"
        + "\"localOffsets\":[0,2],\"span\":6}"))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("Local offsets must be strictly increasing and less than the "
            + "period 2: [0, 2]");
  }

  private static SlidingWindow fromJson(String json) {
    try {
      return DomainTypeContracts.fromJson(json, SlidingWindow.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
