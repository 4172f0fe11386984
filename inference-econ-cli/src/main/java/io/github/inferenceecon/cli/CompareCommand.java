/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.billing.ApiCost;
import io.github.inferenceecon.core.chart.Charts;
import io.github.inferenceecon.core.chart.Marker;
import io.github.inferenceecon.core.chart.XyChart;
import io.github.inferenceecon.core.performance.PerformanceModel;
import io.github.inferenceecon.core.billing.ApiPriceCard;
import io.github.inferenceecon.core.billing.ApiUsage;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.economics.BreakEven;
import io.github.inferenceecon.core.performance.ServingEstimate;
import io.github.inferenceecon.core.planner.PlanRequest;
import io.github.inferenceecon.core.selfhosted.SelfHostedCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedMonthlyCost;
import io.github.inferenceecon.core.selfhosted.SelfHostedSetup;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare}: self-hosting a model against API price cards, with break-even volumes. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Self-hosted against API price cards for one request shape: cost per request "
        + "of each, the monthly volume above which self-hosting is cheaper (break-even), and "
        + "the monthly bill of each at a request rate.")
final class CompareCommand implements Callable<Integer>, HtmlOptions.Drawing {

  @Spec
  CommandSpec spec;

  @Mixin
  SelfHostedOptions selfHostedOptions;

  @Mixin
  OutputOptions output;

  @Mixin
  HtmlOptions html;

  @Option(names = "--api", required = true, paramLabel = "PROVIDER:MODEL",
      description = "An API price card to compare with, e.g. groq:llama-3.3-70b-versatile "
          + "(repeatable).")
  List<String> apis;

  @Option(names = "--requests-per-second", paramLabel = "R",
      description = "Mean request rate, to show the monthly bill of each option.")
  Double requestsPerSecond;

  @Option(names = "--utilization", paramLabel = "U", defaultValue = "1.0",
      description = "Fraction of paid time the self-hosted replicas spend serving at full "
          + "throughput, in (0, 1]. Default: ${DEFAULT-VALUE}.")
  double utilization;

  @Override
  public Integer call() throws Exception {
    Inputs.range(spec, "--utilization", utilization, 0, false, 1);
    if (requestsPerSecond != null) {
      Inputs.range(spec, "--requests-per-second", requestsPerSecond, 0, false,
          PlanRequest.MAX_SIZING_REQUESTS_PER_SECOND);
    }
    SelfHosted hosted = selfHostedOptions.estimate(utilization);
    DeploymentOptions options = selfHostedOptions.deployment;
    Request request = hosted.estimate.request();
    Deployment d = hosted.estimate.deployment();
    ServingEstimate serving = hosted.estimate.serving();
    SelfHostedSetup setup = hosted.estimate.setup();
    SelfHostedCost self = hosted.estimate.cost();
    TrafficProfile traffic = requestsPerSecond == null ? null
        : TrafficProfile.fixed(requestsPerSecond, request.inputTokens().count(),
            request.outputTokens().count());
    ApiUsage usage = ApiUsage.from(request);

    Report selfHosted = new Report().put("deployment", "deployment", d.toString());
    options.putPrecisionSource(selfHosted, d.model());
    options.putCompute(selfHosted, d);
    selfHosted.put("price", "price", hosted.priceLabel)
        .put("outputTokensPerSecond", "output tokens/s (offline)",
            serving.outputThroughput().tokensPerSecond())
        .put("perRequest", "per request", hosted.estimate.costPerRequest())
        .put("perMillionInputTokens", "per 1M input tokens", self.costPerMillionInput())
        .put("perMillionOutputTokens", "per 1M output tokens", self.costPerMillionOutput());
    options.putTiers(selfHosted, d, List.of(), hosted::plusPrice);
    if (traffic != null) {
      var monthly = SelfHostedMonthlyCost.of(setup, traffic);
      selfHosted.put("replicasNeeded", "replicas needed", monthly.requiredReplicas())
          .put("monthlyReserved", "per month (reserved replicas)",
              monthly.withRequiredReplicas().reservedMonthlyCost())
          .put("monthlyUsageBased", "per month (usage-based)", monthly.usageBasedMonthlyCost());
    }

    List<Report> cards = new ArrayList<>();
    List<ApiPriceCard> priceCards = new ArrayList<>();
    List<BreakEven> breakEvens = new ArrayList<>();
    for (String api : apis) {
      ApiPriceCard card = Catalogs.card(api);
      priceCards.add(card);
      ApiCost cost = ApiCost.of(card, usage);
      Report r = new Report().put("provider", "provider", card.provider())
          .put("model", "model", card.model())
          .put("perRequest", "per request", cost.total());
      if (cost.isFullyPriced()) {
        BreakEven breakEven = BreakEven.of(card, usage, setup);
        breakEvens.add(breakEven);
        r.put("breakEvenRequestsPerMonth", "break-even requests/month",
            breakEven.breakEvenRequestsPerMonth().map(v -> v.round(MathContext.DECIMAL32))
                .orElse(null));
        r.put("breakEvenTokensPerMonth", "break-even tokens/month",
            breakEven.breakEvenTokensPerMonth().map(v -> v.round(MathContext.DECIMAL32))
                .orElse(null));
        if (breakEven.breakEvenRequestsPerMonth().isEmpty()) {
          r.put("breakEven", "break-even", "never: the API is cheaper per request than a busy "
              + "replica");
        }
        if (traffic != null) {
          BigDecimal perMonth = BigDecimal.valueOf(traffic.requestsPerMonth());
          r.put("monthly", "per month", breakEven.apiCostAt(perMonth))
              .put("selfHostingCheaper", "self-hosting cheaper at this rate",
                  breakEven.isSelfHostingCheaperAt(perMonth));
        }
      }
      cards.add(r);
    }
    Report result = new Report().put("request", "request", request.inputTokens() + " in, "
            + request.outputTokens() + " out")
        .put("requestsPerSecond", "requests/s", requestsPerSecond)
        .put("selfHosted", "self-hosted", selfHosted)
        .put("apis", "APIs", cards);
    result.print(spec.commandLine().getOut(), output);
    if (html.isWanted()) {
      html.emit("Self-hosted against APIs: " + d.model().name(),
          List.of(section(hosted, traffic, breakEvens, priceCards, result)));
    }
    return 0;
  }

  @Override
  public HtmlOptions html() {
    return html;
  }

  /** The page: break-even and cost-per-token charts, the results and their sources. */
  private HtmlPage.Section section(SelfHosted hosted, @Nullable TrafficProfile traffic,
      List<BreakEven> breakEvens, List<ApiPriceCard> cards, Report result) {
    Deployment d = hosted.estimate.deployment();
    SelfHostedSetup setup = hosted.estimate.setup();
    HtmlPage.Section s = new HtmlPage.Section("Self-hosted " + d + " against "
        + cards.size() + (cards.size() == 1 ? " API" : " APIs"));
    if (!breakEvens.isEmpty()) {
      BigDecimal volume = traffic != null ? BigDecimal.valueOf(traffic.requestsPerMonth())
          : breakEvens.get(0).requestsPerReplicaMonth();
      XyChart chart = Charts.breakEven(breakEvens, volume);
      if (traffic != null) {
        chart = XyChart.builder().from(chart).addMarkers(Marker.of("at " + requestsPerSecond
                + " requests/s: " + HtmlPage.full(volume.doubleValue(), false)
                + " requests/month, self-hosted",
            volume.doubleValue(), breakEvens.get(0).selfHostedCostAt(volume).amount()
                .doubleValue())).build();
      }
      s.chart(chart);
    }
    List<ServingEstimate> sweep = Charts.concurrencySweep(PerformanceModel.defaults(), d,
        hosted.estimate.request());
    s.chart(Charts.costPerMillionAgainstThroughput(sweep, setup.hourlyPrice(),
        setup.billedUnits(), setup.utilisation()));
    s.results(result);
    Provenance.model(s, d.model());
    DeploymentOptions options = selfHostedOptions.deployment;
    Provenance.accelerator(s, options, d);
    selfHostedOptions.price.provenance(s, options.hardware(), hosted.priceLabel);
    cards.forEach(card -> Provenance.card(s, card));
    return s;
  }
}
