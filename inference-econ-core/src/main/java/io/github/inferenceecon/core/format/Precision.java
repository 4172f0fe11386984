/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.format;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The numeric formats a deployment uses for its three kinds of data: weights, KV cache and
 * activations, such as 'weights MXFP4, KV cache BF16, activations BF16'.
 *
 * <p>Each is a {@link NumericFormat}. Weights and KV cache formats set memory and the bytes read
 * per step; the activation format sets the {@link ComputeFormat} matrix products run at, and so
 * the accelerator's peak rate that applies. A model with 4-bit weights and BF16 activations
 * (W4A16) computes at the BF16 rate; FP8 weights and activations (W8A8) compute at the FP8 rate.
 *
 * <p>Quantised checkpoints rarely quantise every tensor. Two optional formats say so:
 * {@link #expertWeights()} for the routed experts of a mixture of experts (gpt-oss ships only
 * its experts in MXFP4, attention stays BF16), and {@link #embeddings()} for the embedding table,
 * the output head and the norm vectors (GPTQ and AWQ checkpoints keep them in 16 bits). Both
 * default to {@link #weights()}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrecision.class)
@JsonDeserialize(as = ImmutablePrecision.class)
public abstract class Precision {

  Precision() {}

  /**
   * Obtains an instance of {@code Precision} from the three formats.
   *
   * @param weights the weight format, not null
   * @param kvCache the KV cache format, not null
   * @param activations the activation format, which sets the compute format, not null
   * @return the precision, not null
   */
  public static Precision of(NumericFormat weights, NumericFormat kvCache,
      NumericFormat activations) {
    return ImmutablePrecision.of(weights, kvCache, activations);
  }

  /**
   * Returns a new builder, for precisions with separate expert or embedding formats.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return ImmutablePrecision.builder();
  }

  /**
   * Builds a {@link Precision}; weights, KV cache and activations are required.
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
    public abstract Builder from(Precision instance);

    /**
     * Sets the format of the weights. Required (see {@link Precision#weights() weights}).
     *
     * @param weights the weight format, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code weights} is null
     */
    public abstract Builder weights(NumericFormat weights);

    /**
     * Sets the format of the KV cache. Required (see {@link Precision#kvCache() kvCache}).
     *
     * @param kvCache the KV cache format, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code kvCache} is null
     */
    public abstract Builder kvCache(NumericFormat kvCache);

    /**
     * Sets the format of the activations, which matrix products run at. Required (see
     * {@link Precision#activations() activations}).
     *
     * @param activations the activation format, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code activations} is null
     */
    public abstract Builder activations(NumericFormat activations);

    /**
     * Sets the format of the routed experts' weights, by default the weight format. Optional (see
     * {@link Precision#expertWeights() expertWeights}).
     *
     * @param expertWeights the expert weight format, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code expertWeights} is null
     */
    public abstract Builder expertWeights(NumericFormat expertWeights);

    /**
     * Sets the format of the embedding table, output head and norm vectors, by default the weight
     * format. Optional (see {@link Precision#embeddings() embeddings}).
     *
     * @param embeddings the embedding format, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code embeddings} is null
     */
    public abstract Builder embeddings(NumericFormat embeddings);

    /**
     * Builds the {@link Precision}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     */
    public abstract Precision build();
  }

  /**
   * Obtains the usual unquantised serving setup: BF16 weights, KV cache and activations.
   *
   * @return the precision, not null
   */
  public static Precision bf16() {
    return uniform(NumericFormat.BF16);
  }

  /**
   * Obtains the precision that uses one format for all three kinds of data.
   *
   * @param format the format, not null
   * @return the precision, not null
   */
  public static Precision uniform(NumericFormat format) {
    return ImmutablePrecision.of(format, format, format);
  }

  /**
   * Obtains the precision a checkpoint with weights in a format is usually served in, with its
   * KV cache unquantised in BF16: {@link #forWeights(NumericFormat, NumericFormat)} with a
   * {@link NumericFormat#BF16} KV cache, as a serving engine keeps it unless told otherwise.
   *
   * <pre>{@code
   * Precision.forWeights(NumericFormat.FP8_E4M3);
   *     // weights=FP8-E4M3, kvCache=BF16, activations=FP8-E4M3
   * }</pre>
   *
   * @param weights the weight format, not null
   * @return the precision, not null
   */
  public static Precision forWeights(NumericFormat weights) {
    return forWeights(weights, NumericFormat.BF16);
  }

  /**
   * Obtains the precision a checkpoint with weights in a format is usually served in:
   * <ul>
   *   <li>activations in the weights' own floating-point format when it takes 8 bits or fewer:
   *       FP8 (E4M3) for FP8 weights (W8A8, as FP8 checkpoints run), and the weight format for
   *       NVFP4 and MXFP4 weights (W4A4, as TensorRT-LLM runs NVFP4 with FP4 GEMMs); BF16
   *       otherwise (integer weights run weight-only, W8A16 or W4A16);</li>
   *   <li>the embedding table, output head and norms in BF16 when the weights take fewer than 8
   *       bits, as GPTQ, AWQ and MXFP4 checkpoints keep them in 16 bits, and in the weight
   *       format otherwise;</li>
   *   <li>the routed experts in the weight format.</li>
   * </ul>
   * On an accelerator without a dense peak for those activations they compute in the nearest
   * wider format it has one for instead
   * ({@link io.github.inferenceecon.core.accelerator.AcceleratorSpec#computeChoice}): NVFP4 in
   * FP8 on an H100, FP8 in BF16 on an A100.
   *
   * <pre>{@code
   * Precision.forWeights(NumericFormat.FP8_E4M3, NumericFormat.BF16);
   *     // weights=FP8-E4M3, kvCache=BF16, activations=FP8-E4M3
   * Precision.forWeights(NumericFormat.NVFP4, NumericFormat.BF16);
   *     // weights=NVFP4, embeddings=BF16, kvCache=BF16, activations=NVFP4
   * Precision.forWeights(NumericFormat.INT4_G128, NumericFormat.BF16);
   *     // weights=INT4-G128, embeddings=BF16, kvCache=BF16, activations=BF16
   * }</pre>
   *
   * @param weights the weight format, not null
   * @param kvCache the KV cache format, not null
   * @return the precision, not null
   */
  public static Precision forWeights(NumericFormat weights, NumericFormat kvCache) {
    NumericFormat activations;
    switch (weights.computeFormat()) {
      case FP8:
        activations = NumericFormat.FP8_E4M3;
        break;
      case FP4:
        activations = weights;
        break;
      default:
        activations = NumericFormat.BF16;
        break;
    }
    Builder b = builder().weights(weights).kvCache(kvCache).activations(activations);
    if (weights.elementBits() < 8) {
      b.embeddings(NumericFormat.BF16);
    }
    return b.build();
  }

  /**
   * Returns the format of the weights.
   *
   * @return the weight format, not null
   */
  @Value.Parameter(order = 0)
  public abstract NumericFormat weights();

  /**
   * Returns the format of the KV cache.
   *
   * @return the KV cache format, not null
   */
  @Value.Parameter(order = 1)
  public abstract NumericFormat kvCache();

  /**
   * Returns the format of the activations, which matrix products run at.
   *
   * @return the activation format, not null
   */
  @Value.Parameter(order = 2)
  public abstract NumericFormat activations();

  /**
   * Returns the format of the routed experts' weights, by default the weight format.
   *
   * @return the expert weight format, not null
   */
  @Value.Default
  public NumericFormat expertWeights() {
    return weights();
  }

  /**
   * Returns the format of the embedding table, output head and norm vectors, by default the
   * weight format.
   *
   * @return the embedding format, not null
   */
  @Value.Default
  public NumericFormat embeddings() {
    return weights();
  }

  /**
   * Returns the arithmetic format matrix products run at: that of the activations.
   *
   * @return the compute format, not null
   */
  public ComputeFormat computeFormat() {
    return activations().computeFormat();
  }

  /**
   * Returns a copy of this precision with another weight format.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param format the weight format, not null
   * @return the new instance, not null
   */
  public Precision withWeights(NumericFormat format) {
    boolean uniform = expertWeights().equals(weights()) && embeddings().equals(weights());
    return uniform ? of(format, kvCache(), activations())
        : builder().from(this).weights(format).build();
  }

  /**
   * Returns a copy of this precision with another KV cache format.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param format the KV cache format, not null
   * @return the new instance, not null
   */
  public Precision withKvCache(NumericFormat format) {
    return builder().from(this).kvCache(format).build();
  }

  /**
   * Returns a copy of this precision with another activation format.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param format the activation format, not null
   * @return the new instance, not null
   */
  public Precision withActivations(NumericFormat format) {
    return builder().from(this).activations(format).build();
  }

  /**
   * Returns a copy of this precision with another format for the routed experts' weights.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param format the expert weight format, not null
   * @return the new instance, not null
   */
  public Precision withExpertWeights(NumericFormat format) {
    return builder().from(this).expertWeights(format).build();
  }

  /**
   * Returns the text form, such as {@code weights=MXFP4, kvCache=BF16, activations=BF16}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "weights=" + weights()
        + (expertWeights().equals(weights()) ? "" : ", experts=" + expertWeights())
        + (embeddings().equals(weights()) ? "" : ", embeddings=" + embeddings())
        + ", kvCache=" + kvCache() + ", activations=" + activations();
  }
}
