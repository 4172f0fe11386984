package com.example.app;

import io.github.inferenceecon.core.accelerator.AcceleratorSpec;
import io.github.inferenceecon.core.architecture.KnownArchitectures;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.memory.KvCache;
import io.github.inferenceecon.core.memory.MemoryEstimator;
import io.github.inferenceecon.core.memory.WeightMemory;
import io.github.inferenceecon.core.money.HourlyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.selfhosted.SelfHostedEstimate;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import io.github.inferenceecon.pricing.PriceCatalog;

public final class QuickStart {

  public static void main(String[] args) {
    // Memory: Llama-3.1-70B's KV cache per token and its weights in BF16
    ModelArchitecture llama = KnownArchitectures.get("llama-3.1-70b");
    System.out.println(KvCache.perToken(llama, NumericFormat.BF16));
    System.out.println(WeightMemory.of(llama, Precision.bf16()).total());

    // Does it fit 4 x H100 (tensor-parallel 4) with 32 sequences of 8,192 tokens?
    AcceleratorSpec h100 = HardwareCatalogs.bundled().accelerators().spec("h100");
    Deployment deployment = Deployment.of(llama, h100, 4);
    System.out.println(MemoryEstimator.defaults().estimate(deployment, 8192, 32).fits());

    // Fit, speed and cost in one call at USD 3 per device-hour; it lists every default it applied
    SelfHostedEstimate estimate = SelfHostedEstimate.of(deployment, Request.of(1000, 300),
        HourlyPrice.perDeviceHour(Money.of("USD", "3.00")));
    System.out.println(estimate.serving().outputThroughput());
    System.out.println(estimate.cost().costPerMillionOutput());

    // Cost: one Claude Sonnet 4 call, 10,000 input tokens (8,000 of them cache reads), 1,000 out
    ApiUsage usage = ApiUsage.builder().inputTokens(TokenCount.of(10_000))
        .cachedInputTokens(TokenCount.of(8_000)).outputTokens(TokenCount.of(1_000)).build();
    System.out.println(PriceCatalog.bundled().cost("anthropic", "claude-sonnet-4", usage).total());
  }
}
