/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.inferenceecon.core.CostFixtures;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.economics.BreakEven;
import io.github.inferenceecon.core.money.TokenPrice;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ChartsProperties {

  @Test
  void breakEven_staircaseIsTheSelfHostedCostAndNeverFalls() {
    qt().forAll(integers().between(1, 400), integers().between(1, 2_000),
        integers().between(1, 50_000)).checkAssert((cents, outputTokens, millions) -> {
          ApiPriceCard card = ApiPriceCard.builder().provider("acme").model("m")
              .rates(TokenRates.of(TokenPrice.perMillion("USD", "1"),
                  TokenPrice.perMillion("USD", BigDecimal.valueOf(cents, 2).toPlainString())))
              .build();
          BreakEven b = BreakEven.of(card, ApiUsage.of(1_000, outputTokens),
              CostFixtures.H100_60);
          XyChart chart = Charts.breakEven(List.of(b), BigDecimal.valueOf(millions * 1000L));
          List<ChartPoint> steps = chart.series().get(0).points();
          for (int i = 0; i < steps.size(); i++) {
            ChartPoint p = steps.get(i);
            // each point is the cost at its own volume (a step starts just above its x)
            if (i == 0 || i == steps.size() - 1) {
              assertThat(p.y()).isEqualTo(b.selfHostedCostAt(new BigDecimal(p.x())).amount()
                  .doubleValue());
            }
            if (i > 0) {
              assertThat(p.y()).isGreaterThanOrEqualTo(steps.get(i - 1).y());
              assertThat(p.x()).isGreaterThanOrEqualTo(steps.get(i - 1).x());
            }
          }
          // every break-even is inside the chart and sits on the API line
          double end = steps.get(steps.size() - 1).x();
          for (Marker m : chart.markers()) {
            assertThat(m.x()).isLessThanOrEqualTo(end);
            assertThat(m.y()).isEqualTo(b.apiCostAt(b.breakEvenRequestsPerMonth().orElseThrow())
                .amount().doubleValue());
          }
        });
  }
}
