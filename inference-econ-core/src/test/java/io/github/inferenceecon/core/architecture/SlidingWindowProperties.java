/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SlidingWindowProperties {

  @Test
  void periodic_oneGlobalLayerInEveryPeriod() {
    qt().forAll(integers().between(1, 200), integers().between(2, 12))
        .checkAssert((layers, period) -> {
          SlidingWindow w = SlidingWindow.periodic(4096, layers, period);

          assertThat(w.localLayerCount()).isEqualTo(layers - layers / period);
          for (int i = 0; i < layers; i++) {
            assertThat(w.isLocal(i)).isEqualTo((i + 1) % period != 0);
          }
        });
  }

  @Test
  void allLayers_everyLayerLocal() {
    qt().forAll(integers().between(1, 200)).checkAssert(layers -> {
      SlidingWindow w = SlidingWindow.allLayers(128, layers);

      assertThat(w.localLayerCount()).isEqualTo(layers);
      assertThat(w.isLocal(0)).isTrue();
      assertThat(w.isLocal(layers - 1)).isTrue();
      assertThat(w.isLocal(layers)).isFalse();
    });
  }

  @Test
  void repeating_equalsTheExplicitListOfItsLayers_andAnswersLikeIt() {
    qt().forAll(ArchitectureGenerators.repeatingPatterns()).checkAssert(p -> {
      int first = p[0];
      int period = p[1];
      int layers = p[3];
      List<Integer> offsets = new ArrayList<>();
      for (int o = 0; o < period; o++) {
        if ((p[2] & (1 << o)) != 0) {
          offsets.add(o);
        }
      }
      List<Integer> explicit = new ArrayList<>();
      for (int layer = first; layer < layers; layer++) {
        if (offsets.contains((layer - first) % period)) {
          explicit.add(layer);
        }
      }

      SlidingWindow w = SlidingWindow.repeating(64, first, period, offsets, layers);

      // one canonical form, however the pattern is described
      assertThat(w).isEqualTo(SlidingWindow.of(64, explicit));
      assertThat(w.localLayers()).isEqualTo(explicit);
      assertThat(w.localLayerCount()).isEqualTo(explicit.size());
      for (int layer = 0; layer <= layers; layer++) {
        assertThat(w.isLocal(layer)).isEqualTo(explicit.contains(layer));
        int below = layer;
        assertThat(w.localLayersIn(0, layer))
            .isEqualTo((int) explicit.stream().filter(l -> l < below).count());
      }
      assertThat(jsonRoundTrip(w, SlidingWindow.class)).isEqualTo(w);
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(integers().between(1, 200).<SlidingWindow>flatMap(
        ArchitectureGenerators::slidingWindows))
        .checkAssert(w -> assertThat(jsonRoundTrip(w, SlidingWindow.class)).isEqualTo(w));
  }
}
