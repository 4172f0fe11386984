/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.energy.EnergyCost;
import io.github.inferenceecon.core.energy.EnergyInputs;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.units.CarbonIntensity;
import io.github.inferenceecon.hardware.FigureTiers;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cost}: what self-hosting costs per million tokens and per request. */
@Command(name = "cost", mixinStandardHelpOptions = true,
    description = "Self-hosted cost: device-hours turned into cost per million input and output "
        + "tokens and per request, at the deployment's offline throughput and a utilisation; "
        + "with the energy per million tokens.")
final class CostCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SelfHostedOptions selfHosted;

  @Mixin
  OutputOptions output;

  @Option(names = "--utilization", paramLabel = "U", defaultValue = "1.0",
      description = "Fraction of paid time spent serving, in (0, 1]. Default: ${DEFAULT-VALUE}.")
  double utilization;

  @Option(names = "--electricity-price", paramLabel = "USD_PER_KWH",
      description = "Electricity price per kWh, to price the energy (optional): a decimal "
          + "with at most 30 digits before and after the point.")
  String electricityPrice;

  /** The highest grid carbon intensity accepted, gCO2e per kWh (coal is about 1,000). */
  static final double MAX_CARBON_INTENSITY = 10_000;

  @Option(names = "--carbon-intensity", paramLabel = "G_PER_KWH",
      description = "Grid carbon intensity in gCO2e per kWh, for emissions (optional), in "
          + "[0, 10000].")
  Double carbonIntensity;

  @Override
  public Integer call() throws Exception {
    Inputs.range(spec, "--utilization", utilization, 0, false, 1);
    if (carbonIntensity != null) {
      Inputs.range(spec, "--carbon-intensity", carbonIntensity, 0, true, MAX_CARBON_INTENSITY);
    }
    SelfHosted self = selfHosted.estimate(utilization);
    DeploymentOptions options = selfHosted.deployment;
    SelfHostedEstimate estimate = self.estimate;
    Deployment d = estimate.deployment();
    ServingEstimate serving = estimate.serving();
    SelfHostedCost cost = estimate.cost();
    Report r = new Report().put("deployment", "deployment", d.toString());
    options.putPrecisionSource(r, d.model());
    options.putCompute(r, d);
    r.put("price", "price", self.priceLabel)
        .put("utilization", "utilisation", utilization)
        .put("outputTokensPerSecond", "output tokens/s", serving.outputThroughput()
            .tokensPerSecond())
        .put("perMillionInputTokens", "per 1M input tokens", cost.costPerMillionInput())
        .put("perMillionOutputTokens", "per 1M output tokens", cost.costPerMillionOutput())
        .put("perRequest", "per request", estimate.costPerRequest());
    Optional<EnergyCost> energy = energy(d, estimate.setup());
    options.putTiers(r, d, energy.isEmpty() ? FigureTiers.empty()
        : options.hardware().defaultEnergyTiers(options.entry()).orElseThrow(), self::plusPrice);
    energy.ifPresent(e -> {
      r.put("energyPerMillionTokens", "kWh per 1M output tokens",
          e.energyPerMillionOutput().toKilowattHours());
      r.put("energyPerMillionInputTokens", "kWh per 1M input tokens",
          e.energyPerMillionInput().toKilowattHours());
      e.costPerMillionOutput().ifPresent(c -> r.put("energyCostPerMillionOutputTokens",
          "energy cost per 1M output tokens", c));
      e.carbonPerMillionOutput().ifPresent(c -> r.put("carbonPerMillionOutputTokensGrams",
          "gCO2e per 1M output tokens", c.grams()));
      r.note("Energy: " + String.join("; ", e.assumptions()));
    });
    r.note("Cost: " + String.join("; ", cost.assumptions()));
    r.print(spec.commandLine().getOut(), output);
    return 0;
  }

  /** The energy at the catalog's defaults, with the electricity price and intensity given. */
  private Optional<EnergyCost> energy(Deployment d, SelfHostedSetup setup) {
    return selfHosted.deployment.hardware().defaultEnergyInputs(d.accelerator()).map(defaults -> {
      EnergyInputs.Builder inputs = EnergyInputs.builder().from(defaults);
      if (electricityPrice != null) {
        inputs.electricityPrice(EnergyPrice.perKilowattHour(Money.of(Money.USD,
            Inputs.amount("--electricity-price", electricityPrice))));
      }
      if (carbonIntensity != null) {
        inputs.carbonIntensity(CarbonIntensity.of(carbonIntensity));
      }
      return EnergyCost.of(setup, inputs.build());
    });
  }
}
