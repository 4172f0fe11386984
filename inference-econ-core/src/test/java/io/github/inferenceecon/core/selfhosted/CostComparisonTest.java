/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.selfhosted;

import static io.github.inferenceecon.core.CostFixtures.USD_24_PER_INSTANCE_HOUR;
import static io.github.inferenceecon.core.CostFixtures.USD_3_PER_DEVICE_HOUR;
import static io.github.inferenceecon.core.selfhosted.SelfHostedEstimateTest.H100;
import static io.github.inferenceecon.core.selfhosted.SelfHostedEstimateTest.IN_1000_OUT_200;
import static io.github.inferenceecon.core.selfhosted.SelfHostedEstimateTest.LLAMA_70B_2X_TP4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inferenceecon.core.CostTesting;
import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.Comparison;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.performance.Scenario;
import io.github.inferenceecon.core.performance.WhatIfs;
import io.github.inferenceecon.core.units.FlopRate;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

final class CostComparisonTest {

  private static final WhatIfs WHAT_IFS = WhatIfs.of(PerformanceModel.defaults());
  /**
   * The H100 SXM of {@link SelfHostedEstimateTest#H100} with its dense FP8 peak, 1,979 TFLOP/s
   * (TensorRT-LLM's cluster_info.py at 16d2467, as in the performance tests' fixture).
   */
  private static final AcceleratorSpec H100_FP8 = AcceleratorSpec.builder().from(H100)
      .putDensePeak(ComputeFormat.FP8, FlopRate.ofTeraflops(1979)).build();
  private static final Deployment LLAMA_8B_H100 =
      Deployment.of(KnownArchitectures.get("llama-3.1-8b"), H100_FP8, 1);
  /** Llama-3.1-8B, BF16 to FP8 (weights, KV cache and compute), as many sequences as fit. */
  private static final Comparison TO_FP8 = WHAT_IFS.quantisation(LLAMA_8B_H100,
      Scenario.offline(IN_1000_OUT_200), Precision.uniform(NumericFormat.FP8_E4M3));
  private static final CostComparison TO_FP8_AT_USD_3 =
      CostComparison.of(TO_FP8, LLAMA_8B_H100, USD_3_PER_DEVICE_HOUR, 1);

  //-----------------------------------------------------------------------
  // of
  @Test
  void of_offlineSides_priceAsTheSelfHostedEstimateOfEachDeployment() {
    // The one door: each side costs what SelfHostedEstimate (offline, utilisation 1) says of
    // its deployment, to the last digit.
    SelfHostedEstimate bf16 = SelfHostedEstimate.of(LLAMA_8B_H100, IN_1000_OUT_200,
        USD_3_PER_DEVICE_HOUR);
    SelfHostedEstimate fp8 = SelfHostedEstimate.of(LLAMA_8B_H100.withPrecision(
        Precision.uniform(NumericFormat.FP8_E4M3)), IN_1000_OUT_200, USD_3_PER_DEVICE_HOUR);

    assertThat(TO_FP8_AT_USD_3.before()).isEqualTo(bf16.cost());
    assertThat(TO_FP8_AT_USD_3.after()).isEqualTo(fp8.cost());
    assertThat(TO_FP8_AT_USD_3.costPerRequestBefore()).isEqualTo(bf16.costPerRequest());
    assertThat(TO_FP8_AT_USD_3.costPerRequestAfter()).isEqualTo(fp8.costPerRequest());
  }

  @Test
  void of_fp8_costsLessPerToken() {
    assertThat(TO_FP8_AT_USD_3.costPerMillionOutputChange().isNegative()).isTrue();
    assertThat(TO_FP8_AT_USD_3.costPerRequestChange().isNegative()).isTrue();
    assertThat(TO_FP8_AT_USD_3.costPerMillionOutputRatio()).isLessThan(java.math.BigDecimal.ONE);
  }

  @Test
  void of_changes_areAfterMinusBeforeExactly() {
    CostComparison c = TO_FP8_AT_USD_3;
    assertThat(c.costPerMillionOutputChange()).isEqualTo(
        c.after().costPerMillionOutput().minus(c.before().costPerMillionOutput()));
    assertThat(c.costPerMillionInputChange()).isEqualTo(
        c.after().costPerMillionInput().minus(c.before().costPerMillionInput()));
    assertThat(c.costPerRequestChange().plus(c.costPerRequestBefore()))
        .isEqualTo(c.costPerRequestAfter());
  }

  @Test
  void of_outputRatio_isTheInverseOfTheDecodeRates() {
    // cost per 1M output = fleet per hour x 1e6 / (decode x 3,600 x utilisation): the same
    // fleet, so the ratio is decode before / decode after
    double expected = TO_FP8_AT_USD_3.before().setup().throughput().decode().tokensPerSecond()
        / TO_FP8_AT_USD_3.after().setup().throughput().decode().tokensPerSecond();
    assertThat(TO_FP8_AT_USD_3.costPerMillionOutputRatio().doubleValue())
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void of_promptCaching_savesPerRequestNotPerComputedToken() {
    // 800 of 1,000 input tokens cached skip prefill and cost nothing (SelfHostedCost.costOf)
    Comparison caching = WHAT_IFS.promptCaching(LLAMA_8B_H100,
        Scenario.atConcurrency(IN_1000_OUT_200, 8), 0.8);
    CostComparison c = CostComparison.of(caching, LLAMA_8B_H100, USD_3_PER_DEVICE_HOUR, 1);

    assertThat(c.costPerRequestRatio()).isLessThan(java.math.BigDecimal.ONE);
    assertThat(c.comparison().after().request().cachedInputTokens().count()).isEqualTo(800);
  }

  @Test
  void of_utilisationHalf_doublesEveryCost() {
    CostComparison half = CostComparison.of(TO_FP8, LLAMA_8B_H100, USD_3_PER_DEVICE_HOUR, 0.5);
    assertThat(half.after().costPerMillionOutput().amount().doubleValue()).isCloseTo(
        2 * TO_FP8_AT_USD_3.after().costPerMillionOutput().amount().doubleValue(),
        within(1e-15));
    // each side divided once at 16 digits: the ratios agree to the last digit or so
    assertThat(half.costPerMillionOutputRatio().doubleValue()).isCloseTo(
        TO_FP8_AT_USD_3.costPerMillionOutputRatio().doubleValue(), within(1e-15));
  }

  @Test
  void of_contextSetsPrecision() {
    CostComparison c = CostComparison.of(TO_FP8, LLAMA_8B_H100, USD_3_PER_DEVICE_HOUR, 1,
        new MathContext(4));
    assertThat(c.after().costPerMillionOutput().amount().precision()).isLessThanOrEqualTo(4);
  }

  @Test
  void of_instancePrice_throws() {
    assertThatThrownBy(() -> CostComparison.of(TO_FP8, LLAMA_8B_H100, USD_24_PER_INSTANCE_HOUR,
        1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_utilisationZero_throws() {
    assertThatThrownBy(() -> CostComparison.of(TO_FP8, LLAMA_8B_H100, USD_3_PER_DEVICE_HOUR, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Utilisation must be in (0, 1]: 0.0");
  }

  @Test
  void of_allInputCached_throwsNoPrefillWork() {
    Comparison all = WHAT_IFS.promptCaching(LLAMA_8B_H100,
        Scenario.atConcurrency(IN_1000_OUT_200, 8), 1);
    assertThatThrownBy(() -> CostComparison.of(all, LLAMA_8B_H100, USD_3_PER_DEVICE_HOUR, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Serving estimate has no prefill work to price input tokens by");
  }

  @Test
  void of_nulls_throw() {
    assertThatThrownBy(() -> CostComparison.of(null, LLAMA_8B_H100, USD_3_PER_DEVICE_HOUR, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("comparison");
    assertThatThrownBy(() -> CostComparison.of(TO_FP8, null, USD_3_PER_DEVICE_HOUR, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("deployment");
    assertThatThrownBy(() -> CostComparison.of(TO_FP8, LLAMA_8B_H100, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("pricePerDeviceHour");
    assertThatThrownBy(() -> CostComparison.of(TO_FP8, LLAMA_8B_H100, USD_3_PER_DEVICE_HOUR, 1,
        null)).isInstanceOf(NullPointerException.class).hasMessage("context");
  }

  //-----------------------------------------------------------------------
  // check
  @Test
  void check_sidesOnDifferentFleets_throws() {
    SelfHostedCost other = CostComparison.of(TO_FP8, LLAMA_70B_2X_TP4, USD_3_PER_DEVICE_HOUR, 1)
        .after();
    assertThatThrownBy(() -> ImmutableCostComparison.of(TO_FP8, TO_FP8_AT_USD_3.before(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cost comparison must price both sides on the same fleet: ");
    HourlyPrice four = HourlyPrice.perDeviceHour(Money.of("USD", "4"));
    assertThatThrownBy(() -> ImmutableCostComparison.of(TO_FP8, TO_FP8_AT_USD_3.before(),
        CostComparison.of(TO_FP8, LLAMA_8B_H100, four, 1).after()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  //-----------------------------------------------------------------------
  // value semantics
  @Test
  void toString_showsBothSides() {
    assertThat(TO_FP8_AT_USD_3.toString()).startsWith(TO_FP8.change() + ": per 1M output tokens "
        + TO_FP8_AT_USD_3.before().costPerMillionOutput() + " -> ").contains(", per request ");
  }

  @Test
  void json_roundTrips() {
    assertThat(CostTesting.roundTrip(TO_FP8_AT_USD_3, CostComparison.class))
        .isEqualTo(TO_FP8_AT_USD_3);
  }

  @Test
  void fields_final() {
    CostTesting.assertFieldsFinal(ImmutableCostComparison.class);
  }
}
