/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.DomainTypeContracts;
import org.junit.jupiter.api.Test;

final class CandidateProperties {

  @Test
  void compareTo_isAntisymmetricAndConsistentWithEquals() {
    qt().forAll(PlannerGenerators.candidates(), PlannerGenerators.candidates())
        .checkAssert((a, b) -> {
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
          assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        });
  }

  @Test
  void compareTo_isTransitive() {
    qt().forAll(PlannerGenerators.candidates(), PlannerGenerators.candidates(),
        PlannerGenerators.candidates()).checkAssert((a, b, c) -> {
          if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
          }
        });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(PlannerGenerators.candidates()).checkAssert(c ->
        assertThat(DomainTypeContracts.jsonRoundTrip(c,
            Candidate.class)).isEqualTo(c));
  }
}
