/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import static io.github.inferenceecon.core.DomainTypeContracts.assertImmutable;
import static io.github.inferenceecon.core.DomainTypeContracts.jsonRoundTrip;
import static io.github.inferenceecon.core.planner.PlannerFixtures.CARD_3_15;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H100_AT_3;
import static io.github.inferenceecon.core.planner.PlannerFixtures.H200_AT_4;
import static io.github.inferenceecon.core.planner.PlannerFixtures.LLAMA_8B;
import static io.github.inferenceecon.core.planner.PlannerFixtures.ONE_RPS_1000_200;
import static io.github.inferenceecon.core.planner.PlannerFixtures.TTFT_2S_TPOT_100MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.planner.Sensitivity.Parameter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SensitivityTest {

  /** 8B on H100 or H200, or the USD 3 / 15 API, at 20 requests/s with 30% cache hits. */
  static final PlanRequest REQUEST = PlanRequest.builder().addModels(LLAMA_8B)
      .traffic(ONE_RPS_1000_200.withRequestsPerSecond(20).withCacheHitRate(0.3))
      .targets(TTFT_2S_TPOT_100MS).addHardware(H100_AT_3, H200_AT_4).deviceCounts(List.of(1))
      .maxConcurrency(16).addApis(ApiOption.of(CARD_3_15)).build();
  static final Sensitivity STANDARD = Planner.defaults().sensitivity(REQUEST,
      SensitivityGrid.defaults());

  @Test
  void sensitivity_onePointPerValueGroupedByParameter() {
    assertThat(STANDARD.points()).hasSize(13);
    assertThat(STANDARD.points()).extracting(SensitivityPoint::parameter).containsExactly(
        Parameter.UTILISATION, Parameter.UTILISATION, Parameter.UTILISATION,
        Parameter.UTILISATION, Parameter.CACHE_HIT_RATE, Parameter.CACHE_HIT_RATE,
        Parameter.CACHE_HIT_RATE, Parameter.CACHE_HIT_RATE, Parameter.PRICE_FACTOR,
        Parameter.PRICE_FACTOR, Parameter.PRICE_FACTOR, Parameter.PRICE_FACTOR,
        Parameter.PRICE_FACTOR);
    assertThat(STANDARD.points(Parameter.CACHE_HIT_RATE)).extracting(SensitivityPoint::value)
        .containsExactly(BigDecimal.valueOf(0.0), BigDecimal.valueOf(0.25),
            BigDecimal.valueOf(0.5), BigDecimal.valueOf(0.75));
  }

  @Test
  void sensitivity_baseBestIsThePlansBest() {
    Plan plan = Planner.defaults().plan(REQUEST);

    assertThat(STANDARD.baseBest()).isEqualTo(plan.best());
    SensitivityPoint same = STANDARD.points(Parameter.PRICE_FACTOR).get(2);
    assertThat(same.value()).isEqualByComparingTo("1");
    assertThat(same.best()).isEqualTo(plan.best());
    assertThat(same.feasible()).isEqualTo(plan.choices().size());
    assertThat(STANDARD.isBestChanged(same)).isFalse();
  }

  @Test
  void sensitivity_lowerUtilisation_neverCheaper() {
    List<SensitivityPoint> u = STANDARD.points(Parameter.UTILISATION);

    for (int i = 1; i < u.size(); i++) {
      Money lower = u.get(i - 1).bestSelfHosted().orElseThrow().monthlyCost();
      Money higher = u.get(i).bestSelfHosted().orElseThrow().monthlyCost();
      assertThat(lower.isLessThan(higher)).as("utilisation %s", u.get(i - 1).value()).isFalse();
    }
  }

  @Test
  void sensitivity_priceFactor_scalesTheSelfHostedCostExactly() {
    Money base = STANDARD.points(Parameter.PRICE_FACTOR).get(2).bestSelfHosted().orElseThrow()
        .monthlyCost();

    for (SensitivityPoint p : STANDARD.points(Parameter.PRICE_FACTOR)) {
      assertThat(p.bestSelfHosted().orElseThrow().monthlyCost())
          .isEqualTo(base.multipliedBy(p.value()));
      assertThat(p.bestApi()).isEqualTo(STANDARD.points(Parameter.PRICE_FACTOR).get(2)
          .bestApi());
    }
  }

  @Test
  void isBestChanged_whenTheApiWins() {
    // At a hundredth of the traffic the fleet's one replica idles; the API wins.
    PlanRequest quiet = REQUEST.withTraffic(REQUEST.traffic().withRequestsPerSecond(0.01));
    Sensitivity s = Planner.defaults().sensitivity(quiet, SensitivityGrid.builder()
        .addPriceFactors(new BigDecimal("0.001"), BigDecimal.ONE).build());

    assertThat(s.baseBest().orElseThrow().isSelfHosted()).isFalse();
    assertThat(s.isBestChanged(s.points().get(0))).isTrue();
    assertThat(s.points().get(0).best().orElseThrow().isSelfHosted()).isTrue();
    assertThat(s.isBestChanged(s.points().get(1))).isFalse();
    assertThatThrownBy(() -> s.isBestChanged(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.points(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_tableWithChanges() {
    String text = STANDARD.toString();

    assertThat(text).startsWith("Sensitivity of the best choice; base: ");
    assertThat(text.lines().count()).isEqualTo(14);
    assertThat(text).contains("utilisation     0.25", "cache-hit rate  0.5",
        "price factor    1.5", "+0.0%");
  }

  @Test
  void json_immutability() {
    assertThat(jsonRoundTrip(STANDARD, Sensitivity.class)).isEqualTo(STANDARD);
    assertImmutable(Sensitivity.class, STANDARD);
    assertImmutable(SensitivityPoint.class, STANDARD.points().get(0));
    assertThat(jsonRoundTrip(STANDARD.points().get(0), SensitivityPoint.class))
        .isEqualTo(STANDARD.points().get(0));
  }

  @Test
  void point_toStringAndCost() {
    SensitivityPoint p = STANDARD.points().get(0);

    assertThat(p.monthlyCost()).isEqualTo(p.best().map(Choice::monthlyCost));
    assertThat(p.toString()).startsWith("utilisation 0.25: USD ");
    assertThat(Parameter.PRICE_FACTOR.label()).isEqualTo("price factor");
  }

  @Test
  void point_check_negativeCount_throws() {
    assertThatThrownBy(() -> ImmutableSensitivityPoint.builder().from(STANDARD.points().get(0))
        .feasible(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Feasible count must not be negative: -1");
  }
}
