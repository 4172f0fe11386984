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
    return ImmutableModelArchitecture.builder();
  }

  /**
   * Builds a {@link ModelArchitecture}. Required: name, layers, hidden size, attention heads, KV
   * heads, head dim, intermediate size, vocabulary size and context length.
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
    public abstract Builder from(ModelArchitecture instance);

    /**
     * Sets the name of the model, such as {@code Llama-3.1-70B}. Required (see
     * {@link ModelArchitecture#name() name}).
     *
     * @param name the name, not blank, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code name} is null
     */
    public abstract Builder name(String name);

    /**
     * Sets the model family as Hugging Face names it ({@code model_type}), such as {@code llama},
     * or {@code custom} by default. Optional (see {@link ModelArchitecture#family() family}).
     *
     * @param family the family, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code family} is null
     */
    public abstract Builder family(String family);

    /**
     * Sets the number of transformer layers ({@code num_hidden_layers}). Required (see
     * {@link ModelArchitecture#layers() layers}).
     *
     * @param layers the count, positive
     * @return this builder, not null
     */
    public abstract Builder layers(int layers);

    /**
     * Sets the width of the residual stream ({@code hidden_size}). Required (see
     * {@link ModelArchitecture#hiddenSize() hiddenSize}).
     *
     * @param hiddenSize the size, positive
     * @return this builder, not null
     */
    public abstract Builder hiddenSize(int hiddenSize);

    /**
     * Sets the number of query heads ({@code num_attention_heads}). Required (see
     * {@link ModelArchitecture#attentionHeads() attentionHeads}).
     *
     * @param attentionHeads the count, positive
     * @return this builder, not null
     */
    public abstract Builder attentionHeads(int attentionHeads);

    /**
     * Sets the number of key and value heads ({@code num_key_value_heads}); equal to the query
     * heads for MHA, 1 for MQA, in between for GQA. Required (see
     * {@link ModelArchitecture#kvHeads() kvHeads}).
     *
     * @param kvHeads the count, positive, dividing {@link ModelArchitecture#attentionHeads()}
     * @return this builder, not null
     */
    public abstract Builder kvHeads(int kvHeads);

    /**
     * Sets the dimension of one attention head ({@code head_dim}), stated explicitly. Required (see
     * {@link ModelArchitecture#headDim() headDim}).
     *
     * @param headDim the dimension, positive
     * @return this builder, not null
     */
    public abstract Builder headDim(int headDim);

    /**
     * Sets the intermediate size of a dense layer's feed-forward block ({@code intermediate_size});
     * for a mixture of experts without dense layers it is not used and may be 0. Required (see
     * {@link ModelArchitecture#intermediateSize() intermediateSize}).
     *
     * @param intermediateSize the size, not negative
     * @return this builder, not null
     */
    public abstract Builder intermediateSize(int intermediateSize);

    /**
     * Sets the vocabulary size ({@code vocab_size}). Required (see
     * {@link ModelArchitecture#vocabSize() vocabSize}).
     *
     * @param vocabSize the size, positive
     * @return this builder, not null
     */
    public abstract Builder vocabSize(int vocabSize);

    /**
     * Sets the longest context the model supports, in tokens ({@code max_position_embeddings}).
     * Required (see {@link ModelArchitecture#contextLength() contextLength}).
     *
     * @param contextLength the length, positive
     * @return this builder, not null
     */
    public abstract Builder contextLength(int contextLength);

    /**
     * Sets whether the output head shares its weights with the embedding table
     * ({@code tie_word_embeddings}), false by default. Optional (see
     * {@link ModelArchitecture#isTiedEmbeddings() tiedEmbeddings}).
     *
     * @param tiedEmbeddings true if tied
     * @return this builder, not null
     */
    public abstract Builder tiedEmbeddings(boolean tiedEmbeddings);

    /**
     * Sets the multi-head latent attention shape, for MLA models. Optional: if not set,
     * {@link ModelArchitecture#latentAttention() latentAttention} is empty.
     *
     * @param latentAttention the MLA shape, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code latentAttention} is null
     */
    public abstract Builder latentAttention(LatentAttention latentAttention);

    /**
     * Sets {@link ModelArchitecture#latentAttention() latentAttention} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param latentAttention the MLA shape, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code latentAttention} is null
     */
    public abstract Builder latentAttention(Optional<? extends LatentAttention> latentAttention);

    /**
     * Sets the sliding-window pattern, for models with local layers. Optional: if not set,
     * {@link ModelArchitecture#slidingWindow() slidingWindow} is empty.
     *
     * @param slidingWindow the pattern, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code slidingWindow} is null
     */
    public abstract Builder slidingWindow(SlidingWindow slidingWindow);

    /**
     * Sets {@link ModelArchitecture#slidingWindow() slidingWindow} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param slidingWindow the pattern, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code slidingWindow} is null
     */
    public abstract Builder slidingWindow(Optional<? extends SlidingWindow> slidingWindow);

    /**
     * Sets the mixture-of-experts layout, for MoE models. Optional: if not set,
     * {@link ModelArchitecture#mixtureOfExperts() mixtureOfExperts} is empty.
     *
     * @param mixtureOfExperts the layout, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code mixtureOfExperts} is null
     */
    public abstract Builder mixtureOfExperts(MixtureOfExperts mixtureOfExperts);

    /**
     * Sets {@link ModelArchitecture#mixtureOfExperts() mixtureOfExperts} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param mixtureOfExperts the layout, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code mixtureOfExperts} is null
     */
    public abstract Builder mixtureOfExperts(Optional<? extends MixtureOfExperts> mixtureOfExperts);

    /**
     * Sets whether the query, key and value projections carry biases (Qwen2), false by default.
     * Optional (see {@link ModelArchitecture#isQkvBiased() qkvBiased}).
     *
     * @param qkvBiased true if biased
     * @return this builder, not null
     */
    public abstract Builder qkvBiased(boolean qkvBiased);

    /**
     * Sets whether the attention output projection carries a bias (gpt-oss), false by default.
     * Optional (see {@link ModelArchitecture#isOutputBiased() outputBiased}).
     *
     * @param outputBiased true if biased
     * @return this builder, not null
     */
    public abstract Builder outputBiased(boolean outputBiased);

    /**
     * Sets whether the dense feed-forward projections carry biases, false by default. Optional (see
     * {@link ModelArchitecture#isMlpBiased() mlpBiased}).
     *
     * @param mlpBiased true if biased
     * @return this builder, not null
     */
    public abstract Builder mlpBiased(boolean mlpBiased);

    /**
     * Sets whether each attention head has a learned sink logit (gpt-oss), false by default.
     * Optional (see {@link ModelArchitecture#isAttentionSinks() attentionSinks}).
     *
     * @param attentionSinks true if the model uses attention sinks
     * @return this builder, not null
     */
    public abstract Builder attentionSinks(boolean attentionSinks);

    /**
     * Sets whether queries and keys are normalised per head (Qwen3, Gemma-3), false by default.
     * Optional (see {@link ModelArchitecture#isQkNorm() qkNorm}).
     *
     * @param qkNorm true if the model has query-key norms
     * @return this builder, not null
     */
    public abstract Builder qkNorm(boolean qkNorm);

    /**
     * Sets the number of hidden-size normalisation vectors per layer: 2 by default (before
     * attention and before the feed-forward block), 4 for Gemma-2 and Gemma-3. Optional (see
     * {@link ModelArchitecture#normsPerLayer() normsPerLayer}).
     *
     * @param normsPerLayer the count, not negative
     * @return this builder, not null
     */
    public abstract Builder normsPerLayer(int normsPerLayer);

    /**
     * Sets the parameter count the publisher states, if recorded. Optional: if not set,
     * {@link ModelArchitecture#publishedParameters() publishedParameters} is empty.
     *
     * @param publishedParameters the published count, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code publishedParameters} is null
     */
    public abstract Builder publishedParameters(PublishedParameters publishedParameters);

    /**
     * Sets {@link ModelArchitecture#publishedParameters() publishedParameters} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param publishedParameters the published count, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code publishedParameters} is null
     */
    public abstract Builder publishedParameters(
        Optional<? extends PublishedParameters> publishedParameters);

    /**
     * Sets where this architecture comes from, such as the URL of its {@code config.json}.
     * Optional: if not set, {@link ModelArchitecture#source() source} is empty.
     *
     * @param source the source, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(String source);

    /**
     * Sets {@link ModelArchitecture#source() source} to the value of an {@code Optional}, or to
     * empty when it is empty.
     *
     * @param source the source, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code source} is null
     */
    public abstract Builder source(Optional<String> source);

    /**
     * Sets the precision the model's published checkpoint ships in, such as MXFP4 experts for
     * gpt-oss or FP8 with 128 x 128 block scales for DeepSeek-V3. Optional: if not set,
     * {@link ModelArchitecture#checkpointPrecision() checkpointPrecision} is empty and
     * {@link ModelArchitecture#defaultPrecision() defaultPrecision} is BF16 throughout.
     *
     * @param checkpointPrecision the checkpoint precision, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code checkpointPrecision} is null
     */
    public abstract Builder checkpointPrecision(CheckpointPrecision checkpointPrecision);

    /**
     * Sets {@link ModelArchitecture#checkpointPrecision() checkpointPrecision} to the value of an
     * {@code Optional}, or to empty when it is empty.
     *
     * @param checkpointPrecision the checkpoint precision, or empty for none, not null
     * @return this builder, not null
     * @throws NullPointerException if {@code checkpointPrecision} is null
     */
    public abstract Builder checkpointPrecision(
        Optional<? extends CheckpointPrecision> checkpointPrecision);

    /**
     * Builds the {@link ModelArchitecture}.
     *
     * @return the new instance, not null
     * @throws IllegalStateException if a required attribute is not set (the message names it)
     * @throws IllegalArgumentException if the values break a rule of {@link ModelArchitecture} (the
     *     message names the field, the value and the rule)
     */
    public abstract ModelArchitecture build();
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
