/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.planner;

import io.github.inferenceecon.core.format.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The order of {@link Candidate#compareTo} over one plan's self-hosted candidates, as one
 * {@code long} per candidate, so that sorting tens of thousands of them compares numbers: the
 * ranks of the model's name, the option's id, the layout and the precision's text, computed once
 * per plan.
 *
 * <p>The layouts of {@link Evaluator#layouts} are distinct and in order of devices, then tensor
 * parallelism (which fixes the pipeline depth), as the candidate order is; equal texts get equal
 * ranks, and two precisions are equal exactly when their texts are, so a key compares as the
 * candidates do.
 */
final class CandidateOrder {

  /** Marks a candidate without a key (an API): compared by {@link Candidate#compareTo}. */
  static final long NONE = -1;

  private final int[] modelRanks;
  private final int[] optionRanks;
  private final int[][] precisionRanks;
  private final long options;
  private final long layouts;
  private final long precisions;

  /**
   * Ranks a request's models, options and precisions.
   *
   * @param request the request
   * @param layoutCount the number of layouts the candidates are drawn from
   * @throws ArithmeticException if the keys would not fit in a {@code long}
   */
  CandidateOrder(PlanRequest request, int layoutCount) {
    List<String> models = new ArrayList<>();
    List<String> precisionTexts = new ArrayList<>();
    List<List<Precision>> perModel = new ArrayList<>();
    for (var m : request.models()) {
      models.add(m.name());
      List<Precision> ps = request.precisionsFor(m);
      perModel.add(ps);
      for (Precision p : ps) {
        precisionTexts.add(p.toString());
      }
    }
    List<String> ids = new ArrayList<>();
    for (HardwareOption h : request.hardware()) {
      ids.add(h.id());
    }
    modelRanks = ranks(models);
    optionRanks = ranks(ids);
    String[] distinctPrecisions = distinct(precisionTexts);
    precisionRanks = new int[perModel.size()][];
    for (int i = 0; i < perModel.size(); i++) {
      List<Precision> ps = perModel.get(i);
      precisionRanks[i] = new int[ps.size()];
      for (int j = 0; j < ps.size(); j++) {
        precisionRanks[i][j] = Arrays.binarySearch(distinctPrecisions, ps.get(j).toString());
      }
    }
    options = Math.max(1, optionRanks.length);
    layouts = Math.max(1, layoutCount);
    precisions = Math.max(1, distinctPrecisions.length);
    Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(
        (long) Math.max(1, modelRanks.length), options), layouts), precisions);
  }

  /**
   * Returns the key of a self-hosted candidate.
   *
   * @param model the model's index in the request
   * @param option the hardware option's index in the request
   * @param layout the layout's index in {@link Evaluator#layouts}
   * @param precision the precision's index in the request's precisions for the model
   * @return the key, not negative
   */
  long key(int model, int option, int layout, int precision) {
    return ((modelRanks[model] * options + optionRanks[option]) * layouts + layout) * precisions
        + precisionRanks[model][precision];
  }

  /**
   * Compares two candidates by their keys, or by {@link Candidate#compareTo} when either has
   * none.
   */
  static int compare(long key, Candidate candidate, long otherKey, Candidate other) {
    return key != NONE && otherKey != NONE ? Long.compare(key, otherKey)
        : candidate.compareTo(other);
  }

  /** The rank of each text among the distinct texts in order. */
  private static int[] ranks(List<String> texts) {
    String[] distinct = distinct(texts);
    int[] ranks = new int[texts.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = Arrays.binarySearch(distinct, texts.get(i));
    }
    return ranks;
  }

  private static String[] distinct(List<String> texts) {
    return new TreeSet<>(texts).toArray(new String[0]);
  }

  /** A rejection with its candidate's key, sorted in candidate order. */
  static final class Keyed implements Comparable<Keyed> {
    final Rejection rejection;
    private final long key;

    Keyed(Rejection rejection, long key) {
      this.rejection = rejection;
      this.key = key;
    }

    @Override
    public int compareTo(Keyed o) {
      return compare(key, rejection.candidate(), o.key, o.rejection.candidate());
    }
  }
}
