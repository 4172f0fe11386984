/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.workload.WorkloadGenerators.lengthDistributions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

final class LengthDistributionProperties {

  @Test
  void percentile_isMonotoneInP() {
    // steps of at least 1e-6 in p move every quantile by far more than its 1e-9 error
    qt().forAll(lengthDistributions(), doubles().between(0, 0.999998), doubles().between(1e-6, 1))
        .checkAssert((d, p, step) -> {
          double q = Math.min(p + step, 0.999999);
          assertThat(d.percentile(q)).isGreaterThanOrEqualTo(d.percentile(p));
        });
  }

  @Test
  void percentile_isFiniteAndNotNegative() {
    qt().forAll(lengthDistributions(), doubles().between(0, 0.999999)).checkAssert((d, p) -> {
      double x = d.percentile(p);
      assertThat(Double.isFinite(x)).isTrue();
      assertThat(x).isGreaterThanOrEqualTo(0);
    });
  }

  @Test
  void percentile_uniformStaysWithinBounds() {
    qt().forAll(lengthDistributions(), doubles().between(0, 0.999999)).checkAssert((d, p) -> {
      if (d.shape() == LengthDistribution.Shape.UNIFORM) {
        assertThat(d.percentile(p)).isBetween(d.a(), d.b());
      }
    });
  }

  @Test
  void percentile_exponentialMedianIsMeanLn2() {
    qt().forAll(doubles().between(1e-3, 1e9)).checkAssert(mean ->
        assertThat(LengthDistribution.exponential(mean).percentile(0.5))
            .isCloseTo(mean * Math.log(2), withinPercentage(1e-10)));
  }

  @Test
  void percentile_logNormalIsSymmetricAroundTheMedianInLogSpace() {
    // x(p) x x(1 - p) = exp(mu)^2, because z(1 - p) = -z(p)
    qt().forAll(doubles().between(1, 1e6), doubles().between(0.05, 3),
        doubles().between(0.001, 0.499)).checkAssert((mean, sigma, p) -> {
          LengthDistribution d = LengthDistribution.logNormal(mean, sigma);
          double median = d.percentile(0.5);
          assertThat(median).isCloseTo(Math.exp(Math.log(mean) - sigma * sigma / 2),
              withinPercentage(1e-10));
          assertThat(d.percentile(p) * d.percentile(1 - p) / (median * median))
              .isCloseTo(1.0, withinPercentage(1e-5));
        });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(lengthDistributions()).checkAssert(d ->
        assertThat(jsonRoundTrip(d, LengthDistribution.class)).isEqualTo(d));
  }
}
