/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.memory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.architecture.ModelArchitecture;
import io.github.inferenceecon.core.architecture.ParameterCount;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.units.ByteSize;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The memory a model's weights need in a {@link Precision}, by component, such as
 * 'Llama-3.1-70B in BF16: 141,107,412,992 bytes (141.1 GB)'.
 *
 * <p>Every resident parameter counts once: all experts of a mixture of experts (not only the
 * active ones), the embedding table and the output head (once when tied). Each component is
 * stored in its format, block scales included: routed experts in
 * {@link Precision#expertWeights()}, the embedding table, output head and norms in
 * {@link Precision#embeddings()}, everything else (attention, dense feed-forward, shared
 * experts, routers) in {@link Precision#weights()}.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightMemory.class)
@JsonDeserialize(as = ImmutableWeightMemory.class)
public abstract class WeightMemory {

  WeightMemory() {}

  /**
   * Computes the weight memory of a model in a precision.
   *
   * @param model the model, not null
   * @param precision the precision, not null
   * @return the weight memory, not null
   * @throws ArithmeticException if a size overflows a {@code long}
   */
  public static WeightMemory of(ModelArchitecture model, Precision precision) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(precision, "precision");
    ParameterCount p = model.parameters();
    return ImmutableWeightMemory.builder()
        .embedding(precision.embeddings().storageOf(p.embedding()))
        .outputHead(precision.embeddings().storageOf(p.outputHead()))
        .norms(precision.embeddings().storageOf(p.norms()))
        .attention(precision.weights().storageOf(p.attention()))
        .denseMlp(precision.weights().storageOf(p.denseMlp()))
        .sharedExperts(precision.weights().storageOf(p.sharedExperts()))
        .routers(precision.weights().storageOf(p.routers()))
        .routedExperts(precision.expertWeights().storageOf(p.routedExperts()))
        .build();
  }

  /**
   * Returns the embedding table's memory.
   *
   * @return the size, not null
   */
  public abstract ByteSize embedding();

  /**
   * Returns the output head's memory, zero when tied to the embedding table.
   *
   * @return the size, not null
   */
  public abstract ByteSize outputHead();

  /**
   * Returns the norm vectors' memory.
   *
   * @return the size, not null
   */
  public abstract ByteSize norms();

  /**
   * Returns the attention blocks' memory.
   *
   * @return the size, not null
   */
  public abstract ByteSize attention();

  /**
   * Returns the dense feed-forward blocks' memory.
   *
   * @return the size, not null
   */
  public abstract ByteSize denseMlp();

  /**
   * Returns the shared experts' memory.
   *
   * @return the size, not null
   */
  public abstract ByteSize sharedExperts();

  /**
   * Returns the MoE routers' memory.
   *
   * @return the size, not null
   */
  public abstract ByteSize routers();

  /**
   * Returns the routed experts' memory (all experts).
   *
   * @return the size, not null
   */
  public abstract ByteSize routedExperts();

  /**
   * Returns the memory of all weights: the sum of the components.
   *
   * @return the size, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  @JsonIgnore
  public ByteSize total() {
    return embedding().plus(outputHead()).plus(norms()).plus(attention()).plus(denseMlp())
        .plus(sharedExperts()).plus(routers()).plus(routedExperts());
  }

  /**
   * Returns the text form, such as {@code 141.107412992 GB (attention 12.348030976 GB, ...)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return total() + " (embedding " + embedding() + ", output head " + outputHead()
        + ", attention " + attention() + ", dense MLP " + denseMlp() + ", routed experts "
        + routedExperts() + ", shared experts " + sharedExperts() + ", routers " + routers()
        + ", norms " + norms() + ")";
  }
}
