/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The parameter counts derived from a {@link ModelArchitecture}, by component, such as
 * 'Llama-3.1-70B: 70,553,706,496 parameters, 2,101,346,304 of them in the embedding table'.
 *
 * <p>Definitions:
 * <ul>
 *   <li>{@link #total()}: every resident parameter, each MoE expert, the embedding table and the
 *       output head counted once (a tied head is the embedding table, counted once);
 *   <li>{@link #active()}: the parameters one token runs through, as model cards count them:
 *       everything except the routed experts a token does not use; the embedding table counts in
 *       full;
 *   <li>{@link #activeExcludingEmbedding()}: {@link #active()} without the input embedding
 *       table, of which a token reads one row; this is what decode must read from memory per
 *       step apart from the experts, and how some publishers (gpt-oss) count "active";
 *   <li>components: {@link #embedding()} (vocabulary x hidden), {@link #outputHead()} (the same,
 *       or 0 when tied), {@link #attention()}, {@link #denseMlp()} (feed-forward of dense layers),
 *       {@link #routedExperts()} (all routed experts of all MoE layers), {@link #sharedExperts()},
 *       {@link #routers()}, {@link #norms()}, which sum to {@link #total()}.
 * </ul>
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParameterCount.class)
@JsonDeserialize(as = ImmutableParameterCount.class)
public abstract class ParameterCount {

  ParameterCount() {}

  static ImmutableParameterCount.Builder builder() {
    return ImmutableParameterCount.builder();
  }

  /**
   * Returns the parameters of the input embedding table, vocabulary x hidden size.
   *
   * @return the count, not negative
   */
  public abstract long embedding();

  /**
   * Returns the parameters of the output head, vocabulary x hidden size, or 0 when it is tied to
   * the embedding table.
   *
   * @return the count, not negative
   */
  public abstract long outputHead();

  /**
   * Returns the parameters of all attention blocks: projections, biases, sinks and query-key
   * norms.
   *
   * @return the count, not negative
   */
  public abstract long attention();

  /**
   * Returns the feed-forward parameters of the dense (non-MoE) layers.
   *
   * @return the count, not negative
   */
  public abstract long denseMlp();

  /**
   * Returns the parameters of all routed experts of all MoE layers.
   *
   * @return the count, not negative
   */
  public abstract long routedExperts();

  /**
   * Returns the parameters of the routed experts one token uses, over all MoE layers.
   *
   * @return the count, not negative
   */
  public abstract long routedExpertsActive();

  /**
   * Returns the parameters of all shared experts of all MoE layers.
   *
   * @return the count, not negative
   */
  public abstract long sharedExperts();

  /**
   * Returns the parameters of the MoE routers (gates), with their biases.
   *
   * @return the count, not negative
   */
  public abstract long routers();

  /**
   * Returns the parameters of the normalisation layers, including the final norm.
   *
   * @return the count, not negative
   */
  public abstract long norms();

  /**
   * Returns every resident parameter: the sum of the components.
   *
   * @return the count, positive
   */
  public long total() {
    return Math.addExact(Math.addExact(Math.addExact(embedding(), outputHead()),
        Math.addExact(attention(), denseMlp())), Math.addExact(Math.addExact(routedExperts(),
        sharedExperts()), Math.addExact(routers(), norms())));
  }

  /**
   * Returns the parameters one token runs through, counting the embedding table in full, as
   * model cards usually do.
   *
   * @return the count, positive
   */
  public long active() {
    return total() - routedExperts() + routedExpertsActive();
  }

  /**
   * Returns the parameters one token runs through without the input embedding table (of which a
   * token reads one row). When the head is tied, the head still reads the whole table, so
   * nothing is taken off.
   *
   * @return the count, positive
   */
  public long activeExcludingEmbedding() {
    return outputHead() == 0 ? active() : active() - embedding();
  }
}
