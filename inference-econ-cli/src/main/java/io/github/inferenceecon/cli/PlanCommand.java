/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.chart.Charts;
import io.github.inferenceecon.core.format.NumericFormat;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.planner.ApiOption;
import io.github.inferenceecon.core.planner.Choice;
import io.github.inferenceecon.core.planner.HardwareOption;
import io.github.inferenceecon.core.planner.Plan;
import io.github.inferenceecon.core.planner.PlanRequest;
import io.github.inferenceecon.core.planner.Planner;
import io.github.inferenceecon.core.planner.Rejection;
import io.github.inferenceecon.core.units.Durations;
import io.github.inferenceecon.core.workload.LengthDistribution;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import io.github.inferenceecon.hardware.CloudOffer;
import io.github.inferenceecon.hardware.HardwareCatalogs;
import java.io.IOException;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plan}: the cheapest way to serve a workload within its latency targets. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "The cheapest way to serve a traffic profile within latency targets: every "
        + "candidate (model x cloud offer x layout x precision, and API price cards) evaluated "
        + "for memory, latency and monthly cost; ranked choices, the Pareto front, rejected "
        + "candidates with reasons, and self-hosting against the best API with its break-even.")
final class PlanCommand implements Callable<Integer>, HtmlOptions.Drawing {

  @Spec
  CommandSpec spec;

  @Mixin
  OutputOptions output;

  @Mixin
  HtmlOptions html;

  @Option(names = "--model", required = true, paramLabel = "M",
      description = "A model to self-host: bundled id or config.json path (repeatable, e.g. a "
          + "teacher and its distilled student).")
  List<String> models;

  @Option(names = "--requests-per-second", required = true, paramLabel = "R",
      description = "Mean request rate, in (0, 1000000] requests/s (with --utilization, the "
          + "rate over the utilisation at most 1000000).")
  double requestsPerSecond;

  @Option(names = "--input", required = true, paramLabel = "I",
      description = "Mean input tokens per request, in [0, 1000000000].")
  double input;

  @Option(names = "--output", required = true, paramLabel = "O",
      description = "Mean output tokens per request, in [1, 1000000000].")
  double outputTokens;

  /** The widest log-normal spread accepted: a sigma of 10 spans e^20 between -2 and +2 sigma. */
  static final double MAX_SIGMA = 10;

  @Option(names = "--length-sigma", paramLabel = "S",
      description = "Log-normal spread of lengths (sigma of the log), in (0, 10]; default: "
          + "fixed lengths.")
  Double sigma;

  @Option(names = "--cache-hit-rate", paramLabel = "F", defaultValue = "0",
      description = "Fraction of input tokens served from a prompt cache. Default: "
          + "${DEFAULT-VALUE}.")
  double cacheHitRate;

  @Option(names = "--ttft", paramLabel = "TIME",
      description = "Time-to-first-token target, e.g. 2s or 500ms.")
  String ttft;

  @Option(names = "--tpot", paramLabel = "TIME",
      description = "Time-per-output-token target, e.g. 100ms.")
  String tpot;

  @Option(names = "--percentile", paramLabel = "P", defaultValue = "0.9",
      description = "Percentile the targets apply at, in (0, 1). Default: ${DEFAULT-VALUE}.")
  double percentile;

  @Option(names = "--offer", paramLabel = "ID",
      description = "A cloud offer to consider (repeatable). Default: every current catalog "
          + "offer whose accelerator has the figures the model needs.")
  List<String> offers;

  @Option(names = "--gpus", paramLabel = "N", split = ",",
      description = "Device counts per replica to try, e.g. 1,2,4,8 (the default).")
  List<Integer> deviceCounts;

  @Option(names = "--weights", paramLabel = "F", split = ",",
      description = "Weight formats to try, e.g. BF16,FP8. FP8 weights compute in FP8, NVFP4 "
          + "and MXFP4 in FP4; an accelerator without that dense peak is rejected for them. "
          + "Default: each model in the format its checkpoint ships in, as each accelerator "
          + "runs it.")
  List<String> weights;

  @Option(names = "--api", paramLabel = "PROVIDER:MODEL",
      description = "An API price card to weigh against self-hosting (repeatable).")
  List<String> apis;

  @Option(names = "--utilization", paramLabel = "U", defaultValue = "1.0",
      description = "Share of capacity the fleet runs at, in (0, 1]. Default: ${DEFAULT-VALUE}.")
  double utilization;

  @Option(names = "--primary-only",
      description = "Use primary catalog figures and offers only: offers and accelerator figures "
          + "that only secondary sources publish are left out.")
  boolean primaryOnly;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Choices and rejections to show, not negative. Default: ${DEFAULT-VALUE}.")
  int top;

  @Override
  public Integer call() throws Exception {
    checkOptions();
    Plan plan = plan();
    Report result = report(plan);
    result.print(spec.commandLine().getOut(), output);
    if (html.isWanted()) {
      html.emit("Plan: " + String.join(", ", models), List.of(section(plan, result)));
    }
    return 0;
  }

  /** The plan the options ask for. */
  Plan plan() throws IOException {
    List<ModelArchitecture> architectures = new ArrayList<>();
    for (String m : models) {
      architectures.add(Models.resolve(m));
    }
    PlanRequest.Builder request = PlanRequest.builder()
        .addAllModels(architectures)
        .traffic(traffic())
        .targets(targets())
        .utilisation(utilization);
    if (weights != null) {
      for (String w : weights) {
        request.addPrecisions(Precision.forWeights(NumericFormat.parse(w)));
      }
    }
    if (deviceCounts != null) {
      request.deviceCounts(deviceCounts);
    }
    request.addAllHardware(hardware());
    if (apis != null) {
      for (String api : apis) {
        request.addApis(ApiOption.of(api, Catalogs.card(api)));
      }
    }
    return Planner.defaults().plan(request.build());
  }

  /** The page: the Pareto front with every rejection, the results and their sources. */
  HtmlPage.Section section(Plan plan, Report result) {
    HtmlPage.Section s = new HtmlPage.Section("Plan for " + requestsPerSecond + " requests/s of "
        + input + " input and " + outputTokens + " output tokens")
        .chart(Charts.paretoFront(plan)).results(result);
    Set<String> seen = new HashSet<>();
    for (Choice c : plan.choices().subList(0, Math.min(top, plan.choices().size()))) {
      c.deployment().ifPresent(d -> {
        if (seen.add(d.model().name())) {
          Provenance.model(s, d.model());
        }
      });
      c.hardware().ifPresent(h -> {
        if (seen.add(h.id())) {
          Provenance.offer(s, Catalogs.hardware(primaryOnly).cloudOffers().get(h.id()));
        }
      });
      c.api().ifPresent(a -> {
        if (seen.add("api " + a.label())) {
          Provenance.card(s, a.card());
        }
      });
    }
    return s;
  }

  @Override
  public HtmlOptions html() {
    return html;
  }

  /** The documented range of every number given, checked before any work. */
  private void checkOptions() {
    double maxRate = PlanRequest.MAX_SIZING_REQUESTS_PER_SECOND;
    Inputs.range(spec, "--requests-per-second", requestsPerSecond, 0, false, maxRate);
    Inputs.range(spec, "--utilization", utilization, 0, false, 1);
    Inputs.require(spec, "--utilization", utilization, requestsPerSecond / utilization <= maxRate,
        "must leave the rate a fleet is sized for, --requests-per-second / --utilization, at "
            + "most " + (long) maxRate + " requests/s (--requests-per-second "
            + Inputs.typed(spec, "--requests-per-second", requestsPerSecond) + ")");
    Inputs.range(spec, "--input", input, 0, true, Inputs.MAX_TOKENS);
    Inputs.range(spec, "--output", outputTokens, 1, true, Inputs.MAX_TOKENS);
    if (sigma != null) {
      Inputs.range(spec, "--length-sigma", sigma, 0, false, MAX_SIGMA);
    }
    Inputs.range(spec, "--cache-hit-rate", cacheHitRate, 0, true, 1);
    Inputs.require(spec, "--percentile", percentile, percentile > 0 && percentile < 1,
        "must be a number in (0, 1)");
    Inputs.range(spec, "--top", top, 0, Integer.MAX_VALUE);
    if (deviceCounts != null) {
      for (Integer n : deviceCounts) {
        Inputs.require(spec, "--gpus", n, n > 0 && n <= Inputs.MAX_DEVICES,
            "must list device counts in [1, " + Inputs.MAX_DEVICES + "]");
      }
    }
  }

  private TrafficProfile traffic() {
    LengthDistribution in = sigma == null ? LengthDistribution.fixed(Math.round(input))
        : LengthDistribution.logNormal(input, sigma);
    LengthDistribution out = sigma == null ? LengthDistribution.fixed(Math.round(outputTokens))
        : LengthDistribution.logNormal(outputTokens, sigma);
    return TrafficProfile.builder().requestsPerSecond(requestsPerSecond).inputLength(in)
        .outputLength(out).cacheHitRate(cacheHitRate).build();
  }

  private ServiceLevelTargets targets() {
    ServiceLevelTargets.Builder b = ServiceLevelTargets.builder().percentile(percentile);
    if (ttft != null) {
      b.timeToFirstToken(duration(ttft, "--ttft"));
    }
    if (tpot != null) {
      b.timePerOutputToken(duration(tpot, "--tpot"));
    }
    return b.build();
  }

  /** The offers given, or every current one ({@link HardwareCatalogs#currentHardwareOptions}). */
  private List<HardwareOption> hardware() {
    HardwareCatalogs hardware = Catalogs.hardware(primaryOnly);
    if (offers == null) {
      return hardware.currentHardwareOptions();
    }
    List<HardwareOption> options = new ArrayList<>();
    for (String id : offers) {
      CloudOffer o = hardware.cloudOffers().get(id);
      options.add(hardware.hardwareOption(o).orElseThrow(() -> new IllegalArgumentException(
          "Offer '" + o.id() + "': accelerator '" + o.accelerator() + "' lacks the memory "
              + "figures a plan needs")));
    }
    return options;
  }

  private static Duration duration(String text, String option) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " must be a time such as 2s, 150ms or "
          + "PT2S: '" + text + "'", e);
    }
  }

  Report report(Plan plan) {
    List<Report> choices = new ArrayList<>();
    plan.choices().stream().limit(top).forEach(c -> choices.add(choice(c)));
    List<Report> front = new ArrayList<>();
    plan.paretoFront().forEach(c -> front.add(choice(c)));
    List<Report> rejected = new ArrayList<>();
    for (Rejection r : plan.rejections().subList(0, Math.min(top, plan.rejections().size()))) {
      List<String> reasons = new ArrayList<>();
      r.reasons().forEach(reason -> reasons.add(reason.name()));
      rejected.add(new Report().put("candidate", "candidate", r.candidate().toString())
          .put("reasons", "reasons", reasons).put("message", "why", r.message()));
    }
    Report counts = new Report();
    plan.rejectionCounts().forEach((reason, n) -> counts.put(reason.name(), reason.name(), n));
    Report r = new Report()
        .put("candidates", "candidates evaluated", plan.candidateCount())
        .put("feasible", "feasible", plan.choices().size())
        .put("rejected", "rejected", plan.rejections().size())
        .put("rejectionCounts", "rejections by reason", counts);
    plan.comparison().ifPresent(c -> {
      Report cmp = new Report()
          .put("bestSelfHosted", "best self-hosted", c.selfHosted().candidate().toString())
          .put("bestSelfHostedMonthly", "its monthly cost", c.selfHosted().monthlyCost())
          .put("bestApi", "best API", c.api().candidate().toString())
          .put("bestApiMonthly", "its monthly cost", c.api().monthlyCost())
          .put("selfHostingCheaper", "self-hosting cheaper", c.isSelfHostingCheaper());
      c.breakEvenRequestsPerMonth().ifPresent(v -> cmp.put("breakEvenRequestsPerMonth",
          "break-even requests/month", v.round(MathContext.DECIMAL32)));
      r.put("selfHostedVsApi", "self-hosted vs API", cmp);
    });
    return r.put("choices", "cheapest choices", choices)
        .put("paretoFront", "Pareto front (cost against latency)", front)
        .put("rejections", "rejected (first " + top + ")", rejected);
  }

  private Report choice(Choice c) {
    Report r = new Report()
        .put("candidate", "candidate", c.candidate().toString())
        .put("kind", "kind", c.isSelfHosted() ? "self-hosted" : "api")
        .put("monthlyCost", "monthly cost", c.monthlyCost())
        .put("costPerMillionTokens", "per 1M tokens", c.costPerMillionTokens());
    if (c.isSelfHosted()) {
      // the weakest tier of the offer's price and the accelerator figures the estimate read
      HardwareCatalogs hardware = Catalogs.hardware(primaryOnly);
      CloudOffer offer = hardware.cloudOffers().get(c.hardware().orElseThrow().id());
      hardware.tierOf(offer, c.deployment().orElseThrow())
          .ifPresent(t -> r.put("tier", "tier", t.name()));
    }
    c.replicas().ifPresent(n -> r.put("replicas", "replicas", n));
    c.devices().ifPresent(n -> r.put("devices", "devices", n));
    c.timeToFirstToken().ifPresent(t -> r.put("ttftSeconds", "time to first token", t));
    c.timePerOutputToken().ifPresent(t -> r.put("tpotSeconds", "time per output token", t));
    return r;
  }

}
