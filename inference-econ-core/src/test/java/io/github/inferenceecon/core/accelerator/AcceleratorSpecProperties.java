/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.accelerator;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.accelerator.AcceleratorGenerators.interconnects;
import static io.github.inferenceecon.core.accelerator.AcceleratorGenerators.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.units.ByteRate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

final class AcceleratorSpecProperties {

  @Test
  void balancePoint_isDensePeakOverBandwidth_presentExactlyWhenSupported() {
    qt().forAll(specs(), Generate.enumValues(ComputeFormat.class)).checkAssert((spec, f) -> {
      assertThat(spec.peak(f).isPresent()).isEqualTo(spec.supports(f));
      assertThat(spec.balancePoint(f).isPresent()).isEqualTo(spec.supports(f));
      spec.peak(f).ifPresent(p -> assertThat(spec.balancePoint(f)).contains(
          p.flopsPerSecond() / spec.memoryBandwidth().bytesPerSecond()));
    });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(specs())
        .checkAssert(spec -> assertThat(jsonRoundTrip(spec, AcceleratorSpec.class))
            .isEqualTo(spec));
  }

  @Test
  void perDirection_isHalfWhenBidirectional() {
    qt().forAll(interconnects()).checkAssert(link -> {
      ByteRate expected = link.basis() == BandwidthBasis.BIDIRECTIONAL
          ? ByteRate.of(link.bandwidth().bytesPerSecond() / 2) : link.bandwidth();
      assertThat(link.perDirection()).isEqualTo(expected);
      assertThat(jsonRoundTrip(link, Interconnect.class)).isEqualTo(link);
    });
  }
}
