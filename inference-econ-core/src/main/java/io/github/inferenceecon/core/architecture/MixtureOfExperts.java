/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The mixture-of-experts layout of a model's feed-forward layers, such as 'DeepSeek-V3: 256
 * routed experts, 8 per token, 1 shared expert, first 3 layers dense'.
 *
 * <p>Each MoE layer has a router ({@code hidden x experts}), {@link #experts()} routed experts of
 * which {@link #expertsPerToken()} run for each token, and {@link #sharedExperts()} experts that
 * run for every token. Every expert is a gated feed-forward block of
 * {@link #expertIntermediateSize()} (shared experts: {@link #sharedExpertIntermediateSize()}).
 * The first {@link #denseLayersBefore()} layers are ordinary dense layers with the model's
 * {@code intermediateSize}.
 *
 * <p>All experts are resident in memory; only {@code expertsPerToken} of them are read for one
 * token, which is why memory must be sized from total parameters and decode traffic from the
 * experts a batch actually touches.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMixtureOfExperts.class)
@JsonDeserialize(as = ImmutableMixtureOfExperts.class)
public abstract class MixtureOfExperts {

  MixtureOfExperts() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutableMixtureOfExperts.builder();
  }

  /**
   * Builds a {@link MixtureOfExperts}.
   *
   * <p>Each setter replaces the value set before it; {@link #build()} checks them all. A builder is
   * mutable and not thread-safe.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets every attribute to its value in an instance, to build a modified copy: an optional value
     * the instance lacks leaves the one already set, and collection elements and map entries are
     * added to those already set.
     *
     * @param instance the instance to copy, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code instance} is null
     */
    public abstract Builder from(MixtureOfExperts instance);

    /**
     * Sets the number of routed experts per MoE layer. Required (see
     * {@link MixtureOfExperts#experts() experts}).
     *
     * @param experts the count, positive
     * @return this builder, not null
     */
    public abstract Builder experts(int experts);

    /**
     * Sets the number of routed experts each token runs through. Required (see
     * {@link MixtureOfExperts#expertsPerToken() expertsPerToken}).
     *
     * @param expertsPerToken the count, from 1 to {@link MixtureOfExperts#experts()}
     * @return this builder, not null
     */
    public abstract Builder expertsPerToken(int expertsPerToken);

    /**
     * Sets the number of shared experts every token runs through, 0 by default. Optional (see
     * {@link MixtureOfExperts#sharedExperts() sharedExperts}).
     *
     * @param sharedExperts the count, not negative
     * @return this builder, not null
     */
    public abstract Builder sharedExperts(int sharedExperts);

    /**
     * Sets the intermediate (hidden) size of one routed expert's feed-forward block. Required (see
     * {@link MixtureOfExperts#expertIntermediateSize() expertIntermediateSize}).
     *
     * @param expertIntermediateSize the size, positive
     * @return this builder, not null
     */
    public abstract Builder expertIntermediateSize(int expertIntermediateSize);

    /**
     * Sets the intermediate size of one shared expert, by default the routed experts' size.
     * Optional (see
     * {@link MixtureOfExperts#sharedExpertIntermediateSize() sharedExpertIntermediateSize}).
     *
     * @param sharedExpertIntermediateSize the size, positive
     * @return this builder, not null
     */
    public abstract Builder sharedExpertIntermediateSize(int sharedExpertIntermediateSize);

    /**
     * Sets the number of dense layers before the first MoE layer, 0 by default. Optional (see
     * {@link MixtureOfExperts#denseLayersBefore() denseLayersBefore}).
     *
     * @param denseLayersBefore the count, not negative
     * @return this builder, not null
     */
    public abstract Builder denseLayersBefore(int denseLayersBefore);

    /**
     * Sets whether each router carries a bias vector of one value per expert (gpt-oss's router
     * bias, DeepSeek-V3's score-correction bias), false by default. Optional (see
     * {@link MixtureOfExperts#isRouterBiased() routerBiased}).
     *
     * @param routerBiased true if the routers are biased
     * @return this builder, not null
     */
    public abstract Builder routerBiased(boolean routerBiased);

    /**
     * Sets whether every expert's projections carry bias vectors (gpt-oss), false by default.
     * Optional (see {@link MixtureOfExperts#isExpertBiased() expertBiased}).
     *
     * @param expertBiased true if the experts are biased
     * @return this builder, not null
     */
    public abstract Builder expertBiased(boolean expertBiased);

    /**
     * Builds the {@link MixtureOfExperts}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link MixtureOfExperts} (the
     *     message names the field, the value and the rule)
     */
    public abstract MixtureOfExperts build();
  }

  /**
   * Returns the number of routed experts per MoE layer.
   *
   * @return the count, positive
   */
  public abstract int experts();

  /**
   * Returns the number of routed experts each token runs through.
   *
   * @return the count, from 1 to {@link #experts()}
   */
  public abstract int expertsPerToken();

  /**
   * Returns the number of shared experts every token runs through, 0 by default.
   *
   * @return the count, not negative
   */
  @Value.Default
  public int sharedExperts() {
    return 0;
  }

  /**
   * Returns the intermediate (hidden) size of one routed expert's feed-forward block.
   *
   * @return the size, positive
   */
  public abstract int expertIntermediateSize();

  /**
   * Returns the intermediate size of one shared expert, by default the routed experts' size.
   *
   * @return the size, positive
   */
  @Value.Default
  public int sharedExpertIntermediateSize() {
    return expertIntermediateSize();
  }

  /**
   * Returns the number of dense layers before the first MoE layer, 0 by default.
   *
   * @return the count, not negative
   */
  @Value.Default
  public int denseLayersBefore() {
    return 0;
  }

  /**
   * Checks if each router carries a bias vector of one value per expert (gpt-oss's router bias,
   * DeepSeek-V3's score-correction bias), false by default.
   *
   * @return true if the routers are biased
   */
  @Value.Default
  public boolean isRouterBiased() {
    return false;
  }

  /**
   * Checks if every expert's projections carry bias vectors (gpt-oss), false by default.
   *
   * @return true if the experts are biased
   */
  @Value.Default
  public boolean isExpertBiased() {
    return false;
  }

  @Value.Check
  protected final void check() {
    Checks.positive(experts(), "Expert count");
    Checks.positive(expertsPerToken(), "Experts per token");
    if (expertsPerToken() > experts()) {
      throw new IllegalArgumentException("Experts per token must not exceed the expert count: "
          + expertsPerToken() + "/" + experts());
    }
    Checks.notNegative(sharedExperts(), "Shared expert count");
    Checks.positive(expertIntermediateSize(), "Expert intermediate size");
    Checks.positive(sharedExpertIntermediateSize(), "Shared expert intermediate size");
    Checks.notNegative(denseLayersBefore(), "Dense layers before MoE");
  }
}
