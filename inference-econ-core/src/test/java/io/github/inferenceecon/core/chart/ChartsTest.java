/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.chart;

import static io.github.inferenceecon.core.CostFixtures.H100_60;
import static io.github.inferenceecon.core.CostFixtures.SONNET_4;
import static io.github.inferenceecon.core.CostFixtures.USD_3_PER_DEVICE_HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.economics.BreakEven;
import io.github.inferenceecon.core.memory.DeploymentMemory;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.money.CurrencyMismatchException;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.performance.AcceleratorFixtures;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.planner.ApiOption;
import io.github.inferenceecon.core.planner.HardwareOption;
import io.github.inferenceecon.core.planner.Plan;
import io.github.inferenceecon.core.planner.PlanRequest;
import io.github.inferenceecon.core.planner.Planner;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ChartsTest {

  /** NVIDIA H100 SXM: 80 GiB, 3.35 TB/s, 989 TFLOP/s dense BF16 (sources in the fixture). */
  static final AcceleratorSpec H100 = AcceleratorFixtures.H100_SXM;

  /** Llama-3.1-8B in BF16 on one H100. */
  static final Deployment LLAMA_8B_ON_H100 = Deployment.of(
      KnownArchitectures.get("llama-3.1-8b"), H100, 1);

  static final Request IN_1000_OUT_200 = Request.of(1_000, 200);

  /** Anthropic's Sonnet 4 card against one H100 at USD 3/h, 60% busy; see BreakEvenTest. */
  static final BreakEven SONNET_VS_H100 = BreakEven.of(SONNET_4, ApiUsage.of(2_000, 500),
      H100_60);

  //-----------------------------------------------------------------------
  // concurrencySweep and the speed charts
  //-----------------------------------------------------------------------
  @Test
  void concurrencySweep_doublesUpToTheMemoryLimit() {
    PerformanceModel model = PerformanceModel.defaults();
    List<ServingEstimate> sweep = Charts.concurrencySweep(model, LLAMA_8B_ON_H100,
        IN_1000_OUT_200);
    long limit = model.offline(LLAMA_8B_ON_H100, IN_1000_OUT_200).memoryLimit();
    // 1, 2, 4, ... below the limit, then the limit: floor(log2(limit - 1)) + 2 points
    assertThat(limit).isGreaterThan(64);
    assertThat(sweep.get(0).concurrency()).isEqualTo(1);
    assertThat(sweep.get(6).concurrency()).isEqualTo(64);
    assertThat(sweep.get(sweep.size() - 1).concurrency()).isEqualTo(limit);
    assertThat(sweep).hasSize(64 - Long.numberOfLeadingZeros(limit - 1) + 1);
  }

  @Test
  void speedCharts_plotEachEstimateAgainstItsConcurrency() {
    List<ServingEstimate> sweep = Charts.concurrencySweep(PerformanceModel.defaults(),
        LLAMA_8B_ON_H100, IN_1000_OUT_200);
    XyChart throughput = Charts.throughputAgainstConcurrency(sweep);
    XyChart ttft = Charts.timeToFirstTokenAgainstConcurrency(sweep);
    XyChart tpot = Charts.timePerOutputTokenAgainstConcurrency(sweep);

    assertThat(throughput.xAxis().title()).isEqualTo("Concurrency (sequences per replica)");
    assertThat(throughput.yAxis().title()).isEqualTo("Output throughput (tokens/s)");
    assertThat(ttft.yAxis().unit()).isEqualTo("s");
    assertThat(tpot.yAxis().unit()).isEqualTo("ms");
    ServingEstimate eight = sweep.get(3);
    ChartPoint p = throughput.series().get(0).points().get(3);
    assertThat(p.x()).isEqualTo(8);
    assertThat(p.y()).isEqualTo(eight.outputThroughput().tokensPerSecond());
    assertThat(p.label()).hasValue("concurrency 8");
    assertThat(ttft.series().get(0).points().get(3).y())
        .isEqualTo(Durations.toSeconds(eight.timeToFirstToken()));
    // milliseconds: seconds x 1,000
    assertThat(tpot.series().get(0).points().get(3).y())
        .isEqualTo(Durations.toSeconds(eight.timePerOutputToken()) * 1000);
  }

  @Test
  void speedCharts_emptySweep_throws() {
    assertThatThrownBy(() -> Charts.throughputAgainstConcurrency(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Sweep must not be empty");
  }

  //-----------------------------------------------------------------------
  // costPerMillionAgainstThroughput
  //-----------------------------------------------------------------------
  @Test
  void costPerMillion_isHourlyPriceOverTokensPerHour() {
    List<ServingEstimate> sweep = Charts.concurrencySweep(PerformanceModel.defaults(),
        LLAMA_8B_ON_H100, IN_1000_OUT_200);
    XyChart chart = Charts.costPerMillionAgainstThroughput(sweep, USD_3_PER_DEVICE_HOUR, 1, 1.0);
    assertThat(chart.yAxis().title()).isEqualTo("Cost per million output tokens (USD)");
    List<ChartPoint> points = chart.series().get(0).points();
    for (int i = 0; i < points.size(); i++) {
      double rate = sweep.get(i).outputThroughput().tokensPerSecond();
      // USD 3 x 1 device x 1,000,000 / (rate x 3,600 s)
      assertThat(points.get(i).x()).isEqualTo(rate);
      assertThat(points.get(i).y()).isCloseTo(3.0 * 1e6 / (rate * 3600), within(1e-9));
    }
    // a fuller replica makes tokens cheaper
    assertThat(points.get(points.size() - 1).y()).isLessThan(points.get(0).y());
  }

  @Test
  void costPerMillion_badUtilisation_throws() {
    List<ServingEstimate> sweep = Charts.concurrencySweep(PerformanceModel.defaults(),
        LLAMA_8B_ON_H100, IN_1000_OUT_200);
    assertThatThrownBy(() -> Charts.costPerMillionAgainstThroughput(sweep,
        USD_3_PER_DEVICE_HOUR, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Utilisation");
  }

  //-----------------------------------------------------------------------
  // breakEven
  //-----------------------------------------------------------------------
  @Test
  void breakEven_sonnetAgainstOneH100_handWorked() {
    XyChart chart = Charts.breakEven(List.of(SONNET_VS_H100), new BigDecimal("20000000"));
    assertThat(chart.xAxis().title()).isEqualTo("Volume (requests/month)");
    assertThat(chart.yAxis().title()).isEqualTo("Monthly cost (USD)");
    // Replica-month USD 2,191.455 serving 6,762,204 requests (BreakEvenTest); 20,000,000
    // requests need ceil(2.958) = 3 replicas: steps at 0, 6,762,204 and 13,524,408.
    Series selfHosted = chart.series().get(0);
    assertThat(selfHosted.style()).isEqualTo(Series.Style.STEP);
    assertThat(selfHosted.points()).containsExactly(
        ChartPoint.of(0, 2191.455), ChartPoint.of(6_762_204, 4382.91),
        ChartPoint.of(13_524_408, 6574.365), ChartPoint.of(20_000_000, 6574.365));
    // API: USD 0.0135 per request, 20,000,000 x 0.0135 = 270,000.
    Series api = chart.series().get(1);
    assertThat(api.name()).isEqualTo("anthropic claude-sonnet-4");
    assertThat(api.points()).containsExactly(ChartPoint.of(0, 0),
        ChartPoint.of(20_000_000, 270_000));
    // Break-even 162,330 requests, where both cost 162,330 x 0.0135 = 2,191.455.
    assertThat(chart.markers()).containsExactly(Marker.of(
        "break-even with anthropic claude-sonnet-4: 162,330 requests/month", 162_330, 2191.455));
    assertThat(chart.omissions()).isEmpty();
    assertThat(chart.notes()).isEqualTo(SONNET_VS_H100.assumptions());
  }

  @Test
  void breakEven_volumeBelowTheBreakEven_reachesAQuarterBeyondIt() {
    XyChart chart = Charts.breakEven(List.of(SONNET_VS_H100), new BigDecimal("1000"));
    // 1.25 x 162,330 = 202,912.5 requests: still one replica
    assertThat(chart.series().get(0).points()).containsExactly(ChartPoint.of(0, 2191.455),
        ChartPoint.of(202_912.5, 2191.455));
  }

  @Test
  void breakEven_apiAlwaysCheaper_isAnOmission() {
    // USD 0.01 / 0.01 per million: 2,500 tokens cost USD 0.000025, below a full replica's
    // USD 0.000324 per request, so there is no break-even.
    ApiPriceCard cheap = ApiPriceCard.builder().provider("acme").model("cheap")
        .rates(TokenRates.of(TokenPrice.perMillion("USD", "0.01"),
            TokenPrice.perMillion("USD", "0.01"))).build();
    XyChart chart = Charts.breakEven(List.of(SONNET_VS_H100,
        BreakEven.of(cheap, ApiUsage.of(2_000, 500), H100_60)), new BigDecimal("1000000"));
    assertThat(chart.series()).extracting(Series::name).containsExactly(
        "self-hosted (reserved replicas)", "anthropic claude-sonnet-4", "acme cheap");
    assertThat(chart.markers()).hasSize(1);
    assertThat(chart.omissions()).containsExactly(Omission.of("break-even with acme cheap",
        "none: the API costs less per request than a full replica, at any volume"));
  }

  @Test
  void breakEven_manySteps_isSampled() {
    // 10,000 replicas' worth of volume: sampled at 1,000 even volumes plus the end
    BigDecimal volume = SONNET_VS_H100.requestsPerReplicaMonth().multiply(new BigDecimal(10_000));
    Series selfHosted = Charts.breakEven(List.of(SONNET_VS_H100), volume).series().get(0);
    assertThat(selfHosted.points()).hasSize(Charts.MAX_STEPS + 1);
    assertThat(selfHosted.points().get(selfHosted.points().size() - 1).y())
        .isCloseTo(2191.455 * 10_000, within(1e-6));
  }

  @Test
  void breakEven_differentSetups_throws() {
    BreakEven other = BreakEven.of(SONNET_4, ApiUsage.of(2_000, 500), H100_60.withReplicas(2));
    assertThatThrownBy(() -> Charts.breakEven(List.of(SONNET_VS_H100, other), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Break-evens must share one self-hosted setup");
  }

  @Test
  void breakEven_zeroVolume_throws() {
    assertThatThrownBy(() -> Charts.breakEven(List.of(SONNET_VS_H100), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Volume must be positive: 0");
  }

  //-----------------------------------------------------------------------
  // memory
  //-----------------------------------------------------------------------
  @Test
  void memory_llama70bOnFourH100_partsFillTheDevice() {
    Deployment tp4 = Deployment.of(KnownArchitectures.get("llama-3.1-70b"), H100, 4);
    DeploymentMemory m = MemoryEstimator.defaults().estimate(tp4, 1200, 1);
    BreakdownChart chart = Charts.memory(m);
    // weights: 141,107,412,992 B over tp 4 = 35,276,853,248 B = 32.854... GiB per device
    assertThat(chart.categories().get(0)).isEqualTo(Category.of("weights",
        35_276_853_248.0 / (1L << 30)));
    // KV cache: 1,200 tokens in 75 blocks of 16 x 327,680 B / 4 = 98,304,000 B
    assertThat(chart.categories().get(3)).isEqualTo(Category.of("KV cache",
        98_304_000.0 / (1L << 30)));
    assertThat(chart.categories()).extracting(Category::name).containsExactly("weights",
        "activations", "overhead", "KV cache", "free", "reserve (outside the budget)");
    // the budget is 0.9 x 80 GiB, so 8 GiB are reserve; everything sums to the 80 GiB
    assertThat(chart.categories().get(5).value()).isEqualTo(8.0);
    assertThat(chart.limit()).isEqualTo(80);
    assertThat(chart.total()).isCloseTo(80, within(1e-9));
    assertThat(chart.isOverLimit()).isFalse();
  }

  @Test
  void memory_doesNotFit_exceedsTheLimitBySayingSo() {
    Deployment one = Deployment.of(KnownArchitectures.get("llama-3.1-70b"), H100, 1);
    BreakdownChart chart = Charts.memory(MemoryEstimator.defaults().estimate(one, 1200, 1));
    // 131.4 GiB of weights alone exceed one 80 GiB device
    assertThat(chart.isOverLimit()).isTrue();
    assertThat(chart.categories().get(4)).isEqualTo(Category.of("free", 0));
    assertThat(chart.notes()).anyMatch(n -> n.startsWith("Does not fit: short by"));
  }

  //-----------------------------------------------------------------------
  // paretoFront
  //-----------------------------------------------------------------------
  @Test
  void paretoFront_drawsFeasibleSelfHostedAndListsTheRest() {
    PlanRequest request = PlanRequest.builder()
        .addModels(KnownArchitectures.get("llama-3.1-70b"))
        .traffic(TrafficProfile.fixed(1, 1000, 200))
        .targets(ServiceLevelTargets.builder().timeToFirstToken(Duration.ofSeconds(2))
            .timePerOutputToken(Duration.ofMillis(100)).percentile(0.9).build())
        .addHardware(HardwareOption.of("h100", H100, USD_3_PER_DEVICE_HOUR))
        .deviceCounts(List.of(1, 2, 4, 8))
        .addApis(ApiOption.of("anthropic:claude-sonnet-4", SONNET_4)).build();
    Plan plan = Planner.defaults().plan(request);
    XyChart chart = Charts.paretoFront(plan);

    assertThat(chart.xAxis().title()).isEqualTo("Time to first token, p90 (s)");
    long selfHosted = plan.choices().stream().filter(c -> c.isSelfHosted()).count();
    assertThat(chart.series().stream().mapToLong(s -> s.points().size()).sum())
        .isEqualTo(selfHosted);
    Series front = chart.series().get(0);
    assertThat(front.name()).isEqualTo("Pareto front");
    assertThat(front.points()).hasSize(plan.paretoFront().size());
    var cheapest = plan.paretoFront().get(0);
    assertThat(front.points()).anySatisfy(p -> {
      assertThat(p.y()).isEqualTo(cheapest.monthlyCost().amount().doubleValue());
      assertThat(p.x()).isEqualTo(Durations.toSeconds(cheapest.timeToFirstToken().orElseThrow()));
      assertThat(p.label().orElseThrow()).startsWith(cheapest.candidate().toString());
    });
    // one H100 cannot hold 131 GiB of weights: rejected, with its reason; the API has no
    // latency estimate
    assertThat(chart.omissions()).hasSize(plan.rejections().size() + 1);
    assertThat(chart.omissions()).anySatisfy(o ->
        assertThat(o.reason()).startsWith("API: no latency estimate; USD"));
    assertThat(plan.rejections()).isNotEmpty();
    assertThat(chart.omissions()).extracting(Omission::reason)
        .contains(plan.rejections().get(0).message());
  }

  //-----------------------------------------------------------------------
  // priceHistory
  //-----------------------------------------------------------------------
  @Test
  void priceHistory_twoDatedCards_areStaircasesToTheEnd() {
    // illustrative cards: USD 5 / 15 from 2024-05-13, USD 2.50 / 10 (cache 1.25) from 2024-08-06
    ApiPriceCard may = card("5", "15", null).effectiveFrom(LocalDate.of(2024, 5, 13)).build();
    ApiPriceCard august = card("2.50", "10", "1.25").effectiveFrom(LocalDate.of(2024, 8, 6))
        .build();
    ApiPriceCard undated = card("9", "9", null).build();
    XyChart chart = Charts.priceHistory(List.of(august, undated, may), LocalDate.of(2025, 1, 1));

    assertThat(chart.xAxis().isDate()).isTrue();
    assertThat(chart.series()).extracting(Series::name)
        .containsExactly("input", "cached input", "output");
    // 2024-05-13 is epoch day 19,856; 2024-08-06 is 19,941; 2025-01-01 is 20,089
    assertThat(chart.series().get(0).points()).containsExactly(
        ChartPoint.of(19_856, 5, "from 2024-05-13"), ChartPoint.of(19_941, 2.5, "from 2024-08-06"),
        ChartPoint.of(20_089, 2.5, "until 2025-01-01"));
    assertThat(chart.series().get(1).points()).containsExactly(
        ChartPoint.of(19_941, 1.25, "from 2024-08-06"), ChartPoint.of(20_089, 1.25,
            "until 2025-01-01"));
    assertThat(chart.series().get(2).points().get(0).y()).isEqualTo(15);
    assertThat(chart.omissions()).containsExactly(Omission.of(
        "openai gpt-4o at USD 9 per 1000000 tokens input", "no effective date published"));
  }

  @Test
  void priceHistory_mixedCurrencies_throws() {
    ApiPriceCard usd = card("5", "15", null).build();
    ApiPriceCard eur = ApiPriceCard.builder().provider("openai").model("gpt-4o")
        .rates(TokenRates.of(TokenPrice.perMillion("EUR", "5"), TokenPrice.perMillion("EUR",
            "15"))).build();
    assertThatThrownBy(() -> Charts.priceHistory(List.of(usd, eur), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  private static ApiPriceCard.Builder card(String input, String output, String cached) {
    TokenRates.Builder rates = TokenRates.builder().input(TokenPrice.perMillion("USD", input))
        .output(TokenPrice.perMillion("USD", output));
    if (cached != null) {
      rates.cachedInput(TokenPrice.perMillion("USD", cached));
    }
    return ApiPriceCard.builder().provider("openai").model("gpt-4o").rates(rates.build());
  }
}
