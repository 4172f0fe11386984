/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.workload.Request;
import java.util.Locale;
import java.util.Objects;

/**
 * What-if questions about a deployment, each answered as a {@link Comparison} of the same
 * {@link Scenario} before and after one change.
 *
 * <ul>
 *   <li>{@link #quantisation}: other weight, KV cache or activation formats; activations in FP8
 *       compute at the FP8 peak, and smaller weights and KV cache leave room for more
 *       sequences;
 *   <li>{@link #speculativeDecoding}: a draft model proposing tokens (Leviathan et al. 2023);
 *   <li>{@link #promptCaching}: a cached prefix skips its prefill;
 *   <li>{@link #batching}: static batches against continuous batching at the same concurrency;
 *   <li>{@link #sparseAttention}: a fraction of attention skipped at long context, the dense
 *       layers unchanged;
 *   <li>{@link #distillation}: a smaller student model on the same deployment.
 * </ul>
 *
 * <pre>{@code
 * WhatIfs whatIfs = WhatIfs.of(PerformanceModel.defaults());
 * Comparison c = whatIfs.quantisation(deployment, Scenario.offline(Request.of(1000, 200)),
 *     Precision.uniform(NumericFormat.FP8_E4M3));
 * c.throughputRatio();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WhatIfs {

  private final PerformanceModel model;

  private WhatIfs(PerformanceModel model) {
    this.model = model;
  }

  /**
   * Obtains the what-ifs of a performance model.
   *
   * @param model the model, not null
   * @return the what-ifs, not null
   */
  public static WhatIfs of(PerformanceModel model) {
    return new WhatIfs(Objects.requireNonNull(model, "model"));
  }

  /**
   * Compares the deployment in its precision with the same deployment in another.
   *
   * @param deployment the deployment, not null
   * @param scenario the scenario, not null
   * @param precision the precision after, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the deployment cannot serve the scenario before or after
   */
  public Comparison quantisation(Deployment deployment, Scenario scenario, Precision precision) {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(precision, "precision");
    return compare("precision " + deployment.precision() + " -> " + precision, scenario,
        model, deployment, model, deployment.withPrecision(precision));
  }

  /**
   * Compares the deployment without and with speculative decoding.
   *
   * @param deployment the deployment, not null
   * @param scenario the scenario, not null
   * @param speculative the speculative decoding after, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the deployment cannot serve the scenario before or after
   */
  public Comparison speculativeDecoding(Deployment deployment, Scenario scenario,
      SpeculativeDecoding speculative) {
    Objects.requireNonNull(speculative, "speculative");
    return compare("speculative decoding " + speculative + " (Leviathan speed-up x"
        + Text.num(speculative.speedup()) + ")", scenario, model.withoutSpeculativeDecoding(),
        deployment, model.withSpeculativeDecoding(speculative), deployment);
  }

  /**
   * Compares the scenario as given with the same scenario in which a fraction of every prompt
   * is served from a prompt cache.
   *
   * @param deployment the deployment, not null
   * @param scenario the scenario, not null
   * @param cachedFraction the fraction of input tokens cached after, in [0, 1]
   * @return the comparison, not null
   * @throws IllegalArgumentException if the fraction is not in [0, 1], or the deployment cannot
   *     serve the scenario
   */
  public Comparison promptCaching(Deployment deployment, Scenario scenario,
      double cachedFraction) {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(scenario, "scenario");
    Scenario after = scenario.withCachedFraction(cachedFraction);
    return Comparison.of("prompt caching " + String.format(Locale.ROOT, "%.0f%%",
        cachedFraction * 100) + " of input", scenario.evaluate(model, deployment),
        after.evaluate(model, deployment));
  }

  /**
   * Compares static batching with continuous batching at the same number of sequences.
   *
   * @param deployment the deployment, not null
   * @param request the request, not null
   * @param batch the sequences per replica, positive
   * @return the comparison, before static and after continuous, not null
   * @throws IllegalArgumentException if the batch is not positive or does not fit
   */
  public Comparison batching(Deployment deployment, Request request, int batch) {
    return Comparison.of("static -> continuous batching at " + batch + " sequences",
        model.staticBatch(deployment, request, batch),
        model.atConcurrency(deployment, request, batch));
  }

  /**
   * Compares dense attention with sparse attention.
   *
   * @param deployment the deployment, not null
   * @param scenario the scenario, not null
   * @param sparsity the attention sparsity after, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the deployment cannot serve the scenario
   */
  public Comparison sparseAttention(Deployment deployment, Scenario scenario,
      AttentionSparsity sparsity) {
    Objects.requireNonNull(sparsity, "sparsity");
    return compare("sparse attention, " + sparsity, scenario,
        model.withAttentionSparsity(AttentionSparsity.none()), deployment,
        model.withAttentionSparsity(sparsity), deployment);
  }

  /**
   * Compares the deployment's model with a smaller student model on the same accelerators,
   * layout and precision.
   *
   * @param deployment the deployment, not null
   * @param scenario the scenario, not null
   * @param student the student model, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the layout does not suit the student, or the deployment
   *     cannot serve the scenario
   */
  public Comparison distillation(Deployment deployment, Scenario scenario,
      ModelArchitecture student) {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(student, "student");
    return compare("distillation " + deployment.model().name() + " -> " + student.name(),
        scenario, model, deployment, model, deployment.withModel(student));
  }

  private static Comparison compare(String change, Scenario scenario, PerformanceModel before,
      Deployment deploymentBefore, PerformanceModel after, Deployment deploymentAfter) {
    Objects.requireNonNull(scenario, "scenario");
    return Comparison.of(change, scenario.evaluate(before, deploymentBefore),
        scenario.evaluate(after, deploymentAfter));
  }
}
