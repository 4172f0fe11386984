/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.billing.CacheWritePrice;
import io.github.inferenceecon.core.billing.TokenRates;
import io.github.inferenceecon.core.energy.EnergyInputs;
import io.github.inferenceecon.core.energy.PowerDraw;
import io.github.inferenceecon.core.format.ComputeFormat;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.money.TokenPrice;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.selfhosted.Throughput;
import io.github.inferenceecon.core.units.ByteRate;
import io.github.inferenceecon.core.units.ByteSize;
import io.github.inferenceecon.core.units.CarbonIntensity;
import io.github.inferenceecon.core.units.FlopRate;
import io.github.inferenceecon.core.units.Power;
import io.github.inferenceecon.core.units.TokenCount;
import java.time.Duration;

/**
 * Fixtures shared by the tests of the cost packages (billing, selfhosted, energy, economics),
 * each named after its value, with the working or source of every figure.
 */
public final class CostFixtures {

  /**
   * Anthropic Claude Sonnet 4, USD per million tokens: input 3, output 15, cache hits 0.30,
   * 5-minute cache writes 3.75, 1-hour cache writes 6. Source:
   * https://platform.claude.com/docs/en/docs/about-claude/pricing (read 2026-11-27). The batch
   * discount is not on that record, so this card has none.
   */
  public static final ApiPriceCard SONNET_4 = ApiPriceCard.builder()
      .provider("anthropic").model("claude-sonnet-4")
      .rates(TokenRates.builder()
          .input(TokenPrice.perMillion("USD", "3"))
          .output(TokenPrice.perMillion("USD", "15"))
          .cachedInput(TokenPrice.perMillion("USD", "0.30"))
          .addCacheWrites(CacheWritePrice.of(Duration.ofMinutes(5),
              TokenPrice.perMillion("USD", "3.75")))
          .addCacheWrites(CacheWritePrice.of(Duration.ofHours(1),
              TokenPrice.perMillion("USD", "6")))
          .build())
      .source("https://platform.claude.com/docs/en/docs/about-claude/pricing")
      .build();

  /** 10,000 input tokens of which 8,000 are cache reads, and 1,000 output tokens. */
  public static final ApiUsage CACHED_10K = ApiUsage.builder()
      .inputTokens(TokenCount.of(10_000))
      .cachedInputTokens(TokenCount.of(8_000))
      .outputTokens(TokenCount.of(1_000))
      .build();

  /** The acceptance example: one H100 at USD 3.00 per hour (an illustrative price). */
  public static final HourlyPrice USD_3_PER_DEVICE_HOUR = HourlyPrice.perDeviceHour(Money.of("USD",
      "3.00"));

  /** Prefill 30,000 and decode 3,000 tokens/s. */
  public static final Throughput PREFILL_30K_DECODE_3K = Throughput.ofTokensPerSecond(30_000, 3_000);

  /**
   * One H100 at USD 3.00 per device-hour, fully utilised,
   * prefill 30,000 and decode 3,000 tokens/s.
   */
  public static final SelfHostedSetup H100_FULL = SelfHostedSetup.of(USD_3_PER_DEVICE_HOUR, 1, 1.0,
      PREFILL_30K_DECODE_3K);

  /** One H100 at USD 3 per hour, 60% utilised, prefill 30,000 and decode 3,000 tokens/s. */
  public static final SelfHostedSetup H100_60 =
      H100_FULL.withUtilisation(0.6);

  /** An 8-device instance at USD 24 per instance-hour (an illustrative price). */
  public static final HourlyPrice USD_24_PER_INSTANCE_HOUR =
      HourlyPrice.perInstanceHour(Money.of("USD", "24"));

  /**
   * NVIDIA H100 SXM: 80 GB HBM3, 3.35 TB/s, 989 TFLOP/s dense BF16, 700 W TDP (NVIDIA H100
   * datasheet, as collected in the team's reference accelerators.json).
   */
  public static final AcceleratorSpec H100_SXM = AcceleratorSpec.builder()
      .id("h100-sxm").vendor("NVIDIA").name("H100 SXM")
      .memory(ByteSize.ofGigabytes(80))
      .memoryBandwidth(ByteRate.ofTerabytesPerSecond(3.35))
      .putDensePeak(ComputeFormat.BF16, FlopRate.ofTeraflops(989))
      .thermalDesignPower(Power.ofWatts(700))
      .build();

  /** An H100 drawing its 700 W TDP when busy. */
  public static final PowerDraw H100_AT_TDP = PowerDraw.atTdp(Power.ofWatts(700));

  /**
   * H100 at its 700 W TDP; PUE 1.2, USD 0.10 per kWh and 400 gCO2e/kWh are illustrative round
   * figures, not sourced data.
   */
  public static final EnergyInputs H100_PUE_1_2 = EnergyInputs.builder()
      .draw(H100_AT_TDP)
      .pue(1.2)
      .electricityPrice(EnergyPrice.perKilowattHour(Money.of("USD", "0.10")))
      .carbonIntensity(CarbonIntensity.of(400))
      .build();

  /** The per-million costs of {@link #H100_FULL}. */
  public static final SelfHostedCost H100_FULL_COST =
      SelfHostedCost.of(H100_FULL);

  private CostFixtures() {}
}
