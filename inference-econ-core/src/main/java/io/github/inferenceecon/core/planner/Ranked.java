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

  final Choice choice;
  /** The choice's index in the list given to {@link #sort}. */
  final int index;
  private final long key;
  private final double approximate;
  private final BigDecimal cost;
  final Duration ttft;
  final Duration tpot;

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
   * Sorts choices into ranking order.
   *
   * @param choices the choices
   * @param keys each choice's {@link CandidateOrder} key, or {@link CandidateOrder#NONE}
   * @return the choices with their sort keys, in ranking order
   */
  static Ranked[] sort(List<Choice> choices, long[] keys) {
    Ranked[] keyed = new Ranked[choices.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = new Ranked(choices.get(i), i, keys[i]);
    }
    Arrays.sort(keyed);
    return keyed;
  }

  /**
   * Compares the monthly costs of two choices, the doubles first, as
   * {@code choice.monthlyCost().compareTo(o.choice.monthlyCost())} does.
   *
   * @param o the other choice
   * @return negative, zero or positive as this choice costs less, as much or more
   */
  int compareCost(Ranked o) {
    int c = Double.compare(approximate, o.approximate);
    return c != 0 ? c : cost.compareTo(o.cost);
  }

  @Override
  public int compareTo(Ranked o) {
    int c = compareCost(o);
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
