/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.format.FormatGenerators.numericFormats;
import static io.github.inferenceecon.core.format.FormatGenerators.precisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

final class PrecisionProperties {

  @Test
  void computeFormat_isThatOfTheActivations() {
    qt().forAll(precisions()).checkAssert(p ->
        assertThat(p.computeFormat()).isEqualTo(p.activations().computeFormat()));
  }

  @Test
  void withX_replacesOneFormatAndKeepsTheOthers() {
    qt().forAll(precisions(), numericFormats()).checkAssert((p, f) -> {
      assertThat(p.withWeights(f)).isEqualTo(Precision.of(f, p.kvCache(), p.activations()));
      assertThat(p.withKvCache(f)).isEqualTo(Precision.of(p.weights(), f, p.activations()));
      assertThat(p.withActivations(f)).isEqualTo(Precision.of(p.weights(), p.kvCache(), f));
      assertThat(p.withWeights(p.weights())).isEqualTo(p);
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(precisions())
        .checkAssert(p -> assertThat(jsonRoundTrip(p, Precision.class)).isEqualTo(p));
  }
}
