/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NormalQuantileTest {

  /**
   * Standard normal quantiles: 1.959963984540054 (p 0.975) and 2.326347874040841 (p 0.99) are
   * the textbook values; all were checked against Python's statistics.NormalDist().inv_cdf,
   * Wichura's AS241, accurate to about 1e-16. Acklam's approximation is documented at a
   * relative error below 1.15e-9; the test allows 1.2e-9.
   */
  @ParameterizedTest
  @CsvSource({
      "1e-12, -7.034483825301132",
      "1e-6, -4.753424308822899",
      "0.001, -3.090232306167813",
      "0.01, -2.3263478740408408",
      "0.02425, -1.9729610513118845",
      "0.1, -1.2815515655446008",
      "0.25, -0.6744897501960817",
      "0.4, -0.2533471031357998",
      "0.6, 0.2533471031357998",
      "0.9, 1.2815515655446008",
      "0.975, 1.959963984540054",
      "0.99, 2.3263478740408408",
      "0.999, 3.090232306167813",
      "0.999999, 4.753424308817089"})
  void of_knownQuantile_withinDocumentedError(double p, double z) {
    // withinPercentage takes percent: 1.2e-9 relative is 1.2e-7 percent
    assertThat(NormalQuantile.of(p)).isCloseTo(z, withinPercentage(1.2e-7));
  }

  @ParameterizedTest
  @CsvSource({"0.5"})
  void of_half_isExactlyZero(double p) {
    assertThat(NormalQuantile.of(p)).isEqualTo(0.0);
  }
}
