/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.SourceTier;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.energy.EnergyCost;
import io.github.inferenceecon.core.energy.EnergyInputs;
import io.github.inferenceecon.core.energy.PowerDraw;
import io.github.inferenceecon.core.money.EnergyPrice;
import io.github.inferenceecon.core.money.Money;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.units.CarbonIntensity;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.hardware.PueFigure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  DeploymentOptions options;

  @Mixin
  WorkloadOptions workload;

  @Mixin
  HourlyPriceOptions price;

  @Mixin
  OutputOptions output;

  @Option(names = "--utilization", paramLabel = "U", defaultValue = "1.0",
      description = "Fraction of paid time spent serving, in (0, 1]. Default: ${DEFAULT-VALUE}.")
  double utilization;

  @Option(names = "--electricity-price", paramLabel = "USD_PER_KWH",
      description = "Electricity price per kWh, to price the energy (optional).")
  String electricityPrice;

  @Option(names = "--carbon-intensity", paramLabel = "G_PER_KWH",
      description = "Grid carbon intensity in gCO2e per kWh, for emissions (optional).")
  Double carbonIntensity;

  @Override
  public Integer call() throws Exception {
    SelfHosted self = SelfHosted.of(options, workload, price, utilization);
    Request request = self.request;
    Deployment d = self.deployment;
    ServingEstimate serving = self.serving;
    SelfHostedSetup setup = self.setup;
    SelfHostedCost cost = self.cost;
    Report r = new Report().put("deployment", "deployment", d.toString());
    options.putPrecisionSource(r, d.model());
    r.put("price", "price", self.priceLabel)
        .put("utilization", "utilisation", utilization)
        .put("outputTokensPerSecond", "output tokens/s", serving.outputThroughput()
            .tokensPerSecond())
        .put("perMillionInputTokens", "per 1M input tokens", cost.costPerMillionInput())
        .put("perMillionOutputTokens", "per 1M output tokens", cost.costPerMillionOutput())
        .put("perRequest", "per request", cost.costOf(request));
    Optional<EnergyCost> energy = energy(d, setup);
    Map<String, SourceTier> others = new LinkedHashMap<>();
    others.put("price", self.priceTier);
    if (energy.isPresent()) {
      others.put("pue", options.hardware().energy().defaultPue().orElseThrow().tier());
    }
    options.putTiers(r, d, energy.isPresent() ? List.of("thermalDesignPower") : List.of(),
        others);
    energy.ifPresent(e -> {
      r.put("energyPerMillionTokens", "kWh per 1M output tokens",
          e.energyPerMillionOutput().toKilowattHours());
      r.put("energyPerMillionInputTokens", "kWh per 1M input tokens",
          e.energyPerMillionInput().toKilowattHours());
      if (electricityPrice != null) {
        r.put("energyCostPerMillionOutputTokens", "energy cost per 1M output tokens",
            e.costPerMillionOutput());
      }
      if (carbonIntensity != null) {
        r.put("carbonPerMillionOutputTokensGrams", "gCO2e per 1M output tokens",
            e.carbonPerMillionOutput().grams());
      }
      List<String> notes = new ArrayList<>(e.assumptions());
      if (electricityPrice == null || carbonIntensity == null) {
        // the zero price and intensity stand in for figures not given; do not present them
        notes.removeIf(n -> n.startsWith("Electricity"));
      }
      r.note("Energy: " + String.join("; ", notes));
    });
    r.note("Cost: " + String.join("; ", cost.assumptions()));
    r.print(spec.commandLine().getOut(), output.json);
    return 0;
  }

  private Optional<EnergyCost> energy(Deployment d, SelfHostedSetup setup) {
    if (d.accelerator().thermalDesignPower().isEmpty()) {
      return Optional.empty();
    }
    PueFigure pue = options.hardware().energy().defaultPue().orElse(null);
    if (pue == null) {
      return Optional.empty();
    }
    EnergyInputs inputs = EnergyInputs.builder()
        .draw(PowerDraw.atTdp(d.accelerator()))
        .pue(pue.toDouble())
        .electricityPrice(EnergyPrice.perKilowattHour(electricityPrice == null
            ? Money.zero(Money.USD) : Money.of("USD", electricityPrice)))
        .carbonIntensity(CarbonIntensity.of(carbonIntensity == null ? 0 : carbonIntensity))
        .build();
    return Optional.of(EnergyCost.of(setup, inputs));
  }
}
