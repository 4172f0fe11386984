/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.inferenceecon.core.CostGenerators;
import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class SelfHostedMonthlyCostProperties {

  static Gen<TrafficProfile> traffic() {
    return Generate.range(1, 1_000).zip(Generate.range(1, 20_000), Generate.range(1, 4_000),
        Generate.range(0, 100), (centiRps, in, out, hit) ->
            TrafficProfile.fixed(centiRps / 100.0, in, out).withCacheHitRate(hit / 100.0));
  }

  @Test
  void usageBasedOverReserved_isTheLoadFactor() {
    qt().forAll(CostGenerators.setups(), traffic()).checkAssert((setup, t) -> {
      SelfHostedMonthlyCost m = SelfHostedMonthlyCost.of(setup, t);
      BigDecimal ratio = m.usageBasedMonthlyCost().amount()
          .divide(m.reservedMonthlyCost().amount(), MathContext.DECIMAL64);
      CostTesting.assertClose(ratio, m.loadFactor(), "1e-14");
    });
  }

  @Test
  void usageBased_equalsRequestsTimesCostPerRequest() {
    qt().forAll(CostGenerators.setups(), traffic()).checkAssert((setup, t) -> {
      SelfHostedMonthlyCost m = SelfHostedMonthlyCost.of(setup, t);
      CostTesting.assertClose(m.usageBasedMonthlyCost().amount(),
          m.costPerRequest().amount().multiply(m.requestsPerMonth()), "2e-15");
    });
  }

  @Test
  void requiredReplicas_serveTheTraffic() {
    qt().forAll(CostGenerators.setups(), traffic()).checkAssert((setup, t) -> {
      SelfHostedMonthlyCost m = SelfHostedMonthlyCost.of(setup, t);
      SelfHostedMonthlyCost scaled = SelfHostedMonthlyCost.of(
          setup.withReplicas(m.requiredReplicas()), t);
      assertThat(scaled.isCapacitySufficient()).isTrue();
      assertThat(m.isCapacitySufficient()).isEqualTo(setup.replicas() >= m.requiredReplicas());
    });
  }

  @Test
  void json_roundTrips() {
    qt().withExamples(50).forAll(CostGenerators.setups(), traffic()).checkAssert((setup, t) -> {
      SelfHostedMonthlyCost m = SelfHostedMonthlyCost.of(setup, t);
      assertThat(CostTesting.roundTrip(m, SelfHostedMonthlyCost.class)).isEqualTo(m);
    });
  }
}
