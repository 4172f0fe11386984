/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.planner.Rejection.Reason;
import io.github.inferenceecon.core.workload.ServiceLevelTargets;
import io.github.inferenceecon.core.workload.TrafficProfile;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to 'for this traffic and these targets, what should I run, on what, and what will
 * it cost?': every feasible choice ranked by monthly cost, the Pareto front of cost against
 * latency, why every other candidate fails, and the cheapest self-hosted choice against the
 * cheapest API.
 *
 * <p>The model:
 * <ul>
 *   <li>the traffic, targets and utilisation planned for, and the number of candidates;</li>
 *   <li>{@link #choices()}: the feasible candidates in the order of {@link #ranking()}: monthly
 *       cost, then time to first token, then time per output token (APIs, without a latency
 *       estimate, after self-hosted choices of equal cost), then the {@link Candidate} order. No
 *       two candidates are equal, so the order is total and does not depend on the order of
 *       the request's lists;</li>
 *   <li>{@link #paretoFront()}: the self-hosted choices that no other self-hosted choice
 *       dominates on monthly cost, time to first token and time per output token (at the
 *       targets' percentile) together, in ranking order; a choice dominates another when it is
 *       no worse on all three and better on one. APIs have no latency estimate and are not on
 *       the front;</li>
 *   <li>{@link #rejections()}: every infeasible candidate with its reasons, in candidate
 *       order;</li>
 *   <li>{@link #comparison()}: the cheapest self-hosted choice and the cheapest API, with the
 *       break-even volume, when the plan has both.</li>
 * </ul>
 *
 * <p>The text form is a readable report (top choices, the front, the comparison and counts of
 * rejections by reason); the JSON form holds everything.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public abstract class Plan {

  /** Choices and rejections shown in the text form. */
  private static final int SHOWN = 10;

  Plan() {}

  static ImmutablePlan.Builder builder() {
    return ImmutablePlan.builder();
  }

  /**
   * Returns the order of {@link #choices()}: monthly cost; then time to first token and time per
   * output token at the percentile, an API (no estimate) after a self-hosted choice; then the
   * candidate's order.
   *
   * @return the comparator, not null
   */
  public static Comparator<Choice> ranking() {
    return Ranking.INSTANCE;
  }

  /**
   * Returns the traffic planned for.
   *
   * @return the traffic, not null
   */
  public abstract TrafficProfile traffic();

  /**
   * Returns the latency targets planned for.
   *
   * @return the targets, not null
   */
  public abstract ServiceLevelTargets targets();

  /**
   * Returns the utilisation the fleets were sized at.
   *
   * @return the utilisation, in (0, 1]
   */
  public abstract double utilisation();

  /**
   * Returns the number of candidates evaluated.
   *
   * @return the count, the feasible plus the rejected, not negative
   */
  public abstract int candidateCount();

  /**
   * Returns the feasible choices in ranking order, cheapest first.
   *
   * @return the choices, not null
   */
  public abstract List<Choice> choices();

  /**
   * Returns the self-hosted choices on the Pareto front of monthly cost, time to first token and
   * time per output token, in ranking order.
   *
   * @return the front, not null
   */
  public abstract List<Choice> paretoFront();

  /**
   * Returns the rejected candidates with their reasons, in candidate order.
   *
   * @return the rejections, not null
   */
  public abstract List<Rejection> rejections();

  /**
   * Returns the cheapest self-hosted choice against the cheapest API.
   *
   * @return the comparison, or empty unless the plan has a feasible choice of each kind and the
   *     traffic's mean request gives the self-hosted replica both prefill work and decode time to
   *     price its tokens by (not when every prompt token is cached or a request has one output
   *     token; see {@link io.github.inferenceecon.core.selfhosted.Throughput#isDerivableFrom})
   */
  public abstract Optional<SelfHostedVsApi> comparison();

  //-----------------------------------------------------------------------
  /**
   * Returns the cheapest feasible choice.
   *
   * @return the first choice, or empty when none is feasible
   */
  @JsonIgnore
  public Optional<Choice> best() {
    return choices().isEmpty() ? Optional.empty() : Optional.of(choices().get(0));
  }

  /**
   * Returns the cheapest feasible self-hosted choice.
   *
   * @return the choice, or empty when none is feasible
   */
  @JsonIgnore
  public Optional<Choice> bestSelfHosted() {
    return choices().stream().filter(Choice::isSelfHosted).findFirst();
  }

  /**
   * Returns the cheapest feasible API choice.
   *
   * @return the choice, or empty when none is feasible
   */
  @JsonIgnore
  public Optional<Choice> bestApi() {
    return choices().stream().filter(c -> !c.isSelfHosted()).findFirst();
  }

  /**
   * Checks if no candidate is feasible.
   *
   * @return true if there is no choice
   */
  @JsonIgnore
  public boolean isEmpty() {
    return choices().isEmpty();
  }

  /**
   * Returns how many rejections give each reason; a rejection with several reasons counts for
   * each.
   *
   * @return the counts of the reasons that occur, in enum order, not null
   */
  @JsonIgnore
  public Map<Reason, Integer> rejectionCounts() {
    Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
    for (Rejection r : rejections()) {
      for (Reason reason : r.reasons()) {
        counts.merge(reason, 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the text form: a report of the top choices, the Pareto front, the comparison and the
   * rejections.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Plan for ").append(Texts.num(traffic()
        .requestsPerSecond())).append(" requests/s, mean ")
        .append(Texts.num(traffic().inputLength().mean())).append(" in / ")
        .append(Texts.num(traffic().outputLength().mean())).append(" out tokens, cache hits ")
        .append(Texts.num(traffic().cacheHitRate() * 100)).append("%; targets ")
        .append(targetText(targets())).append("; utilisation ").append(Texts.num(utilisation()));
    b.append('\n').append(candidateCount()).append(" candidates: ").append(choices().size())
        .append(" feasible, ").append(rejections().size()).append(" rejected");
    if (!choices().isEmpty()) {
      b.append("\nRanked by monthly cost").append(choices().size() > SHOWN ? " (first "
          + SHOWN + ")" : "").append(':');
      for (int i = 0; i < Math.min(SHOWN, choices().size()); i++) {
        b.append('\n').append(row(i + 1, choices().get(i)));
      }
    }
    if (!paretoFront().isEmpty()) {
      b.append("\nPareto front (monthly cost, TTFT, TPOT): ");
      for (int i = 0; i < paretoFront().size(); i++) {
        b.append(i == 0 ? "#" : ", #").append(choices().indexOf(paretoFront().get(i)) + 1);
      }
    }
    comparison().ifPresent(c -> b.append("\nCheapest self-hosted against cheapest API:\n")
        .append(c.toString().indent(2).stripTrailing()));
    if (!rejections().isEmpty()) {
      b.append("\nRejected:");
      rejectionCounts().forEach((reason, n) -> b.append(' ').append(reason).append(' ')
          .append(n));
      for (int i = 0; i < Math.min(SHOWN, rejections().size()); i++) {
        b.append("\n  ").append(rejections().get(i));
      }
      if (rejections().size() > SHOWN) {
        b.append("\n  ... and ").append(rejections().size() - SHOWN).append(" more");
      }
    }
    return b.toString();
  }

  private static String row(int rank, Choice c) {
    String layout = c.replicas().isPresent() ? c.replicas().getAsInt() + " x "
        + c.candidate().devicesPerReplica().getAsInt() + " dev" : "API";
    return String.format(Locale.ROOT, "%4d  %14s  %12s/1M  %-11s  TTFT %-9s  TPOT %-9s  %s",
        rank, Texts.money(c.monthlyCost()), Texts.unitMoney(c.costPerMillionTokens()), layout,
        c.timeToFirstToken().map(Texts::duration).orElse("-"),
        c.timePerOutputToken().map(Texts::duration).orElse("-"), c.candidate());
  }

  static String targetText(ServiceLevelTargets t) {
    return "TTFT " + t.timeToFirstToken().map(Texts::duration).orElse("-") + ", TPOT "
        + t.timePerOutputToken().map(Texts::duration).orElse("-") + " at "
        + Texts.percentile(t.percentile());
  }

  @Value.Check
  protected final void check() {
    if (candidateCount() != choices().size() + rejections().size()) {
      throw new IllegalArgumentException("Candidate count must equal choices plus rejections: "
          + candidateCount() + "/" + choices().size() + "+" + rejections().size());
    }
  }

  /** The ranking comparator. */
  private static final class Ranking implements Comparator<Choice> {
    static final Ranking INSTANCE = new Ranking();
    private static final Duration NONE = Duration.ofSeconds(Long.MAX_VALUE);

    @Override
    public int compare(Choice a, Choice b) {
      int c = a.monthlyCost().compareTo(b.monthlyCost());
      if (c != 0) {
        return c;
      }
      c = a.timeToFirstToken().orElse(NONE).compareTo(b.timeToFirstToken().orElse(NONE));
      if (c != 0) {
        return c;
      }
      c = a.timePerOutputToken().orElse(NONE).compareTo(b.timePerOutputToken().orElse(NONE));
      return c != 0 ? c : a.candidate().compareTo(b.candidate());
    }
  }
}
