/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sorts choices in the order of {@link Plan#ranking()} with the sort keys computed once per
 * choice: the monthly cost as a {@code double} first (a correctly rounded conversion never
 * reverses an order, so only equal doubles need the exact amounts), then the exact amount, the
 * latencies and the candidate.
 */
final class Ranked implements Comparable<Ranked> {

  private static final Duration NONE = Duration.ofSeconds(Long.MAX_VALUE);

  private final Choice choice;
  private final double approximate;
  private final BigDecimal cost;
  private final Duration ttft;
  private final Duration tpot;

  private Ranked(Choice choice) {
    this.choice = choice;
    this.cost = choice.monthlyCost().amount();
    this.approximate = cost.doubleValue();
    this.ttft = choice.timeToFirstToken().orElse(NONE);
    this.tpot = choice.timePerOutputToken().orElse(NONE);
  }

  static List<Choice> sort(List<Choice> choices) {
    Ranked[] keyed = new Ranked[choices.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = new Ranked(choices.get(i));
    }
    Arrays.sort(keyed);
    List<Choice> out = new ArrayList<>(keyed.length);
    for (Ranked r : keyed) {
      out.add(r.choice);
    }
    return out;
  }

  @Override
  public int compareTo(Ranked o) {
    int c = Double.compare(approximate, o.approximate);
    if (c == 0) {
      c = cost.compareTo(o.cost);
    }
    if (c == 0) {
      c = ttft.compareTo(o.ttft);
    }
    if (c == 0) {
      c = tpot.compareTo(o.tpot);
    }
    return c != 0 ? c : choice.candidate().compareTo(o.choice.candidate());
  }
}
