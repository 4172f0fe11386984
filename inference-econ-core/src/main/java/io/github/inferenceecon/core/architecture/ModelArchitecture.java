/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core.architecture;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.inferenceecon.core.ContextWindowExceededException;
import io.github.inferenceecon.core.format.CheckpointPrecision;
import io.github.inferenceecon.core.format.Precision;
import io.github.inferenceecon.core.internal.Checks;
import io.github.inferenceecon.core.units.TokenCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The architecture of a decoder-only transformer language model, as far as its memory, speed
 * and cost depend on it, such as 'Llama-3.1-70B: 80 layers, hidden 8192, 64 query heads, 8 KV
 * heads of 128 dimensions, intermediate 28672, vocabulary 128256'.
 *
 * <p>The model: the layer count and widths of a standard pre-norm transformer; attention as
 * query heads, key-value heads and an explicit head dimension (never assumed to be
 * hidden/heads: Qwen3 and gpt-oss differ), optionally multi-head latent attention
 * ({@link LatentAttention}); an optional sliding-window pattern ({@link SlidingWindow}); an
 * optional mixture of experts ({@link MixtureOfExperts}); the vocabulary, context length and
 * whether the output head is tied to the embedding table; and the small structural details that
 * make parameter counts exact (biases, attention sinks, norms per layer, query-key norms).
 * Feed-forward blocks are gated (three matrices: gate, up, down), as in every supported family.
 *
 * <p>Parameter counts are derived ({@link #parameters()}); a count the publisher states may be
 * recorded beside it ({@link #publishedParameters()}) and is never used in its place.
 *
 * <p>Build one with {@link #builder()}, or import a Hugging Face {@code config.json} with
 * {@link HuggingFaceConfig}. Invalid combinations (no layers, KV heads that do not divide the
 * query heads, more experts per token than experts, a local layer beyond the last layer) throw
 * {@link IllegalArgumentException} naming the rule and the values.
 *
 * <p>This is a value-based class; use of identity-sensitive operations (including reference
 * equality ({@code ==}), identity hash code, or synchronization) on instances may have
 * unpredictable results and should be avoided. The {@code equals} method should be used for
 * comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelArchitecture.class)
@JsonDeserialize(as = ImmutableModelArchitecture.class)
public abstract class ModelArchitecture {

  ModelArchitecture() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ModelArchitecture}. Required: name, layers, hidden size, attention heads, KV
   * heads, head dim, intermediate size, vocabulary size and context length.
   */
  public static final class Builder extends ImmutableModelArchitecture.Builder {
    Builder() {}
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the name of the model, such as {@code Llama-3.1-70B}.
   *
   * @return the name, not blank, not null
   */
  public abstract String name();

  /**
   * Returns the model family as Hugging Face names it ({@code model_type}), such as
   * {@code llama}, or {@code custom} by default.
   *
   * @return the family, not null
   */
  @Value.Default
  public String family() {
    return "custom";
  }

  /**
   * Returns the number of transformer layers ({@code num_hidden_layers}).
   *
   * @return the count, positive
   */
  public abstract int layers();

  /**
   * Returns the width of the residual stream ({@code hidden_size}).
   *
   * @return the size, positive
   */
  public abstract int hiddenSize();

  /**
   * Returns the number of query heads ({@code num_attention_heads}).
   *
   * @return the count, positive
   */
  public abstract int attentionHeads();

  /**
   * Returns the number of key and value heads ({@code num_key_value_heads}); equal to the query
   * heads for MHA, 1 for MQA, in between for GQA.
   *
   * @return the count, positive, dividing {@link #attentionHeads()}
   */
  public abstract int kvHeads();

  /**
   * Returns the dimension of one attention head ({@code head_dim}), stated explicitly.
   *
   * @return the dimension, positive
   */
  public abstract int headDim();

  /**
   * Returns the intermediate size of a dense layer's feed-forward block
   * ({@code intermediate_size}); for a mixture of experts without dense layers it is not used
   * and may be 0.
   *
   * @return the size, not negative
   */
  public abstract int intermediateSize();

  /**
   * Returns the vocabulary size ({@code vocab_size}).
   *
   * @return the size, positive
   */
  public abstract int vocabSize();

  /**
   * Returns the longest context the model supports, in tokens: prompt and output together.
   * Imported from a {@code config.json}, it is {@code max_position_embeddings} with the
   * {@code rope_scaling} extension applied as its model type defines it (see
   * {@link HuggingFaceConfig}).
   *
   * @return the length, positive
   */
  public abstract int contextLength();

  /**
   * Checks if the output head shares its weights with the embedding table
   * ({@code tie_word_embeddings}), false by default.
   *
   * @return true if tied
   */
  @Value.Default
  public boolean isTiedEmbeddings() {
    return false;
  }

  /**
   * Returns the multi-head latent attention shape, for MLA models.
   *
   * @return the MLA shape, or empty for MHA, GQA and MQA
   */
  public abstract Optional<LatentAttention> latentAttention();

  /**
   * Returns the sliding-window pattern, for models with local layers.
   *
   * @return the pattern, or empty when every layer is global
   */
  public abstract Optional<SlidingWindow> slidingWindow();

  /**
   * Returns the mixture-of-experts layout, for MoE models.
   *
   * @return the layout, or empty for dense models
   */
  public abstract Optional<MixtureOfExperts> mixtureOfExperts();

  /**
   * Checks if the query, key and value projections carry biases (Qwen2), false by default.
   *
   * @return true if biased
   */
  @Value.Default
  public boolean isQkvBiased() {
    return false;
  }

  /**
   * Checks if the attention output projection carries a bias (gpt-oss), false by default.
   *
   * @return true if biased
   */
  @Value.Default
  public boolean isOutputBiased() {
    return false;
  }

  /**
   * Checks if the dense feed-forward projections carry biases, false by default.
   *
   * @return true if biased
   */
  @Value.Default
  public boolean isMlpBiased() {
    return false;
  }

  /**
   * Checks if each attention head has a learned sink logit (gpt-oss), false by default.
   *
   * @return true if the model uses attention sinks
   */
  @Value.Default
  public boolean isAttentionSinks() {
    return false;
  }

  /**
   * Checks if queries and keys are normalised per head (Qwen3, Gemma-3), false by default.
   *
   * @return true if the model has query-key norms
   */
  @Value.Default
  public boolean isQkNorm() {
    return false;
  }

  /**
   * Returns the number of hidden-size normalisation vectors per layer: 2 by default (before
   * attention and before the feed-forward block), 4 for Gemma-2 and Gemma-3.
   *
   * @return the count, not negative
   */
  @Value.Default
  public int normsPerLayer() {
    return 2;
  }

  /**
   * Returns the precision the model's published checkpoint ships in, where known: as read from
   * a {@code config.json}'s {@code quantization_config} and {@code torch_dtype}.
   *
   * @return the checkpoint precision, or empty for an architecture built by hand
   */
  public abstract Optional<CheckpointPrecision> checkpointPrecision();

  /**
   * Returns the parameter count the publisher states, if recorded.
   *
   * @return the published count, or empty
   */
  public abstract Optional<PublishedParameters> publishedParameters();

  /**
   * Returns where this architecture comes from, such as the URL of its {@code config.json}.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  //-----------------------------------------------------------------------
  /**
   * Returns the precision to run the model in when none is given: that of its checkpoint
   * ({@link #checkpointPrecision()}), or BF16 throughout when the checkpoint's is not known.
   *
   * @return the precision, not null
   */
  @JsonIgnore
  public Precision defaultPrecision() {
    // a plain test rather than map: a lambda costs a class of its own at start-up
    return checkpointPrecision().isPresent() ? checkpointPrecision().get().precision()
        : Precision.bf16();
  }

  /**
   * Checks that a context, prompt and output together, fits the model's context window.
   *
   * @param contextTokens the tokens of one sequence, prompt and output together
   * @throws ContextWindowExceededException if the context is longer than
   *     {@link #contextLength()}
   */
  public void checkContext(long contextTokens) {
    if (contextTokens > contextLength()) {
      throw new ContextWindowExceededException(name(), TokenCount.of(contextTokens),
          TokenCount.of(contextLength()));
    }
  }

  /**
   * Returns the kind of attention: MLA when latent attention is present, otherwise MHA, MQA or
   * GQA from the ratio of query heads to KV heads.
   *
   * @return the attention kind, not null
   */
  @JsonIgnore
  public AttentionKind attentionKind() {
    if (latentAttention().isPresent()) {
      return AttentionKind.MLA;
    }
    if (kvHeads() == attentionHeads()) {
      return AttentionKind.MHA;
    }
    return kvHeads() == 1 ? AttentionKind.MQA : AttentionKind.GQA;
  }

  /**
   * Checks if this is a mixture-of-experts model.
   *
   * @return true if {@link #mixtureOfExperts()} is present
   */
  @JsonIgnore
  public boolean isMixtureOfExperts() {
    return mixtureOfExperts().isPresent();
  }

  /**
   * Returns the number of layers whose feed-forward block is a mixture of experts.
   *
   * @return the count, 0 for a dense model
   */
  @JsonIgnore
  public int moeLayers() {
    // a plain test rather than map: this runs for every bundled architecture at start-up, where
    // a lambda costs a class of its own
    return mixtureOfExperts().isPresent()
        ? layers() - mixtureOfExperts().get().denseLayersBefore() : 0;
  }

  /**
   * Returns the number of layers with a dense feed-forward block.
   *
   * @return the count, {@link #layers()} for a dense model
   */
  @JsonIgnore
  public int denseLayers() {
    return layers() - moeLayers();
  }

  /**
   * Returns the parameter counts derived from this architecture, by component.
   *
   * @return the counts, not null
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  @Value.Lazy
  @JsonIgnore
  public ParameterCount parameters() {
    return ParameterCounter.count(this);
  }

  /**
   * Returns every resident parameter: all experts, the embedding table and the output head once
   * each.
   *
   * @return the count, positive
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  @JsonIgnore
  public long totalParameters() {
    return parameters().total();
  }

  /**
   * Returns the parameters one token runs through, counting the embedding table in full.
   *
   * @return the count, positive
   * @throws ArithmeticException if a count overflows a {@code long}
   * @see ParameterCount#active()
   */
  @JsonIgnore
  public long activeParameters() {
    return parameters().active();
  }

  //-----------------------------------------------------------------------
  @Value.Check
  protected final void check() {
    Checks.notBlank(name(), "Model name");
    Checks.positive(layers(), "Layer count");
    Checks.positive(hiddenSize(), "Hidden size");
    Checks.positive(attentionHeads(), "Attention head count");
    Checks.positive(kvHeads(), "KV head count");
    Checks.positive(headDim(), "Head dim");
    Checks.positive(vocabSize(), "Vocabulary size");
    Checks.positive(contextLength(), "Context length");
    Checks.notNegative(intermediateSize(), "Intermediate size");
    Checks.notNegative(normsPerLayer(), "Norms per layer");
    if (attentionHeads() % kvHeads() != 0) {
      throw new IllegalArgumentException("KV heads must divide attention heads: "
          + attentionHeads() + " attention heads, " + kvHeads() + " KV heads");
    }
    if (denseLayers() > 0 && intermediateSize() == 0) {
      throw new IllegalArgumentException("Intermediate size must be positive when there are "
          + "dense layers: 0");
    }
    // plain tests rather than ifPresent and forEach: every bundled catalog entry is checked at
    // start-up, where each lambda costs a class of its own the first time it runs
    if (mixtureOfExperts().isPresent()
        && mixtureOfExperts().get().denseLayersBefore() > layers()) {
      throw new IllegalArgumentException("Dense layers before MoE must not exceed the layer "
          + "count: " + mixtureOfExperts().get().denseLayersBefore() + "/" + layers());
    }
    if (slidingWindow().isPresent()) {
      int last = slidingWindow().get().lastLocalLayer();
      if (last >= layers()) {
        throw new IllegalArgumentException("Local layer index must be less than the layer count: "
            + last + "/" + layers());
      }
    }
  }
}
