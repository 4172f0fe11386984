/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.deployment.Deployment;
import io.github.inferenceecon.core.units.TokenCount;
import io.github.inferenceecon.core.workload.Request;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How to load a deployment for a what-if comparison, such as 'as many 1,000/200-token requests as
 * memory allows' or '5 requests/s of this traffic'.
 *
 * <p>Four kinds, each evaluated by one {@link PerformanceModel} method:
 * {@link Kind#OFFLINE} ({@link PerformanceModel#offline}), {@link Kind#AT_CONCURRENCY}
 * ({@link PerformanceModel#atConcurrency}), {@link Kind#TRAFFIC} ({@link PerformanceModel#serve})
 * and {@link Kind#STATIC_BATCH} ({@link PerformanceModel#staticBatch(Deployment, Request, int)}).
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenario.class)
@JsonDeserialize(as = ImmutableScenario.class)
public abstract class Scenario {

  /** The kinds of scenario. */
  public enum Kind {
    /** As many sequences as memory allows (the most throughput). */
    OFFLINE,
    /** A fixed number of sequences in flight with continuous batching. */
    AT_CONCURRENCY,
    /** A request rate with Poisson arrivals and continuous batching. */
    TRAFFIC,
    /** Static batches of a fixed size. */
    STATIC_BATCH
  }

  Scenario() {}

  /**
   * Obtains the offline scenario: as many requests in flight as memory allows.
   *
   * @param request the request, not null
   * @return the scenario, not null
   */
  public static Scenario offline(Request request) {
    return ImmutableScenario.builder().kind(Kind.OFFLINE).request(request).build();
  }

  /**
   * Obtains a scenario with a fixed number of requests in flight.
   *
   * @param request the request, not null
   * @param concurrency the requests in flight per replica, positive
   * @return the scenario, not null
   * @throws IllegalArgumentException if the concurrency is not positive
   */
  public static Scenario atConcurrency(Request request, int concurrency) {
    return ImmutableScenario.builder().kind(Kind.AT_CONCURRENCY).request(request)
        .size(concurrency).build();
  }

  /**
   * Obtains a scenario of traffic at a rate.
   *
   * @param traffic the traffic, not null
   * @return the scenario, not null
   */
  public static Scenario traffic(TrafficProfile traffic) {
    return ImmutableScenario.builder().kind(Kind.TRAFFIC).traffic(traffic).build();
  }

  /**
   * Obtains a scenario of static batches.
   *
   * @param request the request, not null
   * @param batch the batch size, positive
   * @return the scenario, not null
   * @throws IllegalArgumentException if the batch is not positive
   */
  public static Scenario staticBatch(Request request, int batch) {
    return ImmutableScenario.builder().kind(Kind.STATIC_BATCH).request(request).size(batch)
        .build();
  }

  /**
   * Returns the kind of scenario.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Returns the request, present for every kind but {@link Kind#TRAFFIC}.
   *
   * @return the request, or empty
   */
  public abstract Optional<Request> request();

  /**
   * Returns the traffic, present for {@link Kind#TRAFFIC} only.
   *
   * @return the traffic, or empty
   */
  public abstract Optional<TrafficProfile> traffic();

  /**
   * Returns the concurrency ({@link Kind#AT_CONCURRENCY}) or batch ({@link Kind#STATIC_BATCH}).
   *
   * @return the size, or empty
   */
  public abstract OptionalInt size();

  /**
   * Evaluates this scenario on a deployment.
   *
   * @param model the performance model, not null
   * @param deployment the deployment, not null
   * @return the estimate, not null
   * @throws IllegalArgumentException if the deployment cannot serve the scenario
   */
  public ServingEstimate evaluate(PerformanceModel model, Deployment deployment) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(deployment, "deployment");
    switch (kind()) {
      case OFFLINE:
        return model.offline(deployment, request().orElseThrow());
      case AT_CONCURRENCY:
        return model.atConcurrency(deployment, request().orElseThrow(), size().orElseThrow());
      case STATIC_BATCH:
        return model.staticBatch(deployment, request().orElseThrow(), size().orElseThrow());
      default:
        return model.serve(deployment, traffic().orElseThrow());
    }
  }

  /**
   * Returns a copy of this scenario in which a fraction of every prompt is served from a prompt
   * cache (rounded down to whole tokens for a request).
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param fraction the cached fraction of input tokens, in [0, 1]
   * @return the new instance, not null
   * @throws IllegalArgumentException if the fraction is not in [0, 1]
   */
  public Scenario withCachedFraction(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("Cached fraction must be in [0, 1]: " + fraction);
    }
    if (kind() == Kind.TRAFFIC) {
      return ImmutableScenario.builder().from(this)
          .traffic(traffic().orElseThrow().withCacheHitRate(fraction)).build();
    }
    Request r = request().orElseThrow();
    long cached = (long) Math.floor(r.inputTokens().count() * fraction);
    return ImmutableScenario.builder().from(this)
        .request(Request.builder().from(r).cachedInputTokens(TokenCount.of(cached)).build())
        .build();
  }

  /**
   * Returns the text form, such as {@code OFFLINE 1000 in / 200 out}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String load = request().map(r -> r.inputTokens().count() + " in ("
        + r.cachedInputTokens().count() + " cached) / " + r.outputTokens().count() + " out")
        .orElseGet(() -> traffic().orElseThrow().toString());
    return kind() + (size().isPresent() ? " " + size().getAsInt() : "") + " " + load;
  }

  @Value.Check
  protected final void check() {
    boolean traffic = kind() == Kind.TRAFFIC;
    if (traffic != traffic().isPresent() || traffic == request().isPresent()) {
      throw new IllegalArgumentException("Scenario " + kind()
          + " needs a traffic profile for TRAFFIC and a request otherwise");
    }
    boolean sized = kind() == Kind.AT_CONCURRENCY || kind() == Kind.STATIC_BATCH;
    if (sized != size().isPresent()) {
      throw new IllegalArgumentException("Scenario " + kind()
          + " needs a size for AT_CONCURRENCY and STATIC_BATCH only");
    }
    if (sized && size().getAsInt() <= 0) {
      throw new IllegalArgumentException("Scenario size must be positive: "
          + size().getAsInt());
    }
  }
}
