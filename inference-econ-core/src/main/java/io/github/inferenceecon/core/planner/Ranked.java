/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Sorts choices in the order of {@link Plan#ranking()} with the sort keys computed once per
 * choice: the monthly cost as a {@code double} first (a correctly rounded conversion never
 * reverses an order, so only equal doubles need the exact amounts), then the exact amount, the
 * latencies and the candidate (by its {@link CandidateOrder} key where it has one).
 */
final class Ranked implements Comparable<Ranked> {

  private static final Duration NONE = Duration.ofSeconds(Long.MAX_VALUE);

  private final Choice choice;
  private final int index;
  private final long key;
  private final double approximate;
  private final BigDecimal cost;
  private final Duration ttft;
  private final Duration tpot;

  private Ranked(Choice choice, int index, long key) {
    this.choice = choice;
    this.index = index;
    this.key = key;
    this.cost = choice.monthlyCost().amount();
    this.approximate = cost.doubleValue();
    this.ttft = choice.timeToFirstToken().orElse(NONE);
    this.tpot = choice.timePerOutputToken().orElse(NONE);
  }

  /**
   * Returns the order of choices: the index of each in the ranking.
   *
   * @param choices the choices
   * @param keys each choice's {@link CandidateOrder} key, or {@link CandidateOrder#NONE}
   * @return the indices of the choices, in ranking order
   */
  static int[] order(List<Choice> choices, long[] keys) {
    Ranked[] keyed = new Ranked[choices.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = new Ranked(choices.get(i), i, keys[i]);
    }
    Arrays.sort(keyed);
    int[] order = new int[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      order[i] = keyed[i].index;
    }
    return order;
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
    return c != 0 ? c
        : CandidateOrder.compare(key, choice.candidate(), o.key, o.choice.candidate());
  }
}
